"""The Follow-ups screen (Ctrl+3): who to nurture next, grouped Overdue / Today / This week / Later.

Keys on an item: D done, S snooze, R reschedule, Delete or X dismiss, Enter open the contact, L open
the item's link; Ctrl+Z undoes the last of these.

The rules that create items run when the screen is shown (at most once a minute unless data changed)
and, while it is on screen, shortly after data changes elsewhere. They do not run behind other
screens: an item created while, say, Meeting day is undoing a check-in would keep the visitor's
contact alive. Items the rules create are due today or later, so the overdue badge needs no run.

A thin screen: table, keys, dialogs and timers. When the rules run, what the queue and its summary
say, and the actions' calls into core are ``presenter.FollowUpsPresenter``'s.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP
from totalnet_desktop.qtmodels.followups_model import FollowUpsModel
from totalnet_desktop.views.followups.dialog import DatePickDialog, SnoozeDialog, add_followup
from totalnet_desktop.views.followups.done_dialog import FollowUpDoneDialog
from totalnet_desktop.views.followups.presenter import FollowUpsPresenter
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.screen import Screen

logger = logging.getLogger(__name__)

RULES_AFTER_START_MS = 1200  # with run_rules_on_start: after the window is on screen
RULES_DEBOUNCE_MS = 700  # after a change elsewhere (a burst of check-ins runs them once)


class QueueTable(QTableView):
    """The queue's rows; single keys act on the current item."""

    key_action = Signal(str)
    KEYS: ClassVar[dict[Qt.Key, str]] = {
        Qt.Key.Key_D: "done", Qt.Key.Key_S: "snooze", Qt.Key.Key_R: "reschedule",
        Qt.Key.Key_Delete: "dismiss", Qt.Key.Key_X: "dismiss", Qt.Key.Key_Return: "open",
        Qt.Key.Key_Enter: "open", Qt.Key.Key_L: "link",
    }

    def keyPressEvent(self, event: QKeyEvent) -> None:
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        action = self.KEYS.get(Qt.Key(event.key()))
        if action and modifiers == Qt.KeyboardModifier.NoModifier:
            self.key_action.emit(action)
            event.accept()
            return
        super().keyPressEvent(event)


class FollowUpsView(Screen):
    title = QT_TRANSLATE_NOOP("Screen", "Follow-ups")  # shown through translate("Screen", title)
    key_help = (
        ("D", "Done (asks how you reached them)"),
        ("S", "Snooze: then T tomorrow, 3 in three days, N next week, P pick a date"),
        ("R", "Reschedule to a date"),
        ("Delete / X", "Dismiss"),
        ("Enter", "Open the contact"),
        ("L", "Open the item's link (a profile or a search)"),
        ("Down", "From the filter into the list"),
    )

    def __init__(self, ctx, parent: QWidget | None = None, run_rules_on_start: bool = False):
        super().__init__(ctx, parent)
        self.presenter = FollowUpsPresenter(ctx.bus.changed.emit)
        self._announcing = False
        self.last_opened_link = ""
        self.model = FollowUpsModel(self)
        self._build()
        self._rules_timer = QTimer(self, singleShot=True)
        self._rules_timer.timeout.connect(self.run_rules_now)
        ctx.bus.changed.connect(self._on_data_changed)
        if run_rules_on_start:
            QTimer.singleShot(RULES_AFTER_START_MS, self, self.run_rules_now)

    # ---- layout --------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        heading = QLabel("<h2 style='margin:0'>" + self.tr("Follow-ups") + "</h2>")
        self.summary = QLabel("")
        self.summary.setObjectName("summary")
        self.filter = QLineEdit()
        self.filter.setObjectName("filter")
        self.filter.setAccessibleName(self.tr("Filter follow-ups"))
        self.filter.setPlaceholderText(self.tr("Filter (Ctrl+F)"))
        self.filter.setToolTip(self.tr("Show only items whose contact, company or reason contains this text"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setFixedWidth(240)
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)
        top.addWidget(heading)
        top.addSpacing(12)
        top.addWidget(self.summary)
        top.addStretch(1)
        top.addWidget(self.filter)
        layout.addLayout(top)

        tools = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, text, tip, slot in (
            ("add", self.tr("Add follow-up..."), "Ctrl+Shift+F", self.add_item),
            ("ics", self.tr("Export to calendar (.ics)..."), self.tr("For a phone's or Outlook's calendar"),
             self.export_ics),
            ("csv", self.tr("Export CSV..."), self.tr("The open items as a spreadsheet"), self.export_csv),
            ("needs", self.tr("Chapter referral needs..."),
             self.tr("Online contacts in these professions are suggested for a coffee or a visit"), self.edit_needs),
        ):
            tools.addWidget(self._button(key, text, tip, slot))
        tools.addStretch(1)
        layout.addLayout(tools)

        self.table = QueueTable()
        self.table.setObjectName("queue")
        self.table.setAccessibleName(self.tr("Follow-ups"))
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        rows = self.table.verticalHeader()
        rows.hide()
        # Fixed row heights: the view never measures 20,000 rows.
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(max(26, self.fontMetrics().height() + 10))
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        # Narrow fixed columns, so the Reason gets the width at 1024 px.
        for column, width in enumerate((190, 0, 110, 120, 140)):
            if width:
                header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.key_action.connect(self._key_action)
        self.table.doubleClicked.connect(lambda _: self.open_contact())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_actions())

        self.empty = QLabel(
            "<h3>" + self.tr("Nothing to follow up right now") + "</h3><p>" + self.tr(
                "Items appear here by themselves: a visitor to thank, a referral to call, a contact you have not "
                "spoken to for a while, an online contact to meet face to face.<br>Add your own with "
                "<b>Ctrl+Shift+F</b>.") + "</p>")
        self.empty.setObjectName("empty_state")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        layout.addWidget(self.pages, 1)

        actions = QHBoxLayout()
        for key, text, slot in (
            ("done", self.tr("Done") + " (D)", self.done), ("snooze", self.tr("Snooze") + " (S)", self.snooze),
            ("reschedule", self.tr("Reschedule") + " (R)", self.reschedule),
            ("dismiss", self.tr("Dismiss") + " (Del)", self.dismiss),
            ("open", self.tr("Open contact") + " (Enter)", self.open_contact),
            ("link", self.tr("Open link") + " (L)", self.open_link),
        ):
            actions.addWidget(self._button(key, text, "", slot))
        actions.addStretch(1)
        self.message = QLabel("")
        self.message.setObjectName("message")
        actions.addWidget(self.message)
        self.undo_button = self._button("undo", self.tr("Undo"), "Ctrl+Z", self.undo)
        self.undo_button.hide()
        actions.addWidget(self.undo_button)
        layout.addLayout(actions)
        self._message_timer = QTimer(self, singleShot=True, interval=8000)
        self._message_timer.timeout.connect(self._clear_message)
        self._update_actions()

    def _button(self, key: str, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(f"button_{key}")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the list
        if tip:
            button.setToolTip(tip)
        button.clicked.connect(lambda _=False: slot())
        self.buttons[key] = button
        return button

    # ---- the Screen protocol -------------------------------------------------------------
    @property
    def today_override(self) -> dt.date | None:
        """A fixed "today" (tests and benchmarks)."""
        return self.presenter.today_override

    @today_override.setter
    def today_override(self, value: dt.date | None) -> None:
        self.presenter.today_override = value

    def today(self) -> dt.date:
        return self.presenter.today()

    def on_shown(self) -> None:
        if self.presenter.rules_due():
            self.run_rules_now()
        if self.presenter.needs_reload():
            self.refresh()
        if self.selected_item() is None:
            first = self.model.first_item_index()
            if first.isValid():
                self.table.setCurrentIndex(first)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)  # D, S, R act at once
        if self.table.currentIndex().isValid():
            self.table.scrollTo(self.table.currentIndex())

    def focus_search(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            if not self.table.currentIndex().isValid():
                first = self.model.first_item_index()
                if first.isValid():
                    self.table.setCurrentIndex(first)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)  # Down from the filter: into the list
            return True
        return super().eventFilter(watched, event)

    def selected_contact_id(self) -> int | None:
        item = self.selected_item()
        return item.contact_id if item else None

    def badge(self) -> str:
        return self.presenter.badge()

    def undo(self) -> bool:
        undone = self.presenter.undo()
        if undone is None:
            return False
        message, select_id = undone
        self.refresh(select_id)
        self._show_message(message, undo=False)
        self._announce()
        return True

    def hideEvent(self, event: QHideEvent) -> None:
        # A screen out of sight runs no rules (see the module docstring); on_shown catches up.
        if self._rules_timer.isActive():
            self._rules_timer.stop()
            self.presenter.rules_stale = True
        self._message_timer.stop()
        super().hideEvent(event)

    # ---- loading -------------------------------------------------------------------------
    def run_rules_now(self) -> None:
        """Let the rules create and close items; refresh when anything changed."""
        self._rules_timer.stop()
        if not self.isVisible():
            self.presenter.rules_stale = True  # left before the debounce ran out: run when shown
            return
        self.presenter.run_rules()

    def refresh(self, select_id: int | None = None) -> None:
        """Reload the queue from the database, keeping the selection (or taking ``select_id``)."""
        current = self.selected_item()
        keep = select_id if select_id is not None else (current.id if current else None)
        items = self.presenter.load()
        self.model.set_items(items, self.today())
        self._after_reset(keep)
        self.summary.setText(f"<span style='color:{theme.text('error')}'>" + self.presenter.summary(items))

    def _after_reset(self, keep: int | None) -> None:
        self.table.clearSpans()
        for row in self.model.heading_rows():
            self.table.setSpan(row, 0, 1, self.model.columnCount())
        self.pages.setCurrentWidget(self.table if self.model.item_count() or self.filter.text() else self.empty)
        index = self.model.index_of(keep) if keep is not None else QModelIndex()
        if not index.isValid():
            index = self.model.first_item_index()
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)
        self._update_actions()

    def _filter_changed(self, text: str) -> None:
        current = self.selected_item()
        self.model.set_filter(text)
        self._after_reset(current.id if current else None)

    def _on_data_changed(self, topic: str) -> None:
        if self._announcing:  # this screen's own change: refreshed already
            if topic != "followups":
                self.presenter.rules_stale = True
            return
        if self.presenter.data_changed(topic) and self.isVisible():
            self._rules_timer.start(RULES_DEBOUNCE_MS)
        if self.isVisible():
            self.refresh()

    # ---- actions -------------------------------------------------------------------------
    def selected_item(self) -> followups.FollowUpItem | None:
        return self.model.item(self.table.currentIndex())

    def select_item(self, item_id: int) -> bool:
        index = self.model.index_of(item_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
        return index.isValid()

    def _update_actions(self) -> None:
        item = self.selected_item()
        for key in ("done", "snooze", "reschedule", "dismiss", "open"):
            self.buttons[key].setEnabled(item is not None)
        self.buttons["link"].setEnabled(bool(item and item.link))

    def _key_action(self, action: str) -> None:
        {"done": self.done, "snooze": self.snooze, "reschedule": self.reschedule, "dismiss": self.dismiss,
         "open": self.open_contact, "link": self.open_link}[action]()

    def _next_id(self) -> int | None:
        """The item below the current one (or above at the end): where the selection goes next."""
        row = self.table.currentIndex().row()
        if row < 0:
            return None
        count = self.model.rowCount()
        for candidate in [*range(row + 1, count), *range(row - 1, -1, -1)]:
            item = self.model.item(self.model.index(candidate, 0))  # None for headings
            if item is not None:
                return item.id
        return None

    def _changed(self, message: str, select_id: int | None, undo: bool = True) -> None:
        self.refresh(select_id)
        self._show_message(message, undo)
        self._announce()

    def _announce(self) -> None:
        """Tell the other screens (and the navigation badge) without reloading this one twice."""
        self._announcing = True
        try:
            self.ctx.bus.changed.emit("followups")
        finally:
            self._announcing = False

    def _act(self, action: Callable[[], str]) -> str | None:
        """Run one of the presenter's actions: its message, or None after saying what went wrong."""
        try:
            return action()
        except TotalNetError as exc:
            QMessageBox.warning(self, self.tr("Follow-ups"), str(exc))
            self.refresh()
            return None

    def done(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        channel, note, ok = FollowUpDoneDialog.ask(item, self)
        self._refocus()
        if ok and (message := self._act(lambda: self.presenter.done(item, channel, note))):
            next_id = self._next_id()
            self._rules_timer.start(RULES_DEBOUNCE_MS)  # the touch may close other items
            self._changed(message, next_id)

    def snooze(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        until, ok = SnoozeDialog.ask(self.today(), self)
        self._refocus()
        if not ok or until is None:
            return
        next_id = self._next_id()
        if message := self._act(lambda: self.presenter.snooze(item, until)):
            self._changed(message, next_id)

    def reschedule(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        due, ok = DatePickDialog.ask(self.tr("New due date"), item.due, None, self)
        self._refocus()
        if ok and (message := self._act(lambda: self.presenter.reschedule(item, due))):
            self._changed(message, item.id)

    def dismiss(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        next_id = self._next_id()
        if message := self._act(lambda: self.presenter.dismiss(item)):
            self._changed(message, next_id)

    def _refocus(self) -> None:
        """Give the window and the list the keyboard back after a dialog (so Ctrl+Z works at once,
        also where no window manager hands activation back)."""
        self.window().activateWindow()
        self.table.setFocus()

    def open_contact(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.ctx.bus.open_contact.emit(item.contact_id)

    def open_link(self) -> None:
        item = self.selected_item()
        if item is not None and item.link:
            self.last_opened_link = item.link
            if not QDesktopServices.openUrl(QUrl(item.link)):
                self._show_message(self.tr("Could not open {link}").format(link=item.link), undo=False)

    def add_item(self) -> None:
        current = self.selected_item()
        item_id = add_followup(self.ctx, self, current.contact_id if current else None)
        if item_id is not None:
            self.refresh(item_id)

    # ---- exports and settings ------------------------------------------------------------
    def export_to(self, path: str | Path, kind: str) -> int:
        """Write the open items to ``path`` as 'ics' or 'csv'; how many were written."""
        return self.presenter.export(path, kind)

    def _export(self, kind: str, caption: str, filter_text: str) -> None:
        path, _ = QFileDialog.getSaveFileName(self, caption, self.presenter.export_path(kind), filter_text)
        if not path:
            return
        try:
            count = self.export_to(path, kind)
        except TotalNetError as exc:
            QMessageBox.warning(self, self.tr("Export follow-ups"), str(exc))
            return
        self._show_message(self.presenter.exported_text(count, path), undo=False)

    def export_ics(self) -> None:
        self._export("ics", self.tr("Export follow-ups to a calendar file"), "iCalendar (*.ics)")

    def export_csv(self) -> None:
        self._export("csv", self.tr("Export follow-ups as CSV"), "CSV (*.csv)")

    def edit_needs(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self, self.tr("Chapter referral needs"),
            self.tr("Professions your chapter is looking for, one per line.\nOnline-only contacts in these "
                    "professions are suggested for a coffee or a visit."), self.presenter.needs_text())
        if ok:
            self._show_message(self.presenter.save_needs(text), undo=False)
            self.run_rules_now()

    # ---- messages ------------------------------------------------------------------------
    def _show_message(self, text: str, undo: bool = True) -> None:
        self.message.setText(text if len(text) < 90 else text[:88] + "…")
        self.undo_button.setVisible(undo)
        self._message_timer.start()

    def _clear_message(self) -> None:
        self.message.setText("")
        self.undo_button.hide()
