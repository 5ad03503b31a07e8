"""Name order with 100,000 contacts: the locale's collation (QCollator) against SQLite's index order.

The floor is the raw ``sqlite3`` read of the whole name-ordered id list off the name-order index (what
the list cost before the collation). Printed: the same list in the locale's order with the sample's
mix of names (about 1 in 22 first names beyond plain ASCII: 'Zoë'), and with every name in Arabic
script (the slowest case: each name gets a collation key and the list is sorted in full).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from pathlib import Path

N = 100_000


def run(report) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication

    from benchmarks import synth
    from totalnet_desktop import i18n
    from totalnet_desktop import paths as paths_mod
    from totalnet_desktop.core.contacts import search
    from totalnet_desktop.core.store import collation, db
    from totalnet_desktop.core.store.migrations import NAME_ORDER_INDEX
    from totalnet_desktop.core.store.models import database

    QCoreApplication.instance() or QCoreApplication([])
    folder = Path(tempfile.mkdtemp(prefix="bench-sorting-"))
    resolved = paths_mod.ensure(paths_mod.resolve(folder))
    synth.make_contacts(resolved.db_path, N)
    db.open_database(resolved.db_path)
    raw = sqlite3.connect(str(resolved.db_path))

    def floor() -> float:
        start = time.perf_counter()
        raw.execute(f"SELECT id FROM contact INDEXED BY {NAME_ORDER_INDEX} WHERE trashed_at IS NULL ORDER BY "
                    "first_name COLLATE NOCASE, last_name COLLATE NOCASE, id").fetchall()
        return time.perf_counter() - start

    def ours() -> float:
        start = time.perf_counter()
        search.search_ids()
        return time.perf_counter() - start

    collation.install(None)
    report("sorting: 100k names, fallback key (no Qt), sample mix", min(ours() for _ in range(3)),
           min(floor() for _ in range(3)))
    i18n.install("en")
    report(f"sorting: 100k names, QCollator ({collation.name()}), sample mix", min(ours() for _ in range(3)),
           min(floor() for _ in range(3)))
    with database.atomic():
        database.execute_sql("UPDATE contact SET first_name = 'أ' || first_name")
    raw.close()
    raw = sqlite3.connect(str(resolved.db_path))
    report("sorting: 100k names, QCollator, every name in Arabic script", min(ours() for _ in range(2)),
           min(floor() for _ in range(2)), "each name keyed, full sort")
    db.close_database()
