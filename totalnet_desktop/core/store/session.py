"""Opening the data folder for one run: paths resolved, folders made, database opened."""

from __future__ import annotations

from dataclasses import dataclass

from totalnet_desktop import paths as paths_mod
from totalnet_desktop.core.store import backup, db


@dataclass
class Session:
    """What every front end (GUI, CLI) needs to reach the data."""

    paths: paths_mod.AppPaths

    @property
    def db_path(self):
        return self.paths.db_path


def open_session(data_dir=None) -> Session:
    """Resolve and create folders, open and migrate the database; raise TotalNetError subclasses."""
    resolved = paths_mod.ensure(paths_mod.resolve(data_dir))
    db.open_database(resolved.db_path, backup_dir=resolved.backup_dir)
    backup.sweep_stale_partials(resolved.backup_dir)  # what killed backups left behind
    return Session(paths=resolved)
