"""Local snapshots of a chapter server: TotalNet SQLite files made from the server, one folder per
server login, so that a lost server can still be read (opened read-only, core.store.read_only).

A minimal version (issue 18): the helper that makes the automatic snapshots owns this module; the
names here are the ones the window calls (``latest_snapshot``).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from totalnet_desktop import paths as paths_mod
from totalnet_desktop.core.store import server_login

FOLDER = "snapshots"
SUFFIX = ".sqlite3"
_STAMP = re.compile(r"-(\d{8}-\d{6})\.sqlite3$")


def folder_for(target: str, backup_dir: Path | None = None) -> Path:
    """Where the snapshots of the server ``target`` (this login's view of it) are kept."""
    base = Path(backup_dir) if backup_dir is not None else paths_mod.resolve().backup_dir
    slug = re.sub(r"[^A-Za-z0-9._@-]+", "_", server_login.account(target))
    return base / FOLDER / slug


def name_for(when: dt.datetime) -> str:
    return f"snapshot-{when:%Y%m%d-%H%M%S}{SUFFIX}"


def _when(path: Path) -> dt.datetime:
    match = _STAMP.search(path.name)
    if match:
        return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
    return dt.datetime.fromtimestamp(path.stat().st_mtime)


def latest_snapshot(target: str, backup_dir: Path | None = None) -> tuple[Path, dt.datetime] | None:
    """The newest snapshot of the server ``target`` and when it was made, or None."""
    folder = folder_for(target, backup_dir)
    try:
        found = [p for p in folder.iterdir() if p.is_file() and p.name.endswith(SUFFIX) and p.stat().st_size > 0]
    except OSError:
        return None
    if not found:
        return None
    newest = max(found, key=_when)
    return newest, _when(newest)
