"""Backups on 100,000 contacts: the app's online backup, listing, the daily check and a restore,
each beside a raw baseline measured in the same run (plain ``sqlite3`` backup API / file copy)."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
from pathlib import Path

from benchmarks.run import timed
from benchmarks.synth import make_contacts

N = 100_000


def run(report) -> None:
    from totalnet_desktop.core.store import backup, recovery, restore
    from totalnet_desktop.core.store import db as db_mod

    folder = Path(tempfile.mkdtemp(prefix="totalnet-bench-backup-"))
    live = folder / "totalnet.sqlite3"
    make_contacts(live, N)
    backups = folder / "backups"
    size = live.stat().st_size / 1e6

    def raw_backup():
        (folder / "raw.sqlite3").unlink(missing_ok=True)  # a new file each time, as the app writes
        src, out = sqlite3.connect(live), sqlite3.connect(folder / "raw.sqlite3")
        src.backup(out)
        out.close()
        src.close()

    baseline = timed(raw_backup, repeat=3)
    project = timed(backup.event_backup, live, backups, "pre-import", repeat=3)
    report(f"online backup of {N:,} contacts ({size:.0f} MB), live WAL db", project, baseline,
           "baseline: bare sqlite3 backup API")
    copy = timed(shutil.copyfile, live, folder / "copy.sqlite3", repeat=3)
    report("  same, against a plain file copy (unsafe on a live db)", project, copy)

    listed = timed(backup.list_backups, backups, repeat=3)
    files = sorted(backups.glob("*.sqlite3"))

    def raw_list():  # the floor, measured: open each backup file, read its size and count its contacts
        for path in files:
            path.stat()
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            con.execute("SELECT count(*) FROM contact").fetchone()
            con.close()

    report(f"list {len(files)} backups with date, size, contacts", listed, timed(raw_list, repeat=3),
           f"baseline: stat + raw count(*) on each of the {len(files)} files")

    check = timed(recovery.diagnose, live, repeat=3)
    raw_check = timed(lambda: sqlite3.connect(live).execute("PRAGMA quick_check").fetchall(), repeat=3)
    report("first start of the day: diagnose (quick_check)", check, raw_check, "baseline: raw quick_check")

    source = backup.list_backups(backups)[0].path
    restored = timed(restore.restore, source, live, backups)

    def raw_restore():  # the floor, measured: a safety copy of the live file, then the backup copied in
        raw_backup()
        src, out = sqlite3.connect(source), sqlite3.connect(folder / "raw-restored.sqlite3")
        src.backup(out)
        out.close()
        src.close()

    report("restore (validate, safety backup, copy in, reopen)", restored, timed(raw_restore),
           "baseline: two bare backup-API copies, measured")
    db_mod.close_database()
    shutil.rmtree(folder, ignore_errors=True)
