"""A chapter server that speaks another language (its lc_messages): a login it turns away still gets a
useful sentence. libpq gives no SQLSTATE for a failure while connecting (psycopg 3's ``sqlstate`` and
``diag`` are empty; ``pgconn`` tells only needs_password / used_password), so the app cannot read the
French or Russian reason: it says the server answered, names the login and the database, and gives the
usual causes (the password first when one was sent).

A real throwaway cluster with lc_messages set to fr_FR.UTF-8, then ru_RU.UTF-8. This machine has no such
locale installed (``locale -a``: C, C.utf8, POSIX), so the test compiles them with localedef into the
cluster's own folder and starts the server with LOCPATH pointing there: nothing of the machine changes.
Skipped where localedef, the locale sources or PostgreSQL's translations are missing."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pgcluster
import pytest

from totalnet_desktop.core.store import pg_errors, server_check
from totalnet_desktop.core.store.errors import ServerUnreachableError

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")

LANGUAGES = {"fr_FR": "n'existe pas", "ru_RU": "не существует"}  # the server's "does not exist", as proof


def _usable() -> str | None:
    if pgcluster.find_bin() is None:
        return "no PostgreSQL binaries"
    if shutil.which("localedef") is None:
        return "no localedef"
    for name in LANGUAGES:
        if not Path("/usr/share/i18n/locales", name).exists():
            return f"no locale source for {name}"
        if not list(Path("/usr/share/locale", name[:2], "LC_MESSAGES").glob("postgres-*.mo")):
            return f"no PostgreSQL translation for {name[:2]}"
    return None


@pytest.fixture
def foreign_cluster(monkeypatch):
    why = _usable()
    if why:
        pytest.skip(why)
    cluster = pgcluster.Cluster(pgcluster.find_bin())
    locales = cluster.folder / "locales"
    locales.mkdir()
    for name in LANGUAGES:
        subprocess.run(["localedef", "-i", name, "-f", "UTF-8", str(locales / f"{name}.UTF-8")], check=True,
                       capture_output=True)
    subprocess.run(["chmod", "-R", "a+rX", str(locales)], check=True)
    monkeypatch.setenv("LOCPATH", str(locales))  # pg_ctl passes it on to the server
    try:
        cluster.start()
        cluster.admin("CREATE ROLE vp LOGIN PASSWORD 'sesame-4711'")
        hba = cluster.data / "pg_hba.conf"  # vp logs in with a password; everyone else as before (trust)
        hba.write_text("host all vp 127.0.0.1/32 scram-sha-256\n" + hba.read_text())
        cluster.admin("SELECT pg_reload_conf()")
        yield cluster
    finally:
        cluster.stop()


def _speak(cluster, name: str) -> None:
    cluster.admin(f"ALTER SYSTEM SET lc_messages = '{name}.UTF-8'")
    cluster.admin("SELECT pg_reload_conf()")


def _refusal(url: str):
    with pytest.raises(psycopg.OperationalError) as caught:
        psycopg.connect(url).close()
    return caught.value


@pytest.mark.postgres_only
@pytest.mark.parametrize("language", list(LANGUAGES))
def test_a_login_turned_away_in_another_language_gets_the_usual_causes(foreign_cluster, language):
    cluster = foreign_cluster
    _speak(cluster, language)
    base = f"127.0.0.1:{cluster.port}"
    # No such database (no password involved): the whole sentence of the Connect dialog's check.
    missing = f"postgresql://postgres@{base}/pioneers"
    assert LANGUAGES[language] in str(_refusal(missing))  # the server really answered in that language
    assert pg_errors.sqlstate(_refusal(missing)) is None  # and gave no code the client could read
    with pytest.raises(ServerUnreachableError) as caught:
        server_check.check(missing)
    assert str(caught.value) == (
        "TotalNet cannot reach the chapter server postgres@127.0.0.1/pioneers: it turned postgres away: usually "
        "it knows no login postgres or no database pioneers, or its rules do not let postgres in from this "
        "computer.")
    # No such login.
    ghost = f"postgresql://ghost@{base}/postgres"
    assert pg_errors.explain(_refusal(ghost), ghost).startswith("it turned ghost away: usually it knows no login "
                                                                "ghost")
    # A wrong password: it was sent, so the password comes first.
    wrong = f"postgresql://vp:wrong@{base}/postgres"
    assert pg_errors.explain(_refusal(wrong), wrong) == (
        "it turned vp away: usually the password is wrong, or it knows no login vp or no database postgres")
    assert not pg_errors.needs_password(_refusal(wrong))
    # No password at all: the server asked for one (told by libpq, whatever the server's language).
    none = f"postgresql://vp@{base}/postgres"
    assert pg_errors.explain(_refusal(none), none) == "it asks vp for a password"
    assert pg_errors.needs_password(_refusal(none))
    # A server that is not there at all is still "does not answer".
    cluster.pause()
    try:
        assert pg_errors.explain(_refusal(missing), missing).startswith("it does not answer")
    finally:
        cluster.resume()
