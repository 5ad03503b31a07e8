"""Backups: SQLite's online backup of a live WAL database, retention, listing, restore."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from totalnet_desktop.core.store import backup, migrations, models, restore

FIXTURE_V1 = Path(__file__).resolve().parents[2] / "data" / "schema_v1_sample.sql"


def add_contacts(n: int, prefix: str = "Person") -> None:
    with models.database.atomic():
        for i in range(n):
            models.Contact.create(first_name=f"{prefix}{i}", last_name="Haddad")


def names_in(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT first_name FROM contact ORDER BY id")]
    finally:
        con.close()


def test_online_backup_of_a_live_wal_database_holds_what_was_committed(session, db):
    add_contacts(3)
    # A write transaction is open while the backup runs: it must not be in the copy, nor block it.
    with db.atomic() as txn:
        models.Contact.create(first_name="Uncommitted")
        made = backup.online_backup(session.db_path, session.paths.backup_dir / "x.sqlite3")
        txn.rollback()
    assert names_in(made) == ["Person0", "Person1", "Person2"]
    # A standalone file: rollback journal, no -wal/-shm beside it, no .partial left.
    con = sqlite3.connect(made)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert sorted(p.name for p in made.parent.iterdir()) == ["x.sqlite3"]


def test_a_backup_during_the_session_keeps_the_live_database_locked(session, db):
    """Closing any handle to the live file would drop SQLite's locks; another program's connection
    then takes itself for the last one and deletes the -wal file the app still writes to."""
    import subprocess
    import sys

    add_contacts(1)
    backup.online_backup(session.db_path, session.paths.backup_dir / "during.sqlite3")
    wal = session.db_path.with_name(session.db_path.name + "-wal")
    other = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('SELECT count(*) FROM contact').fetchall(); c.close()"
    subprocess.run([sys.executable, "-c", other, str(session.db_path)], check=True, timeout=60)
    assert wal.exists()
    add_contacts(1, prefix="After")  # written by the app after the other program left
    con = sqlite3.connect(session.db_path)
    try:
        assert con.execute("SELECT first_name FROM contact ORDER BY id").fetchall() == [("Person0",), ("After0",)]
    finally:
        con.close()


def test_event_backup_names_the_event_and_keeps_the_last_ten(session):
    add_contacts(1)
    made = [backup.event_backup(session.db_path, session.paths.backup_dir, "pre-import") for _ in range(12)]
    kept = sorted(p.name for p in session.paths.backup_dir.glob("event-*"))
    assert len(kept) == backup.EVENT_KEEP
    assert kept == sorted(p.name for p in made[-10:])
    assert all(name.endswith("-pre-import.sqlite3") for name in kept)
    assert backup.inspect(made[-1]).label == "Before import"


def test_event_backup_without_a_database_does_nothing(tmp_path):
    assert backup.event_backup(tmp_path / "none.sqlite3", tmp_path / "backups", "pre-merge") is None
    assert not (tmp_path / "backups").exists()


def test_daily_backup_once_a_day_and_the_last_fourteen_days_kept(session):
    folder = session.paths.backup_dir
    start = dt.date(2026, 3, 1)
    assert backup.daily_backup_due(folder, start)
    assert backup.daily_backup(session.db_path, folder, start).name.startswith("daily-20260301-")
    assert not backup.daily_backup_due(folder, start)
    assert backup.daily_backup(session.db_path, folder, start) is None  # second start that day
    for day in range(1, 20):
        backup.daily_backup(session.db_path, folder, start + dt.timedelta(days=day))
    kept = sorted(p.name for p in folder.glob("daily-*"))
    assert len(kept) == backup.DAILY_KEEP
    assert kept[0].startswith("daily-20260307-") and kept[-1].startswith("daily-20260320-")


def test_pruning_never_touches_manual_backups_or_other_files(session):
    folder = session.paths.backup_dir
    mine = backup.manual_backup(session.db_path, folder)
    (folder / "notes.txt").write_text("keep me")
    for _ in range(backup.EVENT_KEEP + 3):
        backup.event_backup(session.db_path, folder, "pre-merge")
    assert mine.exists() and (folder / "notes.txt").exists()


def test_list_backups_newest_first_with_date_size_and_contact_count(session):
    folder = session.paths.backup_dir
    add_contacts(2)
    first = backup.daily_backup(session.db_path, folder, dt.date(2026, 1, 5))
    add_contacts(3, "Later")
    models.Contact.update(trashed_at=models.now()).where(models.Contact.first_name == "Later0").execute()
    second = backup.event_backup(session.db_path, folder, "pre-import")
    (folder / "garbage.sqlite3").write_bytes(b"not a database at all")
    infos = backup.list_backups(folder)
    # Newest first: the file without a dated name counts by its modification time (now).
    assert [i.path.name for i in infos] == ["garbage.sqlite3", second.name, first.name]
    assert infos[1].contacts == 4 and infos[2].contacts == 2  # trashed contacts are not counted
    assert infos[2].created.date() == dt.date(2026, 1, 5) and infos[2].label == "Daily backup"
    assert all(i.size == i.path.stat().st_size > 0 for i in infos)
    garbage = next(i for i in infos if i.path.name == "garbage.sqlite3")
    assert garbage.contacts is None and not garbage.readable


def test_manual_backup_to_a_folder_or_a_file(session, tmp_path):
    add_contacts(2)
    stick = tmp_path / "usb"
    stick.mkdir()
    into_folder = backup.manual_backup(session.db_path, session.paths.backup_dir, stick)
    assert into_folder.parent == stick and into_folder.name.startswith("TotalNet-backup-")
    as_file = backup.manual_backup(session.db_path, session.paths.backup_dir, stick / "mine.sqlite3")
    assert names_in(as_file) == names_in(into_folder) == ["Person0", "Person1"]
    with pytest.raises(backup.BackupError, match="TotalNet.s own database"):
        backup.manual_backup(session.db_path, session.paths.backup_dir, session.db_path)


def test_restore_replaces_the_data_and_backs_up_the_current_state_first(session, db):
    add_contacts(2)
    saved = backup.manual_backup(session.db_path, session.paths.backup_dir)
    add_contacts(3, "After")
    result = restore.restore(saved, session.db_path, session.paths.backup_dir)
    # The live handle was reopened on the restored data, still WAL with foreign keys.
    assert [c.first_name for c in models.Contact.select().order_by(models.Contact.id)] == ["Person0", "Person1"]
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert result.restored.contacts == 2
    assert result.safety_copy is not None and "pre-restore" in result.safety_copy.name
    assert names_in(result.safety_copy)[-3:] == ["After0", "After1", "After2"]
    models.Contact.create(first_name="Writable")  # the reopened database takes writes


def test_restore_refuses_bad_files_and_leaves_the_live_database_untouched(session, tmp_path):
    add_contacts(2)
    not_sqlite = tmp_path / "photo.sqlite3"
    not_sqlite.write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 5000)
    other_sqlite = tmp_path / "other.sqlite3"
    con = sqlite3.connect(other_sqlite)
    con.execute("CREATE TABLE t (x)")
    con.close()
    newer = backup.manual_backup(session.db_path, session.paths.backup_dir, tmp_path / "newer.sqlite3")
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    con.close()
    damaged = backup.manual_backup(session.db_path, session.paths.backup_dir, tmp_path / "damaged.sqlite3")
    data = bytearray(damaged.read_bytes())
    data[4096 * 2: 4096 * 6] = b"\xff" * (4096 * 4)  # trash pages 3-6 (tables and indexes)
    damaged.write_bytes(bytes(data))
    cases = [
        (not_sqlite, "not a TotalNet backup"), (other_sqlite, "not a TotalNet database"),
        (newer, f"schema version {migrations.CURRENT_VERSION + 1}"), (damaged, "damaged"),
        (tmp_path / "missing.sqlite3", "does not exist"),
    ]
    before = session.db_path.read_bytes()
    for path, words in cases:
        with pytest.raises(backup.BackupError, match=words):
            restore.restore(path, session.db_path, session.paths.backup_dir)
    assert session.db_path.read_bytes() == before
    assert not list(session.paths.backup_dir.glob("event-*pre-restore*"))  # refused before any work
    assert models.Contact.select().count() == 2


def test_restore_of_an_older_version_backup_is_migrated(session, tmp_path):
    old = tmp_path / "v1.sqlite3"
    con = sqlite3.connect(old)
    con.executescript(FIXTURE_V1.read_text(encoding="utf-8"))
    con.close()
    restore.restore(old, session.db_path, session.paths.backup_dir)
    assert migrations.schema_version(models.database) == migrations.CURRENT_VERSION
    assert models.Contact.get_by_id(1).first_name == "Zoë"
    # The old file itself was only read.
    con = sqlite3.connect(old)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    con.close()


def test_restore_into_a_database_with_another_page_size(session, tmp_path):
    add_contacts(1)
    other = tmp_path / "bigpages.sqlite3"
    backup.manual_backup(session.db_path, session.paths.backup_dir, other)
    con = sqlite3.connect(other)
    con.execute("PRAGMA page_size = 8192")
    con.execute("VACUUM")
    con.execute("INSERT INTO contact (first_name, last_name, company, job_title, profession, city, notes, "
                "stage, source, met_where, met_channel, is_me, archived, created_at, updated_at) VALUES "
                "('Eight', '', '', '', '', '', '', 'Know', '', '', '', 0, 0, '2026-01-01', '2026-01-01')")
    con.commit()
    assert con.execute("PRAGMA page_size").fetchone()[0] == 8192
    con.close()
    restore.restore(other, session.db_path, session.paths.backup_dir)
    assert sorted(c.first_name for c in models.Contact.select()) == ["Eight", "Person0"]
