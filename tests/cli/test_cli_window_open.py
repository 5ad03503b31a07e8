"""Issue 12: ``restore`` (and ``encrypt`` / ``decrypt``, which also replace the database file) refuse
while TotalNet's window is open on that data folder, with one sentence naming the running window; the
window's data is never swapped under it. Once the window is closed, the command works."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys

from running_app import wait_listening


def _env(folder):
    env = {k: v for k, v in os.environ.items() if k not in ("TOTALNET_DATA_DIR", "TOTALNET_PASSPHRASE")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["TOTALNET_DATA_DIR"] = str(folder)
    return env


def _cli(folder, *args, extra_env=None):
    env = _env(folder) | (extra_env or {})
    return subprocess.run([sys.executable, "-m", "totalnet_desktop", *args], check=False, env=env,
                          capture_output=True,
                          text=True, timeout=120)


def _contacts(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM contact").fetchone()[0]
    finally:
        con.close()


def test_restore_encrypt_and_decrypt_refuse_while_the_window_is_open(tmp_path, qapp):
    folder = tmp_path / "data"
    assert _cli(folder, "demo").returncode == 0
    backup = tmp_path / "before.sqlite3"
    assert _cli(folder, "backup", str(backup)).returncode == 0
    db_file = folder / "totalnet.sqlite3"
    con = sqlite3.connect(db_file)
    con.execute("DELETE FROM contact WHERE id IN (SELECT id FROM contact WHERE is_me = 0 LIMIT 3)")
    con.commit()
    con.close()
    after = _contacts(db_file)
    inode = db_file.stat().st_ino
    window = subprocess.Popen([sys.executable, "-m", "totalnet_desktop"], env=_env(folder),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        wait_listening(folder, window, 60)
        for args, extra in ((("restore", str(backup)), None),
                            (("encrypt",), {"TOTALNET_NEW_PASSPHRASE": "correct horse battery"})):
            done = _cli(folder, *args, extra_env=extra)
            assert done.returncode == 2, done
            lines = done.stderr.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("totalnet: TotalNet's window is open on this data "
                                                           f"folder (process {window.pid})"), done.stderr
            assert "quit the window (File > Quit) and run the command again" in lines[0]
        assert db_file.stat().st_ino == inode and _contacts(db_file) == after
        assert window.poll() is None
    finally:
        window.terminate()
        window.communicate(timeout=60)
    done = _cli(folder, "restore", str(backup))
    assert done.returncode == 0, done.stderr
    assert _contacts(db_file) == after + 3
