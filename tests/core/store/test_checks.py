"""Schema step 7: enum-valued columns accept only their enum's values, on new and upgraded files."""

import sqlite3

import peewee
import pytest
from dbsnap import open_at_version
from hypothesis import given
from hypothesis import strategies as st

from totalnet_desktop.core.store import checks, migrations, models
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.enums import Channel, Stage


def _contact(database, **values) -> int:
    """A contact row written as any program would (peewee fills the other columns' defaults)."""
    with database.bind_ctx([models.Contact]):
        return models.Contact.insert(first_name="Layla", last_name="Haddad", **values).execute()


def test_a_wrong_stage_cannot_reach_the_file(db):
    with pytest.raises(peewee.IntegrityError, match="contact.stage must be one of: Know, Like, Trust, Partner"):
        _contact(db, stage="Friend")
    cid = _contact(db, stage=Stage.TRUST)
    assert db.execute_sql("SELECT stage FROM contact WHERE id = ?", (cid,)).fetchone()[0] == "Trust"
    with pytest.raises(peewee.IntegrityError, match="contact.stage"):
        db.execute_sql("UPDATE contact SET stage = 'know' WHERE id = ?", (cid,))
    db.execute_sql("UPDATE contact SET first_name = 'Leila' WHERE id = ?", (cid,))  # other columns unguarded


@given(st.text(max_size=12))
def test_the_guard_and_the_enum_agree_on_every_channel_text(text):
    """Two implementations agree: the SQL guard accepts a channel exactly when the enum lists it."""
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE interaction (id INTEGER PRIMARY KEY, channel TEXT)")
    guard = next(g for g in checks.GUARDS if g.table == "interaction")
    con.execute(f"CREATE TRIGGER t BEFORE INSERT ON interaction WHEN {guard.condition('NEW')} "
                "BEGIN SELECT RAISE(ABORT, 'no'); END")
    try:
        con.execute("INSERT INTO interaction (channel) VALUES (?)", (text,))
        accepted = True
    except sqlite3.IntegrityError:
        accepted = False
    assert accepted == (text in Channel.values())


def test_every_guard_names_a_real_column(db):
    from totalnet_desktop.core.store import engine

    for guard in checks.GUARDS:
        assert guard.column in {c.name for c in db.get_columns(guard.table)}, guard
        if engine.is_postgres(db):  # a CHECK constraint of that name
            names = {r[0] for r in db.execute_sql("SELECT conname FROM pg_constraint WHERE contype = 'c'")}
            assert guard.name in names
            continue
        names = {r[0] for r in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {f"{guard.name}_insert", f"{guard.name}_update"} <= names


def test_upgrade_from_v6_repairs_stray_values_and_installs_the_guards(tmp_path, empty_target):
    old = open_at_version(empty_target, 6)
    odd = _contact(old, stage="Friend", met_channel="Telegram")
    fine = _contact(old, stage="Partner", met_channel="")
    db_mod.close_database()

    database = db_mod.open_target(empty_target, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION
    rows = dict(database.execute_sql("SELECT id, stage || '/' || met_channel FROM contact").fetchall())
    assert rows == {odd: "Know/", fine: "Partner/"}
    with pytest.raises(peewee.IntegrityError):
        _contact(database, stage="Friend")
    # The file was backed up before the upgrade (a server's upgrade is covered by its own backups).
    assert len(list((tmp_path / "backups").glob("*pre-migration-v6*"))) == (0 if isinstance(empty_target, str) else 1)
