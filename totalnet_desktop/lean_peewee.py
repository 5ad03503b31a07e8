"""peewee without the server drivers it probes for at import time.

``import peewee`` tries psycopg2, psycopg (3) and PyMySQL/MySQLdb. Where psycopg is installed that
probe alone costs about 0.3 s of every start (half of what a bare Qt window takes), although the
embedded SQLite file needs none of them. ``import_peewee()`` (called when the package is imported,
before anything else imports peewee) hides those drivers while peewee loads; a PostgreSQL or MySQL
database object loads its driver when it is created (``PostgresqlDatabase.init`` and
``MySQLDatabase.init`` are wrapped), so code that opens a server database needs no extra step.
"""

from __future__ import annotations

import functools
import importlib
import sys
from typing import Any

SERVER_DRIVERS = ("psycopg2cffi", "psycopg2", "psycopg", "pymysql", "MySQLdb")


def import_peewee():
    """Import peewee with its server drivers deferred; return the module (idempotent)."""
    if "peewee" in sys.modules:
        return sys.modules["peewee"]
    hidden = [name for name in SERVER_DRIVERS if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # makes "import name" raise ImportError
    try:
        peewee = importlib.import_module("peewee")
    finally:
        for name in hidden:
            if name in sys.modules and sys.modules[name] is None:
                del sys.modules[name]
    _load_driver_on_init(peewee, "PostgresqlDatabase", load_postgres_driver)
    _load_driver_on_init(peewee, "MySQLDatabase", load_mysql_driver)
    return peewee


def _load_driver_on_init(peewee, class_name: str, loader) -> None:
    cls = getattr(peewee, class_name, None)
    if cls is None or getattr(cls.init, "_loads_driver", False):
        return
    original = cls.init

    @functools.wraps(original)
    def init(self, *args, **kwargs):
        loader()
        return original(self, *args, **kwargs)

    init._loads_driver = True  # type: ignore[attr-defined]
    cls.init = init


def load_postgres_driver() -> bool:
    """Give peewee the psycopg (3, else 2) driver it skipped at import; False when neither is installed."""
    peewee: Any = sys.modules["peewee"]
    if peewee.psycopg is not None or peewee.psycopg2 is not None:
        return True
    try:
        import psycopg
        from psycopg.pq import TransactionStatus
        from psycopg.types.json import Json, Jsonb
    except ImportError:
        return _load_psycopg2(peewee)
    peewee.psycopg, peewee.TransactionStatus, peewee.Json_pg3, peewee.Jsonb_pg3 = (
        psycopg, TransactionStatus, Json, Jsonb)
    adapter = peewee.Psycopg3Adapter
    adapter.txn_idle = TransactionStatus.IDLE
    adapter.txn_inerror = TransactionStatus.INERROR
    adapter.txn_unknown = TransactionStatus.UNKNOWN
    return True


def _load_psycopg2(peewee) -> bool:
    try:
        import psycopg2
        from psycopg2 import extensions
        from psycopg2.extras import Json, register_uuid
    except ImportError:
        return False
    register_uuid()
    peewee.psycopg2, peewee.pg_extensions, peewee.Json_pg2 = psycopg2, extensions, Json
    adapter = peewee.Psycopg2Adapter
    adapter.txn_idle = extensions.TRANSACTION_STATUS_IDLE
    adapter.txn_inerror = extensions.TRANSACTION_STATUS_INERROR
    adapter.txn_unknown = extensions.TRANSACTION_STATUS_UNKNOWN
    return True


def load_mysql_driver() -> bool:
    """Give peewee PyMySQL (else MySQLdb); False when neither is installed."""
    peewee: Any = sys.modules["peewee"]
    if peewee.mysql is not None:
        return True
    for name in ("pymysql", "MySQLdb"):
        try:
            peewee.mysql = importlib.import_module(name)
            return True
        except ImportError:
            continue
    return False
