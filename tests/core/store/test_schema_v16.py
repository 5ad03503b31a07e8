"""Schema step 16: personal rows gain an owner. On SQLite the column stays empty and nothing changes;
on PostgreSQL the rows written before the upgrade stay everyone's, and what each login writes after
it is theirs alone (core.store.pg_privacy)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from totalnet_desktop.core.contacts import search
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.followups import queue
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import migrations, models
from totalnet_desktop.core.store.records import ContactRecord

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")

DAY = dt.date(2026, 1, 7)
OWNED = ("contact", "interaction", "follow_up", "undo_entry")


def _rows_of_v14(database) -> int:
    """A contact with a follow-up, as version 14 wrote them; the contact's id."""
    migrations.migrate(database, up_to=14)
    assert migrations.schema_version(database) == 14
    contact = models.Contact.create(first_name="Layla", last_name="Haddad", company="Haddad Law")
    database.execute_sql("INSERT INTO follow_up (contact_id, due, reason, channel, origin, origin_key, link, status,"
                         " created_at) VALUES (?, '2026-01-07', 'Call Layla', '', 'cadence', 'cadence:1', '',"
                         " 'open', '2026-01-01 08:00:00')", (contact.id,))
    return contact.id


@pytest.mark.sqlite_only
def test_upgrade_from_schema_v14_on_sqlite_keeps_every_row_and_owner_stays_empty(tmp_path):
    path = tmp_path / "v14.sqlite3"
    models.database.init(str(path), pragmas={"foreign_keys": 1})
    models.database.connect()
    layla = _rows_of_v14(models.database)
    models.database.close()
    con = sqlite3.connect(path)
    assert "owner" not in {r[1] for r in con.execute("PRAGMA table_info(contact)")}
    con.close()

    database = db_mod.open_database(path, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION >= 16
    for table in OWNED:
        assert "owner" in {c.name for c in database.get_columns(table)}, table
    new = contacts.create(ContactRecord(id=None, first_name="Omar", last_name="Khan"))
    assert search.search_ids(search.ContactFilter(text="haddad")) == [layla]
    assert [i.reason for i in queue.list_items()] == ["Call Layla"]
    assert [c.owner for c in models.Contact.select().order_by(models.Contact.id)] == [None, None]
    assert new > layla
    db_mod.close_database()


@pytest.mark.postgres_only
def test_upgrade_from_schema_v14_on_postgres_shares_old_rows_and_keeps_new_ones_private(pg_cluster, empty_server):
    handle = db_mod.open_server(empty_server, migrate=False)
    layla = _rows_of_v14(handle)
    db_mod.close_database()
    db_mod.open_server(empty_server)  # the upgrade
    for role in ("alice", "bob"):
        pg_cluster.admin(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
                         f"CREATE ROLE {role} LOGIN; END IF; END $$")
        models.database.execute_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
        models.database.execute_sql(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}")
    db_mod.close_database()
    alice, bob = (empty_server.replace("postgres@", f"{r}@") for r in ("alice", "bob"))

    db_mod.open_server(alice)
    assert search.search_ids(search.ContactFilter(text="haddad")) == [layla]  # written before: everyone's
    assert [i.reason for i in queue.list_items()] == ["Call Layla"]
    omar = contacts.create(ContactRecord(id=None, first_name="Omar", last_name="Khan"))
    db_mod.close_database()
    with psycopg.connect(bob) as conn:
        assert conn.execute("SELECT id FROM contact ORDER BY id").fetchall() == [(layla,)]
        assert conn.execute("SELECT count(*) FROM follow_up").fetchone() == (1,)
    with psycopg.connect(empty_server) as conn:  # the server's superuser sees all, with their owners
        assert conn.execute("SELECT id, owner FROM contact ORDER BY id").fetchall() == [(layla, None), (omar, "alice")]
