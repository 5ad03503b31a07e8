"""The one place that knows folders: data, logs, backups, resources.

Order of precedence for the data folder:
1. an explicit folder (``--data-dir``), 2. ``TOTALNET_DATA_DIR``,
3. portable mode: a ``TotalNetData`` folder next to the frozen executable,
4. the user's data folder from appdirs.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import appdirs

from totalnet_desktop import APP_NAME

ENV_DATA_DIR = "TOTALNET_DATA_DIR"
PORTABLE_FOLDER = "TotalNetData"
DB_FILENAME = "totalnet.sqlite3"


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def executable_dir() -> Path:
    """Folder of the frozen executable (or of the interpreter from source)."""
    return Path(sys.executable).resolve().parent


def resources_dir() -> Path:
    """The shipped ``resources/`` folder, from source or from a bundle."""
    if is_frozen():
        base = Path(getattr(sys, "_MEIPASS", executable_dir()))
        return base / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def portable_data_dir() -> Path | None:
    """``TotalNetData`` beside the frozen executable, when present."""
    if not is_frozen():
        return None
    candidate = executable_dir() / PORTABLE_FOLDER
    return candidate if candidate.is_dir() else None


@dataclass(frozen=True)
class AppPaths:
    """Resolved folders for one run of the app."""

    data_dir: Path
    log_dir: Path

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILENAME

    @property
    def backup_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_path(self) -> Path:
        return self.data_dir / "window.ini"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "totalnet.log"


def resolve(data_dir: str | os.PathLike | None = None) -> AppPaths:
    """Resolve the folders without creating anything."""
    explicit = data_dir or os.environ.get(ENV_DATA_DIR) or None
    if explicit:
        folder = Path(explicit).expanduser().resolve()
        return AppPaths(data_dir=folder, log_dir=folder / "logs")
    portable = portable_data_dir()
    if portable is not None:
        return AppPaths(data_dir=portable, log_dir=portable / "logs")
    return AppPaths(
        data_dir=default_data_dir(),
        log_dir=Path(appdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def default_data_dir() -> Path:
    """The folder used when no --data-dir, TOTALNET_DATA_DIR or portable folder says otherwise."""
    return Path(appdirs.user_data_dir(APP_NAME, appauthor=False))


def window_title(paths: AppPaths) -> str:
    """'TotalNet', with the data folder's name when it is not the default one ('TotalNet - Demo')."""
    try:
        default = paths.data_dir.resolve() == default_data_dir().resolve()
    except OSError:
        default = False
    return "TotalNet" if default else f"TotalNet - {paths.data_dir.name}"


def ensure(paths: AppPaths) -> AppPaths:
    """Create the data and log folders; raise DataFolderError with a clear sentence on failure."""
    from totalnet_desktop.core.store.errors import DataFolderError

    for folder in (paths.data_dir, paths.log_dir):
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DataFolderError(f"Cannot create the data folder {folder}: {exc.strerror or exc}.") from exc
    if not os.access(paths.data_dir, os.W_OK):
        raise DataFolderError(f"The data folder {paths.data_dir} is not writable.")
    return paths
