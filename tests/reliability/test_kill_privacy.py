"""SIGKILL during ``totalnet encrypt``, ``decrypt`` and ``forget`` (issue 20): the database is the old
file or the new one, whole, never a mix; the next start opens it and finishes the clean-up."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from totalnet_desktop.core.store import cipher
from totalnet_desktop.core.store import db as db_mod

pytest.importorskip("sqlcipher3")
pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL")

PASS = "correct horse battery"
KILLS = int(os.environ.get("TOTALNET_KILLS", "3"))
EXTRA_CONTACTS = 10_000  # so that a conversion lasts long enough to be killed in the middle


def _cli(data_dir: Path, *args: str, env_extra: dict | None = None) -> subprocess.Popen:
    env = dict(os.environ, TOTALNET_DATA_DIR=str(data_dir), **(env_extra or {}))
    code = "import sys; from totalnet_desktop.cli import main; sys.exit(main(sys.argv[1:]))"
    return subprocess.Popen([sys.executable, "-c", code, *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def _digest(con) -> tuple:
    assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    return (con.execute("SELECT count(*), sum(id), sum(length(first_name)) FROM contact").fetchone(),
            con.execute("SELECT count(*) FROM contact_point").fetchone(),
            con.execute("SELECT count(*), sum(giver_id) FROM referral").fetchone())


def _read(db_path: Path, passphrase: str | None) -> tuple:
    cipher.forget_salt(db_path)
    con = cipher.connect(str(db_path), passphrase) if passphrase else sqlite3.connect(str(db_path))
    try:
        return _digest(con)
    finally:
        con.close()


@pytest.fixture(scope="module")
def plain_folder(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("privacy-kill") / "data"
    proc = _cli(folder, "demo")
    assert proc.wait(timeout=300) == 0
    con = sqlite3.connect(folder / "totalnet.sqlite3")
    with con:
        con.executemany("INSERT INTO contact (first_name, last_name, company, job_title, profession, city, notes, "
                        "stage, source, met_where, met_channel, is_me, archived, created_at, updated_at) "
                        "VALUES (?, ?, 'Co', '', '', '', ?, 'Know', 'Import', '', '', 0, 0, '2026-01-01', "
                        "'2026-01-01')", [(f"Person{i}", f"Family{i}", "note " * 20) for i in range(EXTRA_CONTACTS)])
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    return folder


def _timed(folder: Path, *args: str, env_extra: dict | None = None) -> float:
    start = time.perf_counter()
    proc = _cli(folder, *args, env_extra=env_extra)
    _, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err
    return time.perf_counter() - start


@pytest.mark.parametrize("round_", range(KILLS))
def test_kill_during_encrypt_leaves_the_old_or_the_new_file(plain_folder, tmp_path, round_):
    reference = _read(plain_folder / "totalnet.sqlite3", None)
    trial = tmp_path / "trial"
    shutil.copytree(plain_folder, tmp_path / "timing")
    duration = _timed(tmp_path / "timing", "encrypt", env_extra={"TOTALNET_NEW_PASSPHRASE": PASS})
    shutil.copytree(plain_folder, trial)
    seed = int(os.environ.get("TOTALNET_KILL_SEED", random.randrange(1 << 30)))
    delay = duration * (round_ + random.Random(seed).random()) / max(KILLS, 1)
    proc = _cli(trial, "encrypt", env_extra={"TOTALNET_NEW_PASSPHRASE": PASS})
    time.sleep(delay)
    proc.kill()
    proc.communicate()
    db_path = trial / "totalnet.sqlite3"
    new = cipher.looks_protected(db_path)
    assert _read(db_path, PASS if new else None) == reference, f"seed {seed}"
    # The next start opens it (with the passphrase when it is the new file) and cleans up.
    env = {"TOTALNET_PASSPHRASE": PASS} if new else {}
    assert _timed(trial, "search", "Person1", env_extra=env) >= 0
    assert not list(trial.glob("*.converting")) and not list((trial / "backups").glob("*.converting"))
    if new:
        assert not [p.name for p in (trial / "backups").glob("*.sqlite3") if not cipher.looks_protected(p)]


def test_kill_during_decrypt_leaves_the_old_or_the_new_file(plain_folder, tmp_path):
    reference = _read(plain_folder / "totalnet.sqlite3", None)
    protected = tmp_path / "protected"
    shutil.copytree(plain_folder, protected)
    _timed(protected, "encrypt", env_extra={"TOTALNET_NEW_PASSPHRASE": PASS})
    shutil.copytree(protected, tmp_path / "timing")
    duration = _timed(tmp_path / "timing", "decrypt", env_extra={"TOTALNET_PASSPHRASE": PASS})
    for attempt in range(KILLS):
        trial = tmp_path / f"trial{attempt}"
        shutil.copytree(protected, trial)
        proc = _cli(trial, "decrypt", env_extra={"TOTALNET_PASSPHRASE": PASS})
        time.sleep(duration * (attempt + random.random()) / KILLS)
        proc.kill()
        proc.communicate()
        db_path = trial / "totalnet.sqlite3"
        still = cipher.looks_protected(db_path)
        assert _read(db_path, PASS if still else None) == reference


def test_kill_during_forget_leaves_them_whole_or_wholly_forgotten(plain_folder, tmp_path):
    con = sqlite3.connect(plain_folder / "totalnet.sqlite3")
    cid, points = con.execute(
        "SELECT c.id, (SELECT count(*) FROM contact_point p WHERE p.contact_id = c.id) FROM contact c "
        "WHERE c.is_me = 0 AND c.id IN (SELECT giver_id FROM referral) "
        "AND c.id IN (SELECT contact_id FROM contact_point) ORDER BY c.id LIMIT 1").fetchone()
    con.close()
    shutil.copytree(plain_folder, tmp_path / "timing")
    duration = _timed(tmp_path / "timing", "forget", str(cid), "--yes")
    outcomes = set()
    for attempt in range(KILLS):
        trial = tmp_path / f"trial{attempt}"
        shutil.copytree(plain_folder, trial)
        proc = _cli(trial, "forget", str(cid), "--yes")
        time.sleep(duration * (attempt + random.random()) / KILLS)
        proc.kill()
        proc.communicate()
        con = sqlite3.connect(trial / "totalnet.sqlite3")
        try:
            assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
            name = con.execute("SELECT first_name FROM contact WHERE id = ?", (cid,)).fetchone()[0]
            left = con.execute("SELECT count(*) FROM contact_point WHERE contact_id = ?", (cid,)).fetchone()[0]
            refs = con.execute("SELECT count(*) FROM referral").fetchone()[0]
        finally:
            con.close()
        assert (name, left) == ("Removed person", 0) or (name != "Removed person" and left == points)
        assert refs == _read(plain_folder / "totalnet.sqlite3", None)[2][0]
        outcomes.add(name == "Removed person")
    db_mod.close_database()
