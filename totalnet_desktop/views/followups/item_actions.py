"""The Follow-ups screen's actions on the current item: done (asks how), snooze, reschedule, dismiss,
open its contact or its link; and adding an item. Strings keep the screen's translation context
("FollowUpsView")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from totalnet_desktop.core.store.errors import ServerLostError, TotalNetError
from totalnet_desktop.i18n import tr_core, translate
from totalnet_desktop.views.followups.dialog import DatePickDialog, SnoozeDialog, add_followup
from totalnet_desktop.views.followups.done_dialog import FollowUpDoneDialog
from totalnet_desktop.views.shell.screen import as_widget

if TYPE_CHECKING:
    import datetime as dt

    from PySide6.QtCore import QTimer

    from totalnet_desktop.core.followups.queue import FollowUpItem
    from totalnet_desktop.views.followups.presenter import FollowUpsPresenter
    from totalnet_desktop.views.followups.queue_table import QueueTable

RULES_DEBOUNCE_MS = 700  # after a change elsewhere (a burst of check-ins runs them once)


class ItemActions:
    """Mixed into FollowUpsView, which provides ctx, presenter, table, _rules_timer, last_opened_link,
    today(), selected_item(), refresh(), _next_id(), _changed() and _show_message()."""

    if TYPE_CHECKING:  # what the screen provides
        ctx: Any
        presenter: FollowUpsPresenter
        last_opened_link: str
        table: QueueTable
        _rules_timer: QTimer

        def today(self) -> dt.date: ...
        def selected_item(self) -> FollowUpItem | None: ...
        def refresh(self, select_id: int | None = None) -> None: ...
        def _next_id(self) -> int | None: ...
        def _changed(self, message: str, select_id: int | None, undo: bool = True) -> None: ...
        def _show_message(self, text: str, undo: bool = True) -> None: ...
        def window(self) -> QWidget: ...

    def _act(self, action: Callable[[], str]) -> str | None:
        """Run one of the presenter's actions: its message, or None after saying what went wrong."""
        try:
            return action()
        except TotalNetError as exc:
            QMessageBox.warning(as_widget(self), translate("FollowUpsView", "Follow-ups"), tr_core(exc))
            if not isinstance(exc, ServerLostError):  # nothing changed, and nothing can be read just now
                self.refresh()
            return None

    def done(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        channel, note, ok = FollowUpDoneDialog.ask(item, as_widget(self))
        self._refocus()
        if ok and (message := self._act(lambda: self.presenter.done(item, channel, note))):
            next_id = self._next_id()
            self._rules_timer.start(RULES_DEBOUNCE_MS)  # the touch may close other items
            self._changed(message, next_id)

    def snooze(self) -> None:
        item = self.selected_item()
        if item is None:
            return
        until, ok = SnoozeDialog.ask(self.today(), as_widget(self))
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
        due, ok = DatePickDialog.ask(translate("FollowUpsView", "New due date"), item.due, None, as_widget(self))
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

    def open_contact(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.ctx.bus.open_contact.emit(item.contact_id)

    def open_link(self) -> None:
        item = self.selected_item()
        if item is not None and item.link:
            self.last_opened_link = item.link
            if not QDesktopServices.openUrl(QUrl(item.link)):
                self._show_message(translate("FollowUpsView", "Could not open {link}").format(link=item.link),
                                   undo=False)

    def add_item(self) -> None:
        current = self.selected_item()
        item_id = add_followup(self.ctx, as_widget(self), current.contact_id if current else None)
        if item_id is not None:
            self.refresh(item_id)

    def _refocus(self) -> None:
        """Give the window and the list the keyboard back after a dialog (so Ctrl+Z works at once,
        also where no window manager hands activation back)."""
        self.window().activateWindow()
        self.table.setFocus()

