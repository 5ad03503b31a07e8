"""The Contacts screen: search and filters over the table, the detail pane, bulk actions, trash.

A thin screen: widgets, layout and keys. What to list, count and allow, and the calls into core, are
``presenter.ContactsPresenter``'s.

The constructor only builds widgets; the first query runs when the screen is first shown.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.contacts import search as contact_search
from totalnet_desktop.core.contacts.search import ContactFilter
from totalnet_desktop.core.store.models import STAGES
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, translate
from totalnet_desktop.qtmodels.contacts_model import SORT_KEYS, ContactsModel
from totalnet_desktop.qtmodels.labels import source_label
from totalnet_desktop.views.contacts import bulk_actions
from totalnet_desktop.views.contacts.detail import ContactDetail
from totalnet_desktop.views.contacts.presenter import SHOW_CHOICES, ContactsPresenter, make_filter
from totalnet_desktop.views.contacts.table import ContactTable
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.screen import Screen

logger = logging.getLogger(__name__)

SEARCH_DELAY_MS = 60  # coalesces fast typing; a search itself takes a few ms
COMPLETE_AT_THE_LATEST_MS = 250  # the full list after the first page's paint, or after this long


class ContactsView(Screen):
    title = QT_TRANSLATE_NOOP("Screen", "Contacts")  # shown through translate("Screen", title)
    key_help = (
        ("Down / Enter", "From the search box into the list"),
        ("Enter", "In the list: edit the selected contact"),
        ("Esc", "Clear the search"),
    )

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.presenter = ContactsPresenter(ctx.bus.changed.emit)
        self._completing = False
        self._complete_after_paint = False
        self._shown_once = False
        self._split_done = False
        self.last_message = ""
        self._build()
        ctx.bus.changed.connect(self._data_changed)

    # ---- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = QLineEdit()
        self.search.setObjectName("contact_search")
        self.search.setAccessibleName(self.tr("Search contacts"))
        self.search.setMinimumWidth(220)  # longer languages' filter names must not squeeze it to nothing
        self.search.setPlaceholderText(self.tr("Search names, company, phone, e-mail, tags, notes")
                                       + "  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _: self.search_timer.start())
        self.search.returnPressed.connect(self._focus_table)
        self.tag_filter = self._combo("tag_filter", self.tr("Any tag"))
        self.stage_filter = self._combo("stage_filter", self.tr("Any stage"))
        for stage in STAGES:
            self.stage_filter.addItem(translate("Stage", stage), stage)
        self.source_filter = self._combo("source_filter", self.tr("Any source"))
        self.chapter_filter = self._combo("chapter_filter", self.tr("Any chapter"))
        for combo, name in ((self.tag_filter, self.tr("Tag")), (self.stage_filter, self.tr("Stage")),
                            (self.source_filter, self.tr("Source")), (self.chapter_filter, self.tr("Chapter"))):
            combo.setAccessibleName(name)
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("show_filter")
        self.show_filter.setMinimumContentsLength(10)
        self.show_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for key, label in SHOW_CHOICES:
            self.show_filter.addItem(translate("ContactsView", label), key)
        self.show_filter.setAccessibleName(self.tr("Show"))
        self.show_filter.currentIndexChanged.connect(self._filters_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        for combo in (self.tag_filter, self.stage_filter, self.source_filter, self.chapter_filter,
                      self.show_filter):
            filters.addWidget(combo, 1)

        self.new_button = QPushButton(self.tr("New contact"))
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new_contact)
        self.log_button = QPushButton(self.tr("Log touch"))
        self.log_button.setToolTip("Ctrl+L: " + self.tr("log a call, coffee, message or comment with the selected contact"))
        self.log_button.clicked.connect(self.log_touch)
        self.merge_button = QPushButton(self.tr("Merge..."))
        self.merge_button.clicked.connect(self.merge_selected)
        # A push button with a menu leaves room for its arrow (a tool button drew it over the text).
        self.selection_button = QPushButton(self.tr("Selection"))
        self.selection_menu = bulk_actions.build_menu(self)
        self.selection_button.setMenu(self.selection_menu)
        self.card_button = QPushButton(self.tr("Show my card"))
        self.card_button.clicked.connect(self.show_my_card)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.empty_button = QPushButton(self.tr("Empty trash..."))
        self.empty_button.clicked.connect(lambda: self.empty_trash())
        self.count_label = QLabel()
        self.count_label.setObjectName("contact_count")
        actions = QHBoxLayout()
        for button in (self.new_button, self.log_button, self.merge_button, self.selection_button,
                       self.restore_button, self.empty_button, self.card_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.count_label)

        self.model = ContactsModel(contact_search.load_rows, self)
        self.model.sortRequested.connect(self._sort_requested)
        self.table = ContactTable(self.model)
        header = self.table.horizontalHeader()
        header.sortIndicatorChanged.connect(self._header_sort)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())

        self.detail = ContactDetail()
        self.detail.edit_requested.connect(self.edit_contact)
        self.detail.log_requested.connect(self.log_touch)
        self.detail.me_requested.connect(self.set_me)
        self.detail.contact_link.connect(self.open_contact)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.table_pages = QStackedWidget()
        self.table_pages.addWidget(self.table)
        self.empty_state = self._empty_state()
        self.table_pages.addWidget(self.empty_state)
        self.splitter.addWidget(self.table_pages)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([760, 320])
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(self._remember_split)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addLayout(filters)
        layout.addLayout(actions)
        layout.addWidget(self.splitter, 1)
        for keys, slot, name, text in (
                ("Ctrl+L", self.log_touch, "shortcut_log_touch", "Log a touch with the selected contact"),
                (QKeySequence.StandardKey.Delete, self.delete_selected, "shortcut_delete", "Move to the trash"),
                ("F2", self.edit_selected, "shortcut_edit", "Edit the selected contact")):
            # QActions on this screen (not window-wide): they never clash with the menus' keys.
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.setObjectName(name)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, fn=slot: fn())
            self.addAction(action)
        self.table.installEventFilter(self)
        self.table.viewport().installEventFilter(self)  # its first paint: see reload()
        self.search.installEventFilter(self)
        self._update_buttons()

    def _empty_state(self) -> QWidget:
        """An empty address book: the three ways in the welcome screen offers."""
        page = QWidget()
        page.setObjectName("contacts_empty")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel("<h2>" + self.tr("No contacts yet") + "</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        self.empty_buttons: dict[str, QPushButton] = {}
        for key, text, hint in (
                ("import", self.tr("Import contacts..."),
                 self.tr("From LinkedIn, Google, Outlook, a phone's vCard or a spreadsheet.")),
                ("sample", self.tr("Load a sample chapter"), self.tr("Explore with an invented chapter and its contacts.")),
                ("new", self.tr("Add a contact"), self.tr("Type one in (Ctrl+N)."))):
            button = QPushButton(text)
            button.setMinimumWidth(260)
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, k=key: self._empty_action(k))
            note = QLabel(hint)
            note.setAlignment(Qt.AlignmentFlag.AlignCenter)
            note.setWordWrap(True)
            theme.style_text(note, "muted")
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(note)
            layout.addSpacing(6)
            self.empty_buttons[key] = button
        layout.addStretch(2)
        return page

    def _empty_action(self, key: str) -> None:
        window = self.window()
        if key == "new":
            self.new_contact()
        elif key in ("import", "sample"):
            action = getattr(window, {"import": "import_contacts", "sample": "load_sample"}[key], None)
            if action is not None:
                action()

    def _combo(self, name: str, any_text: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(any_text, None)
        combo.setMinimumContentsLength(6)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self._filters_changed)
        return combo

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._complete_after_paint and obj is self.table.viewport():
            QTimer.singleShot(0, self, self._complete_pending)
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if obj is self.table and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_selected()
                return True
            if obj is self.search and event.key() == Qt.Key.Key_Down:
                self._focus_table()
                return True
            if obj is self.search and event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(obj, event)

    # ---- filters and loading -----------------------------------------------------------------
    def current_filter(self) -> ContactFilter:
        return make_filter(text=self.search.text(), tag=self.tag_filter.currentData() or "",
                           stage=self.stage_filter.currentData() or "",
                           source=self.source_filter.currentData() or "",
                           chapter_id=self.chapter_filter.currentData(), show=self.show_filter.currentData() or "")

    def _fill_choices(self) -> None:
        """Refresh the tag, source and chapter lists, keeping what is chosen."""
        def refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, data in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

        tags, sources, chapters = self.presenter.choices()
        refill(self.tag_filter, tags)
        refill(self.source_filter, [(source_label(str(s)), s) for _, s in sources])
        refill(self.chapter_filter, chapters)

    def _filters_changed(self) -> None:
        self.reload()

    def reload(self) -> None:
        """Run the search with the current filters and sort; keep the selection when possible."""
        self.search_timer.stop()
        keep = self.selected_contact_ids()
        current = self.selected_contact_id()
        listing = self.presenter.listing(self.current_filter(), cold=not keep and not self._completing)
        self.model.set_ids(listing.ids)
        self.table_pages.setCurrentWidget(self.empty_state if listing.empty_book else self.table)
        self.count_label.setText(listing.count_text)
        if listing.partial:
            # Cold start: the first page now, the whole sorted list right after: once the first page is
            # on screen (the table's first paint), or soon anyway when the screen is not painted (hidden).
            self._completing = True
            self._complete_after_paint = True
            QTimer.singleShot(COMPLETE_AT_THE_LATEST_MS, self, self._complete_pending)
            return
        if keep:
            self._select_ids(keep, current)
        else:
            self.detail.show_contact(None)
        self._update_buttons()

    def _complete_pending(self) -> None:
        if self._complete_after_paint:
            self._complete_after_paint = False
            self._complete()

    def _complete(self) -> None:
        """Second half of a cold start: the full list and the filter choices."""
        try:
            self.reload()
        finally:
            self._completing = False
        if self.presenter.choices_stale:
            self._fill_choices()

    def _select_ids(self, ids: list[int], current: int | None) -> None:
        selection = self.table.selectionModel()
        selection.clearSelection()
        wanted = set(ids)
        rows = [n for n, cid in enumerate(self.model.ids()) if cid in wanted] if len(ids) > 1 else (
            [self.model.row_of(ids[0])] if ids else [])
        rows = [r for r in rows if r >= 0]
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows[:5000]:
            selection.select(self.model.index(row, 0), flags)
        if rows:
            focus_row = self.model.row_of(current) if current in wanted else rows[0]
            selection.setCurrentIndex(self.model.index(max(focus_row, 0), 0), QItemSelectionModel.SelectionFlag.NoUpdate)
        self._selection_changed()

    def _header_sort(self, column: int, order: Qt.SortOrder) -> None:
        if SORT_KEYS[column] is None:  # Channels and Tags: put the indicator back
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(SORT_KEYS.index(self.presenter.sort_key), Qt.SortOrder.DescendingOrder
                                    if self.presenter.sort_desc else Qt.SortOrder.AscendingOrder)
            header.blockSignals(False)
            return
        self.model.sort(column, order)

    def _sort_requested(self, key: str, descending: bool) -> None:
        if self.presenter.sort_by(key, descending):
            self.reload()

    def _data_changed(self, topic: str) -> None:
        self.presenter.data_changed()
        if self.isVisible():
            self._fill_choices()
            self.reload()

    # ---- Screen protocol ----------------------------------------------------------------------
    def on_shown(self) -> None:
        if not self._shown_once or self.presenter.dirty:
            self._shown_once = True
            self.presenter.choices_stale = True
            self.reload()
            if not self._completing:  # otherwise filled right after the first page
                self._fill_choices()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_done:
            self._split_done = True
            QTimer.singleShot(0, self._initial_split)

    def _remember_split(self, *_args: object) -> None:
        """The detail pane's width, kept in window.ini for the next start."""
        self.ctx.qsettings().setValue("contacts/detail_width", self.splitter.sizes()[1])

    def _initial_split(self) -> None:
        """The detail pane's width the user left it at; else about 30% (300-520 px): the table needs
        the room at 1280 px."""
        total = self.splitter.width()
        remembered = self.ctx.qsettings().value("contacts/detail_width")
        if remembered is not None and str(remembered).isdigit():
            # As wide as the user dragged it, as far as the list's own minimum allows (as the drag did).
            table = max(self.table_pages.minimumSizeHint().width(), 200)
            pane = max(280, min(int(remembered), total - table))
            self.splitter.setSizes([total - pane, pane])
            return
        pane = min(520, max(300, int(total * 0.3)))
        self.splitter.setSizes([max(total - pane, 400), pane])

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def undo(self) -> bool:
        message = self.presenter.undo()
        if message is None:
            return False
        self.say(message)
        return True

    def selected_contact_ids(self) -> list[int]:
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [cid for cid in (self.model.id_at(r) for r in rows) if cid is not None]

    def selected_contact_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        if index.isValid() and self.table.selectionModel().isRowSelected(index.row()):
            return self.model.id_at(index.row())
        ids = self.selected_contact_ids()
        return ids[0] if ids else None

    def badge(self) -> str:
        return ""

    def say(self, text: str) -> None:
        """A short message in the window's status bar."""
        self.last_message = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)

    # ---- actions ------------------------------------------------------------------------------
    def _focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            self.table.selectRow(0)

    def _selection_changed(self, *_args: object) -> None:
        ids = self.selected_contact_ids()
        self.detail.show_contact(self.selected_contact_id() if len(ids) == 1 else None)
        self.detail.empty.setText(self.presenter.selection_text(len(ids)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        n = len(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else 0
        state = self.presenter.buttons(self.show_filter.currentData() == "trash", n)
        self.restore_button.setVisible(state.trash_shown)
        self.empty_button.setVisible(state.trash_shown)
        for widget in (self.log_button, self.merge_button, self.new_button):
            widget.setVisible(not state.trash_shown)
        self.log_button.setEnabled(state.log)
        self.merge_button.setEnabled(state.merge)
        self.restore_button.setEnabled(state.restore)
        self.selection_button.setEnabled(state.selection)

    def open_contact(self, contact_id: int) -> None:
        """Show one contact: select its row (clearing filters if they hide it) and its details."""
        if not self._shown_once:
            self.on_shown()
        if self.model.row_of(contact_id) < 0:
            for combo in (self.tag_filter, self.stage_filter, self.source_filter, self.chapter_filter):
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
            trashed = self.presenter.is_trashed(contact_id)
            self.show_filter.blockSignals(True)
            self.show_filter.setCurrentIndex(len(SHOW_CHOICES) - 1 if trashed else 0)
            self.show_filter.blockSignals(False)
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self.reload()
        row = self.model.row_of(contact_id)
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.detail.show_contact(contact_id)

    def new_contact(self) -> None:
        """Ctrl+N: the editor for a new contact."""
        self._run_editor(None)

    def edit_contact(self, contact_id: int) -> None:
        self._run_editor(contact_id)

    def edit_selected(self) -> None:
        cid = self.selected_contact_id()
        if cid is not None:
            self.edit_contact(cid)

    def _run_editor(self, contact_id: int | None) -> None:
        from totalnet_desktop.views.contacts.editor import ContactEditor

        outcome, _ok = ContactEditor.edit(self.ctx, self, contact_id)
        if outcome.saved is not None:
            self.say(self.presenter.saved_text([w.message for w in outcome.saved.warnings]))
            self.open_contact(outcome.saved.contact_id)
        if outcome.open_id is not None:
            self.open_contact(outcome.open_id)
        if outcome.merge_ids:
            self.merge_contacts(list(outcome.merge_ids))

    def log_touch(self, contact_id: int | None = None) -> None:
        """Ctrl+L: log an interaction with the selected contact."""
        from totalnet_desktop.views.contacts.log_touch_dialog import LogTouchDialog

        cid = contact_id if isinstance(contact_id, int) else self.selected_contact_id()
        if cid is None:
            self.say(self.tr("Select a contact first, then Ctrl+L logs a touch."))
            return
        interaction_id, ok = LogTouchDialog.run(self.ctx, cid, self)
        if ok and interaction_id:
            self.say(self.tr("Touch logged.") + "  (" + self.tr("Ctrl+Z undoes") + ")")

    def merge_selected(self) -> None:
        ids = self.selected_contact_ids()
        if len(ids) < 2:
            self.say(self.tr("Select two or more contacts to merge."))
            return
        self.merge_contacts(ids)

    def merge_contacts(self, ids: list[int]) -> None:
        from totalnet_desktop.views.contacts.merge_dialog import MergeDialog

        survivor, ok = MergeDialog.run(self.ctx, ids, self)
        if ok and survivor:
            self.say(self.presenter.merged_text(len(ids)))
            self.open_contact(survivor)

    def delete_selected(self) -> None:
        ids = self.selected_contact_ids()
        if ids and not self.current_filter().trash:
            bulk_actions.delete(self.ctx, self, ids, self.say)

    def restore_selected(self) -> None:
        ids = self.selected_contact_ids()
        if ids:
            self.say(self.presenter.restore(ids))

    def empty_trash(self, confirm: bool = True) -> int:
        """Delete the trashed contacts for good (asks first)."""
        count = self.presenter.trash_count()
        if not count:
            return 0
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Empty trash"), self.tr("Delete %Ln contact(s) for good, with their whole history? "
                                                      "This cannot be undone.", "", count))
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        deleted, message = self.presenter.empty_trash()
        self.say(message)
        return deleted

    def set_me(self, contact_id: int) -> None:
        self.say(self.presenter.set_me(contact_id))

    def show_my_card(self) -> None:
        from totalnet_desktop.views.contacts.my_card_dialog import MyCardDialog

        MyCardDialog(self.ctx, self, suggested_id=self.selected_contact_id()).exec()
