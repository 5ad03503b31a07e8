"""Undo for meeting day: each action stores how to reverse itself in ``UndoEntry`` (scope "meeting").

Persisted, so Ctrl+Z still works after the app was closed (or the power went out).
Payload kinds:
  attendance  {"attendance_id"|None, "meeting_id", "contact_id", "before": {...}|None}
  visitor     {"attendance_id", "contact_id", "contact_created", "followup_id"}
  close       {"meeting_id", "absent_ids": [...]}
  slip        {"table", "id", "followup_id", "created_contact_id", "closed_referral": {...}|None}
"""

from __future__ import annotations

import datetime as dt
import json
import logging

from totalnet_desktop.core.models import (
    CEU,
    Attendance,
    Contact,
    FollowUp,
    Meeting,
    OneToOne,
    Referral,
    ThankYou,
    UndoEntry,
    database,
)

logger = logging.getLogger(__name__)

SCOPE = "meeting"
KEEP = 100  # older entries are pruned
SLIP_TABLES = {"referral": Referral, "thank_you": ThankYou, "one_to_one": OneToOne, "ceu": CEU}


def push(label: str, payload: dict) -> None:
    """Record an undoable action (call inside the action's own transaction)."""
    UndoEntry.create(scope=SCOPE, label=label, payload=json.dumps(payload, default=str))
    stale = (UndoEntry.select(UndoEntry.id).where(UndoEntry.scope == SCOPE)
             .order_by(UndoEntry.id.desc()).offset(KEEP))
    UndoEntry.delete().where(UndoEntry.id.in_(stale)).execute()


def last_label() -> str | None:
    """What Ctrl+Z would undo, or None."""
    entry = UndoEntry.select().where(UndoEntry.scope == SCOPE).order_by(UndoEntry.id.desc()).first()
    return entry.label if entry is not None else None


def undo_last() -> str | None:
    """Reverse the last meeting-day action in one transaction; return its label (None: nothing)."""
    with database.atomic():
        entry = UndoEntry.select().where(UndoEntry.scope == SCOPE).order_by(UndoEntry.id.desc()).first()
        if entry is None:
            return None
        payload = json.loads(entry.payload)
        handler = _HANDLERS.get(payload.get("kind", ""))
        if handler is None:
            logger.warning("unknown undo payload %r", payload)
        else:
            handler(payload)
        entry.delete_instance()
    logger.info("undid %s", entry.label)
    return entry.label


def _parse_dt(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _undo_attendance(p: dict) -> None:
    before = p.get("before")
    query = Attendance.select().where((Attendance.meeting == p["meeting_id"]) & (Attendance.contact == p["contact_id"]))
    row = query.first()
    if before is None:
        if row is not None:
            row.delete_instance()
        return
    if row is None:
        row = Attendance(meeting=p["meeting_id"], contact=p["contact_id"])
    row.status = before["status"]
    row.checked_in_at = _parse_dt(before.get("checked_in_at"))
    row.substitute = before.get("substitute_id")
    row.invited_by = before.get("invited_by_id")
    row.note = before.get("note", "")
    row.save()


def _delete_open_followup(followup_id: int | None) -> None:
    if followup_id is not None:
        FollowUp.delete().where((FollowUp.id == followup_id) & (FollowUp.status.in_(("open", "snoozed")))).execute()


def _contact_is_unused(contact_id: int) -> bool:
    """True when nothing but the undone action refers to the contact (safe to delete)."""
    return not (
        Attendance.select().where((Attendance.contact == contact_id) | (Attendance.substitute == contact_id)).exists()
        or Referral.select().where((Referral.giver == contact_id) | (Referral.receiver == contact_id)
                                   | (Referral.prospect == contact_id)).exists()
        or ThankYou.select().where((ThankYou.from_contact == contact_id) | (ThankYou.to_contact == contact_id)).exists()
        or FollowUp.select().where(FollowUp.contact == contact_id).exists()
    )


def _delete_created_contact(contact_id: int | None) -> None:
    if contact_id is not None and _contact_is_unused(contact_id):
        Contact.delete().where(Contact.id == contact_id).execute()


def _undo_visitor(p: dict) -> None:
    _delete_open_followup(p.get("followup_id"))
    Attendance.delete().where(Attendance.id == p["attendance_id"]).execute()
    if p.get("contact_created"):
        _delete_created_contact(p["contact_id"])


def _undo_close(p: dict) -> None:
    Attendance.delete().where(Attendance.id.in_(p["absent_ids"])).execute()
    Meeting.update(status="open", closed_at=None).where(Meeting.id == p["meeting_id"]).execute()


def _undo_slip(p: dict) -> None:
    _delete_open_followup(p.get("followup_id"))
    model = SLIP_TABLES[p["table"]]
    model.delete().where(model.id == p["id"]).execute()
    closed = p.get("closed_referral")
    if closed:
        Referral.update(status=closed["status"], value=closed.get("value")).where(
            Referral.id == closed["id"]).execute()
    _delete_created_contact(p.get("created_contact_id"))


_HANDLERS = {"attendance": _undo_attendance, "visitor": _undo_visitor, "close": _undo_close, "slip": _undo_slip}
