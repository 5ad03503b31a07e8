"""Issue 20: the app reaches SQLCipher through peewee's ``playhouse.sqlcipher_ext`` (the [encryption]
extra), given the file's raw key: a passphrase would be stretched again on every connection."""

from __future__ import annotations

from decimal import Decimal

import peewee
import pytest

from totalnet_desktop.core.store import backup, cipher, protect
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.models import Chapter, Contact, database

pytest.importorskip("sqlcipher3")
from playhouse.sqlcipher_ext import SqlCipherDatabase

PASS = "correct horse battery"


def test_a_protected_database_is_a_sqlcipher_ext_handle_with_the_raw_key(session):
    assert type(database.obj) is peewee.SqliteDatabase  # plain: peewee's own SQLite handle
    Contact.create(first_name="Hala", last_name="Mansour")
    protect.change_key(session.db_path, session.paths.backup_dir, PASS)
    handle = database.obj
    assert isinstance(handle, SqlCipherDatabase)
    key = handle.connect_params["passphrase"]
    salt = session.db_path.read_bytes()[:cipher.SALT_BYTES]
    assert key == f"x'{key[2:66]}{salt.hex()}'" and PASS not in key  # the raw key and the file's salt
    assert Contact.get(Contact.first_name == "Hala").last_name == "Mansour"
    # Its other connections (a backup, another thread) take the same key, without stretching it again.
    path = backup.manual_backup(session.db_path, session.paths.backup_dir)
    other = db_mod.open_other(path)
    try:
        assert isinstance(other, SqlCipherDatabase) and other.connect_params["passphrase"] == key
        with Contact.bind_ctx(other):
            assert Contact.select().count() == 1
    finally:
        other.close()
    protect.change_key(session.db_path, session.paths.backup_dir, None)
    assert type(database.obj) is peewee.SqliteDatabase


def test_money_and_dates_are_stored_alike_in_a_protected_file(session):
    """playhouse.sqlcipher_ext gives the SQLCipher driver the adapters peewee gives sqlite3 (a fee is a
    Decimal): the same value is read back, protected or not."""
    chapter = Chapter.create(name="Cedar", annual_fee=Decimal("1250.50"))
    protect.change_key(session.db_path, session.paths.backup_dir, PASS)
    Chapter.update(annual_fee=Decimal("1300.25")).where(Chapter.id == chapter.id).execute()
    assert Chapter.get_by_id(chapter.id).annual_fee == Decimal("1300.25")
