"""Writing import drafts to the database in bulk: cursor ``executemany`` inside the caller's
transaction (GUIDE section 7), new contacts numbered from the current maximum id."""

from __future__ import annotations

import datetime as dt
import logging
from collections import defaultdict

from totalnet_desktop.core import normalize as nz
from totalnet_desktop.core.exchange import fastnorm as fn
from totalnet_desktop.core.exchange.dedupe import Classifier
from totalnet_desktop.core.exchange.drafts import Draft
from totalnet_desktop.core.models import ROLES

logger = logging.getLogger(__name__)

_CONTACT_COLS = ("id", "first_name", "last_name", "company", "job_title", "profession", "city", "notes",
                 "stage", "source", "met_where", "met_channel", "is_me", "archived", "created_at",
                 "updated_at")
_INSERT_CONTACT = (f"INSERT INTO contact ({', '.join(_CONTACT_COLS)}) "
                   f"VALUES ({', '.join('?' * len(_CONTACT_COLS))})")
_INSERT_POINT = ("INSERT INTO contact_point (contact_id, kind, network, value, key, search, label, position) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


def load_existing(db, classifier: Classifier) -> None:
    """Give the classifier every live contact with its e-mail, profile and phone keys."""
    points: dict[int, tuple[list, list, list]] = defaultdict(lambda: ([], [], []))
    cursor = db.execute_sql(
        "SELECT p.contact_id, p.kind, p.key FROM contact_point p JOIN contact c ON c.id = p.contact_id "
        "WHERE c.trashed_at IS NULL AND p.kind IN ('email', 'social', 'phone') AND p.key != ''")
    slot = {"email": 0, "social": 1, "phone": 2}
    for cid, kind, key in cursor:
        points[cid][slot[kind]].append(key)
    cursor = db.execute_sql("SELECT id, first_name, last_name, company, job_title FROM contact "
                            "WHERE trashed_at IS NULL ORDER BY id")
    for cid, first, last, company, job in cursor:
        emails, socials, phones = points.get(cid, ([], [], []))
        classifier.add_existing(cid, first, last, company, job, emails, socials,
                                [k for k in phones if len(k) >= 5])


class BulkWriter:
    """Accumulates the rows of one chunk and writes them with executemany."""

    def __init__(self, db, region: str, tag_names: list[str], source: str, chapter_id: int | None,
                 connected_interactions: bool) -> None:
        self.db = db
        self.region = region
        self.now = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
        self.source = source
        self.chapter_id = chapter_id
        self.connected = connected_interactions
        self.cursor = db.cursor()
        row = self.cursor.execute("SELECT coalesce(max(id), 0) FROM contact").fetchone()
        self.next_id = row[0] + 1
        self.tag_ids = [self._tag_id(name) for name in tag_names if name.strip()]
        self.touched: set[int] = set()
        self.connected_ids = {r[0] for r in self.cursor.execute(
            "SELECT DISTINCT contact_id FROM interaction WHERE channel = 'linkedin' AND kind = 'connected'")}

    def _tag_id(self, name: str) -> int:
        name = nz.clean(name)
        row = self.cursor.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()
        if row:
            return row[0]
        self.cursor.execute("INSERT INTO tag (name) VALUES (?)", (name,))
        return self.cursor.lastrowid

    def allocate(self) -> int:
        """The id the next new contact gets."""
        cid = self.next_id
        self.next_id += 1
        return cid

    # -- new contacts -----------------------------------------------------------------------
    def insert_new(self, items: list[tuple[int, Draft]]) -> None:
        """Insert new contacts with their points, tags, interactions, roster rows, follow-ups."""
        contacts, points, extras = [], [], []
        for cid, d in items:
            contacts.append((cid, d.first_name, d.last_name, d.company, d.job_title, d.profession, d.city,
                             d.notes, d.stage or "Know", d.source or self.source, d.met_where, "", 0, 0,
                             self.now, self.now))
            points.extend(self._points(cid, d, {}))
            extras.append((cid, d))
            self.touched.add(cid)
        self.cursor.executemany(_INSERT_CONTACT, contacts)
        self.cursor.executemany(_INSERT_POINT, points)
        self._extras(extras)

    def _points(self, cid: int, d: Draft, existing: dict[str, int]) -> list[tuple]:
        """Point rows of a draft that the contact does not have yet (by kind and key)."""
        rows = []
        pos = dict(existing)
        for value, key in zip(d.emails, d.email_keys):
            rows.append(self._point(cid, "email", "", value, key, "", "", pos))
        for (value, label), key, tokens in zip(d.phones, d.phone_keys, d.phone_tokens):
            rows.append(self._point(cid, "phone", "", value, key, tokens, label, pos))
        for value in d.websites:
            rows.append(self._point(cid, "website", "", value, fn.url_key(value), "", "", pos))
        for (network, value), key in zip(d.socials, d.social_keys):
            rows.append(self._point(cid, "social", network, value, key, "", "", pos))
        return [r for r in rows if r is not None]

    @staticmethod
    def _point(cid, kind, network, value, key, search, label, pos):
        slot = f"{kind}:{key or value}"
        if slot in pos:
            return None
        count = pos.get(kind, 0)
        pos[kind] = count + 1
        pos[slot] = 1
        return (cid, kind, network, value, key, search, label, count)

    def _extras(self, items: list[tuple[int, Draft]]) -> None:
        tags, interactions, members, followups = [], [], [], []
        for cid, d in items:
            for tid in self.tag_ids + [self._tag_id(t) for t in d.tags]:
                tags.append((cid, tid))
            if self.connected and d.connected_on and cid not in self.connected_ids:
                self.connected_ids.add(cid)
                interactions.append((cid, f"{d.connected_on.isoformat()} 00:00:00", "linkedin", "connected",
                                     "Connected on LinkedIn", self.now))
            if self.chapter_id is not None:
                role = next((r for r in ROLES if r.casefold() == d.role.casefold()), "Member")
                members.append((self.chapter_id, cid, d.profession, role))
            if d.next_followup:
                followups.append((cid, d.next_followup.isoformat(), "Follow up (imported)", "", "user",
                                  f"import:{cid}:{d.next_followup.isoformat()}", "", "open", self.now))
        c = self.cursor
        c.executemany("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", tags)
        c.executemany("INSERT INTO interaction (contact_id, occurred_at, channel, kind, note, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?)", interactions)
        c.executemany("INSERT OR IGNORE INTO membership (chapter_id, contact_id, classification, role, active) "
                      "VALUES (?, ?, ?, ?, 1)", members)
        c.executemany("INSERT OR IGNORE INTO follow_up (contact_id, due, reason, channel, origin, origin_key, "
                      "link, status, created_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? "
                      "WHERE NOT EXISTS (SELECT 1 FROM follow_up WHERE contact_id = ? AND status IN ('open', 'snoozed'))",
                      [f + (f[0],) for f in followups])

    # -- merges -----------------------------------------------------------------------------
    _FIELDS = ("first_name", "last_name", "company", "job_title", "profession", "city", "notes", "stage",
               "source", "met_where")

    def merge(self, items: list[tuple[int, Draft]]) -> None:
        """Merge drafts into existing contacts: fill empty fields, add new points, newer company/title."""
        if not items:
            return
        ids = list(dict.fromkeys(cid for cid, _ in items))
        state: dict[int, dict] = {}
        existing: dict[int, dict[str, int]] = {cid: {} for cid in ids}
        for start in range(0, len(ids), 500):
            chunk = ids[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.cursor.execute(
                    f"SELECT id, {', '.join(self._FIELDS)} FROM contact WHERE id IN ({marks})", chunk).fetchall():
                state[row[0]] = dict(zip(self._FIELDS, row[1:]))
            for cid, kind, key, value in self.cursor.execute(
                    f"SELECT contact_id, kind, key, value FROM contact_point WHERE contact_id IN ({marks})",
                    chunk).fetchall():
                slots = existing[cid]
                slots[kind] = slots.get(kind, 0) + 1
                slots[f"{kind}:{key or value}"] = 1
        original = {cid: dict(fields) for cid, fields in state.items()}
        points, extras = [], []
        for cid, d in items:
            fields = state.get(cid)
            if fields is None:
                continue
            _merge_fields(fields, d)
            points.extend(self._points(cid, d, existing[cid]))
            extras.append((cid, d))
            self.touched.add(cid)
        updates = [(*fields.values(), self.now, cid) for cid, fields in state.items() if fields != original[cid]]
        if updates:
            sets = ", ".join(f"{k} = ?" for k in self._FIELDS)
            self.cursor.executemany(f"UPDATE contact SET {sets}, updated_at = ? WHERE id = ?", updates)
        self.cursor.executemany(_INSERT_POINT, points)
        self._extras(extras)


def _merge_fields(fields: dict, d: Draft) -> None:
    """The merge rules, applied in place to a contact's fields."""
    # Names are kept; only an empty one is filled.
    fields["first_name"] = fields["first_name"] or d.first_name
    fields["last_name"] = fields["last_name"] or d.last_name
    # The import is the newer word on company and job title, never blanking them.
    fields["company"] = d.company or fields["company"]
    fields["job_title"] = d.job_title or fields["job_title"]
    for key in ("profession", "city", "notes", "source", "met_where"):
        fields[key] = fields[key] or getattr(d, key)
    # "Know" is the default stage, so a stage from the file replaces only that.
    if d.stage and fields["stage"] in ("", "Know"):
        fields["stage"] = d.stage
