"""Schema step 21: slips (referrals, thank-yous, one-to-ones, CEUs, testimonials) gain a stable id. An
upgrade from version 20 gives every slip already there its own; slips written after it get one too; two
slips can never share one; ``copy-database`` carries them. On both engines."""

import datetime as dt

import peewee
import pytest
from dbsnap import columns_of, open_at_version

from totalnet_desktop.core.store import copy, migrations, models, stable_ids
from totalnet_desktop.core.store import db as db_mod

INSERTS = {
    "referral": "INSERT INTO referral (date, giver_id, receiver_id, kind, hotness, status, notes, created_at) "
                "VALUES ('2026-11-04', {a}, {b}, 'inside', 3, 'New', '', '2026-11-04 08:00:00')",
    "thank_you": "INSERT INTO thank_you (date, from_contact_id, to_contact_id, amount, currency, business, kind, "
                 "notes, created_at) VALUES ('2026-11-04', {a}, {b}, 150, 'AED', 'new', 'outside', '', "
                 "'2026-11-04 08:00:00')",
    "one_to_one": "INSERT INTO one_to_one (date, member_a_id, member_b_id, location, notes, created_at) "
                  "VALUES ('2026-11-04', {a}, {b}, '', '', '2026-11-04 08:00:00')",
    "ceu": "INSERT INTO ceu (date, contact_id, credits, note, created_at) VALUES ('2026-11-04', {a}, 1, '', "
           "'2026-11-04 08:00:00')",
    "testimonial": "INSERT INTO testimonial (date, giver_id, about_id, notes, created_at) VALUES ('2026-11-04', "
                   "{a}, {b}, '', '2026-11-04 08:00:00')",
}


def test_upgrade_from_schema_v20_gives_every_slip_its_own_stable_id(tmp_path, empty_target):
    old = open_at_version(empty_target, 20)
    a = models.Contact.create(first_name="Layla", last_name="Haddad").id
    b = models.Contact.create(first_name="Omar", last_name="Khan").id
    for table, sql in INSERTS.items():
        assert "uid" not in columns_of(old, table)
        for _ in range(3):
            models.database.execute_sql(sql.format(a=a, b=b))
    db_mod.close_database()

    database = db_mod.open_target(empty_target, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION >= 21
    uids = []
    for table in stable_ids.TABLES:
        got = [r[0] for r in database.execute_sql(f"SELECT uid FROM {table}").fetchall()]
        assert len(got) == 3 and all(len(u) == 32 and int(u, 16) >= 0 for u in got), table
        uids += got
    assert len(set(uids)) == len(uids) == 15
    new = models.CEU.create(date=dt.date(2026, 11, 11), contact=a)
    assert len(new.uid) == 32 and new.uid not in uids
    with pytest.raises(peewee.IntegrityError), database.atomic():
        models.CEU.create(date=dt.date(2026, 11, 11), contact=a, uid=new.uid)
    db_mod.close_database()

    copied = tmp_path / "copy.sqlite3"
    copy.copy_database(empty_target, copied)
    db_mod.open_target(copied)
    assert models.CEU.get_by_id(new.id).uid == new.uid
    db_mod.close_database()
