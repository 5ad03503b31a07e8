"""Backups with SQLite's online backup API (never a plain copy of a live WAL database)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path


def online_backup(source: Path, dest: Path) -> Path:
    """Copy the database at ``source`` to ``dest`` consistently, even while it is in use."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".partial")
    src = sqlite3.connect(str(source))
    try:
        out = sqlite3.connect(str(tmp))
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    tmp.replace(dest)
    return dest


def event_backup(db_path: Path, backup_dir: Path, event: str) -> Path | None:
    """Back up before an event (migration, import, merge, restore); None when there is no file yet."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return online_backup(db_path, backup_dir / f"event-{stamp}-{event}.sqlite3")
