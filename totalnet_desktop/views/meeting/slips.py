"""The meeting-day screen's slips: referral, thank-you, one-to-one and CEU, each from its dialog."""

from __future__ import annotations

from totalnet_desktop.core.chapter import meetings, slips, testimonials
from totalnet_desktop.core.chapter.people import PersonChoice
from totalnet_desktop.core.store import identity
from totalnet_desktop.views.meeting.slip_dialogs import (
    CEUDialog,
    OneToOneDialog,
    ReferralDialog,
    ThankYouDialog,
)
from totalnet_desktop.views.meeting.testimonial_dialog import TestimonialDialog


class SlipActions:
    """Mixed into MeetingView, which provides meeting, model, say(), focus_search(), _changed(),
    _update_counters() and _back_from_dialog()."""

    def members(self) -> list[PersonChoice]:
        """Roster members for the slip dialogs' pickers."""
        return [PersonChoice(r.contact_id, r.name, r.company, r.classification)
                for r in self.model.all_rows() if r.is_member]

    def _me(self) -> int | None:
        me = identity.me_id()
        return me if any(m.id == me for m in self.members()) else None

    def slip_kwargs(self) -> dict:
        return {"day": self.meeting.date, "meeting_id": self.meeting.id}

    def _slip_done(self, value, accepted: bool) -> None:
        self._back_from_dialog()
        if not accepted or value is None:
            self.focus_search()
            return
        self._slip_totals = meetings.slip_totals(self.meeting.id)
        self._update_counters()
        self.say(value.message)
        self._changed()
        self.focus_search()

    def add_referral(self) -> None:
        if self.meeting is None:
            return
        submit = lambda d: slips.add_referral(**d.draft(), **self.slip_kwargs())
        self._slip_done(*ReferralDialog.get_referral(submit, self.members(), self._me(), self))

    def add_thank_you(self) -> None:
        if self.meeting is None:
            return
        currency = self.meeting.currency
        submit = lambda d: slips.add_thank_you(**d.draft(), currency=currency, **self.slip_kwargs())
        self._slip_done(*ThankYouDialog.get_thank_you(submit, self.members(), self._me(), currency, self))

    def add_one_to_one(self) -> None:
        if self.meeting is None:
            return
        submit = lambda d: slips.add_one_to_one(**d.draft(), meeting_id=self.meeting.id)
        self._slip_done(*OneToOneDialog.get_one_to_one(submit, self.members(), self._me(), self.meeting.date, self))

    def add_ceu(self) -> None:
        if self.meeting is None:
            return
        submit = lambda d: slips.add_ceu(**d.draft(), **self.slip_kwargs())
        self._slip_done(*CEUDialog.get_ceu(submit, self.members(), self._me(), self))


    def add_testimonial(self) -> None:
        """Key T on a roster row: a testimonial given by that member (or by me)."""
        if self.meeting is None:
            return
        row = self.current_row()
        giver = row.contact_id if row is not None and row.is_member else self._me()
        submit = lambda d: testimonials.add_testimonial(**d.draft(), **self.slip_kwargs())
        self._slip_done(*TestimonialDialog.get_testimonial(submit, self.members(), giver, self))
