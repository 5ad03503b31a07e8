"""What the Meeting day screen shows and does, without a widget: which meeting is open (today's, the
latest, or one picked), its roster and counters, check-in, PALMS, visitors, closing and undo.

The screen (``view.py``) owns the check-in box, the roster table, keys and dialogs; questions are asked
through a ``confirm(title, text)`` the screen passes in. Tests drive this presenter alone. User texts
are translated in the screen's context ("MeetingView"), as before the split.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from totalnet_desktop.core.chapter import chapters, meetings, visitors
from totalnet_desktop.core.chapter.meetings import MeetingRecord, RosterRow
from totalnet_desktop.core.chapter.people import PersonChoice
from totalnet_desktop.core.store import identity
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.i18n import (
    date_text,
    embedded,
    money,
    number,
    paragraph,
    person_name,
    tr_core,
    translate,
)

logger = logging.getLogger(__name__)

Confirm = Callable[[str, str], bool]


def close_question(pending: list[RosterRow], me_id: int | None) -> str:
    """The close-meeting question naming everyone it marks Absent (me too, said so); a name never
    breaks across lines (no-break spaces); a long list is one wrapped paragraph. In the member's
    language, each name kept whole inside it."""
    you = translate("MeetingView", "(you)")
    names = [embedded(person_name(r.name).replace(" ", "\u00a0")) + ("\u00a0" + you if r.contact_id == me_id else "")
             for r in pending]
    listed = ("\n".join(paragraph(f"  • {n}") for n in names) if len(names) <= 12
              else paragraph(translate("MeetingView", ", ").join(names)))
    count = len(names)
    who = translate("MeetingView", "%Ln member(s) with no status will be marked Absent:", None, count)
    return who + "\n\n" + listed + "\n\n" + translate("MeetingView", "Close the meeting?")


@dataclass(frozen=True)
class Heading:
    """The screen's heading: the chapter and date, whether the meeting is open, and its times."""

    chapter_name: str
    date: str
    closed: bool
    state: str  # 'open, today'
    times: str  # 'starts 07:00 · Late after 10 min grace'


class MeetingPresenter:
    """The Meeting day screen's state: the meeting shown, how it was chosen, its slip totals.

    ``changed(topic)`` tells the rest of the app that data changed (the screen passes its bus)."""

    def __init__(self, changed: Callable[[str], None]):
        self.changed = changed
        self.meeting: MeetingRecord | None = None
        self.slip_totals: tuple[int, Decimal] = (0, Decimal(0))
        self.opened_today = True  # the meeting shown is the one Meeting day chose by itself (not a picked date)
        self.opened_on: dt.date | None = None

    # ---- which meeting ------------------------------------------------------------------------
    def stale_day(self, today: dt.date) -> bool:
        """True when showing the screen should choose the meeting again (none yet, or a new day)."""
        return self.meeting is None or (self.opened_today and self.opened_on != today)

    def open_today(self, today: dt.date, confirm: Confirm) -> str | None:
        """Open today's meeting (created on the chapter's meeting weekday only), or the most recent one on
        another day; before any meeting, ask whether to open one today. None when there is no chapter
        (the screen shows set-up); else a note to show ('' when none)."""
        note = ""
        try:
            meeting = meetings.open_today(today)
        except meetings.NoChapterError:
            self.meeting = None
            return None
        except meetings.NotMeetingDayError as exc:
            if exc.latest is not None:
                meeting = exc.latest
                note = translate("MeetingView", "{reason} Showing the meeting of {date}; Other date (Alt+D) opens "
                                 "another day.").format(reason=tr_core(exc), date=date_text(meeting.date, long=True))
            else:
                chapter_id = chapters.my_chapter_id()
                if chapter_id is None:  # never raised without a chapter; set-up if it were
                    self.meeting = None
                    return None
                if confirm(translate("MeetingView", "Meeting day"),
                           translate("MeetingView", "{reason} Open a meeting for today anyway?").format(reason=tr_core(exc))):
                    meeting = meetings.open_meeting(chapter_id, today)
                else:
                    meeting = meetings.open_meeting(chapter_id, exc.next_day, allow_future=True)
                    note = translate("MeetingView", "Showing the next meeting, {date}.").format(
                        date=date_text(meeting.date, long=True))
        self.opened_today, self.opened_on = True, today
        self.meeting = meeting
        return note

    def open_date(self, day: dt.date, confirm: Confirm) -> str | None:
        """Open (or create) my chapter's meeting on ``day`` (a future date asks first); the message, or
        None when nothing was opened."""
        chapter_id = self.meeting.chapter_id if self.meeting else chapters.my_chapter_id()
        if chapter_id is None:
            return None
        try:
            meeting = meetings.open_meeting(chapter_id, day)
        except meetings.FutureDateError as exc:
            if not confirm(translate("MeetingView", "A meeting in the future"), tr_core(exc)):
                return None
            meeting = meetings.open_meeting(chapter_id, day, allow_future=True)
        self.opened_today = False
        self.meeting = meeting
        return translate("MeetingView", "Showing the meeting of {day}.").format(day=date_text(day, long=True))

    def open_meeting(self, meeting_id: int) -> None:
        """Show a meeting picked from History."""
        self.opened_today = False
        self.meeting = meetings.get_meeting(meeting_id)

    def reload(self) -> list[RosterRow]:
        """Re-read the meeting and its slip totals; its roster rows."""
        if self.meeting is None:
            return []
        self.meeting = meetings.get_meeting(self.meeting.id)
        self.slip_totals = meetings.slip_totals(self.meeting.id)
        return meetings.roster_rows(self.meeting.id)

    def refresh_slip_totals(self) -> None:
        if self.meeting is not None:
            self.slip_totals = meetings.slip_totals(self.meeting.id)

    def data_changed(self, topic: str, visible: bool) -> str:
        """What a change elsewhere means here: 'show' (choose the meeting again), 'reload', or ''."""
        # remote_meetings: another desk's check-in or slip (a chapter server's notice)
        if topic in ("all", "contacts", "chapters", "remote_meetings") and visible:
            return "show" if topic == "all" else "reload"
        if topic == "all":
            self.meeting = None  # reopened on the next on_shown
        return ""

    # ---- what the screen says -----------------------------------------------------------------
    def heading(self, today: dt.date) -> Heading | None:
        m = self.meeting
        if m is None:
            return None
        state = translate("MeetingView", "closed") if m.is_closed else translate("MeetingView", "open")
        if m.date == today:
            when = translate("MeetingView", "today")
        else:
            when = translate("MeetingView", "catching up") if m.date < today else translate("MeetingView", "ahead")
        return Heading(m.chapter_name, date_text(m.date, long=True), m.is_closed,
                       translate("MeetingView", "{state}, {when}").format(state=state, when=when),
                       translate("MeetingView", "starts {time} · Late after {minutes} min grace").format(
                           time=m.start_time, minutes=number(m.grace_minutes)))

    def counters_text(self, rows: list[RosterRow]) -> str:
        """'Members <b>25</b> · Present <b>20</b> · ...' for the roster shown."""
        if self.meeting is None:
            return ""
        c = meetings.counters_from_rows(rows, *self.slip_totals, self.meeting.currency)
        return translate(
            "MeetingView",
            "Members <b>{expected}</b> · Present <b>{present}</b> · Late <b>{late}</b>"
            " · Substitutes <b>{substitutes}</b> · Visitors <b>{visitors}</b> · Referrals <b>{referrals}</b>"
            " · Thank-you <b>{thank_you}</b>").format(
            present=number(c.present), expected=number(c.expected), late=number(c.late),
            substitutes=number(c.substitutes), visitors=number(c.visitors), referrals=number(c.referrals),
            thank_you=money(c.thank_you_total, c.currency))

    @staticmethod
    def members(rows: list[RosterRow]) -> list[PersonChoice]:
        """Roster members for the slip dialogs' pickers."""
        return [PersonChoice(r.contact_id, r.name, r.company, r.classification) for r in rows if r.is_member]

    @staticmethod
    def me_among(members: list[PersonChoice]) -> int | None:
        """My contact id when I am one of ``members`` (the slips' default giver)."""
        me = identity.me_id()
        return me if any(m.id == me for m in members) else None

    def slip_kwargs(self) -> dict[str, Any]:
        assert self.meeting is not None
        return {"day": self.meeting.date, "meeting_id": self.meeting.id}

    # ---- actions (ValidationError in the app's words, or the result) --------------------------
    def enter(self, visitor_text: str, row: RosterRow | None) -> meetings.ActionResult | None:
        """Enter in the check-in box: add the visitor typed, or check in the highlighted member."""
        if self.meeting is None:
            return None
        if visitor_text:
            return visitors.add_visitor(self.meeting, visitor_text)
        if row is not None:
            return meetings.check_in(self.meeting, row)
        return None

    def check_in(self, row: RosterRow) -> meetings.ActionResult:
        assert self.meeting is not None
        return meetings.check_in(self.meeting, row)

    def set_status(self, row: RosterRow, key: str) -> meetings.ActionResult:
        """P A L M (S goes through ``substitute``)."""
        assert self.meeting is not None
        return meetings.set_status(self.meeting, row, key, now=dt.datetime.now())

    @staticmethod
    def check_substitute(row: RosterRow) -> None:
        if not row.is_member:
            raise ValidationError(translate("MeetingView", "{name} is a visitor; PALMS statuses are for "
                                            "members.").format(name=row.name))

    def substitute(self, row: RosterRow, draft: dict[str, Any]) -> meetings.ActionResult:
        assert self.meeting is not None
        return meetings.set_substitute(self.meeting, row, **draft)

    def update_visitor(self, row: RosterRow, draft: dict[str, Any]) -> RosterRow:
        assert self.meeting is not None
        return visitors.update_visitor(self.meeting, row, **draft)

    def close(self, confirm: Confirm) -> str | None:
        """Members with no status become Absent after a confirmation that lists them; the message, or
        None when the question was declined."""
        if self.meeting is None:
            return None
        if self.meeting.is_closed:
            return translate("MeetingView", "This meeting is already closed.")
        pending = meetings.pending_absent(self.meeting.id)
        if pending and not confirm(translate("MeetingView", "Close the meeting"),
                                   close_question(pending, identity.me_id())):
            return None
        result = meetings.close_meeting(self.meeting.id)
        from totalnet_desktop.core.chapter import visitor_pipeline

        drip = visitor_pipeline.queue_drip(self.meeting.chapter_id, self.meeting.date)  # invite back, apply
        absent = len(result.marked_absent)
        text = translate("MeetingView", "Meeting closed; %Ln marked Absent.", None, absent)
        if drip:
            text += " " + translate("MeetingView", "%Ln visitor follow-up(s) queued.", None, drip)
        if result.flagged:
            text += " " + translate("MeetingView", "Flagged (3+ absences in six months): {names}.").format(
                names=", ".join(f"{n} ({number(c)})" for n, c in result.flagged))
        self.changed("meetings")
        return text

    def undo(self) -> str | None:
        """Undo the last meeting-day action; its message, None when there is nothing to undo."""
        outcome = meetings.undo_last_outcome()
        if outcome is None:
            return None
        self.changed("meetings")
        return outcome.message  # names a contact the action created but that is used since
