"""PostgreSQL's refusals and failures in the app's own sentences: each usual SQLSTATE class gets the
app's phrase naming the login and the server, on a real server where the failure can be caused, and
the server's own text reaches only the log, with its quoted parts masked."""

from __future__ import annotations

import logging

import peewee
import pytest

from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import engine, pg_errors
from totalnet_desktop.core.store.errors import ValidationError

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")

URL = "postgresql://vp@db.chapter.ae:5432/pioneers"


@pytest.mark.parametrize(("error", "phrase"), [
    (psycopg.errors.DiskFull, "its disk is full; its administrator needs to free space"),
    (psycopg.errors.TooManyConnections, "it has no free connection for vp just now; try again in a moment"),
    (psycopg.errors.SerializationFailure, "another desk changed the same data at the same moment; try again"),
    (psycopg.errors.DeadlockDetected, "another desk changed the same data at the same moment; try again"),
    (psycopg.errors.QueryCanceled, "the request took too long and was stopped"),
    (psycopg.errors.ReadOnlySqlTransaction, "it accepts no changes just now (it is read-only)"),
    (psycopg.errors.InsufficientPrivilege, "it does not let vp do this"),
    (psycopg.errors.InvalidPassword, "it did not accept the password of vp"),
    (psycopg.errors.InvalidAuthorizationSpecification, "it does not let vp log in"),
    (psycopg.errors.AdminShutdown, "it is starting up or shutting down"),
    (psycopg.errors.LockNotAvailable, "another desk is holding the same data; try again in a moment"),
    (psycopg.errors.InvalidCatalogName, "it has no database called pioneers"),
    (psycopg.errors.UndefinedTable, "it does not let vp do this"),  # class 42: syntax/access
    (psycopg.errors.DataCorrupted, "it answered with an error (code XX001)"),
])
def test_each_usual_class_has_the_apps_phrase(error, phrase):
    wrapped = peewee.OperationalError("server's own words")
    wrapped.__cause__ = error('could not extend file "base/1/2": No space left on device')
    assert pg_errors.sqlstate(wrapped) == error.sqlstate
    assert pg_errors.explain(wrapped, URL) == phrase


@pytest.mark.parametrize(("libpq", "phrase"), [
    ('connection to server at "db", port 5432 failed: Connection refused', "it does not answer"),
    ("connection to server at \"db\" failed: fe_sendauth: no password supplied", "it asks vp for a password"),
    ('connection failed: FATAL:  password authentication failed for user "vp"',
     "it did not accept the password of vp"),
    ('failed: FATAL:  database "pioneers" does not exist', "it has no database called pioneers"),
    ('failed: FATAL:  role "vp" does not exist', "it does not let vp log in"),
    ("failed: FATAL:  sorry, too many clients already", "it has no free connection for vp"),
    ("failed: FATAL:  the database system is starting up", "it is starting up or shutting down"),
    ("failed: server does not support SSL, but SSL was required", "the encrypted connection could not be set up"),
])
def test_what_libpq_says_before_the_server_answers_is_read_too(libpq, phrase):
    assert pg_errors.sqlstate(psycopg.OperationalError(libpq)) is None
    assert pg_errors.explain(psycopg.OperationalError(libpq), URL).startswith(phrase)


@pytest.mark.parametrize("libpq", [
    "connection to server at \"db\", port 5432 failed: FATAL:  la base de données « pioneers » n'existe pas",
    'connection to server at "db", port 5432 failed: ВАЖНО:  роль "vp" не существует',
    'connection to server at "db", port 5432 failed: 致命的エラー:  ロール"vp"は存在しません',
    'connection to server at "db", port 5432 failed: FATAL:  something this app has never seen',
])
def test_a_server_that_answered_in_words_the_app_does_not_read_gets_the_usual_causes(libpq):
    # (no password went with these: the password is not among the causes; see test_pg_errors_language)
    assert pg_errors.explain(psycopg.OperationalError(libpq), URL) == (
        "it turned vp away: usually it knows no login vp or no database pioneers, or its rules do not let vp "
        "in from this computer")


def test_the_log_keeps_the_code_and_masks_what_was_quoted(caplog):
    error = psycopg.errors.UniqueViolation('duplicate key value violates unique constraint "contact_email" '
                                           "Key (email)=(layla@cedar.ae) already exists")
    with caplog.at_level(logging.INFO, logger="totalnet_desktop.core.store.pg_errors"):
        pg_errors.explain(error, URL)
    logged = caplog.text
    assert "23505" in logged and "duplicate key value" in logged
    assert "layla" not in logged and "contact_email" not in logged


@pytest.mark.postgres_only
def test_a_read_only_server_and_a_stopped_request_are_refused_in_one_sentence(empty_server):
    db_mod.open_server(empty_server)
    handle = db_mod.database.obj
    label = engine.short_label(empty_server)
    handle.execute_sql("SET default_transaction_read_only = on")
    try:
        with pytest.raises(ValidationError) as caught, handle.atomic():
            handle.execute_sql("INSERT INTO tag (name) VALUES ('vip')")
        assert str(caught.value) == (f"The chapter server {label} refused this change: it accepts no changes "
                                     "just now (it is read-only). Nothing of it was saved.")
        assert isinstance(caught.value, peewee.OperationalError)  # still a database error for its handlers
    finally:
        handle.execute_sql("SET default_transaction_read_only = off")
    handle.execute_sql("SET statement_timeout = '50ms'")
    try:
        with pytest.raises(ValidationError, match="the request took too long and was stopped"):
            handle.execute_sql("SELECT pg_sleep(2)")
    finally:
        handle.execute_sql("SET statement_timeout = '120s'")
    assert handle.execute_sql("SELECT count(*) FROM tag").fetchone()[0] == 0  # the connection still works
