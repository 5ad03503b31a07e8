"""The follow-up queue: items about whom to nurture next, read grouped by due date and acted on.

``queue()`` is how every part of the app adds an item; app-created items carry an ``origin_key``
(e.g. ``visitor:<attendance id>``) so creating them twice does nothing. Every function that depends
on the date takes ``today`` (default: the real date) so tests and the command line can fix it.

A pending item is ``open`` or ``snoozed`` (snoozing moves the due date and marks it); ``done`` and
``dismissed`` items leave the queue. Every action is undoable (UndoEntry, scope "followups").
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import NamedTuple

from totalnet_desktop.core.store import collation, undo, undo_labels, values
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import (
    CHANNEL_LABELS,
    CHANNELS,
    Contact,
    FollowUp,
    Interaction,
    database,
    now,
)
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

# Origin keys used across the app (one item per event):
#   visitor:<attendance id>          referral_received:<referral id>
#   referral_given:<referral id>     thank_you:<thank-you id>
#   cadence:<contact id>:<last touch date>      bridge_meet:<contact id>
#   bridge_connect:<contact id>      one_to_one:<contact id>:<last one-to-one date or "never">

PENDING_STATUSES = ("open", "snoozed")
GROUPS = (QT_TRANSLATE_NOOP("FollowUps", "Overdue"), QT_TRANSLATE_NOOP("FollowUps", "Today"),
          QT_TRANSLATE_NOOP("FollowUps", "This week"), QT_TRANSLATE_NOOP("FollowUps", "Later"))
DUE_FILTERS = ("overdue", "today", "week", "all")
UNDO_SCOPE = "followups"
UNDO_OP = "queue_action"  # the one operation of the "followups" undo scope

ORIGIN_LABELS = {
    "user": QT_TRANSLATE_NOOP("Follow-up origin", "Added by you"),
    "visitor": QT_TRANSLATE_NOOP("Follow-up origin", "Visited the chapter"),
    "referral_received": QT_TRANSLATE_NOOP("Follow-up origin", "Referral passed to you"),
    "referral_given": QT_TRANSLATE_NOOP("Follow-up origin", "Referral you gave"),
    "thank_you": QT_TRANSLATE_NOOP("Follow-up origin", "Thank-you received"),
    "cadence": QT_TRANSLATE_NOOP("Follow-up origin", "Keep-in-touch cadence"),
    "bridge_meet": QT_TRANSLATE_NOOP("Follow-up origin", "Online only: meet in person"),
    "bridge_connect": QT_TRANSLATE_NOOP("Follow-up origin", "Not on LinkedIn yet"),
    "one_to_one": QT_TRANSLATE_NOOP("Follow-up origin", "One-to-one rotation"),
    "invite": QT_TRANSLATE_NOOP("Follow-up origin", "The chapter's most wanted"),
    "visitor_drip": QT_TRANSLATE_NOOP("Follow-up origin", "Visitor follow-up"),
}


class FollowUpItem(NamedTuple):
    """One pending item as the queue shows it (a NamedTuple: 20,000 of them build in ~15 ms)."""

    id: int
    contact_id: int
    contact_name: str
    company: str
    reason: str
    channel: str
    due: dt.date
    origin: str
    status: str
    link: str = ""

    @property
    def channel_label(self) -> str:
        return CHANNEL_LABELS.get(self.channel, self.channel)

    @property
    def origin_label(self) -> str:
        return ORIGIN_LABELS.get(self.origin, self.origin)

    def group(self, today: dt.date) -> str:
        """Overdue, Today, This week or Later, relative to ``today``."""
        return group_of(self.due, today)


@dataclass(frozen=True)
class QueueCounts:
    overdue: int = 0
    today: int = 0
    week: int = 0
    later: int = 0

    @property
    def total(self) -> int:
        return self.overdue + self.today + self.week + self.later


def _today(today: dt.date | None) -> dt.date:
    return today or dt.date.today()


def group_of(due: dt.date, today: dt.date) -> str:
    """The group a due date falls in: This week means the six days after today."""
    if due < today:
        return GROUPS[0]
    if due == today:
        return GROUPS[1]
    if due <= today + dt.timedelta(days=6):
        return GROUPS[2]
    return GROUPS[3]


def due_limit(due: str, today: dt.date) -> dt.date | None:
    """The last due date a ``--due`` filter includes (filters are cumulative: 'today' includes overdue)."""
    if due not in DUE_FILTERS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "FollowUps", "Unknown due filter {due!r}: use one of {items}.").format(
            due=due, items=', '.join(DUE_FILTERS)))
    return {"overdue": today - dt.timedelta(days=1), "today": today,
            "week": today + dt.timedelta(days=6), "all": None}[due]


def next_business_day(day: dt.date) -> dt.date:
    """The next day after ``day`` that is Monday to Friday."""
    nxt = day + dt.timedelta(days=1)
    while nxt.weekday() >= 5:
        nxt += dt.timedelta(days=1)
    return nxt


def queue(contact_id: int, due: dt.date, reason: str, *, channel: str = "", origin: str = "user",
          origin_key: str | None = None, link: str = "") -> int | None:
    """Add an open item; with an ``origin_key`` already used, add nothing and return None."""
    with database.atomic():
        if origin_key is not None and FollowUp.select().where(FollowUp.origin_key == origin_key).exists():
            return None
        item = FollowUp.create(contact=contact_id, due=due, reason=reason, channel=channel, origin=origin,
                               origin_key=origin_key, link=link)
    return item.id


# ---- reading ------------------------------------------------------------------------------
_ITEMS_SQL = (
    "SELECT f.id, f.contact_id, c.first_name, c.last_name, c.company, f.reason, f.channel, f.due,"
    " f.origin, f.status, f.link FROM follow_up f JOIN contact c ON c.id = f.contact_id"
    " WHERE f.status IN ('open', 'snoozed') AND c.trashed_at IS NULL AND c.archived = 0"
)


def list_items(due: str = "all", today: dt.date | None = None, contact_id: int | None = None) -> list[FollowUpItem]:
    """Pending items, earliest due first; ``due`` is one of DUE_FILTERS (cumulative)."""
    limit = due_limit(due, _today(today))
    sql, params = _ITEMS_SQL, []
    if limit is not None:
        sql += " AND f.due <= ?"
        params.append(limit.isoformat())
    if contact_id is not None:
        sql += " AND f.contact_id = ?"
        params.append(contact_id)
    rows = database.execute_sql(sql + " ORDER BY f.due, f.id", params).fetchall()
    fromiso = values.as_date
    return [
        FollowUpItem(r[0], r[1], f"{r[2]} {r[3]}".strip() or "(no name)", r[4], r[5], r[6], fromiso(r[7]),
                     r[8], r[9], r[10])
        for r in rows
    ]


def counts(today: dt.date | None = None) -> QueueCounts:
    """How many pending items fall in each group (one indexed query)."""
    today = _today(today)
    week_end = today + dt.timedelta(days=6)
    row = database.execute_sql(
        "SELECT SUM(f.due < :today), SUM(f.due = :today), SUM(f.due > :today AND f.due <= :week_end),"
        " SUM(f.due > :week_end)"
        " FROM follow_up f JOIN contact c ON c.id = f.contact_id"
        " WHERE f.status IN ('open', 'snoozed') AND c.trashed_at IS NULL AND c.archived = 0",
        {"today": today.isoformat(), "week_end": week_end.isoformat()}).fetchone()
    return QueueCounts(*(int(v or 0) for v in row))


def counts_of(items: list[FollowUpItem], today: dt.date) -> QueueCounts:
    """Group counts of items already loaded (saves the screen a second query)."""
    tally = {name: 0 for name in GROUPS}
    for item in items:
        tally[group_of(item.due, today)] += 1
    return QueueCounts(*tally.values())


def overdue_count(today: dt.date | None = None) -> int:
    """Pending items due before today (the navigation badge)."""
    return counts(today).overdue


def find_contacts(text: str, limit: int = 15) -> list[tuple[int, str]]:
    """Contacts whose name or company contains every word of ``text``: (id, "Name (Company)")."""
    words = [w for w in (text or "").split() if w][:5]
    if not words:
        return []
    hay = "(c.first_name || ' ' || c.last_name || ' ' || c.company)"
    sql = ("SELECT c.id, c.first_name, c.last_name, c.company FROM contact c WHERE +c.trashed_at IS NULL AND "
           + " AND ".join(f"{hay} LIKE ? ESCAPE '\\'" for _ in words)
           + " ORDER BY c.first_name COLLATE NOCASE, c.last_name COLLATE NOCASE LIMIT ?")
    params = ["%" + w.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%" for w in words]
    rows = database.execute_sql(sql, [*params, limit]).fetchall()
    rows = collation.sort_people(rows, lambda r: r[1], lambda r: r[2])
    return [(cid, contact_label(first, last, company)) for cid, first, last, company in rows]


def contact_label(first: str, last: str, company: str = "") -> str:
    """'Layla Haddad (Haddad Print)'."""
    name = f"{first} {last}".strip() or "(no name)"
    return f"{name} ({company})" if company else name


def describe_contact(contact_id: int) -> str:
    """The label of one contact by id ('' when it does not exist)."""
    contact = Contact.get_or_none(Contact.id == contact_id)
    return contact_label(contact.first_name, contact.last_name, contact.company) if contact else ""


TABLE_HEADERS = ("Due", "When", "Contact", "Company", "Reason", "Suggested Channel", "From", "Status", "Link")


def followups_table(due: str = "all", today: dt.date | None = None) -> tuple[list[str], list[list[str]]]:
    """The pending queue as (headers, rows of text), earliest due first (``totalnet export --what
    followups`` and the screen's CSV export write this table)."""
    today = _today(today)
    rows = [
        [item.due.isoformat(), group_of(item.due, today), item.contact_name, item.company, item.reason,
         item.channel_label, item.origin_label, item.status, item.link]
        for item in list_items(due, today)
    ]
    return list(TABLE_HEADERS), rows


# ---- actions (each one transaction, each undoable) ----------------------------------------
def _pending(item_id: int) -> FollowUp:
    item = FollowUp.get_or_none(FollowUp.id == item_id)
    if item is None or item.status not in PENDING_STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "FollowUps", "Follow-up {item_id} is no longer in the queue.").format(item_id=item_id))
    return item


def _state(item: FollowUp) -> dict:
    return {"id": item.id, "status": item.status, "due": str(item.due),
            "done_at": str(item.done_at) if item.done_at else None, "interaction_id": item.interaction_id}


def _push_undo(label: str, payload: dict) -> None:
    # The items as this action left them: undo never overwrites what later work changed (store.undo).
    touched = [state["id"] for state in payload.get("restore", [])] + list(payload.get("delete_items", []))
    payload["after"] = {str(i): undo.snapshot(FollowUp, i, skip_refs=True) for i in touched}
    undo.push(label, UNDO_OP, payload, scope=UNDO_SCOPE)


def _contact_name(contact_id: int) -> str:
    contact = Contact.get_or_none(Contact.id == contact_id)
    return contact.full_name if contact is not None else "(deleted contact)"


def mark_done(item_id: int, channel: str, note: str = "", today: dt.date | None = None) -> int:
    """Mark an item done and log the touch as an Interaction (which resets the cadence); its id."""
    if channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "FollowUps", "Unknown channel {channel!r}: use one of {items}.").format(
            channel=channel, items=', '.join(CHANNELS)))
    stamp = now() if today is None else dt.datetime.combine(today, now().time())
    with database.atomic():
        item = _pending(item_id)
        before = _state(item)
        touch = Interaction.create(contact=item.contact_id, occurred_at=stamp, channel=channel,
                                   kind="follow-up", note=(note or "").strip() or item.reason)
        item.status, item.done_at, item.interaction = "done", stamp, touch.id
        item.save()
        _push_undo(undo_labels.DONE.format(name=_contact_name(item.contact_id)),
                   {"restore": [before], "delete_interactions": [touch.id]})
    return touch.id


def snooze_choices(today: dt.date | None = None) -> list[tuple[str, dt.date]]:
    """The quick snooze choices: tomorrow, in 3 days, next week (Monday)."""
    today = _today(today)
    monday = today + dt.timedelta(days=7 - today.weekday())
    return [(QT_TRANSLATE_NOOP("FollowUps", "Tomorrow"), today + dt.timedelta(days=1)),
            (QT_TRANSLATE_NOOP("FollowUps", "In 3 days"), today + dt.timedelta(days=3)),
            (QT_TRANSLATE_NOOP("FollowUps", "Next week"), monday)]


def _check_date(due: object) -> dt.date:
    if not isinstance(due, dt.date):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "FollowUps", "The new due date {due!r} is not a date.").format(due=due))
    return due


def _move(item_ids: list[int], due: dt.date, status: str | None, label: str) -> None:
    with database.atomic():
        befores = []
        for item_id in item_ids:
            item = _pending(item_id)
            befores.append(_state(item))
            item.due = due
            if status is not None:
                item.status = status
            item.save()
        _push_undo(label, {"restore": befores})


def snooze(item_id: int, until: dt.date) -> None:
    """Hide an item until ``until`` (it comes back on that day, marked snoozed)."""
    _move([item_id], _check_date(until), "snoozed",
          undo_labels.SNOOZE_UNTIL.format(day=until))


def reschedule(item_id: int, due: dt.date) -> None:
    """Give an item a new due date (it stays open)."""
    _move([item_id], _check_date(due), None,
          undo_labels.RESCHEDULE_TO.format(day=due))


def dismiss(item_ids: list[int] | int) -> int:
    """Remove items from the queue without doing them (undoable); how many were dismissed."""
    ids = [item_ids] if isinstance(item_ids, int) else list(item_ids)
    with database.atomic():
        befores = []
        for item_id in ids:
            item = _pending(item_id)
            befores.append(_state(item))
            item.status, item.done_at = "dismissed", now()
            item.save()
        if befores:
            _push_undo(undo_labels.DISMISS if len(befores) == 1 else undo_labels.DISMISS_FOLLOW_UPS.format(count=len(befores)),
                       {"restore": befores})
    return len(befores)


def add_item(contact_id: int | None, due: dt.date | None, reason: str, channel: str = "") -> int:
    """A follow-up the user adds by hand (validated, undoable); its id."""
    reason = (reason or "").strip()
    if contact_id is None or Contact.get_or_none(Contact.id == contact_id) is None:
        raise ValidationError(QT_TRANSLATE_NOOP("FollowUps", "Choose the contact to follow up."))
    if not isinstance(due, dt.date):
        raise ValidationError(QT_TRANSLATE_NOOP("FollowUps", "Choose the due date of the follow-up."))
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "FollowUps", "Say what to follow up (the reason is empty)."))
    if channel and channel not in CHANNELS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "FollowUps", "Unknown channel {channel!r}.").format(channel=channel))
    with database.atomic():
        item_id = queue(contact_id, due, reason, channel=channel, origin="user")
        _push_undo(undo_labels.ADD_FOLLOW_UP_FOR.format(name=_contact_name(contact_id)),
                   {"delete_items": [item_id]})
    return item_id


def undo_last() -> str | None:
    """Reverse the last queue action; its label, or None when there is nothing to undo."""
    undone = undo_last_items()
    return undone[0] if undone else None


def undo_last_items() -> tuple[str, list[int]] | None:
    """Reverse the last queue action; (its description, the ids of the items it brought back), or None."""
    done = undo.undo(UNDO_SCOPE)
    return (done.description, list(done.ids)) if done is not None else None


def _undo_queue_action(payload: dict) -> undo.Reversal:
    """Put the items back as they were before the action, except those changed since."""
    after = payload.get("after")
    changed = [] if after is None else [
        i for i in [state["id"] for state in payload.get("restore", [])] + payload.get("delete_items", [])
        if not undo.unchanged_since(FollowUp, i, after.get(str(i)))]
    restored = []
    for state in payload.get("restore", []):
        if state["id"] in changed:
            continue  # changed since (rescheduled, done again...): later work stays
        FollowUp.update(status=state["status"], due=dt.date.fromisoformat(state["due"]),
                        done_at=state["done_at"], interaction=state["interaction_id"]).where(
            FollowUp.id == state["id"]).execute()
        restored.append(state["id"])
    kept_touches = {FollowUp.get_by_id(i).interaction_id for i in changed
                    if FollowUp.get_or_none(FollowUp.id == i) is not None}
    doomed = [i for i in payload.get("delete_interactions", []) if i not in kept_touches]
    if doomed:
        Interaction.delete().where(Interaction.id.in_(doomed)).execute()
    doomed = [i for i in payload.get("delete_items", []) if i not in changed]
    if doomed:
        FollowUp.delete().where(FollowUp.id.in_(doomed)).execute()
    note = f"kept {len(changed)} follow-up{'s' if len(changed) != 1 else ''} changed since" if changed else ""
    return undo.Reversal(note=note, ids=tuple(restored))


# Entries written before payloads named their operation have none: "" finds the same handler.
undo.register(UNDO_OP, _undo_queue_action, UNDO_SCOPE)
undo.register("", _undo_queue_action, UNDO_SCOPE)
