"""Issue 20: a protected file that is damaged is told apart from a wrong passphrase (a wrong one opens no
page; the right one opens the undamaged pages), and diagnose() checks a protected file with its key."""

from __future__ import annotations

import pytest

from totalnet_desktop.core.store import cipher, protect, recovery
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.errors import DamagedProtectedError, WrongPassphraseError
from totalnet_desktop.core.store.models import Contact, database

pytest.importorskip("sqlcipher3")

PASS = "correct horse battery"


@pytest.fixture
def protected(session):
    with database.atomic():
        for i in range(300):
            Contact.create(first_name=f"P{i}", last_name="Khan", notes="n" * 300)
    protect.change_key(session.db_path, session.paths.backup_dir, PASS)
    assert recovery.diagnose(session.db_path).state == recovery.OK  # sound, checked with its key
    db_mod.close_database()
    cipher.set_passphrase(None)
    return session.db_path


def _overwrite_pages(path, first: int, last: int, keep: int = 0) -> None:
    """Overwrite pages first..last-1, keeping the first ``keep`` bytes of the file."""
    with open(path, "r+b") as fh:
        for n in range(first, last):
            start = max(n * cipher.PAGE_SIZE, keep)
            fh.seek(start)
            fh.write(b"\xa5" * ((n + 1) * cipher.PAGE_SIZE - start))


def test_a_damaged_first_page_is_damage_not_a_wrong_passphrase(protected):
    _overwrite_pages(protected, 0, 1, keep=cipher.SALT_BYTES)  # the schema's page, its salt kept
    with pytest.raises(WrongPassphraseError):
        cipher.check_key(protected, "not the passphrase at all")
    with pytest.raises(DamagedProtectedError) as caught:
        cipher.check_key(protected, PASS)
    assert "is damaged" in str(caught.value)
    assert cipher.passphrase() == PASS  # its backups can now be read to restore one
    diagnosis = recovery.diagnose(protected)
    assert diagnosis.state == recovery.DAMAGED and diagnosis.recoverable


def test_damaged_data_pages_are_found_by_diagnose_with_the_key(protected):
    size = protected.stat().st_size // cipher.PAGE_SIZE
    _overwrite_pages(protected, size // 2, size // 2 + 3)
    cipher.check_key(protected, PASS)  # the schema opens
    cipher.set_passphrase(PASS, protected)
    assert recovery.diagnose(protected).state == recovery.DAMAGED
    cipher.set_passphrase(None)
    assert recovery.diagnose(protected).state == recovery.OK  # without the key it cannot tell



def _destroy_salt(path, with_bytes: bytes) -> None:
    with open(path, "r+b") as fh:
        fh.write(with_bytes)


@pytest.mark.parametrize("with_bytes", [b"\0" * 16, bytes(range(200, 216))], ids=["zeros", "other bytes"])
def test_a_destroyed_salt_is_damage_not_a_wrong_passphrase(protected, with_bytes):
    assert cipher.salt_copy(protected).exists()
    _destroy_salt(protected, with_bytes)
    cipher.forget_salt(protected)
    assert cipher.looks_protected(protected)  # still the protected file (zeros included)
    with pytest.raises(WrongPassphraseError):
        cipher.check_key(protected, "not the passphrase at all")
    with pytest.raises(DamagedProtectedError) as caught:
        cipher.check_key(protected, PASS)
    assert str(caught.value) == (f"The database file {protected} is damaged: its first 16 bytes, which its key "
                                 "is made with, are destroyed (your passphrase is right).")
    assert cipher.passphrase() == PASS  # its backups can now be read to restore one
    diagnosis = recovery.diagnose(protected)
    assert diagnosis.state == recovery.DAMAGED and diagnosis.recoverable


def test_without_the_copy_a_backup_with_the_same_salt_tells_it(protected, session):
    from totalnet_desktop.core.store import backup

    db_mod.open_database(session.db_path, session.paths.backup_dir, passphrase=PASS)
    backup.manual_backup(session.db_path, session.paths.backup_dir)  # made while protected: same salt
    db_mod.close_database()
    cipher.set_passphrase(None)
    cipher.salt_copy(protected).unlink()
    _destroy_salt(protected, bytes(range(100, 116)))
    cipher.forget_salt(protected)
    with pytest.raises(WrongPassphraseError):
        cipher.check_key(protected, "not the passphrase at all")
    with pytest.raises(DamagedProtectedError):
        cipher.check_key(protected, PASS)


def test_opening_keeps_the_copy_and_removing_the_protection_drops_it(protected, session):
    copy = cipher.salt_copy(protected)
    assert copy.read_bytes() == protected.read_bytes()[:16] and copy.stat().st_mode & 0o777 == 0o600
    copy.unlink()
    db_mod.open_database(protected, session.paths.backup_dir, passphrase=PASS)
    assert copy.read_bytes() == protected.read_bytes()[:16]
    protect.change_key(protected, session.paths.backup_dir, None)
    assert not copy.exists()
