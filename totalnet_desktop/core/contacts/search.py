"""The Contacts search: what the user types becomes a safe FTS5 query; filters and sorting run in
SQLite and return ids; ``load_rows`` fetches one batch of table rows in one query.

Nothing typed can break the query: every token is reduced to letters and digits and quoted as a
prefix term, so FTS5 operators (quotes, ``*``, ``-``, ``NEAR``, brackets, AND/OR/NOT) are just text.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass, replace
from itertools import compress
from operator import itemgetter

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.store import collation, engine, identity, search_index, warmth
from totalnet_desktop.core.store.migrations import NAME_ORDER_INDEX, NOT_PLAIN_NAME_INDEX
from totalnet_desktop.core.store.models import Chapter, database
from totalnet_desktop.core.store.records import ContactRow
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

MAX_TOKENS = 12
_TOKEN = re.compile(r"[^\W_]+")

GAPS = {
    "met_not_connected": "Met in person, not connected online",
    "connected_not_met": "Connected online, never met",
    "warm_quiet": "Warm, gone quiet",
}
CHANNEL_ORDER = ("in_person", "linkedin", "x", "facebook", "instagram", "phone", "email")
CHANNEL_NAMES = {"in_person": "In person", "linkedin": "LinkedIn", "x": "X", "facebook": "Facebook",
                 "instagram": "Instagram", "phone": "Phone", "email": "E-mail"}
ANY_CHAPTER = -1

# Face to face: an in-person or one-to-one interaction, a meeting attended, or standing in as substitute.
_FACE = """(EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = c.id
                    AND i.channel IN ('in_person', 'one_to_one'))
         OR EXISTS (SELECT 1 FROM attendance a WHERE a.contact_id = c.id
                    AND a.status IN ('Present', 'Late', 'Visitor'))
         OR EXISTS (SELECT 1 FROM attendance a WHERE a.substitute_id = c.id))"""
_SOCIAL = """EXISTS (SELECT 1 FROM contact_point p WHERE p.contact_id = c.id AND p.kind = 'social'
                    AND p.network IN ('linkedin', 'x', 'facebook', 'instagram'))"""
_ONLINE = f"""({_SOCIAL}
         OR EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = c.id
                    AND i.channel IN ('online_meeting', 'linkedin', 'x', 'facebook', 'instagram')))"""

_LAST_INTERACTION = "(SELECT max(i.occurred_at) FROM interaction i WHERE i.contact_id = c.id)"
_NEXT_FOLLOWUP = ("(SELECT min(f.due) FROM follow_up f WHERE f.contact_id = c.id "
                  "AND f.status IN ('open', 'snoozed'))")
SORTS = {
    "name": "c.first_name COLLATE NOCASE {d}, c.last_name COLLATE NOCASE {d}, c.id",
    "company": "c.company = '' , c.company COLLATE NOCASE {d}, c.first_name COLLATE NOCASE, c.id",
    "profession": "c.profession = '', c.profession COLLATE NOCASE {d}, c.first_name COLLATE NOCASE, c.id",
    "stage": ("CASE c.stage WHEN 'Know' THEN 0 WHEN 'Like' THEN 1 WHEN 'Trust' THEN 2 ELSE 3 END {d}, "
              "c.first_name COLLATE NOCASE, c.id"),
    "last_contact": f"{_LAST_INTERACTION} IS NULL, {_LAST_INTERACTION} {{d}}, c.id",
    "next_followup": f"{_NEXT_FOLLOWUP} IS NULL, {_NEXT_FOLLOWUP} {{d}}, c.id",
    "created": "c.created_at {d}, c.id {d}",
}


@dataclass(frozen=True)
class ContactFilter:
    """Everything that narrows the list: typed text plus the filter choices."""

    text: str = ""
    tag: str = ""
    stage: str = ""
    source: str = ""
    chapter_id: int | None = None  # ANY_CHAPTER: member of any chapter
    gap: str = ""  # "" or a key of GAPS
    trash: bool = False


def query_tokens(text: str) -> list[str]:
    """The words and digit runs of what was typed, accent-folded (at most MAX_TOKENS)."""
    return _TOKEN.findall(normalize.fold(text or ""))[:MAX_TOKENS]


def narrows(old: list[str], new: list[str]) -> bool:
    """True when every contact matching ``new`` also matches ``old`` (typing went on).

    Holds when ``new`` keeps the earlier words, extends the last one, and no digit run carries a
    trunk prefix (those also match without it, so they are not plain prefixes).
    """
    if not old or len(new) < len(old) or new[:len(old) - 1] != old[:-1] or not new[len(old) - 1].startswith(old[-1]):
        return False
    return not any(t.isdigit() and t.startswith("0") for t in old + new)


def query_terms(text: str) -> list[tuple[str, ...]]:
    """What was typed as search terms: each a group of alternative prefixes, all groups required.

    Tokens are accent-folded words or digit runs. A digit run with a trunk prefix (0 or 00) also
    matches without it, so '050 555' finds '+971 50 555...'.
    """
    terms: list[tuple[str, ...]] = []
    for token in query_tokens(text):
        bare = token.lstrip("0")
        if token.isdigit() and bare != token and len(bare) >= 2:
            terms.append((token, bare))
        else:
            terms.append((token,))
    return terms


def build_fts_query(text: str) -> str:
    """A safe query for what the user typed in the open database's search index ('' when there is
    nothing to match): an FTS5 MATCH expression on SQLite, a tsquery on PostgreSQL."""
    terms = query_terms(text)
    return search_index.match_expression(terms, database) if terms else ""


def _where(flt: ContactFilter) -> tuple[list[str], list]:
    clauses = ["c.trashed_at IS NOT NULL" if flt.trash else "c.trashed_at IS NULL"]
    params: list = []
    query = build_fts_query(flt.text)
    if query:
        clauses.append(search_index.match_clause(database))
        params.append(query)
    if flt.tag:
        clauses.append("EXISTS (SELECT 1 FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
                       "WHERE ct.contact_id = c.id AND t.name = ? COLLATE NOCASE)")
        params.append(flt.tag)
    if flt.stage:
        clauses.append("c.stage = ?")
        params.append(flt.stage)
    if flt.source:
        clauses.append("c.source = ?")
        params.append(flt.source)
    if flt.chapter_id == ANY_CHAPTER:
        clauses.append("EXISTS (SELECT 1 FROM membership m WHERE m.contact_id = c.id AND m.active = 1)")
    elif flt.chapter_id is not None:
        clauses.append("EXISTS (SELECT 1 FROM membership m WHERE m.contact_id = c.id AND m.chapter_id = ?"
                       " AND m.active = 1)")
        params.append(flt.chapter_id)
    if flt.gap == "met_not_connected":
        clauses.append(f"c.is_me = 0 AND {_FACE} AND NOT {_SOCIAL}")
    elif flt.gap == "connected_not_met":
        clauses.append(f"c.is_me = 0 AND {_ONLINE} AND NOT {_FACE}")
    elif flt.gap == "warm_quiet":
        clauses.append(f"c.is_me = 0 AND c.id IN ({warmth.warm_quiet_ids_sql()})")
    return clauses, params


def search_ids(flt: ContactFilter | None = None, sort: str = "name", descending: bool = False,
               limit: int | None = None) -> list[int]:
    """Ids of the contacts matching ``flt``, in the chosen order."""
    flt = flt or ContactFilter()
    clauses, params = _where(flt)
    order = SORTS.get(sort, SORTS["name"]).format(d="DESC" if descending else "ASC")
    # The whole list by name: read it off the name-order index (SQLite's planner, without statistics,
    # prefers the trashed_at index and then sorts 100,000 rows).
    hint = f" INDEXED BY {NAME_ORDER_INDEX}" if (sort not in SORTS or sort == "name") and not descending \
        and clauses == ["c.trashed_at IS NULL"] else ""
    if sort not in SORTS or sort == "name":
        return _by_name(hint, clauses, params, descending, limit)
    if sort in TEXT_SORTS:
        return _by_text(sort, clauses, params, descending, limit)
    sql = f"SELECT c.id FROM contact c{hint} WHERE {' AND '.join(clauses)} ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [row[0] for row in database.execute_sql(sql, params)]


def _by_name(hint: str, clauses: list[str], params: list, descending: bool, limit: int | None) -> list[int]:
    """SQLite's order (from the index, ascending), then the locale's: only names beyond plain ASCII move.

    With a limit (the picker) and a locale that keeps plain names in SQLite's order, only the first
    ``limit`` rows and the rows with other names can be among the answer: read those, not every match.
    """
    where = " AND ".join(clauses)
    order = SORTS["name"].format(d="ASC")
    sql = f"SELECT c.id, c.first_name, c.last_name FROM contact c{hint} WHERE {where} ORDER BY {order}"
    if limit is None or descending or not collation.keeps_plain_order() or engine.is_postgres(database):
        ids = collation.order_by_name(database.execute_sql(sql, params).fetchall(), descending)
        return ids if limit is None else ids[:int(limit)]
    top = database.execute_sql(f"{sql} LIMIT {int(limit)}", params).fetchall()
    seen = {r[0] for r in top}
    # The whole list (no other filter): the few names beyond plain ASCII come from their own partial
    # index, not from a read of every contact (its pattern is written out, as the index's is).
    source = f"contact c INDEXED BY {NOT_PLAIN_NAME_INDEX}" if hint else "contact c"
    others = database.execute_sql(
        f"SELECT c.id, c.first_name, c.last_name FROM {source} WHERE {where} AND "
        f"(c.first_name || c.last_name) GLOB '{collation.NOT_PLAIN_GLOB}'", params).fetchall()
    return collation.order_by_name(top + [r for r in others if r[0] not in seen])[:int(limit)]


TEXT_SORTS = ("company", "profession")


def _by_text(field: str, clauses: list[str], params: list, descending: bool, limit: int | None) -> list[int]:
    """Company or profession order as the locale sorts it (empty last, then by name, then id): SQLite's
    order when every value is plain ASCII and the locale keeps that order, else sorted by collation keys."""
    where = " AND ".join(clauses)
    order = SORTS[field].format(d="DESC" if descending else "ASC")
    rows = database.execute_sql(f"SELECT c.id, c.{field}, c.first_name, c.last_name FROM contact c "
                                f"WHERE {where} ORDER BY {order}", params).fetchall()
    if not collation.sqlite_order_holds(rows, (1, 2, 3)):
        rows.sort(key=lambda r: (collation.name_key(r[2] or "", r[3] or ""), r[0]))
        rows.sort(key=lambda r: collation.key(r[1] or ""), reverse=descending)  # stable: names stay in order
        rows.sort(key=lambda r: not r[1])  # the empty ones last, either way
    ids = [r[0] for r in rows]
    return ids if limit is None else ids[:int(limit)]


def count(flt: ContactFilter | None = None) -> int:
    """How many contacts match ``flt``."""
    clauses, params = _where(flt or ContactFilter())
    return database.execute_sql(f"SELECT count(*) FROM contact c WHERE {' AND '.join(clauses)}",
                                params).fetchone()[0]


def fts_count(text: str) -> int | None:
    """How many index rows match what was typed (None when the text has nothing to match)."""
    query = build_fts_query(text)
    if not query:
        return None
    return search_index.match_count(database, query)


def fts_id_list(text: str, within: list[int] | None = None) -> list[int] | None:
    """The same ids as a list in index order (no set built: the searcher places them by position).

    ``within`` (a server only): the answer is known to lie among these ids (the last search's, which
    this text narrows); the index rows are then read by id, not by word."""
    query = build_fts_query(text)
    if not query:
        return None
    # One joined string instead of a row per id: about a third faster for 100,000 matches; read as a
    # JSON array (numbers parsed in C, about twice as fast as int() on each piece).
    if within is None:
        joined = database.execute_sql(search_index.ids_sql(database), (query,)).fetchone()[0]
    else:
        joined = database.execute_sql(search_index.ids_within_sql(database), {"ids": within, "query": query}
                                      ).fetchone()[0]
    return json.loads(f"[{joined}]") if joined else []


def _counts_first(tokens: list[str]) -> bool:
    """Whether a keystroke that does not narrow the last search asks the index's count before its ids.

    SQLite: always (a count of FTS5 rows costs a fraction of reading their ids). A server: only for one
    letter, which every contact may hold; otherwise the ids alone, in one statement, their number being
    the count: each statement is a round trip, and for a login under row-level security each is a read
    of the whole index table (its GIN index cannot serve a policy-filtered table: ``@@`` is not leakproof).
    """
    return not engine.is_postgres(database) or (len(tokens) == 1 and len(tokens[0]) == 1)


class ContactSearcher:
    """The screen's search: the filtered, sorted id list is computed once per filter and sort, then
    each keystroke only asks FTS5 which ids match and keeps those, in order.

    A keystroke thus costs one FTS5 rowid query plus work in C over the base list: every match's place
    is looked up at once (``itemgetter`` over a list indexed by id), and the places become either a
    short sorted list (few matches) or a byte mask that ``itertools.compress`` applies to the base
    order (many matches). No Python-level loop runs over the 100,000 ids of the base list. Call ``invalidate()`` after the
    data changed.
    """

    def __init__(self) -> None:
        self._key: tuple | None = None
        self._base: list[int] = []
        self._last: tuple | None = None  # (key, tokens) of the previous search
        self._places: list[int] = []  # by contact id: its place in the base order counted from 1, or 0
        self._indexed = -1
        self._policed = False  # a server's row-level security filters the index table for this login
        self._matches: list[int] | None = None  # the previous search's ids, when they were read

    def invalidate(self) -> None:
        """Forget the cached order (the data changed)."""
        self._key = None
        self._base = []
        self._last = None
        self._places = []
        self._indexed = -1
        self._matches = None

    def base_ids(self, flt: ContactFilter, sort: str = "name", descending: bool = False) -> list[int]:
        """Ids matching every filter but the text, in order (cached)."""
        key = (replace(flt, text=""), sort, descending)
        if key != self._key:
            self._base = search_ids(key[0], sort, descending)
            # Every contact has one index row (trashed ones too): a count this large means everyone.
            self._indexed, top, policed = database.execute_sql(
                f"SELECT count(*), max(id), {search_index.policed_sql(database)} FROM contact").fetchone()
            self._policed = bool(policed)
            # Built now (part of loading the list), so no keystroke pays for it: a list indexed by id
            # (a C-level lookup for thousands of ids at once); places count from 1, 0 is "not listed".
            self._places = [0] * ((top or 0) + 1)
            for place, cid in enumerate(self._base, 1):
                self._places[cid] = place
            self._key = key
        return self._base

    def is_cached(self, flt: ContactFilter, sort: str = "name", descending: bool = False) -> bool:
        """True when the order for these filters is already known (a search costs only FTS5)."""
        return self._key == (replace(flt, text=""), sort, descending)

    def ids(self, flt: ContactFilter, sort: str = "name", descending: bool = False) -> list[int]:
        """Ids matching ``flt`` in order; the same answer as ``search_ids``."""
        base = self.base_ids(flt, sort, descending)
        tokens = query_tokens(flt.text)
        last = self._last
        fresh = bool(tokens) and not (last is not None and last[0] == self._key and narrows(last[1], tokens))
        if fresh and _counts_first(tokens) and fts_count(flt.text) == self._indexed:
            # A first letter that every contact's row holds (the 'l' of linkedin.com, the 'c' of .com):
            # the whole list, without placing 100,000 ids one by one (the worst keystroke).
            self._last = (self._key, tokens)
            self._matches = None
            return list(base)
        # Typing on, under row-level security (which keeps the index's GIN index out of the plan: every
        # search reads the whole table, checking each row's contact): only the last search's rows, by id.
        within = self._matches if (self._policed and not fresh and tokens and self._matches is not None
                                   and len(self._matches) * 2 < self._indexed) else None
        matches = fts_id_list(flt.text, within)
        if matches is None:
            self._last = self._matches = None
            return list(base)
        self._last = (self._key, tokens)
        self._matches = matches
        if fresh and not _counts_first(tokens) and len(matches) == self._indexed:
            return list(base)  # the same short cut, the count read off the ids (a server: no second query)
        return self._ordered(base, matches)

    def _ordered(self, base: list[int], matches: list[int]) -> list[int]:
        """The matching ids of ``base``, in its order."""
        if not matches:
            return []
        table = self._places
        if max(matches) >= len(table):  # a contact added since the base was read
            table = table + [0] * (max(matches) + 1 - len(table))
        places = list(filter(None, itemgetter(0, *matches)(table)))  # two or more: a tuple
        if len(places) * 8 < len(base):
            # Few matches: sort their places instead of scanning the base list.
            places.sort()
            return [base[p - 1] for p in places]
        mask = bytearray(len(base) + 1)
        for place in places:
            mask[place] = 1
        return list(compress(base, memoryview(mask)[1:]))


_ROWS_SQL = f"""
SELECT c.id, c.first_name, c.last_name, c.company, c.profession, c.stage, c.trashed_at, c.is_me,
       {_LAST_INTERACTION},
       (SELECT max(m.date) FROM attendance a JOIN meeting m ON m.id = a.meeting_id
        WHERE a.contact_id = c.id AND a.status IN ('Present', 'Late', 'Visitor')),
       {_NEXT_FOLLOWUP},
       (SELECT group_concat(DISTINCT p.kind || ':' || p.network) FROM contact_point p WHERE p.contact_id = c.id),
       (SELECT group_concat(DISTINCT i.channel) FROM interaction i WHERE i.contact_id = c.id),
       (SELECT group_concat(t.name, char(31)) FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
        WHERE ct.contact_id = c.id)
FROM contact c WHERE c.id IN ({{marks}})
"""
# The same columns on a server, set-based: each table read once for the whole batch (a grouped pass over
# its contact index) instead of six correlated lookups per row; native string_agg instead of the
# group_concat the app defines there (a SQL-language aggregate: one function call per row aggregated);
# and one text whatever the batch's size (``:ids``, an array), so psycopg prepares it after a few
# keystrokes and the server stops planning it. The order inside a list does not matter (read as sets;
# tags sorted below). tests/core/contacts/test_contact_rows.py holds the two forms to one answer.
_ROWS_SQL_SERVER = """
SELECT c.id, c.first_name, c.last_name, c.company, c.profession, c.stage, c.trashed_at, c.is_me,
       i.last_at, a.last_at, f.due, p.kinds, i.channels, t.tags
FROM contact c
LEFT JOIN (SELECT contact_id, max(occurred_at) AS last_at, string_agg(DISTINCT channel, ',') AS channels
           FROM interaction WHERE contact_id = ANY(CAST(:ids AS integer[])) GROUP BY contact_id) i
       ON i.contact_id = c.id
LEFT JOIN (SELECT a.contact_id, max(m.date) AS last_at FROM attendance a JOIN meeting m ON m.id = a.meeting_id
           WHERE a.contact_id = ANY(CAST(:ids AS integer[])) AND a.status IN ('Present', 'Late', 'Visitor')
           GROUP BY a.contact_id) a ON a.contact_id = c.id
LEFT JOIN (SELECT contact_id, min(due) AS due FROM follow_up WHERE contact_id = ANY(CAST(:ids AS integer[]))
           AND status IN ('open', 'snoozed') GROUP BY contact_id) f ON f.contact_id = c.id
LEFT JOIN (SELECT contact_id, string_agg(DISTINCT kind || ':' || network, ',') AS kinds FROM contact_point
           WHERE contact_id = ANY(CAST(:ids AS integer[])) GROUP BY contact_id) p ON p.contact_id = c.id
LEFT JOIN (SELECT ct.contact_id, string_agg(t.name COLLATE "default", chr(31)) AS tags
           FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
           WHERE ct.contact_id = ANY(CAST(:ids AS integer[])) GROUP BY ct.contact_id) t ON t.contact_id = c.id
WHERE c.id = ANY(CAST(:ids AS integer[]))
"""


def _row_batches(ids: list[int]):
    """The raw rows of ``ids`` (any order), read 500 at a time in the engine's form of the query."""
    server = engine.is_postgres(database)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        if server:
            yield from database.execute_sql(_ROWS_SQL_SERVER, {"ids": chunk})
        else:
            yield from database.execute_sql(_ROWS_SQL.format(marks=",".join("?" * len(chunk))), chunk)


def _date(value) -> dt.date | None:
    if not value:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def channels_of(point_kinds: str, interaction_channels: str, attended: bool) -> tuple[str, ...]:
    """Where a relationship lives, from a contact's points, interaction channels and attendance."""
    kinds = set((point_kinds or "").split(","))
    used = set((interaction_channels or "").split(","))
    have = set()
    if attended or used & {"in_person", "one_to_one"}:
        have.add("in_person")
    for net in ("linkedin", "x", "facebook", "instagram"):
        if f"social:{net}" in kinds or net in used:
            have.add(net)
    if "phone:" in kinds or used & {"phone", "messaging"}:
        have.add("phone")
    if "email:" in kinds or "email" in used:
        have.add("email")
    return tuple(c for c in CHANNEL_ORDER if c in have)


def load_rows(ids: list[int]) -> list[ContactRow]:
    """Table rows for a batch of ids (in the order given; ids no longer present are skipped)."""
    found: dict[int, ContactRow] = {}
    shared = engine.is_postgres()  # on a server the flag is everyone's row; "me" is this login's
    me = identity.me_id() if shared else None
    for (cid, first, last, company, profession, stage, trashed, is_me, last_i, last_m, next_f, kinds,
         used, tags) in _row_batches(ids):
        last_contact = max(filter(None, (_date(last_i), _date(last_m))), default=None)
        found[cid] = ContactRow(
            id=cid, name=" ".join(p for p in (first, last) if p) or "(no name)", company=company,
            profession=profession, stage=stage, channels=channels_of(kinds, used, last_m is not None),
            last_contact=last_contact, next_followup=_date(next_f),
            tags=tuple(sorted((tags or "").split(chr(31)), key=str.casefold)) if tags else (),
            trashed=trashed is not None, is_me=cid == me if shared else bool(is_me))
    return [found[i] for i in ids if i in found]


def chapter_choices() -> list[tuple[int, str]]:
    """Chapters for the membership filter: (id, name)."""
    return [(c.id, c.name) for c in Chapter.select(Chapter.id, Chapter.name).order_by(Chapter.name)]


NO_NAME = QT_TRANSLATE_NOOP("Search", "(no name)")


@dataclass(frozen=True)
class SearchLine:
    """One contact as ``totalnet search`` prints it."""

    id: int
    name: str
    company: str
    emails: tuple[str, ...]
    phones: tuple[str, ...]

    def text(self) -> str:
        parts = [self.name, self.company, ", ".join(self.emails), ", ".join(self.phones)]
        return " | ".join(parts)


def search_lines(text: str, limit: int | None = None) -> list[SearchLine]:
    """What the Contacts search finds for ``text``, with e-mails and phones (for the command line)."""
    ids = search_ids(ContactFilter(text=text), limit=limit)
    lines = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        rows = {r[0]: r for r in database.execute_sql(
            f"SELECT id, first_name, last_name, company FROM contact WHERE id IN ({marks})", chunk)}
        points: dict[int, dict[str, list[str]]] = {}
        for cid, kind, value in database.execute_sql(
                f"SELECT contact_id, kind, value FROM contact_point WHERE contact_id IN ({marks}) "
                "AND kind IN ('email', 'phone') ORDER BY contact_id, kind, position, id", chunk):
            points.setdefault(cid, {}).setdefault(kind, []).append(value)
        for cid in chunk:
            if cid not in rows:
                continue
            _, first, last, company = rows[cid]
            got = points.get(cid, {})
            lines.append(SearchLine(cid, " ".join(p for p in (first, last) if p) or NO_NAME, company,
                                    tuple(got.get("email", ())), tuple(got.get("phone", ()))))
    return lines
