"""Read-only databases: a chapter server login that may only read (the reports role of the shipped
SQL) and a TotalNet file opened as a copy. Reads work; every write is refused before it is sent, with
one sentence; the automatic writes (migration, follow-up rules, preferences) skip."""

from __future__ import annotations

import datetime as dt
import hashlib
import os

import peewee
import pytest
import roles_server

from totalnet_desktop.core.contacts import search
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.demo import loader as demo
from totalnet_desktop.core.followups import queue, rules
from totalnet_desktop.core.insights import facade
from totalnet_desktop.core.insights.period import Period
from totalnet_desktop.core.store import copy as copy_mod
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import identity, migrations, overview, prefs, read_only
from totalnet_desktop.core.store.errors import DatabaseOpenError
from totalnet_desktop.core.store.models import Contact, database
from totalnet_desktop.core.store.records import ContactRecord
from totalnet_desktop.core.store.session import open_copy_session, open_session

TODAY = dt.date(2026, 3, 11)


@pytest.mark.parametrize(("sql", "writes"), [
    ("SELECT * FROM contact", False),
    ("  -- a note\n select 1", False),
    ("INSERT INTO tag (name) VALUES ('x')", True),
    ("insert or ignore into tag (name) values ('x')", True),
    ("UPDATE contact SET notes = ''", True),
    ("/* why */ DELETE FROM referral", True),
    ("WITH gone AS (DELETE FROM tag RETURNING id) SELECT count(*) FROM gone", True),
    ("WITH recent AS (SELECT id FROM contact) SELECT * FROM recent", False),
    ("CREATE TEMP TABLE x (a int)", True),
    ("COPY contact FROM STDIN", True),
    ("COPY (SELECT id FROM contact) TO STDOUT", False),
    ("SELECT setval('contact_id_seq', 5)", True),
    ("PRAGMA user_version", False),
])
def test_which_statements_write(sql, writes):
    assert read_only.is_write(sql) is writes


def _files(folder):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir() if p.is_file()}


def test_a_copy_opens_read_only_and_is_never_written(data_dir, tmp_path):
    first = open_session(data_dir)  # the data folder's file, or a server on --engine postgres
    demo.generate(today=TODAY)
    rules.run_rules(TODAY)
    count, pending = overview.contact_count(), len(queue.list_items("all", TODAY))
    folder = tmp_path / "copies"
    folder.mkdir()
    db_mod.close_database()
    copy = folder / "snapshot.sqlite3"
    copy_mod.copy_database(first.server or first.db_path, copy)  # how a snapshot or a server backup is made
    before = _files(folder)
    os.utime(copy, (1_700_000_000, 1_700_000_000))

    session = open_copy_session(data_dir, copy)
    assert session.read_only and session.read_only_login == "snapshot.sqlite3"
    assert session.copy_time == dt.datetime.fromtimestamp(1_700_000_000)
    # Reads: the same counts as the file it copies.
    assert overview.contact_count() == count
    assert len(queue.list_items("all", TODAY)) == pending
    assert search.search_ids(search.ContactFilter(text="layla"))
    assert facade.load_dashboard(Period(TODAY - dt.timedelta(days=90), TODAY), TODAY) is not None
    # Writes: refused before SQLite is asked, in one sentence; automatic ones skip.
    with pytest.raises(read_only.ReadOnlyError, match="^This login can read only: snapshot.sqlite3$"):
        contacts.create(ContactRecord(id=None, first_name="Nadia", last_name="Quill"))
    with pytest.raises(read_only.ReadOnlyError):
        database.execute_sql("DELETE FROM contact")
    with pytest.raises(read_only.ReadOnlyError):
        Contact.update(notes="x").execute()
    assert rules.run_rules(TODAY + dt.timedelta(days=30)).total_created == 0
    prefs.set("phone_region", "US")  # kept for this run only
    assert prefs.get("phone_region") == "US"
    db_mod.close_database()
    assert _files(folder) == before  # no byte changed, no -wal, -shm or journal beside it
    assert copy.stat().st_mtime == 1_700_000_000

    # The database it copies is as it was.
    open_session(data_dir)
    assert overview.contact_count() == count and prefs.get("phone_region") == "AE"


def test_a_copy_of_another_version_or_no_copy_is_refused(data_dir, tmp_path):
    with pytest.raises(DatabaseOpenError, match="does not exist"):
        open_copy_session(data_dir, tmp_path / "missing.sqlite3")
    old = tmp_path / "old.sqlite3"
    handle = peewee.SqliteDatabase(str(old))
    handle.execute_sql("CREATE TABLE t (a)")
    handle.execute_sql(f"PRAGMA user_version = {migrations.CURRENT_VERSION - 1}")
    handle.close()
    with pytest.raises(DatabaseOpenError, match="older TotalNet"):
        open_copy_session(data_dir, old)
    assert old.read_bytes()[:16] == b"SQLite format 3\x00"


@pytest.mark.postgres_only
def test_the_reports_login_reads_everything_and_writes_nothing(pg_cluster, data_dir):
    servers = roles_server.create(pg_cluster)
    try:
        db_mod.open_server(servers["layla"])
        demo.generate(today=TODAY)
        rules.run_rules(TODAY)
        db_mod.close_database()
        roles_server.grant(pg_cluster)

        member = open_session(data_dir, database=servers["omar"])
        assert not member.read_only
        db_mod.close_database()

        session = open_session(data_dir, database=servers["director"])
        assert session.read_only and session.read_only_login == "director"
        assert overview.contact_count() > 0
        assert search.search_ids(search.ContactFilter(text="layla"))
        assert identity.my_chapter_id() is not None
        pending = len(queue.list_items("all", TODAY))
        assert rules.run_rules(TODAY + dt.timedelta(days=30)).total_created == 0
        assert len(queue.list_items("all", TODAY)) == pending
        with pytest.raises(read_only.ReadOnlyError, match="^This login can read only: director$"):
            contacts.create(ContactRecord(id=None, first_name="Nadia", last_name="Quill"))
        with pytest.raises(read_only.ReadOnlyError):
            database.execute_sql("UPDATE contact SET notes = 'x'")
        prefs.set("currency", "USD")
        assert prefs.get("currency") == "USD"
    finally:
        db_mod.close_database()
        roles_server.remove(pg_cluster)


@pytest.mark.postgres_only
def test_the_reports_login_before_any_table_says_leadership_must_connect_first(pg_cluster, data_dir):
    servers = roles_server.create(pg_cluster)  # the database and roles, no TotalNet table yet
    try:
        with pytest.raises(DatabaseOpenError) as refused:
            open_session(data_dir, database=servers["director"])
        assert str(refused.value) == (
            f"The chapter server postgresql://director@127.0.0.1:{pg_cluster.port}/{roles_server.DATABASE} has no TotalNet "
            "tables yet and director can only read: a leadership login must connect first to create them.")
        db_mod.close_database()
        session = open_session(data_dir, database=servers["layla"])  # leadership creates them
        assert not session.read_only and migrations.schema_version(database) == migrations.CURRENT_VERSION
    finally:
        db_mod.close_database()
        roles_server.remove(pg_cluster)
