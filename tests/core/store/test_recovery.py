"""A damaged database: diagnosed without changes, kept aside, replaced by a good backup or a new file."""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from totalnet_desktop.core.store import backup, migrations, models, recovery
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.errors import DatabaseOpenError


def fill(n: int, prefix: str = "Person") -> None:
    with models.database.atomic():
        for i in range(n):
            models.Contact.create(first_name=f"{prefix}{i}", notes="x" * 300)


def damage(path: Path, first_page: int = 3, pages: int = 4) -> bytes:
    """Overwrite a few pages in the middle of the file (what a bad sector or a torn copy does)."""
    data = bytearray(path.read_bytes())
    data[4096 * (first_page - 1): 4096 * (first_page - 1 + pages)] = b"\xa5" * (4096 * pages)
    path.write_bytes(bytes(data))
    return bytes(data)


def test_diagnose_tells_each_kind_of_file_apart(session, tmp_path):
    fill(50)
    db_mod.close_database()
    assert recovery.diagnose(session.db_path).state == recovery.OK
    assert recovery.diagnose(tmp_path / "none.sqlite3").state == recovery.MISSING
    text = tmp_path / "notes.sqlite3"
    text.write_text("Dear diary")
    assert recovery.diagnose(text).state == recovery.NOT_SQLITE
    assert "not an SQLite file" in recovery.diagnose(text).message
    newer = backup.online_backup(session.db_path, tmp_path / "newer.sqlite3")
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 3}")
    con.close()
    found = recovery.diagnose(newer)
    assert found.state == recovery.NEWER and not found.recoverable
    assert str(migrations.CURRENT_VERSION + 3) in found.message and str(migrations.CURRENT_VERSION) in found.message
    broken = backup.online_backup(session.db_path, tmp_path / "broken.sqlite3")
    content = damage(broken)
    found = recovery.diagnose(broken)
    assert found.state == recovery.DAMAGED and found.recoverable and str(broken) in found.message
    assert broken.read_bytes() == content  # looking changed nothing


def test_set_aside_renames_the_file_and_its_wal_never_deletes(session, data_dir):
    fill(3)
    db_mod.close_database()
    # A process that died with committed data still in the WAL (no checkpoint on exit).
    script = (
        "import os, sqlite3, sys\n"
        "con = sqlite3.connect(sys.argv[1])\n"
        "con.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "con.execute(\"UPDATE contact SET first_name = 'InWal' WHERE id = 1\")\n"
        "con.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(session.db_path)], check=True)
    wal = Path(str(session.db_path) + "-wal")
    assert wal.stat().st_size > 0
    main_bytes, wal_bytes = session.db_path.read_bytes(), wal.read_bytes()
    aside = recovery.set_aside(session.db_path, now=dt.datetime(2026, 11, 26, 7, 5, 0))
    assert aside.name == "totalnet-damaged-20261126-070500.sqlite3"
    assert not session.db_path.exists() and not wal.exists()
    assert aside.read_bytes() == main_bytes
    assert Path(str(aside) + "-wal").read_bytes() == wal_bytes
    # Opened together the aside file still has everything, the WAL part included.
    con = sqlite3.connect(aside)
    assert con.execute("SELECT first_name FROM contact WHERE id = 1").fetchone()[0] == "InWal"
    con.close()
    # A second damaged file in the same second gets its own name.
    session.db_path.write_bytes(b"second damaged file")
    again = recovery.set_aside(session.db_path, now=dt.datetime(2026, 11, 26, 7, 5, 0))
    assert again != aside and again.read_bytes() == b"second damaged file" and aside.exists()


def test_latest_good_backup_skips_damaged_and_newer_ones(session):
    folder = session.paths.backup_dir
    fill(2)
    good = backup.daily_backup(session.db_path, folder, dt.date(2026, 1, 1))
    fill(1, "More")
    newer = backup.daily_backup(session.db_path, folder, dt.date(2026, 1, 2))
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    con.close()
    damaged = backup.daily_backup(session.db_path, folder, dt.date(2026, 1, 3))
    damage(damaged)
    found = recovery.latest_good_backup(folder)
    assert found is not None and found.path == good and found.contacts == 2
    assert recovery.latest_good_backup(session.paths.data_dir / "nothing-here") is None


def test_restore_latest_keeps_the_damaged_file_and_opens_the_backup(session):
    fill(4)
    good = backup.daily_backup(session.db_path, session.paths.backup_dir, dt.date(2026, 2, 1))
    fill(2, "Lost")
    db_mod.close_database()
    content = damage(session.db_path, first_page=2, pages=6)
    aside = recovery.restore_latest(session.db_path, good)
    assert aside.read_bytes() == content
    database = db_mod.open_database(session.db_path, backup_dir=session.paths.backup_dir)
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert models.Contact.select().count() == 4
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_start_empty_keeps_the_damaged_file_and_a_new_database_opens(session):
    db_mod.close_database()
    session.db_path.write_bytes(b"PK\x03\x04 a zip file by mistake")
    with pytest.raises(DatabaseOpenError, match="not an SQLite file"):
        db_mod.open_database(session.db_path)
    aside = recovery.start_empty(session.db_path)
    assert aside.read_bytes() == b"PK\x03\x04 a zip file by mistake"
    db_mod.open_database(session.db_path)
    assert models.Contact.select().count() == 0


def test_restore_latest_refuses_a_bad_backup_before_moving_anything(session, tmp_path):
    db_mod.close_database()
    session.db_path.write_bytes(b"garbage")
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"also garbage")
    with pytest.raises(backup.BackupError):
        recovery.restore_latest(session.db_path, bad)
    assert session.db_path.read_bytes() == b"garbage"
    assert not list(session.paths.data_dir.glob("*damaged*"))
