"""Schema step 20 (core.store.private_history): history imports, the review list and saved mappings gain
an owner, and the keys that make a re-import add nothing become unique per owner. On SQLite the owner
stays empty and the keys stay as unique as before; on PostgreSQL the rows written before the upgrade
stay everyone's and what each login writes after it is theirs alone."""

from __future__ import annotations

import sqlite3

import peewee
import pytest

from totalnet_desktop.core.exchange import mappings
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import migrations, models, private_history

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")

KEY = "whatsapp:omar haddad:2024-02-14:omar haddad"


def _rows_of_v18(database) -> int:
    """One history import with a touch waiting for review, an ignored person and a saved mapping, as
    version 18 wrote them; the waiting person's id."""
    migrations.migrate(database, up_to=18)
    assert migrations.schema_version(database) == 18
    batch = models.HistoryImport.create(source="whatsapp", file_name="WhatsApp Chat with Omar Haddad.txt",
                                        pending=1)
    person = models.HistoryPerson.create(source="whatsapp", key="name:omar haddad", name="Omar Haddad",
                                         batch=batch)
    database.execute_sql("INSERT INTO history_pending (person_id, occurred_at, channel, kind, note, direction,"
                         " count, source, origin_key, batch_id) VALUES (?, '2024-02-14 18:00:00', 'messaging',"
                         " 'message', '', 'in', 1, 'whatsapp', ?, ?)", (person.id, KEY, batch.id))
    models.HistoryIgnored.create(source="whatsapp", key_hash="5f3a")
    database.execute_sql("INSERT INTO import_mapping (name, data, created_at) VALUES ('Chapter roster',"
                         " '{\"mobile\": \"phone\"}', '2024-01-01 08:00:00')")
    return person.id


def _counts() -> dict[str, int]:
    return {t: models.database.execute_sql(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in private_history.TABLES}


@pytest.mark.sqlite_only
def test_upgrade_from_schema_v18_on_sqlite_keeps_every_row_and_the_keys_stay_unique(tmp_path):
    path = tmp_path / "v18.sqlite3"
    models.database.init(str(path), pragmas={"foreign_keys": 1})
    models.database.connect()
    omar = _rows_of_v18(models.database)
    models.database.close()
    con = sqlite3.connect(path)
    assert "owner" not in {r[1] for r in con.execute("PRAGMA table_info(history_import)")}
    con.close()

    database = db_mod.open_database(path, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION >= 20
    assert _counts() == dict.fromkeys(private_history.TABLES, 1)
    for table in private_history.TABLES:
        assert "owner" in {c.name for c in database.get_columns(table)}, table
        assert {r[0] for r in database.execute_sql(f"SELECT owner FROM {table}")} == {None}, table
    # One person: the same origin key, person or mapping name still cannot be stored twice.
    with pytest.raises(peewee.IntegrityError), database.atomic():
        database.execute_sql("INSERT INTO history_pending (person_id, occurred_at, channel, kind, note, direction,"
                             " count, source, origin_key) VALUES (?, '2024-02-14 18:00:00', 'messaging', '', '',"
                             " 'in', 1, 'whatsapp', ?)", (omar, KEY))
    with pytest.raises(peewee.IntegrityError), database.atomic():
        models.HistoryPerson.create(source="whatsapp", key="name:omar haddad")
    mappings.save_mapping("Chapter roster", ["Mobile"], ["email"])  # replaces the old one
    assert mappings.mapping_names() == ["Chapter roster"]
    assert mappings.apply_mapping("Chapter roster", ["Mobile"], ["note"]) == ("email",)
    db_mod.close_database()


@pytest.mark.postgres_only
def test_upgrade_from_schema_v18_on_postgres_shares_old_rows_and_keeps_new_ones_private(pg_cluster, empty_server):
    handle = db_mod.open_server(empty_server, migrate=False)
    _rows_of_v18(handle)
    db_mod.close_database()
    db_mod.open_server(empty_server)  # the upgrade
    assert migrations.schema_version(models.database) == migrations.CURRENT_VERSION
    for role in ("alice", "bob"):
        pg_cluster.admin(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{role}') THEN "
                         f"CREATE ROLE {role} LOGIN; END IF; END $$")
        models.database.execute_sql(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
        models.database.execute_sql(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}")
    db_mod.close_database()
    alice, bob = (empty_server.replace("postgres@", f"{r}@") for r in ("alice", "bob"))

    db_mod.open_server(alice)
    assert _counts() == dict.fromkeys(private_history.TABLES, 1)  # written before: everyone's
    mappings.save_mapping("Chapter roster", ["Mobile"], ["email"])  # her own, beside the old shared one
    assert mappings.mapping_names() == ["Chapter roster"]
    assert mappings.apply_mapping("Chapter roster", ["Mobile"], ["note"]) == ("email",)
    models.HistoryImport.create(source="mbox", file_name="All mail.mbox")
    db_mod.close_database()

    with psycopg.connect(bob) as conn:
        for table in private_history.TABLES:
            assert conn.execute(f"SELECT count(*) FROM {table}").fetchone() == (1,), table
        assert conn.execute("SELECT data FROM import_mapping").fetchone() == ('{"mobile": "phone"}',)
    with psycopg.connect(empty_server) as conn:  # the superuser sees all, with their owners
        assert conn.execute("SELECT file_name, owner FROM history_import ORDER BY id").fetchall() == [
            ("WhatsApp Chat with Omar Haddad.txt", None), ("All mail.mbox", "alice")]
        assert conn.execute("SELECT owner FROM import_mapping ORDER BY id").fetchall() == [(None,), ("alice",)]
