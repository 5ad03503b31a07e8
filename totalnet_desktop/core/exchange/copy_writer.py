"""The importer's writer on PostgreSQL: each chunk's rows go in by COPY (``store.pg_bulk``) instead of
``executemany``, and the new contacts' ids are reserved from the table's sequence, so another desk
adding a contact during the import draws an id past the import's block instead of one of its ids.

The importer picks it on PostgreSQL (``writer_for``); on SQLite ``writer.BulkWriter`` stays.
"""

from __future__ import annotations

from pathlib import Path

from totalnet_desktop.core.exchange.rows import CONTACT_COLUMNS, NewRows, RowMaker
from totalnet_desktop.core.exchange.writer import BulkWriter
from totalnet_desktop.core.store import engine, pg_bulk, pg_privacy

POINT_COLUMNS = ("contact_id", "kind", "network", "value", "key", "search", "label", "position")
INTERACTION_COLUMNS = ("contact_id", "occurred_at", "channel", "kind", "note", "created_at")
MEMBER_COLUMNS = ("chapter_id", "contact_id", "classification", "role", "active")


class CopyWriter(BulkWriter):
    """BulkWriter whose inserts are COPYs; follow-ups and merges as BulkWriter does them."""

    def __init__(self, db, maker: RowMaker, stage_rows: bool = False) -> None:
        super().__init__(db, maker, stage_rows)
        self.rls = pg_privacy.rls_tables(db)

    def _copy(self, table: str, cols, rows, ignore: bool = False) -> None:
        pg_bulk.copy_rows(self.db, table, cols, rows, ignore_conflicts=ignore, rls=self.rls)

    def write(self, rows: NewRows) -> None:
        self._copy("contact", CONTACT_COLUMNS, rows.contacts)
        self._copy("contact_point", POINT_COLUMNS, rows.points)
        tags = rows.tag_links + [(cid, self.tag_id(name)) for cid, name in rows.tag_names]
        self._copy("contact_tag", ("contact_id", "tag_id"), tags, ignore=True)
        self._copy("interaction", INTERACTION_COLUMNS, rows.interactions)
        self._copy("membership", MEMBER_COLUMNS, [(*m, 1) for m in rows.members], ignore=True)
        # Follow-ups are queued only where none is open: a conditional insert, kept as it is.
        super().write(NewRows(followups=rows.followups, connected=rows.connected))


def writer_for(db, maker: RowMaker, stage_rows: bool = False) -> BulkWriter:
    """The writer an import uses on this database's engine."""
    return (CopyWriter if engine.is_postgres(db) else BulkWriter)(db, maker, stage_rows)


def _line_count(path: Path) -> int:
    count = 1
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            count += block.count(b"\n")
    return count


def first_new_id(db, path: Path) -> int:
    """The id the import's first new contact takes. SQLite: past the last one (the import's
    transaction is the only writer). PostgreSQL: the start of a block of ids taken from the contact
    sequence in one statement, as many as the file has lines (no file holds more contacts than
    lines), so other desks' new contacts draw ids after it; unused ids stay gaps."""
    if not engine.is_postgres(db):
        return db.execute_sql("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0]
    size = _line_count(path)
    row = db.execute_sql(
        "WITH seq AS (SELECT pg_get_serial_sequence('contact', 'id') AS name), "
        "block AS (SELECT name, nextval(name) AS v FROM seq) "
        "SELECT v, setval(name, v + ? - 1) FROM block", (size,)).fetchone()
    return int(row[0])
