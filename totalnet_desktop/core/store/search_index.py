"""The full-text index over contacts (FTS5), kept in step with every write by SQL triggers.

The index row of a contact (rowid = contact id) holds its names, company, job title, profession,
city, every contact point (value plus the ``search`` tokens, e.g. phone digit suffixes), its tags and
its notes. Triggers on contact, contact_point, contact_tag and tag rewrite a contact's row after each
change, so no writer can forget it. Bulk loads suspend the triggers inside their own transaction
(``suspended()``) and rebuild the touched rows with one INSERT ... SELECT.
"""

from __future__ import annotations

import contextlib
import unicodedata
from collections.abc import Iterable, Iterator

from totalnet_desktop.core.store import engine, pg_search

FTS_TABLE = "contact_fts"
FTS_COLUMNS = ("name", "company", "job_title", "profession", "city", "points", "tags", "notes")

# prefix='1 2': one- and two-character prefix indexes, so the first keystrokes of a search on
# 100,000 contacts do not expand every word that starts with that letter (schema step 3).
# detail=none (schema step 6): the index keeps which contacts hold a word, not where; searches are
# single-word prefix terms joined by AND, which need no more, and a bulk load indexes ~25% faster.
# Phrases ("a b") and column filters (name:x) are not available on this index.
CREATE_FTS = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5(
    {", ".join(FTS_COLUMNS)},
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2',
    detail = none
)
"""

# A one-row-per-suspension table: while it has a row, the triggers do nothing.
CREATE_SUSPEND = "CREATE TABLE IF NOT EXISTS search_index_suspend (token INTEGER PRIMARY KEY)"

_ROW_SELECT = """
SELECT c.id,
       trim(c.first_name || ' ' || c.last_name),
       c.company, c.job_title, c.profession, c.city,
       coalesce((SELECT group_concat(p.value || ' ' || p.search, ' ')
                 FROM contact_point p WHERE p.contact_id = c.id), ''),
       coalesce((SELECT group_concat(t.name, ' ')
                 FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), ''),
       c.notes
FROM contact c
"""

_INSERT = f"INSERT INTO {FTS_TABLE}(rowid, {', '.join(FTS_COLUMNS)}) "


def _refresh_sql(contact_expr: str) -> str:
    return (
        f"DELETE FROM {FTS_TABLE} WHERE rowid = {contact_expr};\n"
        f"    {_INSERT}{_ROW_SELECT} WHERE c.id = {contact_expr};"
    )


_GUARD = "WHEN NOT EXISTS (SELECT 1 FROM search_index_suspend)"


def trigger_statements() -> list[str]:
    """The CREATE TRIGGER statements that keep the index current."""
    triggers = {
        "contact_fts_ai": ("AFTER INSERT ON contact", _refresh_sql("new.id")),
        "contact_fts_au": (
            "AFTER UPDATE OF first_name, last_name, company, job_title, profession, city, notes ON contact",
            _refresh_sql("new.id"),
        ),
        "contact_fts_ad": ("AFTER DELETE ON contact", f"DELETE FROM {FTS_TABLE} WHERE rowid = old.id;"),
        "contact_point_fts_ai": ("AFTER INSERT ON contact_point", _refresh_sql("new.contact_id")),
        "contact_point_fts_au": (
            "AFTER UPDATE ON contact_point",
            _refresh_sql("old.contact_id") + "\n    " + _refresh_sql("new.contact_id"),
        ),
        "contact_point_fts_ad": ("AFTER DELETE ON contact_point", _refresh_sql("old.contact_id")),
        "contact_tag_fts_ai": ("AFTER INSERT ON contact_tag", _refresh_sql("new.contact_id")),
        "contact_tag_fts_ad": ("AFTER DELETE ON contact_tag", _refresh_sql("old.contact_id")),
        "tag_fts_au": (
            "AFTER UPDATE OF name ON tag",
            (f"DELETE FROM {FTS_TABLE} WHERE rowid IN "
            "(SELECT contact_id FROM contact_tag WHERE tag_id = new.id);\n"
            f"    {_INSERT}{_ROW_SELECT} WHERE c.id IN "
            "(SELECT contact_id FROM contact_tag WHERE tag_id = new.id);"),
        ),
    }
    return [
        f"CREATE TRIGGER IF NOT EXISTS {name} {event} {_GUARD}\nBEGIN\n    {body}\nEND"
        for name, (event, body) in triggers.items()
    ]


def install(db, fts_sql: str = CREATE_FTS) -> None:
    """Create the FTS table, the suspension table and the triggers (idempotent)."""
    if engine.is_postgres(db):
        pg_search.install(db)
        return
    db.execute_sql(fts_sql)
    db.execute_sql(CREATE_SUSPEND)
    for stmt in trigger_statements():
        db.execute_sql(stmt)


def rebuild(db, contact_ids: Iterable[int] | None = None) -> None:
    """Rewrite the index rows of the given contacts, or of all contacts when None."""
    if engine.is_postgres(db):
        pg_search.rebuild(db, contact_ids)
        return
    if contact_ids is None:
        db.execute_sql(f"DELETE FROM {FTS_TABLE}")
        db.execute_sql(_INSERT + _ROW_SELECT)
        return
    ids = list(contact_ids)
    cursor = db.cursor()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", chunk)
        cursor.execute(_INSERT + _ROW_SELECT + f" WHERE c.id IN ({marks})", chunk)


def recreate(db) -> None:
    """Drop the index and build it again from every contact (for a bulk load that touched most of
    them; inside its transaction). Deleting 100,000 rows one by one costs more than the new build."""
    if engine.is_postgres(db):
        pg_search.rebuild(db)
        return
    db.execute_sql(f"DROP TABLE {FTS_TABLE}")
    db.execute_sql(CREATE_FTS)
    db.execute_sql(_INSERT + _ROW_SELECT)


def rebuild_range(db, first_id: int, last_id: int) -> None:
    """Rewrite the index rows of the contacts first_id .. last_id (a bulk load's new contacts)."""
    if engine.is_postgres(db):
        pg_search.rebuild_range(db, first_id, last_id)
        return
    db.execute_sql(f"DELETE FROM {FTS_TABLE} WHERE rowid BETWEEN ? AND ?", (first_id, last_id))
    db.execute_sql(_INSERT + _ROW_SELECT + " WHERE c.id BETWEEN ? AND ?", (first_id, last_id))


def is_suspended(db) -> bool:
    """True inside ``suspended`` (this transaction's bulk write)."""
    if engine.is_postgres(db):
        row = db.execute_sql("SELECT current_setting(?, true)", (pg_search.SUSPENDED,)).fetchone()
        return row[0] == "on"
    return db.execute_sql("SELECT 1 FROM search_index_suspend").fetchone() is not None


def optimize(db) -> None:
    """Merge the index's segments so deleted rows' words leave the SQLite file (FTS5 keeps them until
    then). A PostgreSQL index table drops a deleted row's words with the row (the server's VACUUM
    reclaims its space)."""
    if engine.is_postgres(db):
        return
    db.execute_sql(f"INSERT INTO {FTS_TABLE}({FTS_TABLE}) VALUES ('optimize')")


@contextlib.contextmanager
def suspended(db) -> Iterator[None]:
    """Switch the triggers off for a bulk load; call inside the load's own transaction.

    The caller rebuilds the rows it touched before leaving (``rebuild(db, ids)``). On PostgreSQL the
    switch is a setting local to the caller's transaction (``pg_search.SUSPENDED``): other desks'
    triggers keep running, and two desks' bulk writes never queue on one shared row.
    """
    if engine.is_postgres(db):
        before = is_suspended(db)
        db.execute_sql("SELECT set_config(?, 'on', true)", (pg_search.SUSPENDED,))
        try:
            yield
        finally:
            if not before and not engine.transaction_failed(db):
                db.execute_sql("SELECT set_config(?, 'off', true)", (pg_search.SUSPENDED,))
        return
    db.execute_sql("INSERT INTO search_index_suspend(token) VALUES (1)")
    try:
        yield
    except BaseException:
        # A failed PostgreSQL transaction takes no further statement (it would hide the first error);
        # its rollback removes the row anyway.
        if not engine.transaction_failed(db):
            db.execute_sql("DELETE FROM search_index_suspend")
        raise
    db.execute_sql("DELETE FROM search_index_suspend")


def match_clause(db=None) -> str:
    """The WHERE clause (one ``?``: ``match_expression``) keeping contacts whose index row matches."""
    if engine.is_postgres(db):
        return pg_search.MATCH_CLAUSE
    return f"c.id IN (SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?)"


def ids_sql(db=None) -> str:
    """One row, one column: the matching ids joined by commas (one ``?``: ``match_expression``)."""
    if engine.is_postgres(db):
        return pg_search.IDS_SQL
    return f"SELECT group_concat(rowid) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"


def ids_within_sql(db=None) -> str:
    """Like ``ids_sql``, among given ids (``:ids``, an array; ``:query``): a server's, for a login under
    row-level security (``policed_sql``); SQLite has no such login."""
    if not engine.is_postgres(db):
        raise NotImplementedError("a search among given ids is a PostgreSQL server's")
    return pg_search.IDS_WITHIN_SQL


def policed_sql(db=None) -> str:
    """An SQL expression: true when row-level security filters the index for this login (never on SQLite)."""
    return pg_search.POLICED if engine.is_postgres(db) else "0"


def match_count(db, query: str) -> int:
    """How many index rows match ``query`` (a ``match_expression``)."""
    if engine.is_postgres(db):
        sql = f"SELECT count(*) FROM {pg_search.TABLE} WHERE doc @@ CAST(? AS tsquery)"
    else:
        sql = f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
    return db.execute_sql(sql, (query,)).fetchone()[0]


def _fts_term(token: str, prefix: bool = True) -> str:
    return '"' + token.replace('"', '""') + '"' + ("*" if prefix else "")


def match_expression(terms: list[tuple[str, ...]], db=None, prefix: bool = True) -> str:
    """The engine's query for typed terms: each a group of alternatives, every group required; each
    alternative a prefix, or a whole word when not ``prefix``."""
    if engine.is_postgres(db):
        return pg_search.match_expression(terms, prefix)
    groups = []
    for alternatives in terms:
        parts = [_fts_term(t, prefix) for t in alternatives]
        groups.append(parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")")
    # Explicit AND: FTS5 accepts implicit AND between plain terms but not next to a bracketed OR
    # ('("050"* OR "50"*) "123"*' is a syntax error), which spaced phone numbers produce.
    return " AND ".join(groups)


def ranked_ids(db, query: str, limit: int) -> list[int]:
    """Live contacts matching ``query`` (a ``match_expression``), best match first, at most ``limit``."""
    if engine.is_postgres(db):
        sql = (f"SELECT s.contact_id FROM {pg_search.TABLE} s JOIN contact c ON c.id = s.contact_id "
               "WHERE s.doc @@ CAST(? AS tsquery) AND c.trashed_at IS NULL "
               "ORDER BY ts_rank(s.doc, CAST(? AS tsquery)) DESC, s.contact_id LIMIT ?")
        params: tuple = (query, query, limit)
    else:
        sql = (f"SELECT f.rowid FROM {FTS_TABLE} f JOIN contact c ON c.id = f.rowid "
               f"WHERE {FTS_TABLE} MATCH ? AND c.trashed_at IS NULL ORDER BY rank LIMIT ?")
        params = (query, limit)
    return [row[0] for row in db.execute_sql(sql, params).fetchall()]


def indexed_ids(db, text: str, prefix: bool = False) -> list[int]:
    """Ids of the contacts (trashed ones too) whose index row holds every word of ``text`` (or a word
    starting with it when ``prefix``), in id order: what the index itself says, on either engine."""
    folded = "".join(ch for ch in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(ch))
    terms = [(word,) for word in folded.split()]
    if engine.is_postgres(db):
        sql = f"SELECT contact_id FROM {pg_search.TABLE} WHERE doc @@ CAST(? AS tsquery) ORDER BY contact_id"
    else:
        sql = f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? ORDER BY rowid"
    return [row[0] for row in db.execute_sql(sql, (match_expression(terms, db, prefix),)).fetchall()]


def index_rows(db) -> list[tuple]:
    """Every index row, in contact id order (the id first); rows compare within one engine."""
    if engine.is_postgres(db):
        return db.execute_sql(f"SELECT contact_id, doc::text FROM {pg_search.TABLE} ORDER BY contact_id").fetchall()
    return db.execute_sql(f"SELECT rowid, * FROM {FTS_TABLE} ORDER BY rowid").fetchall()


def index_count(db) -> int:
    """How many contacts the index holds a row for."""
    table = pg_search.TABLE if engine.is_postgres(db) else FTS_TABLE
    return db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0]
