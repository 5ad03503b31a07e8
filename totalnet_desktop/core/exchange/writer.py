"""Writing an import's rows to the database in bulk: cursor ``executemany`` inside the caller's
transaction (docs/architecture.md, "Data flow: an import"); merging drafts into existing contacts."""

from __future__ import annotations

import logging
from collections import defaultdict

from totalnet_desktop.core.contacts import normalize as nz
from totalnet_desktop.core.exchange.dedupe import Classifier
from totalnet_desktop.core.exchange.drafts import Draft
from totalnet_desktop.core.exchange.rows import CONTACT_COLUMNS, NewRows, RowMaker
from totalnet_desktop.core.store import search_index

logger = logging.getLogger(__name__)

_INSERT_CONTACT = (f"INSERT INTO contact ({', '.join(CONTACT_COLUMNS)}) "
                   f"VALUES ({', '.join('?' * len(CONTACT_COLUMNS))})")
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
    """Writes the rows of each chunk with executemany, and merges drafts into existing contacts."""

    def __init__(self, db, maker: RowMaker, stage_rows: bool = False) -> None:
        self.db = db
        self.maker = maker
        self.stage_rows = stage_rows  # write the first-stage history rows (the insert trigger is off)
        self.now = maker.now
        self.cursor = db.cursor()
        self.merged: set[int] = set()  # contacts a merge changed (their search rows are redone)
        self.new_range = (1 << 62, 0)  # (first, last) id of the new contacts so far
        self.connected_ids = {r[0] for r in self.cursor.execute(
            "SELECT DISTINCT contact_id FROM interaction WHERE channel = 'linkedin' AND kind = 'connected'")}
        self._tags: dict[str, int] = {}

    def tag_id(self, name: str) -> int:
        """The id of the tag called ``name``, created when missing."""
        name = nz.clean(name)
        if name in self._tags:
            return self._tags[name]
        row = self.cursor.execute("SELECT id FROM tag WHERE name = ?", (name,)).fetchone()
        if row:
            tid = row[0]
        else:
            self.cursor.execute("INSERT INTO tag (name) VALUES (?)", (name,))
            tid = self.cursor.lastrowid
        self._tags[name] = tid
        return tid

    def write(self, rows: NewRows) -> None:
        """Insert the rows of one chunk (new contacts first, then what hangs on them)."""
        c = self.cursor
        if rows.contacts:
            c.executemany(_INSERT_CONTACT, rows.contacts)
        if rows.points:
            c.executemany(_INSERT_POINT, rows.points)
        tags = rows.tag_links + [(cid, self.tag_id(name)) for cid, name in rows.tag_names]
        if tags:
            c.executemany("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", tags)
        if rows.interactions:
            c.executemany("INSERT INTO interaction (contact_id, occurred_at, channel, kind, note, created_at) "
                          "VALUES (?, ?, ?, ?, ?, ?)", rows.interactions)
        self.connected_ids.update(rows.connected)
        if rows.members:
            c.executemany("INSERT OR IGNORE INTO membership (chapter_id, contact_id, classification, role, "
                          "active) VALUES (?, ?, ?, ?, 1)", rows.members)
        if rows.followups:
            c.executemany("INSERT OR IGNORE INTO follow_up (contact_id, due, reason, channel, origin, origin_key, "
                          "link, status, created_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS "
                          "(SELECT 1 FROM follow_up WHERE contact_id = ? AND status IN ('open', 'snoozed'))",
                          rows.followups)

    def after_new(self, first_id: int, last_id: int) -> None:
        """What the insert trigger would have written for the new contacts first_id .. last_id: their
        first stage in the history (before any merge of the chunk moves it). Their search rows are
        written once, after the last chunk (``index_new``)."""
        if last_id < first_id:
            return
        self.new_range = (min(self.new_range[0], first_id), max(self.new_range[1], last_id))
        if self.stage_rows:
            self.cursor.execute("INSERT INTO stage_change (contact_id, from_stage, to_stage, changed_at) "
                                "SELECT id, NULL, stage, created_at FROM contact WHERE id BETWEEN ? AND ? "
                                "ORDER BY id", (first_id, last_id))

    def new_ids(self) -> range:
        """The ids of the contacts this import created."""
        return range(self.new_range[0], self.new_range[1] + 1)

    def index_new(self) -> None:
        """The search rows of every new contact, with one INSERT ... SELECT (after merges into them)."""
        first, last = self.new_range
        if last >= first:
            search_index.rebuild_range(self.db, first, last)

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
        links: set[tuple[int, int]] = set()
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
            links.update(self.cursor.execute(
                f"SELECT contact_id, tag_id FROM contact_tag WHERE contact_id IN ({marks})", chunk).fetchall())
        original = {cid: dict(fields) for cid, fields in state.items()}
        points, extras = [], []
        for cid, d in items:
            fields = state.get(cid)
            if fields is None:
                continue
            _merge_fields(fields, d)
            points.extend(self.maker.points(cid, d, existing[cid]))
            extras.append((cid, d))
        updates = [(*fields.values(), self.now, cid) for cid, fields in state.items() if fields != original[cid]]
        if updates:
            sets = ", ".join(f"{k} = ?" for k in self._FIELDS)
            self.cursor.executemany(f"UPDATE contact SET {sets}, updated_at = ? WHERE id = ?", updates)
        rows = NewRows(points=points)
        self.maker.extras(extras, rows, self.connected_ids)
        # Tags the contact already has change nothing (a re-import of the same file the same day).
        tagged = rows.tag_links + [(cid, self.tag_id(name)) for cid, name in rows.tag_names]
        rows.tag_links, rows.tag_names = [link for link in tagged if link not in links], []
        # Only a contact whose fields, points or tags changed needs its search row redone.
        self.merged.update(u[-1] for u in updates)
        self.merged.update(p[0] for p in points)
        self.merged.update(cid for cid, _ in rows.tag_links)
        self.write(rows)


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
