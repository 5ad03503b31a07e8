"""Schema step 23: one roster member is "me" for one login only, kept by the database (core.store.me_choice).

An upgrade from version 22 keeps the earliest choice of a member two logins held (possible through raw SQL
before), clears the later one and logs its contact id; that login is asked again at its next connection.
After it no writer, the app or raw SQL, on either engine, gives one member to two logins, and the app's
refusal is its sentence naming the login that has the member."""

from __future__ import annotations

import json
import logging

import peewee
import pytest
from dbsnap import open_at_version

from totalnet_desktop.core.chapter import chapters, whoami
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import identity, me_choice, migrations
from totalnet_desktop.core.store.errors import ValidationError

PUT = "INSERT INTO setting (key, value) VALUES ('{key}', '{value}')"


def _taken(name: str, login: str) -> str:
    return f"{name} is already 'me' for the login {login}; ask your chapter's leadership if that is wrong."


def _settings(db) -> dict[str, str]:
    return dict(db.execute_sql("SELECT key, value FROM setting").fetchall())


def _chapter_with(*names: str) -> dict[str, int]:
    chapter = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    return {n: chapters.add_member(chapter.id, name=n, classification=f"Trade {i}").contact_id
            for i, n in enumerate(names)}


def test_upgrade_from_v22_keeps_the_earliest_choice_of_each_member(tmp_path, empty_target, caplog):
    old = open_at_version(empty_target, 22)
    ids = _chapter_with("Maya Member", "Omar Khan")
    maya, omar = ids["Maya Member"], ids["Omar Khan"]
    # Each row its own statement, in this order (zed chose Maya before alice did, through raw SQL).
    for key, value in (("me_contact_id@zed", maya), ("me_contact_id@alice", maya), ("me_contact_id@bob", f" 0{omar}.0"),
                       ("me_contact_id@carol", '"Carol"'), ("me_contact_id@dan", "null"), ("me_contact_id", maya)):
        old.execute_sql(PUT.format(key=key, value=value))
    db_mod.close_database()

    with caplog.at_level(logging.WARNING, logger="totalnet_desktop.core.store.me_choice"):
        database = db_mod.open_target(empty_target, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION >= 23
    settings = _settings(database)
    assert settings["me_contact_id@zed"] == str(maya)  # the earliest choice stays
    assert "me_contact_id@alice" not in settings  # the later one is cleared: alice is asked again
    assert settings["me_contact_id@bob"] == str(omar)  # written as the app writes it
    assert "me_contact_id@carol" not in settings  # no contact id: asked again
    assert settings["me_contact_id@dan"] == "null"
    assert settings["me_contact_id"] == str(maya)  # a file's own person is no login's choice
    logged = [r.getMessage() for r in caplog.records]
    assert any("1 later choice(s)" in m and f"contact ids [{maya}]" in m for m in logged), logged
    assert any("1 \"me\" preference(s) held no contact id" in m for m in logged), logged

    for value in (maya, omar, f" {omar}", "12.0", "x"):  # taken, taken, and no contact id (on both engines)
        with pytest.raises(peewee.IntegrityError), database.atomic():
            database.execute_sql(PUT.format(key="me_contact_id@alice", value=value))
    database.execute_sql(PUT.format(key="me_contact_id@alice", value="null"))  # nobody yet: allowed, twice
    database.execute_sql(PUT.format(key="me_contact_id@erin", value="null"))
    database.execute_sql(PUT.format(key="my_chapter_id@alice", value=" 7"))  # other preferences as before
    database.execute_sql(f"UPDATE setting SET value = '{omar}' WHERE key = 'me_contact_id'")
    db_mod.close_database()


def test_a_refusal_reads_as_the_sentence_naming_the_login_on_both_engines(db, engine_name):
    """The mapping from the engine's refusal to the app's sentence (an SQLite file copied from a server
    holds the logins' rows; the app on a file writes only its own ``me_contact_id``, which no login has)."""
    ids = _chapter_with("Maya Member")
    maya = ids["Maya Member"]
    db.execute_sql(PUT.format(key="me_contact_id@alice", value=maya))
    with pytest.raises(peewee.IntegrityError) as refused, db.atomic():
        db.execute_sql(PUT.format(key="me_contact_id@bob", value=maya))
    sentence = me_choice.refusal(refused.value, "me_contact_id@bob", maya)
    assert sentence is not None and str(sentence) == _taken("Maya Member", "alice")
    assert me_choice.refusal(refused.value, "phone_region", maya) is None  # not a choice of "me"
    with pytest.raises(peewee.IntegrityError) as other, db.atomic():
        db.execute_sql(PUT.format(key="me_contact_id@carol", value="null"))
        db.execute_sql(PUT.format(key="me_contact_id@carol", value="null"))  # the key again: another refusal
    assert me_choice.refusal(other.value, "me_contact_id@carol", maya) is None
    with pytest.raises(peewee.IntegrityError, match="must be a contact id"), db.atomic():
        db.execute_sql(PUT.format(key="me_contact_id@bob", value=f"{maya} "))
    if engine_name == "sqlite":
        contacts.set_me(maya)  # the file's own person may be anyone
        assert identity.me_id() == maya
    else:  # this test's login is a third one
        with pytest.raises(ValidationError, match="for the login alice;"):
            contacts.set_me(maya)
        assert identity.me_id() is None


@pytest.mark.parametrize(("value", "fixed"), [
    ("12", "12"), (" 12 ", "12"), ("012", "12"), ("+12", "12"), ("12.0", "12"), ("null", "null"), (" null", "null"),
    ("0", None), ("-3", None), ("1.5", None), ("1e3", None), ('"12"', None), ("", None), ("x12", None)])
def test_canonical_values(value, fixed):
    assert me_choice.canonical(value) == fixed


@pytest.mark.postgres_only
def test_upgraded_server_asks_the_later_login_again(pg_cluster, empty_server, data_dir, monkeypatch):
    from pglogins import login, raw

    open_at_version(empty_server, 22)
    ids = _chapter_with("Maya Member", "Omar Khan")
    maya = ids["Maya Member"]
    db_mod.close_database()
    zed, alice = login(pg_cluster, empty_server, "zed"), login(pg_cluster, empty_server, "alice")
    raw(zed, PUT.format(key="me_contact_id@zed", value=maya))
    raw(alice, PUT.format(key="me_contact_id@alice", value=maya))  # before step 23 nothing refused it
    db_mod.close_database()
    db_mod.open_target(empty_server)  # leadership's first connection upgrades
    db_mod.close_database()

    db_mod.open_server(alice)
    assert whoami.needs_asking()
    assert maya not in [e.contact_id for e in whoami.roster()]
    with pytest.raises(ValidationError) as refused:
        whoami.choose(maya)
    assert str(refused.value) == _taken("Maya Member", "zed")
    whoami.choose(ids["Omar Khan"])
    assert identity.me_id() == ids["Omar Khan"] and not whoami.needs_asking()
    db_mod.close_database()
    db_mod.open_server(zed)
    assert not whoami.needs_asking() and identity.me_id() == maya
    db_mod.close_database()


@pytest.mark.postgres_only
def test_raw_sql_cannot_give_one_member_to_two_logins(pg_cluster, empty_server, data_dir, monkeypatch):
    """Real logins on the real cluster, each seeing only its own preferences (row-level security): the
    database still refuses the second login a member the first has."""
    import psycopg
    from pglogins import login, raw

    db_mod.open_server(empty_server)
    ids = _chapter_with("Maya Member", "Omar Khan")
    maya, omar = ids["Maya Member"], ids["Omar Khan"]
    db_mod.close_database()
    alice, bob = login(pg_cluster, empty_server, "alice"), login(pg_cluster, empty_server, "bob")
    raw(empty_server, "ALTER TABLE setting ENABLE ROW LEVEL SECURITY")
    raw(empty_server, "CREATE POLICY own_only ON setting USING (key LIKE '%%@' || session_user)")

    raw(alice, PUT.format(key="me_contact_id@alice", value=maya))
    assert raw(bob, "SELECT count(*) FROM setting WHERE key LIKE 'me_contact_id@%%'") == [(0,)]  # he cannot see it
    with pytest.raises(psycopg.errors.UniqueViolation):
        raw(bob, PUT.format(key="me_contact_id@bob", value=maya))
    for value in (f" {maya}", f"{maya}.0", f"0{maya}"):  # nor by writing the id another way
        with pytest.raises(psycopg.errors.CheckViolation):
            raw(bob, PUT.format(key="me_contact_id@bob", value=value))
    raw(bob, PUT.format(key="me_contact_id@bob", value=omar))
    with pytest.raises(psycopg.errors.UniqueViolation):
        raw(bob, f"UPDATE setting SET value = '{maya}' WHERE key = 'me_contact_id@bob'")

    # The app at bob's desk: the database refuses; he cannot see whose she is, so the sentence says so ...
    db_mod.open_server(bob)
    with pytest.raises(ValidationError) as refused:
        contacts.set_me(maya)
    assert str(refused.value) == ("Maya Member is already 'me' for another login; ask your chapter's leadership "
                                  "if that is wrong.")
    assert identity.me_id() == omar
    # ... and names alice where every login reads the chapter's settings (docs/postgres-rights.sql).
    raw(empty_server, "CREATE POLICY read_all ON setting FOR SELECT USING (true)")
    with pytest.raises(ValidationError) as refused:
        contacts.set_me(maya)
    assert str(refused.value) == _taken("Maya Member", "alice")
    assert identity.me_id() == omar
    db_mod.close_database()
    assert sorted(raw(empty_server, "SELECT key, value FROM setting WHERE key LIKE 'me_contact_id@%%'")) == [
        ("me_contact_id@alice", json.dumps(maya)), ("me_contact_id@bob", json.dumps(omar))]


@pytest.mark.postgres_only
def test_a_merge_that_would_give_my_member_to_a_second_login_is_refused_whole(pg_cluster, empty_server, data_dir):
    """Every writer of "me" meets the rule, not only the who-am-I screens: merging my own contact into
    another login's member is refused in the same sentence, and nothing of the merge is written."""
    from pglogins import login

    from totalnet_desktop.core.contacts import merge

    db_mod.open_server(empty_server)
    ids = _chapter_with("Maya Member", "Maya M.")
    db_mod.close_database()
    alice, bob = login(pg_cluster, empty_server, "alice"), login(pg_cluster, empty_server, "bob")
    db_mod.open_server(bob)
    contacts.set_me(ids["Maya Member"])
    db_mod.close_database()
    db_mod.open_server(alice)
    contacts.set_me(ids["Maya M."])
    with pytest.raises(ValidationError) as refused:
        merge.merge([ids["Maya M."], ids["Maya Member"]], ids["Maya Member"], backup_dir=data_dir / "backups")
    assert str(refused.value) == _taken("Maya Member", "bob")
    assert contacts.names(list(ids.values())) == {v: k for k, v in ids.items()}  # both still there
    assert identity.me_id() == ids["Maya M."]
    db_mod.close_database()
