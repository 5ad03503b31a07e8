"""What a chapter server holds, before a desk switches to it (File > Connect to a chapter server).

``check(url)`` connects once (with the password typed this run or the keyring's), reads the
server's version, TotalNet's schema version and whether the database holds any TotalNet rows, and
closes. It never writes. ``prepare(url)`` creates or upgrades the schema; ``copy_personal_file``
moves the personal file up through the same path as ``totalnet copy-database``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import peewee

from totalnet_desktop.core.store import copy, db, engine, migrations, pg_errors
from totalnet_desktop.core.store.errors import DatabaseOpenError, ServerUnreachableError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

MIN_SERVER_VERSION = db.MIN_SERVER_VERSION

READY, CREATE, UPGRADE, NEWER, OLD_SERVER = "ready", "create", "upgrade", "newer", "old_server"


@dataclass(frozen=True)
class ServerCheck:
    label: str  # user@host/database
    server_version: int  # 150004 for 15.4
    schema_version: int  # 0: no TotalNet tables yet
    empty: bool  # no TotalNet rows (a personal file may be copied up)

    @property
    def state(self) -> str:
        if self.server_version and self.server_version < MIN_SERVER_VERSION:
            return OLD_SERVER
        if self.schema_version == 0:
            return CREATE
        if self.schema_version > migrations.CURRENT_VERSION:
            return NEWER
        if self.schema_version < migrations.CURRENT_VERSION:
            return UPGRADE
        return READY

    @property
    def version_text(self) -> str:
        """'15.4' (PostgreSQL 10+ numbers its versions major.minor)."""
        return f"{self.server_version // 10000}.{self.server_version % 10000}"


def reason_of(exc: BaseException, url: str = "") -> str:
    """Why the server at ``url`` failed, as the app's translated phrase ('it did not accept the
    password of vp'); the server's own text goes to the log only (core.store.pg_errors)."""
    return pg_errors.explain(exc, url)


def check(url: str) -> ServerCheck:
    """Connect and look (nothing is written); ServerUnreachableError with one sentence when the
    server cannot be reached or refuses the login."""
    handle = engine.make_database(url)
    try:
        handle.connect()
    except peewee.ImproperlyConfigured as exc:
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "Errors", "Connecting to a chapter server needs the PostgreSQL driver: pip install "
            "'totalnet-desktop[postgres]'.")) from exc
    except peewee.DatabaseError as exc:
        raise ServerUnreachableError(QT_TRANSLATE_NOOP(
            "Errors", "TotalNet cannot reach the chapter server {label}: {reason}.").format(
            label=engine.short_label(url), reason=reason_of(exc, url))) from exc
    try:
        version = migrations.schema_version(handle)
        empty = version == 0 or copy.is_empty(handle)
        return ServerCheck(engine.short_label(url), handle.server_version or 0, version, empty)
    except peewee.DatabaseError as exc:
        raise DatabaseOpenError(QT_TRANSLATE_NOOP(
            "Errors", "The database {label} cannot be read: {reason}.").format(
            label=engine.short_label(url), reason=reason_of(exc, url))) from exc
    finally:
        handle.close()


def prepare(url: str) -> list[int]:
    """Create TotalNet's tables on the server, or upgrade them; the steps applied."""
    handle = engine.make_database(url)
    handle.connect()
    try:
        return migrations.migrate(handle)
    finally:
        handle.close()


def copy_personal_file(db_path: Path, url: str, progress: Callable[[str, int], None] | None = None) -> copy.CopyReport:
    """The personal file's every table onto an empty server database, in one transaction."""
    return copy.copy_database(str(db_path), url, replace=False, progress=progress)
