"""Meeting day's check-in: Enter in the box, a row's status (P A L M S), a substitute, a visitor's details.
Strings keep the screen's translation context ("MeetingView")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from totalnet_desktop.core.chapter import meetings
from totalnet_desktop.core.chapter.meetings import RosterRow
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.i18n import translate
from totalnet_desktop.views.meeting.slip_dialogs import SubstituteDialog, VisitorDialog
from totalnet_desktop.views.shell.screen import as_widget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLineEdit

    from totalnet_desktop.core.chapter.meetings import MeetingRecord
    from totalnet_desktop.core.chapter.people import PersonChoice
    from totalnet_desktop.qtmodels.roster_model import RosterModel
    from totalnet_desktop.views.meeting.presenter import MeetingPresenter
    from totalnet_desktop.views.meeting.visitor_strip import VisitorStrip


class CheckInActions:
    """Mixed into MeetingView, which provides presenter, meeting, model, box, visitor_strip, members(),
    say(), current_row(), _highlight(), _changed() and _update_counters()."""

    if TYPE_CHECKING:  # what the screen provides
        presenter: MeetingPresenter
        model: RosterModel
        visitor_strip: VisitorStrip
        box: QLineEdit

        @property
        def meeting(self) -> MeetingRecord | None: ...
        def members(self) -> list[PersonChoice]: ...
        def say(self, text: object, error: bool = False) -> None: ...
        def current_row(self) -> RosterRow | None: ...
        def _highlight(self, row: int) -> None: ...
        def _changed(self) -> None: ...
        def _update_counters(self) -> None: ...
        def window(self) -> QWidget: ...

    def enter(self) -> None:
        """Enter in the check-in box: check in the highlighted member or add the visitor; the box clears
        when that was done. A refusal (the chapter server lost, a read-only database, a login that may
        not write this) keeps what was typed, so a visitor's name is not to be typed again."""
        meeting = self.meeting
        if meeting is None:
            return
        visitor_text = self.model.add_visitor_text()
        row = self.current_row()
        try:
            result = self.presenter.enter(visitor_text, row)
        except ValidationError as exc:
            self.say(exc, error=True)
            return
        if result is None:
            self.box.clear()
            return
        contact_id = result.row.contact_id
        self.model.update_row(result.row)
        self.say(result.message, error=not result.changed)
        self.box.clear()
        self._highlight(self.model.shown_index(contact_id))
        self._update_counters()
        if result.changed:
            self._changed()
            if visitor_text:  # a name only so far: the inline form asks for the rest, all optional
                self.visitor_strip.open_for(meeting, result.row, self.members())

    def _visitor_saved(self, row: RosterRow) -> None:
        self.model.update_row(row)
        self.say(translate("MeetingView", "Visitor {name} updated.").format(name=row.name))
        self._changed()

    def _act_on_table(self, row_number: int) -> None:
        row = self.model.row_at(row_number)
        if row is None:
            if self.model.add_visitor_text():
                self.enter()
            return
        if not row.is_member:
            self.edit_visitor(row)
            return
        try:
            result = self.presenter.check_in(row)
        except ValidationError as exc:
            self.say(exc, error=True)
            return
        self._apply(result)

    def _apply(self, result: meetings.ActionResult) -> None:
        self.model.update_row(result.row)
        self.say(result.message, error=not result.changed)
        self._update_counters()
        if result.changed:
            self._changed()

    def set_status(self, key: str) -> None:
        """P A L M S on the selected row (S asks who substituted)."""
        row = self.current_row()
        if row is None or self.meeting is None:
            return
        try:
            if key == "S":
                self.presenter.check_substitute(row)
                value, accepted = self.ask_substitute(row)
                if not accepted or not isinstance(value, meetings.ActionResult):
                    return
                result = value
            else:
                result = self.presenter.set_status(row, key)
        except ValidationError as exc:
            self.say(exc, error=True)
            return
        self._apply(result)

    def ask_substitute(self, row: RosterRow) -> tuple[object, bool]:
        """The substitute dialog; its OK records the status (tests call the dialog directly)."""
        presenter = self.presenter
        answer = SubstituteDialog.get_substitute(lambda d: presenter.substitute(row, d.draft()), row.name, as_widget(self))
        self.window().activateWindow()
        return answer

    def edit_visitor(self, row: RosterRow) -> None:
        presenter = self.presenter

        def submit(dialog: VisitorDialog) -> RosterRow:
            return presenter.update_visitor(row, dialog.draft())

        value, accepted = VisitorDialog.get_details(submit, row.name, self.members(), row.invited_by_id,
                                                    row.company, row.classification, as_widget(self))
        self.window().activateWindow()
        if accepted and isinstance(value, RosterRow):
            self.model.update_row(value)
            self.say(translate("MeetingView", "Visitor {name} updated.").format(name=row.name))
            self._changed()

