"""The server's refusals and failures read entirely in the member's language: the app's phrases around
the login and the server's name, never PostgreSQL's English (English and Arabic)."""

from __future__ import annotations

import re

import peewee
import pytest

from totalnet_desktop import i18n
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import pg_errors

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")

URL = "postgresql://vp@db.chapter.ae:5432/pioneers"
ERRORS = [psycopg.errors.DiskFull('could not extend file "base/1": No space left on device'),
          psycopg.errors.TooManyConnections("sorry, too many clients already"),
          psycopg.errors.SerializationFailure("could not serialize access due to concurrent update"),
          psycopg.errors.DeadlockDetected("deadlock detected"),
          psycopg.errors.QueryCanceled("canceling statement due to statement timeout"),
          psycopg.errors.ReadOnlySqlTransaction("cannot execute INSERT in a read-only transaction"),
          psycopg.errors.InsufficientPrivilege('permission denied for table "contact"'),
          psycopg.OperationalError('connection to server at "db" failed: FATAL:  password authentication '
                                   'failed for user "vp"'),
          psycopg.OperationalError('connection to server at "db", port 5432 failed: Connection refused')]


def _sentences(error) -> list[str]:
    wrapped = peewee.OperationalError(str(error))
    wrapped.__cause__ = error
    found = [db_mod.server_lost_message(URL, wrapped)]
    refused = pg_errors.refused(wrapped, URL)
    if refused is not None:
        found.append(refused)
    return [i18n.tr_core(s) for s in found]


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_in_arabic_only_the_names_stay_latin(error, qapp):
    i18n.install("ar")
    try:
        for sentence in _sentences(error):
            latin = re.sub(r"postgresql://vp@db\.chapter\.ae:5432/pioneers|vp@db\.chapter\.ae/pioneers|\bvp\b", "",
                           sentence)
            assert not re.search(r"[A-Za-z]", latin), sentence
            assert re.search(r"[\u0600-\u06FF]", sentence)
    finally:
        i18n.install("en")


@pytest.mark.parametrize("error", ERRORS, ids=lambda e: type(e).__name__)
def test_in_english_the_servers_own_text_is_not_shown(error, qapp):
    for sentence in _sentences(error):
        assert str(error).split(":")[-1].strip() not in sentence
        assert "FATAL" not in sentence and "SQLSTATE" not in sentence
