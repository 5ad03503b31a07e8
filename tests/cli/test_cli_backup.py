"""``totalnet backup [FILE]`` and ``totalnet restore FILE``, including a full disk and a damaged file."""

from __future__ import annotations

import os
import resource
import signal
import sqlite3
import subprocess
import sys

from totalnet_desktop.cli import main
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import migrations, models


def add_contacts(n: int, prefix: str) -> None:
    with models.database.atomic():
        for i in range(n):
            models.Contact.create(first_name=f"{prefix}{i}", last_name="Khan", notes="n" * 200)


def count(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM contact").fetchone()[0]
    finally:
        con.close()


def test_backup_into_the_backups_folder(session, capsys):
    add_contacts(3, "Ana")
    db_mod.close_database()
    assert main(["backup"]) == 0
    made = list(session.paths.backup_dir.glob("manual-*.sqlite3"))
    assert len(made) == 1 and count(made[0]) == 3
    out = capsys.readouterr().out.strip()
    assert out.startswith("backed up 3 contacts to ") and str(made[0]) in out


def test_backup_to_a_file_or_a_folder(session, tmp_path, capsys):
    add_contacts(2, "Bo")
    db_mod.close_database()
    stick = tmp_path / "stick"
    stick.mkdir()
    assert main(["backup", str(stick)]) == 0
    assert main(["backup", str(stick / "named.sqlite3")]) == 0
    files = sorted(p.name for p in stick.iterdir())
    assert "named.sqlite3" in files and any(f.startswith("TotalNet-backup-") for f in files)
    assert all(count(stick / f) == 2 for f in files)


def test_restore_replaces_the_data_and_keeps_a_safety_copy(session, tmp_path, capsys):
    add_contacts(2, "Early")
    db_mod.close_database()
    assert main(["backup", str(tmp_path / "early.sqlite3")]) == 0
    db_mod.open_database(session.db_path)
    add_contacts(5, "Late")
    db_mod.close_database()
    capsys.readouterr()
    assert main(["restore", str(tmp_path / "early.sqlite3")]) == 0
    out = capsys.readouterr().out.strip()
    assert out.startswith("restored 2 contacts from ") and "pre-restore" in out
    assert count(session.db_path) == 2
    safety = list(session.paths.backup_dir.glob("event-*-pre-restore.sqlite3"))
    assert len(safety) == 1 and count(safety[0]) == 7


def test_restore_of_a_bad_file_is_one_sentence_exit_2_and_changes_nothing(session, tmp_path, capsys):
    add_contacts(1, "Keep")
    db_mod.close_database()
    before = session.db_path.read_bytes()
    bogus = tmp_path / "contacts.csv"
    bogus.write_text("First Name,Last Name\nA,B\n")
    assert main(["restore", str(bogus)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not a TotalNet backup" in err[0] and str(bogus) in err[0]
    assert main(["restore", str(tmp_path / "missing.sqlite3")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert session.db_path.read_bytes() == before


def test_restore_of_a_newer_backup_names_both_versions(session, tmp_path, capsys):
    db_mod.close_database()
    newer = tmp_path / "newer.sqlite3"
    assert main(["backup", str(newer)]) == 0
    con = sqlite3.connect(newer)
    con.execute(f"PRAGMA user_version = {migrations.CURRENT_VERSION + 1}")
    con.close()
    capsys.readouterr()
    assert main(["restore", str(newer)]) == 2
    err = capsys.readouterr().err
    assert f"schema version {migrations.CURRENT_VERSION + 1}" in err and f"up to version {migrations.CURRENT_VERSION}" in err


def test_restore_over_a_damaged_database_keeps_the_damaged_file(session, tmp_path, capsys):
    add_contacts(4, "Good")
    db_mod.close_database()
    good = tmp_path / "good.sqlite3"
    assert main(["backup", str(good)]) == 0
    session.db_path.write_bytes(b"this is not a database any more")
    assert main(["search", "Good"]) == 2  # the ordinary commands refuse it in one sentence
    capsys.readouterr()
    assert main(["restore", str(good)]) == 0
    out = capsys.readouterr().out
    aside = list(session.paths.data_dir.glob("totalnet-damaged-*.sqlite3"))
    assert len(aside) == 1 and aside[0].read_bytes() == b"this is not a database any more"
    assert str(aside[0]) in out and count(session.db_path) == 4


# ---- a full disk, for real: the child process may not write more than a few kilobytes -------------
def run_with_file_limit(args, limit: int, data_dir):
    def limit_writes():
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write(), not a killed process

    env = {**os.environ, "TOTALNET_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "totalnet_desktop", *args], capture_output=True, text=True,
                          env=env, preexec_fn=limit_writes, timeout=60, check=False)


def test_backup_to_a_full_disk_is_one_sentence_and_leaves_no_partial_file(session, tmp_path):
    add_contacts(400, "Big")
    db_mod.close_database()
    target = tmp_path / "stick" / "backup.sqlite3"
    target.parent.mkdir()
    result = run_with_file_limit(["backup", str(target)], 64_000, session.paths.data_dir)
    assert result.returncode == 2, result.stderr
    err = result.stderr.strip().splitlines()
    assert len(err) == 1 and str(target) in err[0] and "Traceback" not in result.stderr
    assert list(target.parent.iterdir()) == []  # neither the backup nor its .partial
    assert count(session.db_path) == 400


def test_creating_the_database_on_a_full_disk_fails_cleanly(tmp_path):
    data_dir = tmp_path / "new-data"
    result = run_with_file_limit(["search", "x"], 40_000, data_dir)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert "totalnet.sqlite3" in result.stderr
    # Nothing half-made: the next start (with space) opens and migrates the file from scratch.
    database = db_mod.open_database(data_dir / "totalnet.sqlite3")
    assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
