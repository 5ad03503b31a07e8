"""Import drafts to the rows the database gets: plain tuples, no database access.

Kept apart from the writer so the rows of a large file can be made in a second process while the
first one writes (``exchange.parallel``); the writer only runs ``executemany`` over them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from totalnet_desktop.core.contacts import fastnorm as fn
from totalnet_desktop.core.exchange.drafts import Draft
from totalnet_desktop.core.followups import reasons
from totalnet_desktop.core.store.models import ROLES

CONTACT_COLUMNS = ("id", "first_name", "last_name", "company", "job_title", "profession", "city", "notes",
                   "stage", "source", "met_where", "met_channel", "is_me", "archived", "created_at",
                   "updated_at")


@dataclass
class NewRows:
    """Everything one chunk writes, as ``executemany`` parameters."""

    contacts: list[tuple] = field(default_factory=list)
    points: list[tuple] = field(default_factory=list)
    tag_links: list[tuple[int, int]] = field(default_factory=list)  # (contact id, tag id)
    tag_names: list[tuple[int, str]] = field(default_factory=list)  # (contact id, tag from the file)
    interactions: list[tuple] = field(default_factory=list)
    members: list[tuple] = field(default_factory=list)
    followups: list[tuple] = field(default_factory=list)
    connected: list[int] = field(default_factory=list)  # contacts given a "Connected on LinkedIn"


@dataclass
class RowMaker:
    """Makes the rows of new and merged contacts for one import."""

    source: str
    now: str  # 'YYYY-MM-DD HH:MM:SS', the import's timestamp
    tag_ids: list[int]  # the import's own tag(s)
    chapter_id: int | None
    connected: bool  # record LinkedIn's "Connected On" as an interaction

    def new(self, items: list[tuple[int, Draft]]) -> NewRows:
        """Rows of new contacts ``(id, draft)`` with their points and extras."""
        now, source = self.now, self.source
        rows = NewRows(contacts=[
            (cid, d.first_name, d.last_name, d.company, d.job_title, d.profession, d.city, d.notes,
             d.stage or "Know", d.source or source, d.met_where, "", 0, 0, now, now) for cid, d in items])
        points = rows.points
        for cid, d in items:
            points.extend(self.points(cid, d, {}))
        self.extras(items, rows, set())
        return rows

    @staticmethod
    def points(cid: int, d: Draft, existing: dict[str, int]) -> list[tuple]:
        """Point rows of a draft that the contact does not have yet (by kind and key).

        ``existing`` counts the contact's points per kind and marks each ``kind:key`` it has; it is
        updated, so a second draft merged into the same contact does not add the same point again.
        """
        if not existing and len(d.emails) < 2 and len(d.phones) < 2 and len(d.socials) < 2 and not d.websites:
            # A new contact with at most one point of each kind: none can repeat another (the common row).
            rows = []
            if d.emails:
                rows.append((cid, "email", "", d.emails[0], d.email_keys[0], "", "", 0))
            if d.phones:
                rows.append((cid, "phone", "", d.phones[0][0], d.phone_keys[0], d.phone_tokens[0], d.phones[0][1], 0))
            if d.socials:
                rows.append((cid, "social", d.socials[0][0], d.socials[0][1], d.social_keys[0], "", "", 0))
            existing.update((f"{r[1]}:{r[4] or r[3]}", 1) for r in rows)
            existing.update((r[1], 1) for r in rows)
            return rows
        rows = []
        pos = existing
        for value, key in zip(d.emails, d.email_keys):
            rows.append(_point(cid, "email", "", value, key, "", "", pos))
        for (value, label), key, tokens in zip(d.phones, d.phone_keys, d.phone_tokens):
            rows.append(_point(cid, "phone", "", value, key, tokens, label, pos))
        for value in d.websites:
            rows.append(_point(cid, "website", "", value, fn.url_key(value), "", "", pos))
        for (network, value), key in zip(d.socials, d.social_keys):
            rows.append(_point(cid, "social", network, value, key, "", "", pos))
        return [r for r in rows if r is not None]

    def extras(self, items: list[tuple[int, Draft]], rows: NewRows, connected_ids: set[int]) -> None:
        """Tags, the LinkedIn connection, the chapter roster and an imported follow-up.

        ``connected_ids`` holds the contacts that already have a LinkedIn connection interaction;
        it is updated, so one contact never gets two.
        """
        if self.tag_ids:
            rows.tag_links.extend([(cid, tid) for cid, _ in items for tid in self.tag_ids])
        connected, now, chapter = self.connected, self.now, self.chapter_id is not None
        for cid, d in items:
            if d.tags:
                rows.tag_names.extend((cid, name) for name in d.tags)
            if connected and d.connected_on and cid not in connected_ids:
                connected_ids.add(cid)
                rows.connected.append(cid)
                rows.interactions.append((cid, f"{d.connected_on.isoformat()} 00:00:00", "linkedin", "connected",
                                          "Connected on LinkedIn", now))
            if chapter:
                role = next((r for r in ROLES if r.casefold() == d.role.casefold()), "Member")
                rows.members.append((self.chapter_id, cid, d.profession, role))
            if d.next_followup:
                due = d.next_followup.isoformat()
                rows.followups.append((cid, due, str(reasons.IMPORTED), "", "user", f"import:{cid}:{due}", "",
                                       "open", self.now, cid))


def _point(cid, kind, network, value, key, search, label, pos):
    slot = f"{kind}:{key or value}"
    if slot in pos:
        return None
    count = pos.get(kind, 0)
    pos[kind] = count + 1
    pos[slot] = 1
    return (cid, kind, network, value, key, search, label, count)
