"""A disk that fills up in the middle of a big write: the whole operation rolls back, the file stays
sound, the user gets one plain sentence, and work goes on once there is room again."""

from __future__ import annotations

import sys
from pathlib import Path

import peewee
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import workload

from totalnet_desktop.core.store import models, recovery


def test_import_that_fills_the_disk_leaves_the_previous_state(db, session):
    workload.op_import(0)
    before = workload.digest(db.connection())
    pages = db.execute_sql("PRAGMA page_count").fetchone()[0]
    # SQLite's own cap on the file size: the same SQLITE_FULL error a full disk gives.
    db.execute_sql(f"PRAGMA max_page_count = {pages + 3}")
    # SQLite rolls back by itself on SQLITE_FULL; peewee's rollback then fails on top of it.
    with pytest.raises(peewee.OperationalError) as caught, db.atomic():
        for i in range(400):
            models.Contact.create(first_name=f"Overflow{i}", notes="y" * 400)
    assert workload.digest(db.connection()) == before
    assert db.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert "full" in str(recovery.root_cause(caught.value))
    message = recovery.explain_write_error(caught.value, session.db_path)
    assert message.startswith("There is not enough free space") and str(session.db_path) in message
    # Room again: the same work goes through.
    db.execute_sql("PRAGMA max_page_count = 1073741823")
    workload.op_import(1)
    assert models.Contact.select().count() == 2 * workload.IMPORT_BATCH
