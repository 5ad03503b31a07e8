"""Meeting day's meeting-level commands, each from its dialog: another date, history, the report, the
roster, the agenda, closing. Strings keep the screen's translation context ("MeetingView")."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from totalnet_desktop.i18n import translate
from totalnet_desktop.views.meeting.dialogs import MeetingDateDialog
from totalnet_desktop.views.shell.screen import as_widget

if TYPE_CHECKING:
    from totalnet_desktop.core.chapter.meetings import MeetingRecord
    from totalnet_desktop.views.meeting.presenter import MeetingPresenter


class MeetingActions:
    """Mixed into MeetingView, which provides presenter, meeting, reload(), say(), focus_search(),
    _show_page(), _changed() and _back_from_dialog()."""

    if TYPE_CHECKING:  # what the screen provides
        presenter: MeetingPresenter

        @property
        def meeting(self) -> MeetingRecord | None: ...
        def reload(self) -> None: ...
        def say(self, text: str, error: bool = False) -> None: ...
        def focus_search(self) -> None: ...
        def _show_page(self) -> None: ...
        def _changed(self) -> None: ...
        def _back_from_dialog(self) -> None: ...
        def window(self) -> QWidget: ...

    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this with a scripted answer)."""
        answer = QMessageBox.question(as_widget(self), title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        self.window().activateWindow()
        return answer == QMessageBox.StandardButton.Yes

    def close_meeting(self) -> None:
        """Members with no status become Absent after a confirmation that lists them."""
        was_closed = self.meeting is not None and self.meeting.is_closed
        text = self.presenter.close(self.confirm)
        if text is None:
            return
        if not was_closed:
            self.reload()
        self.say(text)

    def open_date(self, day: dt.date) -> bool:
        """Open (or create) my chapter's meeting on ``day``; a future date needs a confirmation."""
        message = self.presenter.open_date(day, self.confirm)
        if message is None:
            return False
        self._show_page()
        self.say(message)
        self.focus_search()
        return True

    def pick_date(self) -> None:
        day, accepted = MeetingDateDialog.get_date(self.meeting.date if self.meeting else dt.date.today(),
                                                   as_widget(self))
        self._back_from_dialog()
        if accepted:
            self.open_date(day)

    def show_history(self) -> None:
        from totalnet_desktop.views.meeting.history import MeetingHistoryDialog

        if self.meeting is None:
            return
        meeting_id, accepted = MeetingHistoryDialog.pick_meeting(self.meeting.chapter_id, as_widget(self))
        self._back_from_dialog()
        if accepted and meeting_id is not None:
            self.presenter.open_meeting(meeting_id)
            self._show_page()
            self.focus_search()

    def show_report(self) -> None:
        from totalnet_desktop.views.meeting.report import MeetingReportDialog

        if self.meeting is not None:
            MeetingReportDialog.show_report(self.meeting.id, as_widget(self))
            self._back_from_dialog()

    def show_agenda(self) -> QWidget | None:
        """The president's agenda with its timers, full screen (on the projector when there is one)."""
        from totalnet_desktop.views.chapter.agenda_window import open_for_meeting

        if self.meeting is None:
            return None
        window = open_for_meeting(self.meeting, as_widget(self), getattr(self, "agenda_clock", None))
        self.say(translate("MeetingView", "The agenda is running in its own window: Space starts, N next speaker, "
                                          "Esc leaves full screen."))
        return window

    def edit_roster(self) -> None:
        from totalnet_desktop.views.meeting.roster import RosterDialog

        if self.meeting is not None:
            RosterDialog.edit(self.meeting.chapter_id, as_widget(self))
            self.reload()
            self._changed()
            self._back_from_dialog()
