"""Backups never eat each other: restoring the oldest backup keeps it, and a damaged database is never
backed up (so pruning never drops a good backup for a damaged one)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from totalnet_desktop.cli import main
from totalnet_desktop.core.store import backup, models, restore
from totalnet_desktop.core.store import db as db_mod


def add_contacts(n: int, prefix: str) -> None:
    with models.database.atomic():
        for i in range(n):
            models.Contact.create(first_name=f"{prefix}{i}", last_name="Khan", notes="n" * 300)


def full_set_of_event_backups(session) -> list[Path]:
    """EVENT_KEEP event backups, oldest first; the oldest holds one contact, later ones more."""
    made = []
    for i in range(backup.EVENT_KEEP):
        add_contacts(1, f"Step{i}-")
        made.append(backup.event_backup(session.db_path, session.paths.backup_dir, "pre-import"))
    return made


def test_restoring_the_oldest_backup_keeps_it(session):
    made = full_set_of_event_backups(session)
    oldest = made[0]
    result = restore.restore(oldest, session.db_path, session.paths.backup_dir)
    assert oldest.exists() and result.restored.contacts == 1
    assert [c.first_name for c in models.Contact.select()] == ["Step0-0"]
    assert result.safety_copy is not None and backup.inspect(result.safety_copy).contacts == backup.EVENT_KEEP
    # It stays until it is no longer the one being restored: the next event prunes it as usual.
    backup.event_backup(session.db_path, session.paths.backup_dir, "pre-merge")
    assert not oldest.exists()


# ---- a damaged page (not a bad header) --------------------------------------------------------------
def damage_a_page(db_path: Path, marker: bytes = b"Good300") -> None:
    """Overwrite the contact table's page holding ``marker`` (an index page may hold the name too: the
    table's page is the one with the notes), leaving the header and schema sound."""
    con = sqlite3.connect(db_path)
    page_size = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    data = db_path.read_bytes()
    at = data.index(marker)
    while b"n" * 300 not in data[at - at % page_size:at - at % page_size + page_size]:
        at = data.index(marker, at + 1)
    with open(db_path, "r+b") as fh:
        fh.seek(at - at % page_size)
        fh.write(b"\xa5" * page_size)


@pytest.fixture
def damaged(session, tmp_path):
    add_contacts(600, "Good")
    good = backup.event_backup(session.db_path, session.paths.backup_dir, "pre-import")
    db_mod.close_database()
    damage_a_page(session.db_path)
    return session, good


def backups_in(folder: Path) -> list[tuple[str, int]]:
    return sorted((p.name, p.stat().st_size) for p in folder.iterdir())


@pytest.mark.parametrize("args", [["export", "{out}/c.csv"], ["export", "--format", "vcard", "{out}/c.vcf"],
                                  ["backup"], ["backup", "{out}/b.sqlite3"], ["import", "{out}/in.csv"]])
def test_a_damaged_database_gets_one_sentence_and_no_backup(damaged, tmp_path, capsys, args):
    session, good = damaged
    out = tmp_path / "out"
    out.mkdir()
    (out / "in.csv").write_text("First Name,Last Name\nAmal,Saleh\n", encoding="utf-8")
    before = backups_in(session.paths.backup_dir)
    code = main([a.format(out=out) for a in args])
    err = capsys.readouterr().err
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert "is damaged" in err and "totalnet restore" in err, err
    assert backups_in(session.paths.backup_dir) == before  # no damaged backup, nothing pruned
    assert sorted(os.listdir(out)) == ["in.csv"]
    assert good.exists() and backup.check_restorable(good).contacts == 600


def test_ten_failed_imports_on_a_damaged_database_keep_every_good_backup(session, tmp_path, capsys):
    full_set_of_event_backups(session)
    add_contacts(600, "Good")
    db_mod.close_database()
    damage_a_page(session.db_path)
    before = backups_in(session.paths.backup_dir)
    source = tmp_path / "in.csv"
    source.write_text("First Name,Last Name\nAmal,Saleh\n", encoding="utf-8")
    for _ in range(backup.EVENT_KEEP + 1):
        assert main(["import", str(source)]) == 2
    capsys.readouterr()
    assert backups_in(session.paths.backup_dir) == before
