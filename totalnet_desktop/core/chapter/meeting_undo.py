"""Undo for meeting day: the handlers of the "meeting" scope of the one undo API (``store.undo``).

Persisted, so Ctrl+Z still works after the app was closed (or the power went out).
Payload kinds:
  attendance  {"attendance_id"|None, "meeting_id", "contact_id", "before": {...}|None, "after"?: {...}}
  visitor     {"attendance_id", "contact_id", "contact_created", "followup_id"}
  close       {"meeting_id", "absent_ids": [...]}
  slip        {"table", "id", "followup_id", "created_contact_id", "closed_referral": {...}|None}
An attendance payload may name "created_contact_ids" (a substitute typed by a new name). Every payload
that names contacts it created also carries their fingerprints ("created_contacts", added by ``push``);
after the handler, ``undo_created`` deletes those contacts unless they were used since.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging

from totalnet_desktop.core.chapter import undo_created
from totalnet_desktop.core.store import undo
from totalnet_desktop.core.store.models import (
    CEU,
    Attendance,
    FollowUp,
    Meeting,
    OneToOne,
    Referral,
    Testimonial,
    ThankYou,
)

logger = logging.getLogger(__name__)

SCOPE = "meeting"
SLIP_TABLES = {"referral": Referral, "thank_you": ThankYou, "one_to_one": OneToOne, "ceu": CEU,
               "testimonial": Testimonial}


def push(label: str, payload: dict) -> None:
    """Record an undoable action (call inside the action's own transaction, after the change)."""
    undo.push(label, payload["kind"], payload, scope=SCOPE)


def _prepare(payload: dict) -> dict:
    """Before an entry is stored: the fingerprints of the contacts the action created, and the row as
    this action left it (undo never overwrites what later work changed)."""
    payload = undo_created.with_fingerprints(payload)
    if payload.get("kind") == "attendance":
        if "after" not in payload:  # a check-in gives the row its INSERT returned: no second read
            row = Attendance.get_or_none((Attendance.meeting == payload["meeting_id"])
                                         & (Attendance.contact == payload["contact_id"]))
            payload["after"] = undo.snapshot(Attendance, row.id, skip_refs=True) if row is not None else None
    elif payload.get("kind") == "slip":
        payload["after"] = undo.snapshot(SLIP_TABLES[payload["table"]], payload["id"], skip_refs=True)
    elif payload.get("kind") == "visitor":
        payload["after"] = undo.snapshot(Attendance, payload["attendance_id"], skip_refs=True)
        if payload.get("followup_id") is not None:
            payload["followup_after"] = undo.snapshot(FollowUp, payload["followup_id"], skip_refs=True)
    elif payload.get("kind") == "close":
        payload["after"] = {str(i): undo.snapshot(Attendance, i, skip_refs=True) for i in payload["absent_ids"]}
    return payload


def _finish(payload: dict, done: undo.Undone) -> undo.Undone:
    """After the handler: remove the contacts the action created unless used since (and say so)."""
    removal = undo_created.remove_created(payload)
    return dataclasses.replace(done, kept_contacts=removal.kept, removed_contacts=removal.removed)


def undo_last() -> str | None:
    """Reverse the last meeting-day action in one transaction; return its label (None: nothing)."""
    outcome = undo_last_outcome()
    return outcome.label if outcome is not None else None


def undo_last_outcome() -> undo.Undone | None:
    """Reverse the last meeting-day action in one transaction, with the contacts it created when
    nothing uses them since; say which were kept (None: nothing to undo)."""
    return undo.undo(SCOPE)


def _parse_dt(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _undo_attendance(p: dict) -> list[str]:
    before = p.get("before")
    query = Attendance.select().where((Attendance.meeting == p["meeting_id"]) & (Attendance.contact == p["contact_id"]))
    row = query.first()
    if "after" in p and (undo.snapshot(Attendance, row.id, True) if row is not None else None) != p["after"]:
        return ["attendance"]  # changed since (another action, a merge): later work stays
    if before is None:
        if row is not None:
            row.delete_instance()
        return []
    if row is None:
        row = Attendance(meeting=p["meeting_id"], contact=p["contact_id"])
    row.status = before["status"]
    row.checked_in_at = _parse_dt(before.get("checked_in_at"))
    row.substitute = before.get("substitute_id")
    row.invited_by = before.get("invited_by_id")
    row.note = before.get("note", "")
    row.save()
    return []


def _delete_open_followup(followup_id: int | None) -> None:
    if followup_id is not None:
        FollowUp.delete().where((FollowUp.id == followup_id) & (FollowUp.status.in_(("open", "snoozed")))).execute()


def _changed_since(model, row_id: int | None, after: dict | None, recorded: bool) -> bool:
    """The row exists and differs from how the action left it (entries of older versions: never)."""
    if not recorded or row_id is None or model.get_or_none(model.id == row_id) is None:
        return False
    return not undo.unchanged_since(model, row_id, after)


def _undo_visitor(p: dict) -> list[str]:
    """Remove the visitor's attendance and the thank-you follow-up it queued, unless later work changed
    them (a note, a status, an inviter; a follow-up rescheduled or reworded): those stay, and so does
    the contact the visitor became (it is still used)."""
    changed = []
    if _changed_since(Attendance, p["attendance_id"], p.get("after"), "after" in p):
        changed.append("visitor's attendance")
    elif _changed_since(FollowUp, p.get("followup_id"), p.get("followup_after"), "followup_after" in p):
        changed.append("visitor's follow-up")
        Attendance.delete().where(Attendance.id == p["attendance_id"]).execute()
    else:
        _delete_open_followup(p.get("followup_id"))
        Attendance.delete().where(Attendance.id == p["attendance_id"]).execute()
    if changed:
        p["keep_created"] = True  # the contact the visitor became is still used: remove_created keeps it
    return changed


def _undo_close(p: dict) -> list[str]:
    """Reopen the meeting and remove the Absent marks the closing wrote, except those changed since
    (e.g. an absence later turned into Medical): later work stays."""
    after = p.get("after") or {}
    kept = [i for i in p["absent_ids"] if _changed_since(Attendance, i, after.get(str(i)), "after" in p)]
    Attendance.delete().where(Attendance.id.in_([i for i in p["absent_ids"] if i not in kept])).execute()
    Meeting.update(status="open", closed_at=None).where(Meeting.id == p["meeting_id"]).execute()
    if not kept:
        return []
    return [f"attendance of {len(kept)} member{'s' if len(kept) != 1 else ''} marked absent"]


def _undo_slip(p: dict) -> list[str]:
    model = SLIP_TABLES[p["table"]]
    if not undo.unchanged_since(model, p["id"], p.get("after")) and model.get_or_none(model.id == p["id"]):
        return [p["table"].replace("_", "-")]  # edited since: the slip stays as it is now
    _delete_open_followup(p.get("followup_id"))
    model.delete().where(model.id == p["id"]).execute()
    closed = p.get("closed_referral")
    if closed:
        Referral.update(status=closed["status"], value=closed.get("value")).where(
            Referral.id == closed["id"]).execute()
        for item in closed.get("followups", ()):  # the follow-ups the closing marked done reopen
            FollowUp.update(status=item["status"], done_at=None, due=dt.date.fromisoformat(item["due"])).where(
                FollowUp.id == item["id"]).execute()
    return []


undo.configure(SCOPE, prepare=_prepare, finish=_finish)
for _kind, _handler in (("attendance", _undo_attendance), ("visitor", _undo_visitor), ("close", _undo_close),
                        ("slip", _undo_slip)):
    undo.register(_kind, _handler, SCOPE)
