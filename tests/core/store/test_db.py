"""Opening the database: pragmas, migrations, schema matches the models, bad files untouched."""

import datetime as dt
import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest

from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import migrations, models, search_index, undo
from totalnet_desktop.core.store.errors import NewerSchemaError, NotSQLiteError
from totalnet_desktop.core.store.records import ContactRecord, PointRecord

FIXTURE_V1 = Path(__file__).resolve().parents[2] / "data" / "schema_v1_sample.sql"


def _database_of_version(path: Path, version: int) -> None:
    """Open a new database at ``path`` migrated only up to ``version`` (as an older app left it)."""
    models.database.init(str(path), pragmas={"foreign_keys": 1})
    models.database.connect()
    migrations.migrate(models.database, up_to=version)


def test_new_database_is_current_wal_with_foreign_keys(db, session):
    assert session.db_path.exists()
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert migrations.schema_version(db) == migrations.CURRENT_VERSION


def test_migrated_schema_matches_the_models(db):
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        live = {row[1] for row in db.execute_sql(f'PRAGMA table_info("{table}")')}
        declared = {field.column_name for field in model._meta.sorted_fields}
        assert live == declared, table


def test_upgrade_from_schema_v1_keeps_data_and_indexes_it(tmp_path):
    path = tmp_path / "old.sqlite3"
    con = sqlite3.connect(path)
    con.executescript(FIXTURE_V1.read_text(encoding="utf-8"))
    con.close()
    backups = tmp_path / "backups"
    database = db_mod.open_database(path, backup_dir=backups)
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    assert models.Contact.get_by_id(1).first_name == "Zoë"
    assert models.Attendance.select().count() == 2
    hits = database.execute_sql("SELECT rowid FROM contact_fts WHERE contact_fts MATCH 'zoe'").fetchall()
    assert hits == [(1,)]
    digits = database.execute_sql("SELECT rowid FROM contact_fts WHERE contact_fts MATCH '5550107*'")
    assert digits.fetchall() == [(1,)]
    # A backup of the version-1 file was made before migrating.
    saved = list(backups.glob("*pre-migration-v1*"))
    assert len(saved) == 1
    old = sqlite3.connect(saved[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()


def test_failed_migration_step_rolls_back(tmp_path, monkeypatch):
    path = tmp_path / "old.sqlite3"
    con = sqlite3.connect(path)
    con.executescript(FIXTURE_V1.read_text(encoding="utf-8"))
    con.close()

    def broken(database):
        database.execute_sql("CREATE TABLE half_done (x)")
        raise RuntimeError("disk on fire")

    steps = (migrations.STEPS[0], migrations.Step(2, "broken", broken))
    monkeypatch.setattr(migrations, "STEPS", steps)
    with pytest.raises(RuntimeError):
        db_mod.open_database(path)
    db_mod.close_database()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 1
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name='half_done'").fetchone()[0] == 0
    con.close()


def test_not_sqlite_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "totalnet.sqlite3"
    path.write_bytes(b"this is a spreadsheet, not a database\n" * 10)
    before = path.read_bytes()
    with pytest.raises(NotSQLiteError, match="not an SQLite file"):
        db_mod.open_database(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused_naming_both_versions(tmp_path):
    path = tmp_path / "future.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE x (y)")
    con.execute("PRAGMA user_version = 99")
    con.commit()
    con.close()
    with pytest.raises(NewerSchemaError, match=rf"version 99.*up to version {migrations.CURRENT_VERSION}"):
        db_mod.open_database(path)


def test_search_index_follows_every_write(db):
    c = models.Contact.create(first_name="Layla", last_name="Haddad", company="Cedar")

    def match(q):
        return [r[0] for r in db.execute_sql("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", (q,))]

    assert match("layla") == [c.id]
    models.Contact.update(company="Olive Tree").where(models.Contact.id == c.id).execute()
    assert match("cedar") == [] and match("olive") == [c.id]
    point = models.ContactPoint.create(contact=c, kind="email", value="l.haddad@example.com",
                                       key="l.haddad@example.com")
    assert match("example") == [c.id]
    tag = models.Tag.create(name="breakfast")
    models.ContactTag.create(contact=c, tag=tag)
    assert match("breakfast") == [c.id]
    models.Tag.update(name="lunch").where(models.Tag.id == tag.id).execute()
    assert match("breakfast") == [] and match("lunch") == [c.id]
    point.delete_instance()
    assert match("example") == []
    c.delete_instance(recursive=True)
    assert match("layla") == []


def test_suspended_index_is_rebuilt_by_bulk_loader(db):
    with db.atomic(), search_index.suspended(db):
        c = models.Contact.create(first_name="Bulk", last_name="Row")
        assert db.execute_sql("SELECT count(*) FROM contact_fts").fetchone()[0] == 0
        search_index.rebuild(db, [c.id])
    assert db.execute_sql("SELECT rowid FROM contact_fts WHERE contact_fts MATCH 'bulk'").fetchall() == [(c.id,)]
    # Triggers are live again after the block.
    models.Contact.create(first_name="Live")
    assert db.execute_sql("SELECT count(*) FROM contact_fts").fetchone()[0] == 2


def test_foreign_keys_cascade(db):
    c = models.Contact.create(first_name="A")
    models.Interaction.create(contact=c, channel="phone")
    c.delete_instance()
    assert models.Interaction.select().count() == 0


def test_upgrade_from_schema_v2_rebuilds_the_index_with_prefixes(tmp_path):
    """A database as version 2 left it (made by the frozen steps 1 and 2) opens as the current one."""
    path = tmp_path / "v2.sqlite3"
    _database_of_version(path, 2)
    layla = models.Contact.create(first_name="Layla", last_name="Haddad", company="Cedar Print")
    models.ContactPoint.create(contact=layla, kind="phone", value="03-5555-0107", key="+81355550107",
                               search="5550107 55550107")
    models.database.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 2
    assert "prefix" not in con.execute("SELECT sql FROM sqlite_master WHERE name='contact_fts'").fetchone()[0]
    con.close()

    database = db_mod.open_database(path, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    ddl = database.execute_sql("SELECT sql FROM sqlite_master WHERE name='contact_fts'").fetchone()[0]
    assert "prefix = '1 2'" in ddl
    for query in ("l*", "ha*", "cedar", "5550107*"):
        hits = database.execute_sql("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", (query,))
        assert hits.fetchall() == [(layla.id,)], query
    # The triggers still keep the rebuilt table current.
    models.Contact.update(company="Olive Tree").where(models.Contact.id == layla.id).execute()
    assert database.execute_sql("SELECT rowid FROM contact_fts WHERE contact_fts MATCH 'olive'").fetchall()
    assert len(list((tmp_path / "backups").glob("*pre-migration-v2*"))) == 1


def test_upgrade_from_schema_v3_seeds_the_stage_history(tmp_path):
    """A version-3 database (frozen steps 1-3) gets one first-stage row per contact, dated at creation."""
    path = tmp_path / "v3.sqlite3"
    _database_of_version(path, 3)
    old = models.Contact.create(first_name="Omar", stage="Trust", created_at=dt.datetime(2024, 3, 5, 9, 30))
    new = models.Contact.create(first_name="Aisha", created_at=dt.datetime(2026, 1, 2, 8, 0))
    models.database.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 3
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'stage_change'").fetchone()[0] == 0
    con.close()

    database = db_mod.open_database(path, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    rows = database.execute_sql(
        "SELECT contact_id, from_stage, to_stage, changed_at FROM stage_change ORDER BY contact_id").fetchall()
    assert rows == [(old.id, None, "Trust", "2024-03-05 09:30:00"), (new.id, None, "Know", "2026-01-02 08:00:00")]
    # From now on the triggers keep it.
    models.Contact.update(stage="Like").where(models.Contact.id == new.id).execute()
    last = models.StageChange.select().order_by(models.StageChange.id.desc()).get()
    assert (last.contact_id, last.from_stage, last.to_stage) == (new.id, "Know", "Like")
    assert len(list((tmp_path / "backups").glob("*pre-migration-v3*"))) == 1


def test_every_stage_write_is_recorded(db):
    def history(cid):
        return [(r.from_stage, r.to_stage) for r in
                models.StageChange.select().where(models.StageChange.contact == cid).order_by(models.StageChange.id)]

    c = models.Contact.create(first_name="Layla", created_at=dt.datetime(2025, 6, 1, 9, 0))
    first = models.StageChange.get(models.StageChange.contact == c.id)
    assert first.changed_at == dt.datetime(2025, 6, 1, 9, 0)  # a contact's first stage dates from its creation
    before = dt.datetime.now().replace(microsecond=0)
    contacts.set_stage([c.id], "Like")
    models.Contact.update(company="Cedar").where(models.Contact.id == c.id).execute()  # stage untouched
    models.Contact.update(stage="Like").where(models.Contact.id == c.id).execute()  # the same stage: no move
    contacts.set_stage([c.id], "Trust")
    assert history(c.id) == [(None, "Know"), ("Know", "Like"), ("Like", "Trust")]
    moved = models.StageChange.select().where(models.StageChange.from_stage == "Know").get().changed_at
    assert before <= moved <= dt.datetime.now() + dt.timedelta(seconds=1)
    undo.undo_last("contacts")  # an undo is a move back, recorded like any other
    assert history(c.id)[-1] == ("Trust", "Like")
    c.delete_instance()
    assert models.StageChange.select().count() == 0  # history goes with its contact
    # Not named like the search-index triggers, which the importer drops by name for its bulk load.
    triggers = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    assert {"contact_stage_ai", "contact_stage_au"} <= triggers
    assert not any("fts" in name for name in ("contact_stage_ai", "contact_stage_au"))


def test_upgrade_from_schema_v4_drops_the_redundant_indexes_and_lookups_still_use_an_index(tmp_path):
    path = tmp_path / "v4.sqlite3"
    _database_of_version(path, 4)
    person = models.Contact.create(first_name="Omar")
    models.ContactPoint.create(contact=person, kind="email", value="omar@example.com", key="omar@example.com")
    models.Interaction.create(contact=person, channel="linkedin", kind="message")
    models.database.close()
    con = sqlite3.connect(path)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    con.close()
    assert set(migrations.REDUNDANT_INDEXES) <= names  # version 4 had them

    database = db_mod.open_database(path, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    names = {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert not set(migrations.REDUNDANT_INDEXES) & names
    # The dropped name and company indexes could serve no query: every use is case-insensitive.
    for sql in ("SELECT * FROM contact ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id",
                "SELECT * FROM contact WHERE lower(company) = 'acme'"):
        database.execute_sql('CREATE INDEX "probe_name" ON contact (last_name, first_name)')
        database.execute_sql('CREATE INDEX "probe_company" ON contact (company)')
        plan = " ".join(str(r[-1]) for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql))
        database.execute_sql('DROP INDEX "probe_name"')
        database.execute_sql('DROP INDEX "probe_company"')
        assert "probe" not in plan, (sql, plan)
    # Every lookup those indexes served is still an index search, through the composite.
    for sql in ("SELECT * FROM contact_point WHERE contact_id = 1",
                "SELECT * FROM contact_tag WHERE contact_id = 1",
                "SELECT * FROM interaction WHERE contact_id = 1",
                "SELECT * FROM contact_point WHERE kind = 'email' AND key = 'omar@example.com'"):
        plan = " ".join(str(r[-1]) for r in database.execute_sql("EXPLAIN QUERY PLAN " + sql))
        assert "USING INDEX" in plan or "USING COVERING INDEX" in plan, (sql, plan)
    assert [p.value for p in models.ContactPoint.select().where(models.ContactPoint.contact == person.id)] == [
        "omar@example.com"]
    assert models.Interaction.select().where(models.Interaction.contact == person.id).count() == 1
    assert len(list((tmp_path / "backups").glob("*pre-migration-v4*"))) == 1


def test_upgrade_from_schema_v5_rebuilds_the_search_index_without_positions(tmp_path):
    path = tmp_path / "v5.sqlite3"
    _database_of_version(path, 5)
    zoe = contacts.create(ContactRecord(id=None, first_name="Zoë", last_name="Dubois", company="Atelier",
                                        points=(PointRecord("phone", "03-5555-0107"),)), undoable=False)
    models.database.close()
    con = sqlite3.connect(path)
    assert "detail" not in con.execute("SELECT sql FROM sqlite_master WHERE name = 'contact_fts'").fetchone()[0]
    con.close()

    database = db_mod.open_database(path, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    sql = database.execute_sql("SELECT sql FROM sqlite_master WHERE name = 'contact_fts'").fetchone()[0]
    assert "detail = none" in sql and "prefix = '1 2'" in sql

    def hits(query):
        return [r[0] for r in database.execute_sql("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", (query,))]

    assert hits('"zo"*') == hits('"5550107"*') == hits('"atel"* AND "dub"*') == [zoe]
    # The triggers keep the new index current.
    models.Contact.update(company="Maison Bleue").where(models.Contact.id == zoe).execute()
    assert hits('"maison"*') == [zoe] and hits('"atel"*') == []
    assert len(list((tmp_path / "backups").glob("*pre-migration-v5*"))) == 1


def test_closing_does_not_wait_for_another_process_write_transaction(session, db):
    """The closing checkpoint is passive: it closes while another connection is in the middle of a write
    (a TRUNCATE checkpoint waited for it, the whole busy timeout)."""
    import sqlite3
    import threading

    from totalnet_desktop.core.store import db as db_mod
    from totalnet_desktop.core.store.models import Contact

    Contact.create(first_name="Amal")
    holding, release = threading.Event(), threading.Event()
    released_before_close: list[bool] = []

    def writer():
        con = sqlite3.connect(session.db_path, timeout=30)
        con.execute("BEGIN IMMEDIATE")
        con.execute("INSERT INTO tag (name) VALUES ('held')")
        holding.set()
        release.wait(30)  # until the app closed, or 30 s (what a waiting checkpoint would need)
        released_before_close.append(not release.is_set())
        con.rollback()
        con.close()

    thread = threading.Thread(target=writer)
    thread.start()
    assert holding.wait(10)
    db.execute_sql("PRAGMA busy_timeout = 60000")
    db_mod.close_database()
    release.set()
    thread.join()
    assert released_before_close == [False]  # the app closed while the other write was still going on


def test_upgrade_from_schema_v8_adds_the_name_order_index_the_list_uses(tmp_path):
    from totalnet_desktop.core.contacts import search

    path = tmp_path / "v8.sqlite3"
    _database_of_version(path, 8)
    for first, last in (("zoë", "Novak"), ("Omar", "Haddad"), ("aisha", "Khan"), ("Omar", "Abbas")):
        models.Contact.create(first_name=first, last_name=last)
    gone = models.Contact.create(first_name="Aaron", last_name="Trashed", trashed_at=dt.datetime(2026, 1, 1))
    models.database.close()

    database = db_mod.open_database(path, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    plan = " ".join(str(r[-1]) for r in database.execute_sql(
        "EXPLAIN QUERY PLAN SELECT c.id FROM contact c INDEXED BY contact_name_order "
        "WHERE c.trashed_at IS NULL ORDER BY c.first_name COLLATE NOCASE, c.last_name COLLATE NOCASE, c.id"))
    assert "contact_name_order" in plan and "TEMP B-TREE" not in plan
    names = [models.Contact.get_by_id(i).last_name for i in search.search_ids()]
    assert names == ["Khan", "Abbas", "Haddad", "Novak"] and gone.id not in search.search_ids()
    assert search.search_ids(limit=2) == search.search_ids()[:2]
    assert search.search_ids(descending=True) == list(reversed(search.search_ids()))


def test_upgrade_from_schema_v10_adds_leaving_dates_and_the_fee_history(tmp_path):
    path = tmp_path / "v10.sqlite3"
    _database_of_version(path, 10)
    models.database.execute_sql(
        "INSERT INTO chapter (id, name, city, weekday, start_time, grace_minutes, venue, currency, annual_fee, "
        "is_mine, created_at) VALUES (1, 'Old Chapter', '', 2, '07:00', 5, '', 'AED', 3950, 1, '2024-01-01')")
    models.database.execute_sql("INSERT INTO contact (id, first_name, last_name, company, job_title, profession, "
                                "city, notes, stage, source, met_where, met_channel, is_me, archived, created_at, "
                                "updated_at) VALUES (1, 'Nadia', 'Rahman', '', '', '', '', '', 'Know', '', '', '', "
                                "1, 0, '2024-01-01', '2024-01-01')")
    models.database.execute_sql("INSERT INTO membership (chapter_id, contact_id, classification, role, joined_on, "
                                "active) VALUES (1, 1, 'Law', 'Member', '2024-12-07', 1)")
    models.database.close()

    database = db_mod.open_database(path, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    member = models.Membership.get()
    assert (member.joined_on, member.left_on) == (dt.date(2024, 12, 7), None)
    from totalnet_desktop.core.chapter import fees

    assert fees.fee_history(1) == [fees.FeeEntry(fees.SINCE_EVER, Decimal("3950.00"))]
    fees.set_fee(1, "4200", dt.date(2026, 1, 1), today=dt.date(2026, 2, 1))
    assert fees.fee_on(1, dt.date(2025, 12, 31)) == Decimal("3950.00")
    assert fees.fee_on(1, dt.date(2026, 1, 1)) == Decimal("4200.00")
    member.left_on = dt.date(2026, 6, 30)
    member.save()
    assert models.Membership.get().left_on == dt.date(2026, 6, 30)
    assert len(list((tmp_path / "backups").glob("*pre-migration-v10*"))) == 1
