"""Choosing a chapter server: the address, the password in a real keyring backend (keyrings.alt's
file backend in the test's folder), the remembered choice, and what a server check finds."""

from __future__ import annotations

import pytest

from totalnet_desktop import paths
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import engine, migrations, server_check, server_login
from totalnet_desktop.core.store.errors import ServerUnreachableError
from totalnet_desktop.core.store.session import PERSONAL_FILE, open_session

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")


def test_address_round_trip_and_labels():
    address = server_login.ServerAddress(host="db.chapter.ae", database="pioneers", user="vp", port=6543,
                                         sslmode="require")
    url = address.url()
    assert url == "postgresql://vp@db.chapter.ae:6543/pioneers?sslmode=require"
    assert server_login.ServerAddress.from_url(url) == address
    assert address.account == "vp@db.chapter.ae:6543/pioneers"
    assert engine.short_label(url) == "vp@db.chapter.ae/pioneers"
    assert engine.short_label("/home/me/TotalNet/totalnet.sqlite3") == "totalnet.sqlite3"
    assert "secret" not in engine.short_label("postgresql://vp:secret@db/pioneers")


def test_password_kept_in_the_keyring_never_in_the_data_folder(file_keyring, data_dir):
    url = server_login.ServerAddress(host="db", database="pioneers", user="vp").url()
    assert server_login.keyring_usable()
    assert server_login.password_for(url) is None
    assert server_login.save_password(url, "sesame-4711")
    assert server_login.password_for(url) == "sesame-4711"
    assert file_keyring.get_password(server_login.KEYRING_SERVICE, "vp@db:5432/pioneers") == "sesame-4711"
    resolved = paths.resolve(data_dir)
    data_folder = resolved.data_dir
    data_folder.mkdir(parents=True, exist_ok=True)
    server_login.remember(resolved, "postgresql://vp:sesame-4711@db:5432/pioneers")  # a password in it is dropped
    assert server_login.remembered(resolved) == url
    assert all("sesame" not in p.read_text(errors="replace") for p in data_folder.rglob("*") if p.is_file())
    server_login.forget_password(url)
    assert server_login.password_for(url) is None
    server_login.forget(resolved)
    assert server_login.remembered(resolved) is None


def test_a_plain_text_keyring_is_refused(tmp_path):
    """keyrings.alt's plain-text file counts as no keyring: the password is never written readable."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    before = keyring.get_keyring()
    ring = PlaintextKeyring()
    ring.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    keyring.set_keyring(ring)
    try:
        url = "postgresql://vp@db:5432/pioneers"
        assert not server_login.keyring_usable()
        assert not server_login.save_password(url, "sesame-4711")
        assert not (tmp_path / "keyring" / "keyring_pass.cfg").exists()
    finally:
        keyring.set_keyring(before)


def test_no_keyring_means_this_session_only(data_dir):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        url = "postgresql://vp@db:5432/pioneers"
        assert not server_login.keyring_usable()
        assert not server_login.save_password(url, "x")
        server_login.offer(url, "typed-now")
        assert server_login.password_for(url) == "typed-now"
    finally:
        keyring.set_keyring(before)
        server_login._typed.clear()


def test_personal_file_forced_even_with_a_remembered_server(data_dir, monkeypatch):
    monkeypatch.delenv("TOTALNET_DATABASE", raising=False)  # the PostgreSQL run's own server would win
    resolved = paths.resolve(data_dir)
    resolved.data_dir.mkdir(parents=True, exist_ok=True)
    server_login.remember(resolved, "postgresql://nobody@127.0.0.1:1/none")
    with pytest.raises(ServerUnreachableError):
        open_session(data_dir)  # the remembered server is what a start opens
    session = open_session(data_dir, database=PERSONAL_FILE)
    assert session.server is None and session.short_label == resolved.db_path.name


@pytest.mark.postgres_only
def test_check_tells_create_ready_upgrade_and_newer(empty_server, data_dir):
    found = server_check.check(empty_server)
    assert found.state == server_check.CREATE and found.empty and found.server_version >= 130000
    assert server_check.prepare(empty_server) == [s.version for s in migrations.STEPS]
    found = server_check.check(empty_server)
    assert (found.state, found.schema_version, found.empty) == (server_check.READY, migrations.CURRENT_VERSION, True)
    with psycopg.connect(empty_server, autocommit=True) as conn:
        conn.execute("UPDATE totalnet_schema SET version = 14")
        assert server_check.check(empty_server).state == server_check.UPGRADE
        conn.execute(f"UPDATE totalnet_schema SET version = {migrations.CURRENT_VERSION + 1}")
        assert server_check.check(empty_server).state == server_check.NEWER


@pytest.mark.postgres_only
def test_check_of_a_missing_database_says_so_in_one_sentence(pg_cluster):
    with pytest.raises(ServerUnreachableError) as caught:
        server_check.check(pg_cluster.url("no_such_chapter"))
    text = str(caught.value)
    assert text == ("TotalNet cannot reach the chapter server postgres@127.0.0.1/no_such_chapter: it has no "
                    "database called no_such_chapter.")


@pytest.mark.postgres_only
def test_password_from_the_keyring_opens_a_server_that_asks_for_one(pg_cluster, empty_server, file_keyring, data_dir):
    """A role that must give a password (scram-sha-256 in pg_hba.conf): refused without one, let
    in with the keyring's."""
    name = engine.database_name(empty_server)
    pg_cluster.admin("DROP ROLE IF EXISTS tn_desk_pw")
    pg_cluster.admin("CREATE ROLE tn_desk_pw LOGIN PASSWORD 'sesame-4711'")
    pg_cluster.admin(f"GRANT ALL ON DATABASE {name} TO tn_desk_pw")
    hba = pg_cluster.data / "pg_hba.conf"
    original = hba.read_text()
    hba.write_text("host all tn_desk_pw 127.0.0.1/32 scram-sha-256\n" + original)
    pg_cluster.admin("SELECT pg_reload_conf()")
    try:
        url = server_login.ServerAddress(host="127.0.0.1", port=pg_cluster.port, database=name,
                                         user="tn_desk_pw", sslmode="disable").url()
        with pytest.raises(ServerUnreachableError, match="it asks tn_desk_pw for a password"):
            server_check.check(url)
        assert server_login.save_password(url, "sesame-4711")
        assert server_check.check(url).state == server_check.CREATE
        server_login.forget_password(url)
        server_login.offer(url, "wrong")
        with pytest.raises(ServerUnreachableError, match="it did not accept the password of tn_desk_pw"):
            server_check.check(url)
    finally:
        hba.write_text(original)
        pg_cluster.admin("SELECT pg_reload_conf()")
        db_mod.close_database()
        pg_cluster.admin(f"REVOKE ALL ON DATABASE {name} FROM tn_desk_pw")
