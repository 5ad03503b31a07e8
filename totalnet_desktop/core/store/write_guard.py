"""The one rule every writer follows before it writes a file the user chose, and the writer itself.

``check_target`` refuses a path that is (after symlinks, ``..`` and, on case-insensitive systems,
letter case) the live database or one of its companions (``-wal``, ``-shm``, ``-journal``), a folder,
or a place whose folder does not exist: one sentence each. ``atomic_file`` then writes to a temporary
file created exclusively (``O_EXCL``, random name, same folder) and puts it in place only when all of
it reached the disk; the replaced file's permissions are kept. Export, report PDF, backup, my card,
the calendar and the dialogs' Save buttons all go through here.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO

from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

COMPANIONS = ("", "-wal", "-shm", "-journal")
PARTIAL = ".partial"


class UnsafeTargetError(TotalNetError):
    """The chosen file would overwrite the app's own database, or is not a file at all."""


class FileWriteError(TotalNetError):
    """The file could not be written; whatever was there before is unchanged."""


def live_database_path() -> Path | None:
    """The database file this process has bound (None before one is opened or for :memory:)."""
    from totalnet_desktop.core.store.models import database

    name = database.database
    if not name or name == ":memory:":
        return None
    return Path(name)


def _same_place(a: Path, b: Path) -> bool:
    if os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b)):
        return True
    if sys.platform in ("darwin", "win32") and str(os.path.realpath(a)).casefold() == \
            str(os.path.realpath(b)).casefold():
        return True  # the usual case-insensitive file systems of those systems
    try:
        return os.path.samefile(a, b)  # hard links, and case on any case-insensitive volume
    except OSError:
        return False


def database_part(path: str | os.PathLike, live: str | os.PathLike | None = None) -> str | None:
    """Which part of the live database ``path`` is ('' the file itself, '-wal', ...), or None."""
    live_path = Path(live) if live is not None else live_database_path()
    if live_path is None:
        return None
    target = Path(path).expanduser()
    for suffix in COMPANIONS:
        if _same_place(target, live_path.with_name(live_path.name + suffix)):
            return suffix
    return None


def check_target(path: str | os.PathLike, live: str | os.PathLike | None = None) -> Path:
    """Raise UnsafeTargetError with one sentence unless ``path`` may be (over)written by an export,
    a report, a backup or a Save button; return it with ``~`` expanded."""
    target = Path(path).expanduser()
    part = database_part(target, live)
    if part == "":
        raise UnsafeTargetError(QT_TRANSLATE_NOOP(
            "Errors", "{target} is TotalNet's own database; choose another file.").format(target=target))
    if part is not None:
        raise UnsafeTargetError(QT_TRANSLATE_NOOP(
            "Errors", "{target} is part of TotalNet's own database (its {part} file); choose another "
            "file.").format(target=target, part=part))
    if target.is_dir():
        raise UnsafeTargetError(QT_TRANSLATE_NOOP(
            "Errors", "{target} is a folder; choose a file name.").format(target=target))
    folder = Path(os.path.realpath(target)).parent
    if not folder.is_dir():
        raise UnsafeTargetError(QT_TRANSLATE_NOOP(
            "Errors", "{target} cannot be written: the folder {folder} does not exist.").format(
            target=target, folder=folder))
    return target


def describe_os_error(exc: BaseException, target: Path) -> str:
    """One sentence for a failed write: full disk, read-only place, or the system's own words."""
    text = str(exc).lower()
    code = getattr(exc, "errno", None)
    if code in (errno.ENOSPC, errno.EFBIG, errno.EDQUOT) or "disk is full" in text:
        return f"There is not enough free space to write {target}; free some space and try again."
    if code in (errno.EROFS, errno.EACCES, errno.EPERM) or "readonly" in text or "read-only" in text:
        return f"{target} cannot be written (the folder or disk is read-only)."
    if "unable to open" in text:
        return f"{target} cannot be created (the folder is missing or read-only)."
    if "disk i/o error" in text:
        return f"Writing {target} failed (disk I/O error: the disk may be full, removed or damaged)."
    return f"Writing {target} failed: {getattr(exc, 'strerror', None) or exc}."


def _new_file_mode() -> int:
    """The permissions of a file no export replaced: owner-only (issue 20, ``paths.private_file``)."""
    from totalnet_desktop import paths

    return paths.PRIVATE_FILE_MODE


def _final_place(target: Path) -> Path:
    """A symlink is written through: its target gets the new content, the link stays."""
    return Path(os.path.realpath(target)) if target.is_symlink() else target


def sweep_partials(target: Path) -> None:
    """Remove temporary files a killed writer left for this very name (ours, by their pattern)."""
    folder = target.parent
    try:
        leftovers = list(folder.glob(f".{target.name}.*{PARTIAL}"))
    except OSError:
        return
    for leftover in leftovers:
        try:
            if leftover.is_file() and not leftover.is_symlink() and leftover.stat().st_uid == os.getuid():
                leftover.unlink()
                logger.info("removed %s left by an interrupted write", leftover)
        except (OSError, AttributeError):
            pass


@contextlib.contextmanager
def _temporary_beside(path: str | os.PathLike, live: str | os.PathLike | None) -> Iterator[tuple[int, Path, Path, int]]:
    """Check ``path``, then make a fresh temporary file beside it: (fd, tmp, final place, mode to keep)."""
    target = check_target(path, live)
    final = _final_place(target)
    if final != target:
        check_target(final, live)
    sweep_partials(final)
    try:
        keep_mode = stat.S_IMODE(final.stat().st_mode) if final.is_file() else _new_file_mode()
        fd, tmp_name = tempfile.mkstemp(prefix=f".{final.name}.", suffix=PARTIAL, dir=final.parent)
        if os.name == "nt" and not final.is_file():  # pragma: no cover - Windows: mode bits mean little
            from totalnet_desktop import winacl

            winacl.make_private(tmp_name)  # the user's own access list, as a 0600 file elsewhere
    except OSError as exc:
        raise FileWriteError(describe_os_error(exc, target)) from exc
    tmp = Path(tmp_name)
    try:
        yield fd, tmp, final, keep_mode
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise FileWriteError(describe_os_error(exc, target)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _put_in_place(tmp: Path, final: Path, keep_mode: int) -> None:
    os.chmod(tmp, keep_mode)
    os.replace(tmp, final)


@contextlib.contextmanager
def atomic_file(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8",
                live: str | os.PathLike | None = None) -> Iterator[IO]:
    """Write ``path`` all or nothing. The block writes to a file opened on a fresh temporary file
    beside ``path``; when the block ends well it is flushed to disk and renamed into place. Any
    error (full disk, cancel) leaves ``path`` as it was; OSError becomes FileWriteError."""
    with _temporary_beside(path, live) as (fd, tmp, final, keep_mode):
        binary = "b" in mode
        with os.fdopen(fd, "wb" if binary else "w", encoding=None if binary else encoding,
                       newline=None if binary else "") as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        _put_in_place(tmp, final, keep_mode)


@contextlib.contextmanager
def atomic_path(path: str | os.PathLike, check: Callable[[Path], str | None],
                live: str | os.PathLike | None = None) -> Iterator[Path]:
    """For writers that take a file name (QPrinter, QImage): the block writes the yielded temporary
    path; ``check(tmp)`` then returns None when the file is complete, or why it is not, which
    becomes a FileWriteError and leaves ``path`` as it was."""
    with _temporary_beside(path, live) as (fd, tmp, final, keep_mode):
        os.close(fd)
        yield tmp
        problem = check(tmp)
        if problem:
            raise FileWriteError(problem)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        _put_in_place(tmp, final, keep_mode)


def write_bytes(path: str | os.PathLike, data: bytes, live: str | os.PathLike | None = None) -> Path:
    """``data`` to ``path`` all or nothing (see atomic_file); return the path."""
    with atomic_file(path, "wb", live=live) as fh:
        fh.write(data)
    return Path(path)
