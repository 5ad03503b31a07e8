"""A chapter server's last local snapshot: the copy a desk keeps for when the server is lost.

On a chapter server the app's automatic backup is an export of every table to a TotalNet SQLite file
through the copy path (``copy.copy_database``), taken when the desk connects and once a day while it
stays connected. Each server login has its own folder under the data folder's ``backups/servers/``
(``user@host_5432_chapter-1a2b3c4d``: readable, plus a short hash so two addresses never share one),
holding ``snapshot-YYYYMMDD-HHMMSS-ffffff.sqlite3`` files; the newest ``KEEP`` are kept.

A snapshot is written under a hidden ``.partial`` name and renamed into place only when the copy
checked out, so a lost server or a killed app never leaves a half-copied file under a snapshot's
name. ``latest_snapshot(target)`` is what the lost-server bar and "Open the last copy read-only" use.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from pathlib import Path

from totalnet_desktop import paths
from totalnet_desktop.core.store import server_login

logger = logging.getLogger(__name__)

FOLDER = "servers"
PREFIX = "snapshot-"
SUFFIX = ".sqlite3"
PARTIAL = ".partial"
KEEP = 3
_NAME_RE = re.compile(r"^snapshot-(\d{8}-\d{6}-\d{6})\.sqlite3$")


def _backup_dir(backup_dir: Path | None) -> Path:
    return Path(backup_dir) if backup_dir is not None else paths.resolve().backup_dir


def folder(target: str, backup_dir: Path | None = None) -> Path:
    """The folder holding ``target``'s snapshots (the same for every spelling of one login's address:
    the keyring's account name, without a password or options)."""
    account = server_login.account(target)
    readable = re.sub(r"[^\w@.-]+", "_", account).strip("_")[:80] or "server"
    digest = hashlib.sha256(account.encode("utf-8")).hexdigest()[:8]
    return _backup_dir(backup_dir) / FOLDER / f"{readable}-{digest}"


def name_for(when: dt.datetime) -> str:
    """The file name of a snapshot taken at ``when``."""
    return f"{PREFIX}{when:%Y%m%d-%H%M%S-%f}{SUFFIX}"


def snapshots(target: str, backup_dir: Path | None = None) -> list[tuple[Path, dt.datetime]]:
    """Every finished snapshot of ``target`` with the time it was taken, newest first."""
    where = folder(target, backup_dir)
    if not where.is_dir():
        return []
    found = []
    for path in where.glob(f"{PREFIX}*{SUFFIX}"):
        match = _NAME_RE.match(path.name)
        if match is None or not path.is_file() or path.stat().st_size == 0:
            continue
        found.append((path, dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S-%f")))
    return sorted(found, key=lambda item: item[1], reverse=True)


def latest_snapshot(target: str, backup_dir: Path | None = None) -> tuple[Path, dt.datetime] | None:
    """The newest local snapshot of the chapter server ``target`` (its address as the app stores it):
    the file and when it was taken; None when this desk has none."""
    found = snapshots(target, backup_dir)
    return found[0] if found else None


def snapshot_due(target: str, backup_dir: Path | None = None, now: dt.datetime | None = None) -> bool:
    """True until a snapshot of ``target`` was taken today."""
    latest = latest_snapshot(target, backup_dir)
    return latest is None or latest[1].date() != (now or dt.datetime.now()).date()


def take_snapshot(target: str, backup_dir: Path | None = None) -> Path:
    """Export every table of the server ``target`` to a new snapshot file (one read transaction on the
    server); raise the copy's TotalNetError (nothing is left behind) when it cannot be made."""
    from totalnet_desktop.core.store import copy  # copy imports the engines: only when a copy is made

    where = folder(target, backup_dir)
    paths.private_dir(where)
    final = where / name_for(dt.datetime.now())
    partial = where / f".{final.name}{PARTIAL}"
    _sweep_partials(where)
    try:
        copy.copy_database(target, partial)
        _standalone(partial)
        partial.replace(final)
    except BaseException:
        _remove(partial)
        raise
    finally:
        for companion in (partial.with_name(partial.name + "-wal"), partial.with_name(partial.name + "-shm"),
                          partial.with_name(partial.name + "-journal")):
            _remove(companion)
    prune(target, backup_dir)
    logger.info("server snapshot taken: %s", final)
    return final


def prune(target: str, backup_dir: Path | None = None, keep: int = KEEP) -> list[Path]:
    """Keep the newest ``keep`` snapshots of ``target``; return what was removed."""
    removed = []
    for path, _when in snapshots(target, backup_dir)[keep:]:
        if _remove(path):
            removed.append(path)
    return removed


STALE_PARTIAL_SECONDS = 600


def _sweep_partials(where: Path) -> None:
    """Remove what a snapshot killed half-way left (a newer one may be another desk's copy under way)."""
    import time

    limit = time.time() - STALE_PARTIAL_SECONDS
    for leftover in where.glob(f".{PREFIX}*"):
        try:
            if leftover.is_file() and leftover.stat().st_mtime < limit:
                _remove(leftover)
        except OSError:
            continue


def _standalone(path: Path) -> None:
    """A single file (rollback journal, not WAL): it opens read-only and copies anywhere on its own."""
    import sqlite3

    con = sqlite3.connect(str(path))
    try:
        con.execute("PRAGMA journal_mode=DELETE")
    finally:
        con.close()


def _remove(path: Path) -> bool:
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return False
    except OSError:
        logger.warning("could not remove %s", path, exc_info=True)
        return False
