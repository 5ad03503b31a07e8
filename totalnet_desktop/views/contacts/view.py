"""The Contacts screen: search and filters over the table, the detail pane, bulk actions, trash.

A thin screen: widgets, layout, loading and selection. What to list, count and allow, and the calls into
core, are ``presenter.ContactsPresenter``'s; the commands (dialogs) are ``commands.ContactCommands``', the
keys in the box and the list ``keys.ContactKeys``'.

The constructor only builds widgets; the first query runs when the screen is first shown.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.contacts import search as contact_search
from totalnet_desktop.core.contacts.search import ContactFilter
from totalnet_desktop.core.store.errors import ServerLostError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP
from totalnet_desktop.qtmodels.contacts_model import SORT_KEYS, ContactsModel
from totalnet_desktop.views.contacts import bulk_actions
from totalnet_desktop.views.contacts.action_bar import ActionBar
from totalnet_desktop.views.contacts.commands import ContactCommands
from totalnet_desktop.views.contacts.detail import ContactDetail
from totalnet_desktop.views.contacts.empty_state import EmptyState
from totalnet_desktop.views.contacts.filter_bar import FilterBar
from totalnet_desktop.views.contacts.first_paint import AfterFirstPaint
from totalnet_desktop.views.contacts.keys import ContactKeys
from totalnet_desktop.views.contacts.presenter import ContactsPresenter
from totalnet_desktop.views.contacts.split import DetailSplit
from totalnet_desktop.views.contacts.table import ContactTable
from totalnet_desktop.views.shell.rows import select_row
from totalnet_desktop.views.shell.screen import Screen

logger = logging.getLogger(__name__)


class ContactsView(ContactCommands, Screen):
    title = QT_TRANSLATE_NOOP("Screen", "Contacts")  # shown through translate("Screen", title)
    key_help = (  # translated where shown (key_registry.declared_keys)
        ("Down / Enter", QT_TRANSLATE_NOOP("Shortcuts", "From the search box into the list")),
        ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "In the list: edit the selected contact")),
        ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Clear the search")),
    )

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.presenter = ContactsPresenter(ctx.bus.changed.emit)
        self._completing = False
        self._shown_once = False
        self.last_message = ""
        self._build()
        ctx.bus.changed.connect(self._data_changed)

    # ---- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.filters = FilterBar()
        self.filters.changed.connect(self.reload)
        self.filters.search.returnPressed.connect(self.focus_table)
        self.search, self.search_timer = self.filters.search, self.filters.search_timer
        self.tag_filter, self.stage_filter = self.filters.tag_filter, self.filters.stage_filter
        self.source_filter, self.chapter_filter = self.filters.source_filter, self.filters.chapter_filter
        self.show_filter = self.filters.show_filter

        self.selection_menu = bulk_actions.build_menu(self)
        self.actions_bar = bar = ActionBar(self.selection_menu)
        for button, slot in ((bar.new_button, self.new_contact), (bar.log_button, self.log_touch),
                             (bar.merge_button, self.merge_selected), (bar.card_button, self.show_my_card),
                             (bar.restore_button, self.restore_selected), (bar.empty_button, self.empty_trash)):
            button.clicked.connect(lambda _=False, fn=slot: fn())
        self.new_button, self.log_button, self.merge_button = bar.new_button, bar.log_button, bar.merge_button
        self.selection_button, self.card_button = bar.selection_button, bar.card_button
        self.restore_button, self.empty_button, self.count_label = bar.restore_button, bar.empty_button, bar.count_label

        self.model = ContactsModel(contact_search.load_rows, self)
        self.model.sortRequested.connect(self._sort_requested)
        self.table = ContactTable(self.model)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._header_sort)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _: self.edit_selected())

        self.detail = ContactDetail()
        self.detail.edit_requested.connect(self.edit_contact)
        self.detail.log_requested.connect(self.log_touch)
        self.detail.me_requested.connect(self.set_me)
        self.detail.contact_link.connect(self.open_contact)
        self.empty_state = EmptyState()
        self.empty_state.chosen.connect(self.empty_book_action)
        self.empty_buttons = self.empty_state.buttons
        self.table_pages = QStackedWidget()
        self.table_pages.addWidget(self.table)
        self.table_pages.addWidget(self.empty_state)
        self.splitter = DetailSplit(self.table_pages, self.detail, self.ctx.qsettings)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addWidget(self.filters)
        layout.addWidget(bar)
        layout.addWidget(self.splitter, 1)
        self._add_shortcuts()
        self.keys = ContactKeys(self)
        self.first_paint = AfterFirstPaint(self.table.viewport())  # see reload()
        self.first_paint.due.connect(self._complete)
        self._update_buttons()

    def _add_shortcuts(self) -> None:
        for keys, slot, name, text in (
                ("Ctrl+L", self.log_touch, "shortcut_log_touch", self.tr("Log a touch with the selected contact")),
                (QKeySequence.StandardKey.Delete, self.delete_selected, "shortcut_delete", self.tr("Move to the trash")),
                ("F2", self.edit_selected, "shortcut_edit", self.tr("Edit the selected contact"))):
            self.add_shortcut(keys, slot, name, text)

    # ---- filters and loading -----------------------------------------------------------------
    def current_filter(self) -> ContactFilter:
        return self.filters.current()

    def _fill_choices(self) -> None:
        """Refresh the tag, source and chapter lists, keeping what is chosen."""
        self.filters.fill(self.presenter.choices())

    def reload(self) -> None:
        """Run the search with the current filters and sort; keep the selection when possible."""
        self.search_timer.stop()
        try:
            self._reload()
        finally:
            self.filters.searched()

    def _reload(self) -> None:
        keep = self.selected_contact_ids()
        current = self.selected_contact_id()
        try:
            listing = self.presenter.listing(self.current_filter(), cold=not keep and not self._completing)
        except ServerLostError:  # the chapter server is away: search the rows already read instead
            self._filter_loaded(keep, current)
            return
        self.model.set_ids(listing.ids)
        self.table_pages.setCurrentWidget(self.empty_state if listing.empty_book else self.table)
        self.count_label.setText(listing.count_text)
        if listing.partial:
            # Cold start: the first page now, the whole sorted list right after: once the first page is
            # on screen (the table's first paint), or soon anyway when the screen is not painted (hidden).
            self._completing = True
            self.first_paint.wait()
            return
        if keep:
            self._select_ids(keep, current)
        else:
            self.detail.show_contact(None)
        self._update_buttons()

    def _filter_loaded(self, keep: list[int], current: int | None) -> None:
        """The search box while the chapter server is away: the rows on hand, filtered by the typed words."""
        self.presenter.data_changed()  # the full search runs again when the server is back
        found = self.model.filter_loaded(self.search.text())
        self.count_label.setText(self.tr(
            "%n found on screen; full search when the server is back", "", found))
        self._select_ids([i for i in keep if self.model.row_of(i) >= 0], current)

    def _complete(self) -> None:
        """Second half of a cold start: the full list and the filter choices."""
        try:
            self.reload()
        finally:
            self._completing = False
        if self.presenter.choices_stale:
            self._fill_choices()

    def _select_ids(self, ids: list[int], current: int | None) -> None:
        self.table.select_ids(ids, current)
        self._selection_changed()

    def _header_sort(self, column: int, order: Qt.SortOrder) -> None:
        if SORT_KEYS[column] is None:  # Channels and Tags: put the indicator back
            self.table.show_sort(SORT_KEYS.index(self.presenter.sort_key), self.presenter.sort_desc)
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
        return self.table.selected_ids()

    def selected_contact_id(self) -> int | None:
        return self.table.current_id()

    def say(self, text: str) -> None:
        """A short message in the window's status bar."""
        self.last_message = text
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, 6000)

    # ---- actions ------------------------------------------------------------------------------
    def focus_table(self) -> None:
        self.table.setFocus()
        if not self.table.selectionModel().hasSelection() and self.model.rowCount():
            select_row(self.table, 0)

    def _selection_changed(self, *_args: object) -> None:
        ids = self.selected_contact_ids()
        if self.detail.show_contact(self.selected_contact_id() if len(ids) == 1 else None):
            self.detail.empty.setText(self.presenter.selection_text(len(ids)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        n = len(self.table.selectionModel().selectedRows()) if self.table.selectionModel() else 0
        self.actions_bar.show_state(self.presenter.buttons(self.filters.showing_trash(), n))

    def open_contact(self, contact_id: int) -> None:
        """Show one contact: select its row (clearing filters if they hide it) and its details."""
        if not self._shown_once:
            self.on_shown()
        if self.model.row_of(contact_id) < 0:
            self.filters.clear_all(trash=self.presenter.is_trashed(contact_id))
            self.reload()
        row = self.model.row_of(contact_id)
        if row >= 0:
            select_row(self.table, row)
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        self.detail.show_contact(contact_id)
