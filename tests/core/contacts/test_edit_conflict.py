"""Two people editing one contact: the second save is told it changed, with both shown; never a
silent overwrite."""

from __future__ import annotations

import multiprocessing
import sqlite3
from dataclasses import replace

import desks
import pytest

from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import migrations, models
from totalnet_desktop.core.store.errors import EditConflictError
from totalnet_desktop.core.store.records import ContactRecord


@pytest.mark.both_engines
def test_the_second_save_from_an_older_read_is_told_and_can_keep_its_version(db):
    cid = contacts.create(ContactRecord(id=None, first_name="Layla", last_name="Haddad", company="Cedar"))
    mine, theirs = contacts.get(cid), contacts.get(cid)
    assert mine.version == theirs.version == 0
    contacts.update(replace(theirs, company="Cedar Print", city="Dubai"))
    with pytest.raises(EditConflictError) as info:
        contacts.update(replace(mine, company="Olive Tree"))
    message = str(info.value)
    assert message == ('Someone else changed Layla Haddad since you opened it (company: yours "Olive Tree", '
                       'theirs "Cedar Print"; city: yours "", theirs "Dubai"). '
                       "Save again to keep yours, or cancel to keep theirs.")
    assert info.value.theirs.company == "Cedar Print" and contacts.get(cid).company == "Cedar Print"
    # Keeping mine is a deliberate save over the version shown.
    contacts.update(replace(mine, company="Olive Tree", version=info.value.theirs.version))
    assert contacts.get(cid).company == "Olive Tree" and contacts.get(cid).version == 2


@pytest.mark.both_engines
def test_undo_of_an_edit_moves_the_counter_on(db):
    from totalnet_desktop.core.store import undo

    cid = contacts.create(ContactRecord(id=None, first_name="Omar"), undoable=False)
    opened = contacts.get(cid)
    contacts.update(replace(opened, company="Khan Law"))
    undo.undo_last()
    assert contacts.get(cid).company == ""
    with pytest.raises(EditConflictError):
        contacts.update(replace(opened, city="Sharjah"))


@pytest.mark.sqlite_only  # a file of version 7; every step's upgrade on PostgreSQL: test_pg_engine.py
def test_upgrade_from_schema_v7_adds_the_edit_counter(tmp_path):
    path = tmp_path / "v7.sqlite3"
    models.database.init(str(path), pragmas={"foreign_keys": 1})
    models.database.connect()
    migrations.migrate(models.database, up_to=7)
    models.database.execute_sql("INSERT INTO contact (first_name, last_name, company, job_title, profession, city, "
                                "notes, stage, source, met_where, met_channel, is_me, archived, created_at, "
                                "updated_at) VALUES ('Zoë', '', '', '', '', '', '', 'Know', '', '', '', 0, 0, "
                                "'2026-01-02 08:00:00', '2026-01-02 08:00:00')")
    models.database.close()
    con = sqlite3.connect(path)
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'contact_version'").fetchone()[0] == 0
    con.close()
    db_mod.open_database(path, backup_dir=tmp_path / "backups")
    [cid] = [c.id for c in models.Contact.select()]
    assert contacts.get(cid).version == 0
    contacts.update(replace(contacts.get(cid), company="Atelier"), undoable=False)
    assert contacts.get(cid).version == 1


@pytest.mark.postgres_only
def test_two_desks_saving_one_contact_at_once_one_is_told(empty_server):
    db_mod.open_server(empty_server)
    cid = contacts.create(ContactRecord(id=None, first_name="Layla", last_name="Haddad"), undoable=False)
    db_mod.close_database()
    ctx = multiprocessing.get_context("spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    workers = [ctx.Process(target=desks.save_company, args=(empty_server, cid, name, barrier, results))
               for name in ("Cedar Print", "Olive Tree")]
    for w in workers:
        w.start()
    got = sorted(results.get(timeout=120) for _ in workers)
    for w in workers:
        w.join(timeout=60)
    outcomes = [kind for kind, _ in got]
    assert outcomes == ["saved", "told"], got
    saved = next(text for kind, text in got if kind == "saved")
    db_mod.open_server(empty_server)
    assert contacts.get(cid).company == saved and contacts.get(cid).version == 1
