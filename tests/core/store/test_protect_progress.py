"""Issue 20: protecting (or unprotecting) the data reports its progress, and a cancel before the new file
replaces the old one leaves the database, its backups and the folder exactly as they were."""

from __future__ import annotations

import hashlib

import pytest

from totalnet_desktop.core.demo import loader
from totalnet_desktop.core.store import backup, cipher, protect
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.errors import Cancelled
from totalnet_desktop.core.store.models import Contact

pytest.importorskip("sqlcipher3")

PASS = "correct horse battery"


def _state(session) -> tuple:
    db_mod.close_database()
    files = sorted((p.name, hashlib.sha256(p.read_bytes()).hexdigest())
                   for p in session.paths.data_dir.rglob("*") if p.is_file() and not p.name.endswith(".log")
                   and not p.name.endswith(("-wal", "-shm")))
    return files, session.db_path.stat().st_ino


@pytest.mark.parametrize("after_checks", [0, 4], ids=["before the copy", "during the copy"])
def test_a_cancel_leaves_everything_as_it_was(session, after_checks):
    loader.generate()
    backup.manual_backup(session.db_path, session.paths.backup_dir)
    before = _state(session)
    db_mod.open_database(session.db_path, session.paths.backup_dir)
    asked = {"n": 0}

    def cancelled() -> bool:
        asked["n"] += 1
        return asked["n"] > after_checks

    with pytest.raises(Cancelled) as caught:
        protect.change_key(session.db_path, session.paths.backup_dir, PASS, cancelled=cancelled)
    assert str(caught.value) == "Protecting was cancelled; nothing was changed."
    assert asked["n"] > after_checks  # the copy itself asked (every 1,000 of its steps) and stopped
    assert cipher.passphrase() is None and Contact.select().count() > 0  # open, plain, as before
    assert _state(session) == before  # same files, same bytes, the same database file


def test_progress_is_reported_up_to_the_end(session):
    loader.generate()
    seen: list[tuple[int, int]] = []
    result = protect.change_key(session.db_path, session.paths.backup_dir, PASS,
                                progress=lambda done, total: seen.append((done, total)))
    assert result.protected and cipher.passphrase() == PASS
    assert seen[0] == (0, protect.STEPS) and seen[-1] == (protect.STEPS, protect.STEPS)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert any(protect.STEPS // 10 < d < protect.STEPS * 8 // 10 for d, _ in seen)  # the copy itself moved it
