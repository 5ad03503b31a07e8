"""Schema step 22: a follow-up's origin key is unique per owner on SQLite too (as on PostgreSQL since step
16), so a server copied into one SQLite file keeps two logins' follow-ups of the same origin."""

import peewee
import pytest
from dbsnap import open_at_version

from totalnet_desktop.core.store import copy, migrations, models
from totalnet_desktop.core.store import db as db_mod

FOLLOW_UP = ("INSERT INTO follow_up (contact_id, due, reason, channel, origin, origin_key, link, status, "
             "created_at{owner_col}) VALUES ({c}, '2026-12-07', 'Call', 'phone', 'user', 'visit:1:2026-12-07', '', "
             "'open', '2026-12-07 08:00:00'{owner_val})")


def test_upgrade_from_v21_keeps_follow_ups_and_one_key_per_owner(tmp_path, empty_target):
    open_at_version(empty_target, 21)
    c = models.Contact.create(first_name="Layla", last_name="Haddad").id
    models.database.execute_sql(FOLLOW_UP.format(c=c, owner_col="", owner_val=""))
    db_mod.close_database()
    database = db_mod.open_target(empty_target, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION >= 22
    assert models.FollowUp.select().count() == 1
    with pytest.raises(peewee.IntegrityError), database.atomic():  # still one per owner
        database.execute_sql(FOLLOW_UP.format(c=c, owner_col="", owner_val=""))
    database.execute_sql(FOLLOW_UP.format(c=c, owner_col=", owner", owner_val=", 'bob'"))
    assert models.FollowUp.select().count() == 2
    db_mod.close_database()


@pytest.mark.postgres_only
def test_two_logins_same_origin_key_copy_into_one_sqlite_file(pg_cluster, empty_server, tmp_path):
    from pglogins import login, raw

    db_mod.open_server(empty_server)
    c = models.Contact.create(first_name="Layla", last_name="Haddad").id
    db_mod.close_database()
    for name in ("alice", "bob"):
        raw(login(pg_cluster, empty_server, name), FOLLOW_UP.format(c=c, owner_col="", owner_val=""))
    assert sorted(raw(empty_server, "SELECT owner FROM follow_up")) == [("alice",), ("bob",)]
    target = tmp_path / "copy.sqlite3"
    copy.copy_database(empty_server, target)
    db_mod.open_target(target)
    assert sorted(f.owner for f in models.FollowUp.select()) == ["alice", "bob"]
    db_mod.close_database()
