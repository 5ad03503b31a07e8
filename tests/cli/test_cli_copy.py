"""``totalnet --copy FILE COMMAND``: a TotalNet file or backup opened read-only for one command, through
the real console (a subprocess). Reading commands work on FILE, writing ones refuse with the app's one
sentence, and FILE's bytes, time and folder stay as they were (on a PostgreSQL run the copy is taken
from the server, as a snapshot is)."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import subprocess
import sys

from totalnet_desktop.core.demo import loader as demo
from totalnet_desktop.core.store import copy as copy_mod
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import overview
from totalnet_desktop.core.store.session import open_session

TODAY = dt.date(2026, 3, 11)


def _totalnet(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-m", "totalnet_desktop", *args], check=False, capture_output=True,
                          text=True, encoding="utf-8", env=env, timeout=300)


def test_a_copy_reads_refuses_writes_and_is_never_changed(data_dir, tmp_path):
    session = open_session(data_dir)
    demo.generate(today=TODAY)
    count = overview.contact_count()
    copy = tmp_path / "copies" / "backup.sqlite3"
    copy.parent.mkdir()
    db_mod.close_database()
    copy_mod.copy_database(session.server or session.db_path, copy)
    digest, mtime = hashlib.sha256(copy.read_bytes()).hexdigest(), copy.stat().st_mtime_ns

    found = _totalnet("--lang", "en", "--copy", str(copy), "search", "layla")
    assert found.returncode == 0 and "Layla" in found.stdout, found.stderr
    queue = _totalnet("--lang", "en", "--copy", str(copy), "followups", "--today", TODAY.isoformat())
    assert queue.returncode == 0, queue.stderr
    csv = tmp_path / "out" / "contacts.csv"
    csv.parent.mkdir()
    exported = _totalnet("--lang", "en", "--copy", str(copy), "export", str(csv))
    assert exported.returncode == 0, exported.stderr
    assert csv.read_text(encoding="utf-8-sig").count("\n") == count + 1  # the header and every contact

    # Writes: refused in one sentence naming the copy, before the import's file is looked at.
    for args in (("import", str(tmp_path / "missing.csv")), ("demo",)):
        refused = _totalnet("--lang", "en", "--copy", str(copy), *args)
        assert (refused.returncode, refused.stderr.strip()) == (
            2, "totalnet: This login can read only: backup.sqlite3"), args

    missing = _totalnet("--lang", "en", "--copy", str(tmp_path / "nope.sqlite3"), "search", "x")
    assert (missing.returncode, missing.stderr.strip()) == (
        2, f"totalnet: The copy {tmp_path / 'nope.sqlite3'} does not exist.")
    alone = _totalnet("--lang", "en", "--copy", str(copy))
    assert alone.returncode == 2 and "--copy needs a command" in alone.stderr

    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest and copy.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in copy.parent.iterdir()) == ["backup.sqlite3"]


def test_the_copy_option_is_in_the_help_in_arabic_too():
    english = " ".join(_totalnet("--lang", "en", "--help").stdout.split())  # argparse wraps its lines
    assert "--copy FILE run the command on the TotalNet file or backup FILE, read-only" in english
    assert "writing commands are refused, FILE is never changed" in english
    arabic = _totalnet("--lang", "ar", "--help")
    assert arabic.returncode == 0
    assert "وتُرفض أوامر الكتابة، ولا يتغير FILE أبدًا" in " ".join(arabic.stdout.split())
