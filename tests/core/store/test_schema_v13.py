"""Schema step 13: one-to-ones gain the history import they were read from; an upgrade from version 12
keeps the one-to-ones recorded by hand (they belong to no import)."""

import datetime as dt

from dbsnap import columns_of, open_at_version

from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import migrations, models


def test_upgrade_from_schema_v12_keeps_one_to_ones_and_links_new_ones_to_their_import(tmp_path, empty_target):
    old = open_at_version(empty_target, 12)
    a = models.Contact.create(first_name="Layla", last_name="Haddad")
    b = models.Contact.create(first_name="Omar", last_name="Khan")
    models.database.execute_sql("INSERT INTO one_to_one (date, member_a_id, member_b_id, location, notes, created_at)"
                                " VALUES ('2026-11-04', ?, ?, '', '', '2026-11-04 08:00:00')", (a.id, b.id))
    assert "history_batch_id" not in columns_of(old, "one_to_one")
    db_mod.close_database()

    database = db_mod.open_target(empty_target, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION >= 13
    kept = models.OneToOne.get()
    assert (kept.date, kept.member_a_id, kept.history_batch_id) == (dt.date(2026, 11, 4), a.id, None)
    batch = models.HistoryImport.create(source="calendar", file_name="cal.ics", touches=1, pending=0)
    models.OneToOne.create(date=dt.date(2026, 11, 11), member_a=a, member_b=b, history_batch=batch)
    batch.delete_instance()  # undoing the import removes what it recorded, and only that
    assert [o.date for o in models.OneToOne.select()] == [dt.date(2026, 11, 4)]
    db_mod.close_database()
