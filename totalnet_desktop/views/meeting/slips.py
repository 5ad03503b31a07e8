"""The meeting-day screen's slips: referral, thank-you, one-to-one and CEU, each from its dialog."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from totalnet_desktop.core.chapter import slips, testimonials
from totalnet_desktop.core.chapter.people import PersonChoice
from totalnet_desktop.views.meeting.slip_dialogs import (
    CEUDialog,
    OneToOneDialog,
    ReferralDialog,
    ThankYouDialog,
)
from totalnet_desktop.views.meeting.testimonial_dialog import TestimonialDialog

if TYPE_CHECKING:
    from totalnet_desktop.core.chapter.meetings import MeetingRecord, RosterRow
    from totalnet_desktop.qtmodels.roster_model import RosterModel
    from totalnet_desktop.views.meeting.presenter import MeetingPresenter


class SlipActions:
    """Mixed into MeetingView, which provides presenter, meeting, model, say(), focus_search(),
    current_row(), _changed(), _update_counters() and _back_from_dialog()."""

    if TYPE_CHECKING:  # what the screen provides
        presenter: MeetingPresenter
        model: RosterModel

        @property
        def meeting(self) -> MeetingRecord | None: ...
        def say(self, text: str, error: bool = False) -> None: ...
        def focus_search(self) -> None: ...
        def current_row(self) -> RosterRow | None: ...
        def _changed(self) -> None: ...
        def _update_counters(self) -> None: ...
        def _back_from_dialog(self) -> None: ...

    def members(self) -> list[PersonChoice]:
        """Roster members for the slip dialogs' pickers."""
        return self.presenter.members(self.model.all_rows())

    def _me(self) -> int | None:
        return self.presenter.me_among(self.members())

    def slip_kwargs(self) -> dict[str, Any]:
        return self.presenter.slip_kwargs()

    def _slip_done(self, value: Any, accepted: bool) -> None:
        self._back_from_dialog()
        if not accepted or value is None:
            self.focus_search()
            return
        self.presenter.refresh_slip_totals()
        self._update_counters()
        self.say(value.message)
        self._changed()
        self.focus_search()

    def add_referral(self) -> None:
        if self.meeting is None:
            return
        kwargs = self.slip_kwargs()
        self._slip_done(*ReferralDialog.get_referral(lambda d: slips.add_referral(**d.draft(), **kwargs),
                                                     self.members(), self._me(), self))

    def add_thank_you(self) -> None:
        if self.meeting is None:
            return
        currency, kwargs = self.meeting.currency, self.slip_kwargs()
        self._slip_done(*ThankYouDialog.get_thank_you(
            lambda d: slips.add_thank_you(**d.draft(), currency=currency, **kwargs), self.members(), self._me(),
            currency, self))

    def add_one_to_one(self) -> None:
        meeting = self.meeting
        if meeting is None:
            return
        self._slip_done(*OneToOneDialog.get_one_to_one(
            lambda d: slips.add_one_to_one(**d.draft(), meeting_id=meeting.id), self.members(), self._me(),
            meeting.date, self))

    def add_ceu(self) -> None:
        if self.meeting is None:
            return
        kwargs = self.slip_kwargs()
        self._slip_done(*CEUDialog.get_ceu(lambda d: slips.add_ceu(**d.draft(), **kwargs), self.members(),
                                           self._me(), self))

    def add_testimonial(self) -> None:
        """Key T on a roster row: a testimonial given by that member (or by me)."""
        if self.meeting is None:
            return
        row = self.current_row()
        giver = row.contact_id if row is not None and row.is_member else self._me()
        kwargs = self.slip_kwargs()
        self._slip_done(*TestimonialDialog.get_testimonial(
            lambda d: testimonials.add_testimonial(**d.draft(), **kwargs), self.members(), giver, self))
