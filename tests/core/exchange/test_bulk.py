"""The bulk phase of an import: guards checked after the load, indexes and triggers put back."""

import sqlite3

import peewee
import pytest
from exchange_samples import LINKEDIN_HEADER, LINKEDIN_NOTES, csv_text

from totalnet_desktop.core.exchange import bulk, importer
from totalnet_desktop.core.exchange.rows import CONTACT_COLUMNS
from totalnet_desktop.core.store import engine
from totalnet_desktop.core.store.models import database

_NOW = "2026-12-07 10:00:00"


def _schema(db) -> list[tuple]:
    return db.execute_sql("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def _insert_contact(db, cid: int, stage: str) -> None:
    db.execute_sql(f"INSERT INTO contact ({', '.join(CONTACT_COLUMNS)}) VALUES ({', '.join('?' * 16)})",
                   (cid, "A", "B", "", "", "", "", "", stage, "Test", "", "", 0, 0, _NOW, _NOW))


@pytest.mark.sqlite_only  # PostgreSQL keeps its CHECK constraints during a load
def test_a_bad_value_written_during_the_bulk_phase_is_refused_and_rolled_back(db):
    schema = _schema(db)
    with (pytest.raises(sqlite3.IntegrityError, match="contact.stage must be one of: Know"), db.atomic(),
          bulk.guards_checked_after(db)):
        _insert_contact(db, 1, "Know")
        _insert_contact(db, 2, "Maybe")  # no trigger to stop it here: the check after the load does
        assert not db.execute_sql("SELECT 1 FROM sqlite_master WHERE name = "
                                  "'check_contact_stage_insert'").fetchone()
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone() == (0,)
    assert _schema(db) == schema
    with pytest.raises(peewee.IntegrityError, match="contact.stage"):  # the trigger is back
        _insert_contact(db, 3, "Maybe")


@pytest.mark.sqlite_only
def test_rows_that_were_there_before_are_not_checked_again(db):
    _insert_contact(db, 1, "Know")
    with db.atomic(), bulk.guards_checked_after(db):
        _insert_contact(db, 2, "Trust")
        db.execute_sql("INSERT INTO contact_point (contact_id, kind, network, value, key, search, label, "
                       "position) VALUES (2, 'email', '', 'a@b.c', 'a@b.c', '', '', 0)")
    assert db.execute_sql("SELECT count(*) FROM contact").fetchone() == (2,)
    with pytest.raises(sqlite3.IntegrityError, match="contact_point.kind"), db.atomic(), \
            bulk.guards_checked_after(db):
        db.cursor().execute("INSERT INTO contact_point (contact_id, kind, network, value, key, search, label, "
                            "position) VALUES (1, 'fax', '', '1', '1', '', '', 0)")
    assert db.execute_sql("SELECT count(*) FROM contact_point").fetchone() == (1,)


def test_an_import_into_an_empty_database_leaves_the_same_schema(db, write_file):
    """Indexes deferred, guards and search triggers dropped during the load: all back afterwards (on
    PostgreSQL nothing is dropped; the import itself is checked there)."""
    sqlite = not engine.is_postgres(db)
    schema = _schema(db) if sqlite else None
    rows = [LINKEDIN_HEADER] + [[f"P{i}", "Q", f"https://www.linkedin.com/in/p{i}", "", "Co", "CEO",
                                 "07 Mar 2024"] for i in range(30)]
    path = write_file("Connections.csv", LINKEDIN_NOTES + csv_text(rows))
    summary = importer.execute(importer.open_import(path), importer.ImportOptions())
    assert summary.imported == 30
    assert database.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == 30
    if sqlite:
        assert _schema(db) == schema
        assert database.execute_sql("PRAGMA integrity_check").fetchone() == ("ok",)
        assert database.execute_sql("SELECT count(*) FROM contact_fts").fetchone() == (30,)
