"""Encryption at rest: SQLCipher 4 through the optional ``[encryption]`` extra (``sqlcipher3``).

A protected file has no readable SQLite header: its first 16 bytes are the salt of the key. The
passphrase is stretched once per file and process (PBKDF2-HMAC-SHA512, 256,000 rounds, SQLCipher 4's
defaults) and every connection then opens with the raw key, so the backup, the import thread and the
restore list do not pay the stretching again. Backups written while a passphrase is in use get the
same key and salt as the live file.

``convert_file`` rewrites a whole file with another key (or none) in one step: the new file is written
beside the old, checked, and renamed over it, so a crash leaves the old file or the new one.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from urllib.parse import unquote

from totalnet_desktop.core.store.errors import (
    Cancelled,
    DamagedProtectedError,
    EncryptionUnavailableError,
    PassphraseNeededError,
    TotalNetError,
    WrongPassphraseError,
)

try:  # the optional extra's error base class, so callers can catch its errors like sqlite3's
    from sqlcipher3.dbapi2 import Error as DriverError
except ImportError:  # pragma: no cover - without the [encryption] extra
    class DriverError(Exception):  # type: ignore[no-redef]
        """Stands in for sqlcipher3's Error when the extra is not installed."""

ENV_PASSPHRASE = "TOTALNET_PASSPHRASE"
PAGE_SIZE = 4096  # SQLCipher 4's page size, which the app keeps
INSTALL_HINT = 'pip install "totalnet-desktop[encryption]"'
KEYRING_SERVICE = "TotalNet"
SQLITE_MAGIC = b"SQLite format 3\x00"
SALT_BYTES = 16
KDF_ROUNDS = 256_000  # SQLCipher 4 default
KEY_BYTES = 32

_passphrase: str | None = None  # the passphrase of the open database (None: plain)
_active_salt: bytes | None = None  # the salt of the open database
_salts: dict[str, bytes] = {}  # resolved path -> salt, read once before the file is opened
_derived: dict[tuple[str, bytes], str] = {}  # (passphrase, salt) -> raw key spec
_pending: dict[tuple[str, bytes], threading.Thread] = {}  # stretching in the background (prefetch)


def driver() -> ModuleType:
    """The SQLCipher DB-API module; EncryptionUnavailableError with the install line when missing."""
    try:
        from sqlcipher3 import dbapi2
    except ImportError as exc:
        raise EncryptionUnavailableError(
            "Encryption needs the optional encryption extra, which is not installed; install it with "
            f"{INSTALL_HINT} and try again."
        ) from exc
    return dbapi2


def available() -> bool:
    try:
        driver()
    except EncryptionUnavailableError:
        return False
    return True


def set_passphrase(passphrase: str | None, db_path: Path | None = None) -> None:
    """The passphrase of the database this process has open (None: a plain file)."""
    global _passphrase, _active_salt
    _passphrase = passphrase or None
    _active_salt = _salts.get(str(Path(db_path).resolve())) if (db_path and _passphrase) else None


def passphrase() -> str | None:
    return _passphrase


_offered: list[str] = []  # from --passphrase-file


def offer(passphrase: str | None) -> None:
    """A passphrase given on the command line (``--passphrase-file``): used to open protected files."""
    _offered[:] = [passphrase] if passphrase else []


def offered() -> str | None:
    """The passphrase from ``--passphrase-file``, else ``TOTALNET_PASSPHRASE``, else None."""
    return (_offered[0] if _offered else None) or os.environ.get(ENV_PASSPHRASE) or None


def key_for(path: Path) -> str | None:
    """The passphrase that opens ``path`` (a backup of the open database, or the database itself),
    or None for a plain file."""
    if _passphrase is None:
        return None
    if str(Path(path).resolve()) in _salts:
        return _passphrase
    return _passphrase if looks_protected(path) else None


def looks_protected(path: Path) -> bool:
    """True for a file that is not plain SQLite but looks like a SQLCipher file (whole pages,
    random first bytes). Never call this on the live database while it is open (see backup.py)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size < 1024 or size % 512:
            return False
        with path.open("rb") as fh:
            head = fh.read(SALT_BYTES)
    except OSError:
        return False
    if head == SQLITE_MAGIC or head.isascii():
        return False
    _salts[str(path.resolve())] = head
    return True


def _salt_for(path: Path) -> bytes:
    key = str(Path(path).resolve())
    if key in _salts:
        return _salts[key]
    if Path(path).exists() and Path(path).stat().st_size >= SALT_BYTES:
        looks_protected(path)
        if key in _salts:
            return _salts[key]
    # A new file: the salt of the open database when there is one, so its backups share the key.
    salt = _active_salt or os.urandom(SALT_BYTES)
    _salts[key] = salt
    return salt


def forget_salt(path: Path) -> None:
    """The file at ``path`` was replaced: read its salt again next time."""
    _salts.pop(str(Path(path).resolve()), None)


def prefetch(path: Path, passphrase: str) -> None:
    """Stretch the passphrase for the file at ``path`` in a background thread (hashlib lets other
    threads run meanwhile), so that it overlaps the app's start-up; ``key_spec`` waits for it."""
    if not looks_protected(path):
        return
    salt = _salts[str(Path(path).resolve())]
    if (passphrase, salt) in _derived or (passphrase, salt) in _pending:
        return
    worker = threading.Thread(target=key_spec, args=(passphrase, salt), name="totalnet-kdf", daemon=True)
    _pending[(passphrase, salt)] = worker
    worker.start()


def key_spec(passphrase: str, salt: bytes) -> str:
    """The raw-key form of PRAGMA key for ``passphrase`` and ``salt`` (stretched once, cached)."""
    worker = _pending.get((passphrase, salt))
    if worker is not None and worker is not threading.current_thread():
        worker.join()
    cached = _derived.get((passphrase, salt))
    if cached is None:
        raw = hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ROUNDS, KEY_BYTES)
        cached = f"x'{raw.hex()}{salt.hex()}'"
        _derived[(passphrase, salt)] = cached
    return cached


def connect(path, passphrase: str | None = None, uri: bool = False, **kwargs):
    """A DB-API connection: plain sqlite3 without a passphrase, SQLCipher with one."""
    if passphrase is None:
        return sqlite3.connect(path, uri=uri, **kwargs)
    module = driver()
    file_path = Path(unquote(str(path).split("?", 1)[0].removeprefix("file://"))) if uri else Path(path)
    spec = key_spec(passphrase, _salt_for(file_path))
    con = module.connect(path, uri=uri, **kwargs)
    try:
        _quiet(con)
        con.execute(f'PRAGMA key = "{spec}"')
    except Exception:
        con.close()
        raise
    return con


def _quiet(con) -> None:
    """SQLCipher prints a wrong key's HMAC failures to stderr; the app says it in one sentence."""
    with contextlib.suppress(Exception):  # an older SQLCipher without the pragma keeps its default
        con.execute("PRAGMA cipher_log_level = NONE")


def check_key(path: Path, passphrase: str | None) -> None:
    """Raise the one-sentence error unless ``passphrase`` opens the protected file at ``path``."""
    if not passphrase:
        raise PassphraseNeededError(f"The database {path} is protected with a passphrase; enter it to open.")
    con = connect(str(path), passphrase)
    try:
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except Exception as exc:  # sqlcipher3's DatabaseError
        con.close()
        failed, pages = _pages_failing(path, passphrase)
        if failed < pages:
            # A wrong passphrase opens no page at all; this one opens some: the file is damaged. The
            # passphrase is the file's, so its backups can be read to restore one.
            set_passphrase(passphrase, path)
            raise DamagedProtectedError(f"The database file {path} is damaged ({failed} of {pages} pages fail "
                                        "their integrity check).") from exc
        raise WrongPassphraseError(f"That passphrase does not open {path}.") from exc
    else:
        con.close()


def _pages_failing(path: Path, passphrase: str) -> tuple[int, int]:
    """(pages whose authentication code fails with ``passphrase``, pages in the file)."""
    pages = max(1, Path(path).stat().st_size // PAGE_SIZE)
    con = connect(str(path), passphrase)
    try:
        rows = con.execute("PRAGMA cipher_integrity_check").fetchall()
    except Exception:  # noqa: BLE001 - no answer at all: treat every page as failing
        return pages, pages
    finally:
        con.close()
    failed = sum(1 for (text,) in rows if "page" in str(text))
    return min(failed, pages), pages


# ---- whole-file conversion ----------------------------------------------------------------
def convert_file(source: Path, dest: Path, old: str | None, new: str | None,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Path:
    """Write ``source`` (key ``old``) to ``dest`` (key ``new``; None = plain), fsync, check it.

    ``dest`` must not exist; the caller renames it into place. Raises TotalNetError on failure and
    leaves no ``dest`` behind. ``progress(bytes written, bytes of the source)`` is called as the copy
    grows; ``cancelled()`` True stops it (Cancelled, no ``dest`` left).
    """
    from totalnet_desktop import paths

    source, dest = Path(source), Path(dest)
    module = driver()
    if dest.exists():
        dest.unlink()
    paths.private_file(dest)
    try:
        con = connect(str(source), old) if old else module.connect(str(source))
        try:
            _quiet(con)
            if progress is not None or cancelled is not None:
                con.set_progress_handler(_watcher(source, progress, cancelled), PROGRESS_OPS)
            version = con.execute("PRAGMA user_version").fetchone()[0]
            if new:
                forget_salt(dest)
                _salts[str(dest.resolve())] = os.urandom(SALT_BYTES)
                target_key = key_spec(new, _salts[str(dest.resolve())])
            else:
                target_key = ""
            con.execute(f"ATTACH DATABASE ? AS target KEY \"{target_key}\"", (str(dest),))
            con.execute("SELECT sqlcipher_export('target')")
            con.execute(f"PRAGMA target.user_version = {int(version)}")
            con.execute("DETACH DATABASE target")
        finally:
            con.close()
        _fsync(dest)
        check = connect(str(dest), new) if new else sqlite3.connect(str(dest))
        try:
            status = check.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            check.close()
        if status != "ok":
            raise TotalNetError(f"The converted copy of {source} did not check out ({status}); nothing changed.")
    except Exception as exc:
        _unlink(dest)
        if isinstance(exc, TotalNetError):
            raise
        if cancelled is not None and cancelled():
            raise Cancelled(f"Converting {source} was cancelled; nothing changed.") from exc
        if "not a database" in str(exc):
            raise WrongPassphraseError(f"That passphrase does not open {source}.") from exc
        raise TotalNetError(f"Converting {source} failed: {exc}; nothing changed.") from exc
    return dest


# SQLite calls the progress handler every PROGRESS_OPS virtual-machine steps; a conversion takes about
# one call per BYTES_PER_CALL bytes of the file (measured: 45 calls for the 1 MB sample chapter). The
# copy is written to disk only at its end, so the calls, not the copy's size, tell how far it is.
PROGRESS_OPS = 1000
BYTES_PER_CALL = 23_000


def _watcher(source: Path, progress, cancelled) -> Callable[[], int]:
    """SQLite's progress handler for a conversion: report an estimate; a non-zero answer stops it."""
    total = max(1, Path(source).stat().st_size)
    calls = [0]

    def watch() -> int:
        if cancelled is not None and cancelled():
            return 1
        calls[0] += 1
        if progress is not None and calls[0] % 10 == 0:
            progress(min(calls[0] * BYTES_PER_CALL, total * 99 // 100), total)
        return 0

    return watch


def replace_file(new_file: Path, target: Path) -> None:
    """Rename ``new_file`` over ``target`` atomically (after removing target's empty -wal/-shm)."""
    target = Path(target)
    for tail in ("-wal", "-shm", "-journal"):
        side = target.with_name(target.name + tail)
        if side.exists():
            if tail == "-wal" and side.stat().st_size:
                raise TotalNetError(f"{target} has changes not yet written ({side.name}); close TotalNet "
                                    "everywhere and try again.")
            side.unlink()
    os.replace(new_file, target)
    _fsync_dir(target.parent)
    forget_salt(target)


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it, and delete it (best effort: an SSD or a copy-on-write
    file system may keep old blocks; the README says so)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("r+b") as fh:
            chunk = b"\0" * 65536
            left = size
            while left > 0:
                fh.write(chunk[:min(left, len(chunk))])
                left -= len(chunk)
            fh.flush()
            os.fsync(fh.fileno())
    except OSError:
        pass
    _unlink(path)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _unlink(path: Path) -> None:
    try:
        Path(path).unlink()
    except OSError:
        pass


# ---- keyring (optional) ---------------------------------------------------------------------
def keyring_get(db_path: Path) -> str | None:
    """The passphrase kept in the OS keyring for this database, or None (no keyring, none kept)."""
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, str(Path(db_path).resolve()))
    except Exception:  # noqa: BLE001 - no keyring backend on this system
        return None


def keyring_set(db_path: Path, passphrase: str | None) -> bool:
    """Keep (or with None, remove) the passphrase in the OS keyring; False when there is none."""
    try:
        import keyring

        name = str(Path(db_path).resolve())
        if passphrase:
            keyring.set_password(KEYRING_SERVICE, name, passphrase)
        else:
            try:
                keyring.delete_password(KEYRING_SERVICE, name)
            except keyring.errors.PasswordDeleteError:
                pass
        return True
    except Exception:  # noqa: BLE001 - no usable keyring backend
        return False
