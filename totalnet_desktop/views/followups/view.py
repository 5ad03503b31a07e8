"""The Follow-ups screen (Ctrl+3): who to nurture next, grouped Overdue / Today / This week / Later.

Keys on an item: D done, S snooze, R reschedule, Delete or X dismiss, Enter open the contact, L open
the item's link; Ctrl+Z undoes the last of these.

The rules that create items run when the screen is shown (at most once a minute unless data changed)
and, while it is on screen, shortly after data changes elsewhere. They do not run behind other
screens: an item created while, say, Meeting day is undoing a check-in would keep the visitor's
contact alive. Items the rules create are due today or later, so the overdue badge needs no run.

A thin screen: the rows, loading and the rules' timer. When the rules run, what the queue and its summary
say, and the actions' calls into core are ``presenter.FollowUpsPresenter``'s; the actions on an item are
``item_actions.ItemActions``', the exports and the referral needs ``exports.ExportActions``'.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP
from totalnet_desktop.qtmodels.followups_model import FollowUpsModel
from totalnet_desktop.views.followups.bars import ActionRow, EmptyQueue, HeadingRow, ToolRow
from totalnet_desktop.views.followups.exports import ExportActions
from totalnet_desktop.views.followups.item_actions import RULES_DEBOUNCE_MS, ItemActions
from totalnet_desktop.views.followups.presenter import FollowUpsPresenter
from totalnet_desktop.views.followups.queue_table import QueueTable
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.screen import Screen

logger = logging.getLogger(__name__)

RULES_AFTER_START_MS = 1200  # with run_rules_on_start: after the window is on screen


class FollowUpsView(ItemActions, ExportActions, Screen):
    title = QT_TRANSLATE_NOOP("Screen", "Follow-ups")  # shown through translate("Screen", title)
    key_help = (  # translated where shown (key_registry.declared_keys)
        ("D", QT_TRANSLATE_NOOP("Shortcuts", "Done (asks how you reached them)")),
        ("S", QT_TRANSLATE_NOOP("Shortcuts", "Snooze: then T tomorrow, 3 in three days, N next week, P pick a date")),
        ("R", QT_TRANSLATE_NOOP("Shortcuts", "Reschedule to a date")),
        ("Delete / X", QT_TRANSLATE_NOOP("Shortcuts", "Dismiss")),
        ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Open the contact")),
        ("L", QT_TRANSLATE_NOOP("Shortcuts", "Open the item's link (a profile or a search)")),
        ("Down", QT_TRANSLATE_NOOP("Shortcuts", "From the filter into the list")),
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
        self.heading_row = HeadingRow()
        self.summary, self.filter = self.heading_row.summary, self.heading_row.filter
        self.filter.textChanged.connect(self._filter_changed)
        self.heading_row.into_list.connect(self._into_list)
        self.tool_row = ToolRow({"add": self.add_item, "ics": self.export_ics, "csv": self.export_csv,
                                 "needs": self.edit_needs})
        self.table = QueueTable(self.model)
        self.table.key_action.connect(self._key_action)
        self.table.doubleClicked.connect(lambda _: self.open_contact())
        self.table.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.empty = EmptyQueue()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        self.pages.addWidget(self.empty)
        self.action_row = ActionRow({"done": self.done, "snooze": self.snooze, "reschedule": self.reschedule,
                                     "dismiss": self.dismiss, "open": self.open_contact, "link": self.open_link,
                                     "undo": self.undo})
        self.message, self.undo_button = self.action_row.message, self.action_row.undo_button
        self.buttons = {**self.tool_row.buttons, **self.action_row.buttons}
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_row)
        layout.addWidget(self.tool_row)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.action_row)
        self._update_actions()

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

    def _into_list(self) -> None:
        """Down or Enter in the filter: into the list."""
        self.table.ensure_current()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

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
        self.action_row.message_timer.stop()
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
        self.pages.setCurrentWidget(self.table if self.model.item_count() or self.filter.text() else self.empty)
        self.table.show_groups(keep)
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
        return self.table.current_item()

    def select_item(self, item_id: int) -> bool:
        index = self.model.index_of(item_id)
        if index.isValid():
            self.table.setCurrentIndex(index)
        return index.isValid()

    def _update_actions(self) -> None:
        item = self.selected_item()
        self.action_row.enable_for(item is not None, bool(item and item.link))

    def _key_action(self, action: str) -> None:
        {"done": self.done, "snooze": self.snooze, "reschedule": self.reschedule, "dismiss": self.dismiss,
         "open": self.open_contact, "link": self.open_link}[action]()

    def _next_id(self) -> int | None:
        return self.table.next_id()

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

    # ---- messages ------------------------------------------------------------------------
    def _show_message(self, text: str, undo: bool = True) -> None:
        self.action_row.show_message(text, undo)
