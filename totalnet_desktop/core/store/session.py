"""Opening the data folder for one run: paths resolved, folders made private, database opened."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from pathlib import Path

from totalnet_desktop import paths as paths_mod
from totalnet_desktop.core.store import (
    backup,
    cipher,
    data_folder,
    db,
    engine,
    protect,
    read_only,
    server_login,
)

logger = logging.getLogger(__name__)

PERSONAL_FILE = ""  # open_session(database=PERSONAL_FILE): the data folder's own file, whatever was chosen


@dataclass
class Session:
    """What every front end (GUI, CLI) needs to reach the data."""

    paths: paths_mod.AppPaths
    server: str | None = None  # the PostgreSQL address, when the data lives on a chapter server
    protected: bool = False  # the database is encrypted with a passphrase
    copy: Path | None = None  # a TotalNet file opened read-only (a snapshot or a backup)
    copy_time: dt.datetime | None = None  # when that copy was made
    lost_server: str | None = None  # the chapter server a snapshot stands in for, when it was lost

    @property
    def db_path(self):
        return self.paths.db_path

    @property
    def read_only(self) -> bool:
        """Nothing may be written: a copy, or a server login that may only read (found at opening)."""
        return self.copy is not None or read_only.active()

    @property
    def read_only_login(self) -> str | None:
        """Who may only read (the login, or the copy's file name), for the one sentence."""
        return read_only.login() or (self.copy.name if self.copy is not None else None)

    @property
    def label(self) -> str:
        """Which database is open, for the window title and the status bar (no password)."""
        if self.copy is not None:
            return str(self.copy)
        return engine.safe_label(self.server) if self.server else str(self.paths.db_path)

    @property
    def short_label(self) -> str:
        """The file's name, or user@host/database."""
        return engine.short_label(self.copy or self.server or self.paths.db_path)


def passphrase_from_environment(db_path=None) -> str | None:
    """``--passphrase-file`` or ``TOTALNET_PASSPHRASE``, else the OS keyring's entry, else None."""
    return cipher.offered() or (cipher.keyring_get(db_path) if db_path else None)


def open_copy_session(data_dir, path, copy_time: dt.datetime | None = None,
                      lost_server: str | None = None) -> Session:
    """Open the TotalNet file ``path`` read-only for this run (never written, not migrated, not backed
    up; the data folder's own file and the remembered server stay as they were)."""
    resolved = paths_mod.resolve(data_dir)
    data_folder.ensure(resolved)
    db.open_copy(Path(path))
    if copy_time is None:
        copy_time = dt.datetime.fromtimestamp(Path(path).stat().st_mtime)
    return Session(paths=resolved, copy=Path(path), copy_time=copy_time, lost_server=lost_server)


def open_session(data_dir=None, database: str | None = None, passphrase: str | None = None) -> Session:
    """Resolve and create folders (owner-only), tighten an older install, open and migrate the database
    (the SQLite file of the data folder, or the server given by ``database`` / TOTALNET_DATABASE / the
    one chosen in the Connect dialog; ``PERSONAL_FILE`` forces the file); raise
    TotalNetError subclasses (PassphraseNeededError for a protected file without its passphrase)."""
    resolved = paths_mod.resolve(data_dir)
    tightened = paths_mod.tighten(resolved)  # before ensure(), which makes the folders private quietly
    data_folder.ensure(resolved)
    if tightened:
        logger.info("privacy: made %d files and folders of the data folder owner-only", tightened)
    server = None if database == PERSONAL_FILE else (
        engine.chosen_target(database) or server_login.remembered(resolved))
    if server:
        db.open_server(server)
        backup.sweep_stale_partials(resolved.backup_dir)  # what killed backups left behind
        return Session(paths=resolved, server=server)
    db.close_database()  # before reading the file's header (see backup._connect_for_reading)
    if passphrase is None and cipher.looks_protected(resolved.db_path):
        passphrase = passphrase_from_environment(resolved.db_path)
    db.open_database(resolved.db_path, backup_dir=resolved.backup_dir, passphrase=passphrase)
    backup.sweep_stale_partials(resolved.backup_dir)  # what killed backups left behind
    protect.finish_interrupted(resolved.db_path, resolved.backup_dir)
    return Session(paths=resolved, protected=cipher.passphrase() is not None)
