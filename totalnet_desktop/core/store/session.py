"""Opening the data folder for one run: paths resolved, folders made, database opened."""

from __future__ import annotations

from dataclasses import dataclass

from totalnet_desktop import paths as paths_mod
from totalnet_desktop.core.store import backup, db, engine


@dataclass
class Session:
    """What every front end (GUI, CLI) needs to reach the data."""

    paths: paths_mod.AppPaths
    server: str | None = None  # the PostgreSQL address, when the data lives on a chapter server

    @property
    def db_path(self):
        return self.paths.db_path

    @property
    def label(self) -> str:
        """Which database is open, for the window title and the status bar (no password)."""
        return engine.safe_label(self.server) if self.server else str(self.paths.db_path)


def open_session(data_dir=None, database: str | None = None) -> Session:
    """Resolve and create folders, open and migrate the database (the SQLite file of the data folder,
    or the server given by ``database`` / TOTALNET_DATABASE); raise TotalNetError subclasses."""
    resolved = paths_mod.ensure(paths_mod.resolve(data_dir))
    server = engine.chosen_target(database)
    if server:
        db.open_server(server)
    else:
        db.open_database(resolved.db_path, backup_dir=resolved.backup_dir)
    backup.sweep_stale_partials(resolved.backup_dir)  # what killed backups left behind
    return Session(paths=resolved, server=server)
