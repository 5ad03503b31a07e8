"""Issue 20: a write by another program during a conversion started from the app is never lost.

The other program is a real second process with its own SQLite connection (two connections inside one
process would not see each other's file locks when they use different SQLite libraries)."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from totalnet_desktop.core.demo import loader
from totalnet_desktop.core.store import cipher, protect
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.models import Contact

pytest.importorskip("sqlcipher3")

PASS = "correct horse battery"

# The other program: opens the database, says "open", then on each line of input runs it as SQL in
# its own transaction and says "committed" or "failed: <error>".
OTHER = textwrap.dedent("""
    import sqlite3, sys
    con = sqlite3.connect(sys.argv[1], timeout=float(sys.argv[2]), isolation_level=None)
    if sys.argv[3] == "read":
        con.execute("SELECT count(*) FROM contact").fetchone()
    print("open", flush=True)
    for line in sys.stdin:
        try:
            con.execute("BEGIN IMMEDIATE")
            con.execute(line)
            con.execute("COMMIT")
            print("committed", flush=True)
        except Exception as exc:
            print("failed:", exc, flush=True)
""")


def _other(path, wait: float, read: bool) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", OTHER, str(path), str(wait), "read" if read else "lazy"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


def _ask(proc: subprocess.Popen, sql: str) -> None:
    assert proc.stdin is not None
    proc.stdin.write(sql + "\n")
    proc.stdin.flush()


def _answer(proc: subprocess.Popen) -> str:
    assert proc.stdout is not None
    return proc.stdout.readline().strip()


def _end(proc: subprocess.Popen) -> None:
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=60)


def _digest(session) -> tuple:
    db_mod.close_database()
    data = session.paths.data_dir
    files = sorted((p.name, hashlib.sha256(p.read_bytes()).hexdigest()) for p in data.rglob("*")
                   if p.is_file() and not p.name.endswith((".log", "-wal", "-shm")))
    return files, session.db_path.stat().st_ino


def test_another_program_with_the_database_open_stops_the_encryption_and_nothing_changes(session):
    loader.generate()
    other = _other(session.db_path, 1.0, read=True)
    try:
        before = _digest(session)
        db_mod.open_database(session.db_path, session.paths.backup_dir)
        with pytest.raises(cipher.InUseError) as caught:
            protect.change_key(session.db_path, session.paths.backup_dir, PASS)
        assert str(caught.value) == (
            f"Another program has {session.db_path} open (another TotalNet, a script or a database tool), "
            "and could change it during the conversion; close it and try again. Nothing was changed.")
        assert cipher.passphrase() is None and Contact.select().count() > 0  # open, plain, as before
        # The other program still works on the same file, and its write is there.
        _ask(other, "UPDATE contact SET notes = 'written by the other program' WHERE id = 1")
        assert _answer(other) == "committed"
        assert Contact.get_by_id(1).notes == "written by the other program"
        db_mod.close_database()
        _ask(other, "UPDATE contact SET notes = '' WHERE id = 1")
        assert _answer(other) == "committed"
    finally:
        _end(other)
    after = _digest(session)
    assert [name for name, _ in after[0]] == [name for name, _ in before[0]]  # no safety copy left
    assert after[1] == before[1]  # the same database file (its bytes changed: the other program wrote)
    db_mod.open_database(session.db_path, session.paths.backup_dir)
    assert protect.change_key(session.db_path, session.paths.backup_dir, PASS).protected  # once it is closed


def test_a_write_tried_during_the_encryption_fails_loudly_and_is_not_lost(session):
    """The other program opened the file before the encryption (no lock yet) and writes during it:
    it waits for the lock, which is held until the new file is in place; the old file is then
    zeros, so its write fails with an error instead of going into a file nobody reads again."""
    loader.generate()
    db_mod.close_database()
    other = _other(session.db_path, 30.0, read=False)
    try:
        db_mod.open_database(session.db_path, session.paths.backup_dir)
        asked: list[int] = []

        def progress(done: int, total: int) -> None:
            if protect.STEPS // 10 < done < protect.STEPS * 8 // 10 and not asked:  # during the copy
                asked.append(done)
                _ask(other, "UPDATE contact SET notes = 'late write' WHERE id = 1")

        protect.change_key(session.db_path, session.paths.backup_dir, PASS, progress=progress)
        assert asked, "the copy reported no progress, so the other program never wrote"
        answer = _answer(other)
    finally:
        _end(other)
    # "file is not a database", or "disk I/O error" when it was already past reading the header.
    assert answer.startswith("failed:"), answer
    assert cipher.passphrase() == PASS
    assert Contact.get_by_id(1).notes != "late write"  # it did not happen anywhere, and it said so
    # The other program, started again, meets the protected file and cannot write into it unseen.
    con = sqlite3.connect(session.db_path)
    with pytest.raises(sqlite3.DatabaseError, match="not a database"):
        con.execute("UPDATE contact SET notes = 'late write' WHERE id = 1")
    con.close()


def test_a_write_made_before_the_lock_is_in_the_encrypted_file(session):
    loader.generate()
    db_mod.close_database()
    other = _other(session.db_path, 5.0, read=False)
    try:
        _ask(other, "UPDATE contact SET notes = 'just before' WHERE id = 1")
        assert _answer(other) == "committed"
    finally:
        _end(other)
    db_mod.open_database(session.db_path, session.paths.backup_dir)
    protect.change_key(session.db_path, session.paths.backup_dir, PASS)
    assert Contact.get_by_id(1).notes == "just before"


def test_a_program_that_opened_the_file_before_and_writes_after_the_swap_gets_an_error(session):
    """Without the old file made unreadable, its write would go into the replaced file: lost."""
    loader.generate()
    db_mod.close_database()
    other = _other(session.db_path, 5.0, read=False)
    try:
        db_mod.open_database(session.db_path, session.paths.backup_dir)
        protect.change_key(session.db_path, session.paths.backup_dir, PASS)
        _ask(other, "UPDATE contact SET notes = 'after the swap' WHERE id = 1")
        answer = _answer(other)
    finally:
        _end(other)
    assert answer.startswith("failed:") and "not a database" in answer, answer
    assert Contact.get_by_id(1).notes != "after the swap"
