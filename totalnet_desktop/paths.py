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

from totalnet_desktop import APP_NAME, winacl

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


# ---- owner-only files and folders (issue 20) ------------------------------------------------
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
IS_POSIX = os.name == "posix"


def private_dir(folder: str | os.PathLike) -> Path:
    """Create ``folder`` (and missing parents) readable by its owner only; return it.

    POSIX: mode 0700 (an existing folder is tightened). Windows: the user's own access list (the user
    and SYSTEM, nothing inherited; see winacl.py), which what is created inside inherits.
    """
    folder = Path(folder)
    if not folder.is_dir():
        if not folder.parent.exists():
            private_dir(folder.parent)  # mkdir(parents=True) would give the parents the umask's mode
        folder.mkdir(exist_ok=True, mode=PRIVATE_DIR_MODE)
    if IS_POSIX:
        if folder.stat().st_mode & 0o777 != PRIVATE_DIR_MODE:
            _chmod(folder, PRIVATE_DIR_MODE)
    else:  # pragma: no cover - Windows only
        winacl.make_private(folder)
    return folder


def private_file(path: str | os.PathLike) -> Path:
    """Make sure ``path`` exists as an owner-only file (0600; on Windows the user's own access list)
    before a writer opens it; return it.

    Every writer of the app calls this first for a NEW file: SQLite (which gives its -wal, -shm and
    journal files the database's mode), temporary files, exports, logs, PDFs, window state. An
    existing file is left as it is (its mode is the user's choice).
    """
    path = Path(path)
    if not path.exists():  # a missing folder raises FileNotFoundError, as open() would
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        os.close(fd)
        if IS_POSIX and path.stat().st_mode & 0o777 != PRIVATE_FILE_MODE:
            path.chmod(PRIVATE_FILE_MODE)  # a umask can only remove bits; this never widens
        elif not IS_POSIX:  # pragma: no cover - Windows: an export outside the data folder
            winacl.make_private(path)
    return path


def app_items(paths: AppPaths) -> list[Path]:
    """What ``tighten`` makes owner-only: the data, log and backup folders, every file in the log and
    backup folders, and the app's own files in the data folder (not other files the user keeps there)."""
    items: list[Path] = []
    for folder in dict.fromkeys([paths.data_dir, paths.log_dir, paths.backup_dir]):
        if not folder.is_dir():
            continue
        items.append(folder)
        for item in sorted(folder.iterdir()):
            if not item.is_file() or item.is_symlink():
                continue
            if folder == paths.data_dir and not _is_app_file(item.name):
                continue
            items.append(item)
    return items


def tighten(paths: AppPaths) -> int:
    """Make an existing install owner-only (``app_items``): 0700/0600 on POSIX, the user's own access
    list on Windows. Return how many files and folders were changed (0 when all are private)."""
    changed = 0
    for item in app_items(paths):
        if IS_POSIX:
            mode = PRIVATE_DIR_MODE if item.is_dir() else PRIVATE_FILE_MODE
            if item.stat().st_mode & 0o077 and _chmod(item, mode):
                changed += 1
        elif winacl.make_private(item):  # pragma: no cover - Windows only
            changed += 1
    return changed


def _chmod(path: Path, mode: int) -> bool:
    """chmod that tolerates a folder the user cannot change (read-only media, another owner)."""
    try:
        path.chmod(mode)
    except OSError:
        return False
    return True


def _is_app_file(name: str) -> bool:
    return name.startswith(DB_FILENAME) or name in ("window.ini",) or name.endswith((".sqlite3", ".log"))
