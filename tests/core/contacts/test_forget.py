"""Forget a person (issue 20): nothing in any table, search row, undo entry, log line or rewritten
backup names them; chapter records keep their numbers with the person as "removed person"."""

from __future__ import annotations

import logging
import sqlite3

import pytest

from totalnet_desktop.core.contacts import forget, interactions, service
from totalnet_desktop.core.contacts import search as contact_search
from totalnet_desktop.core.demo import loader
from totalnet_desktop.core.store import backup
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import (
    Attendance,
    Contact,
    ContactPoint,
    Membership,
    Referral,
    ThankYou,
    UndoEntry,
    database,
)


def _busiest_member() -> Contact:
    """A chapter member who gave referrals and has phones and e-mails (not me)."""
    rows = (Contact.select().join(Referral, on=(Referral.giver == Contact.id))
            .where(Contact.is_me == False).group_by(Contact.id))
    for c in rows:
        if ContactPoint.select().where(ContactPoint.contact == c.id, ContactPoint.kind == "email").exists():
            return c
    raise AssertionError("the sample has no such member")


def _chapter_numbers() -> tuple:
    return (Referral.select().count(), ThankYou.select().count(), Attendance.select().count(),
            Membership.select().count(), str(sum(t.amount for t in ThankYou.select())),
            sorted((a.status, a.meeting_id) for a in Attendance.select()))


def _every_text(db) -> str:
    """Every text cell of every table (FTS shadow tables, the server's search table included)."""
    out = []
    for table in db.get_tables():
        for row in db.execute_sql(f'SELECT * FROM "{table}"'):
            out.extend(str(v) for v in row if isinstance(v, (str, bytes)))
    return "\n".join(out)


@pytest.fixture
def sample(session, tmp_path):
    loader.generate()
    return session


@pytest.fixture
def log_file(sample, tmp_path):
    from totalnet_desktop import app as app_mod

    root = logging.getLogger()
    root.handlers[:] = [h for h in root.handlers if not getattr(h, "_totalnet", False)]
    path = sample.paths.log_file
    app_mod.setup_logging(path)
    yield path
    for handler in [h for h in root.handlers if getattr(h, "_totalnet", False)]:
        handler.close()
        root.removeHandler(handler)


def _back_up(sample) -> None:
    """A backup in the backups folder: the SQLite file's online backup, or a server's export."""
    if sample.server:
        from totalnet_desktop.core.store import copy

        copy.copy_database(sample.server, sample.paths.backup_dir / f"server-20261201-080000{backup.SUFFIX}")
    else:
        backup.manual_backup(sample.db_path, sample.paths.backup_dir)


def test_forget_leaves_nothing_that_names_them_and_keeps_the_chapter_numbers(sample, log_file):
    person = _busiest_member()
    cid, name = person.id, person.full_name
    emails = [p.value for p in ContactPoint.select().where(ContactPoint.contact == cid, ContactPoint.kind == "email")]
    phones = [p.value for p in ContactPoint.select().where(ContactPoint.contact == cid, ContactPoint.kind == "phone")]
    # Things that name them elsewhere: an undo entry, a log line with their id, another's note.
    record = service.get(cid)
    service.update(record.__class__(**{**record.__dict__, "notes": "Met at the souk"}))
    interactions.log_touch(cid, "phone", "Asked about the villa project")
    other = Contact.select().where(Contact.id != cid, Contact.is_me == False).first()
    interactions.log_touch(other.id, "email", f"Introduced by {name} last week")
    _back_up(sample)
    before = _chapter_numbers()
    theirs = [e.id for e in UndoEntry.select().where(UndoEntry.label.contains(name))]
    assert theirs
    assert contact_search.fts_id_list(person.last_name)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert f"contact {cid}" in log_file.read_text()

    result = forget.forget(cid, sample.paths.log_dir)

    assert result.anonymised > 0 and result.removed["interactions"] >= 1 and result.name_mentions >= 1
    line = result.line()
    assert line.startswith("Removed 1 contact") and 'as "removed person"' in line and "\n" not in line
    assert _chapter_numbers() == before  # the chapter's numbers are kept
    kept = Contact.get_by_id(cid)
    assert kept.full_name == "Removed person" and kept.notes == "" and kept.company == ""
    assert not ContactPoint.select().where(ContactPoint.contact == cid).exists()
    # No table, no search row, no undo entry names them.
    strings = [name, *emails, *phones, "Met at the souk", "villa project"]
    text = _every_text(database)
    assert not [s for s in strings if s in text]
    assert not [e for e in UndoEntry.select() if any(s in e.label + e.payload for s in strings)]
    # Removed, not only scrubbed of the name: an undo step kept would put their data back.
    assert not UndoEntry.select().where(UndoEntry.id.in_(theirs)).exists()
    assert cid not in (contact_search.fts_id_list(f'{person.first_name} {person.last_name}') or [])
    # No log line.
    logged = log_file.read_text()
    assert f"contact {cid} " not in logged + " " and not [s for s in strings if s in logged]
    if not sample.server:
        # Not even as bytes in the file (deleted cells zeroed, search segments merged, WAL truncated).
        db_mod.close_database()
        raw = sample.db_path.read_bytes()
        assert not [s for s in strings if s.encode() in raw]
        db_mod.open_database(sample.db_path)

    # The backup made before still holds them; rewritten, it does not, and it still opens.
    who = forget.Identity(cid, name, tuple(s for s in [name, *emails, *phones]))
    held = forget.backups_holding(sample.paths.backup_dir, who)
    assert len(held) == 1
    contacts_before = held[0].contacts
    assert forget.forget_in_backup(held[0].path, who) == 1
    assert not forget.backups_holding(sample.paths.backup_dir, who)
    raw = held[0].path.read_bytes()
    assert not [s for s in [name, *emails, *phones] if s.encode() in raw]
    assert backup.check_restorable(held[0].path).contacts == contacts_before  # anonymised, still counted
    con = sqlite3.connect(held[0].path)
    try:
        assert con.execute("SELECT count(*) FROM referral").fetchone()[0] == before[0]
    finally:
        con.close()


def test_a_contact_without_chapter_records_is_deleted_outright(sample):
    c = Contact.create(first_name="Zara", last_name="Quillfeather", source="Manual")
    ContactPoint.create(contact=c, kind="email", value="zara.q@example.com", key="zara.q@example.com")
    result = forget.forget(c.id)
    assert Contact.get_or_none(Contact.id == c.id) is None
    assert result.anonymised == 0 and "no chapter records" in result.line()


def test_forgetting_me_or_nobody_is_refused(sample):
    me = Contact.get(Contact.is_me == True)
    with pytest.raises(ValidationError, match="yourself"):
        forget.forget(me.id)
    with pytest.raises(ValidationError, match="no contact with id 999999"):
        forget.forget(999999)


def test_cli_forget_and_export_person(sample, tmp_path, capsys):
    from totalnet_desktop.cli import main

    db_mod.close_database()
    person_id = 5
    assert main(["export-person", str(person_id), str(tmp_path / "them")]) == 0
    assert sorted(p.name for p in (tmp_path / "them").iterdir()) == ["chapter_records.csv", "contact.vcf",
                                                                      "timeline.csv"]
    assert "Wrote 3 files" in capsys.readouterr().out
    assert main(["backup"]) == 0
    capsys.readouterr()
    assert main(["forget", str(person_id)]) == 2  # a script must say --yes
    assert "--yes" in capsys.readouterr().err
    assert main(["forget", str(person_id), "--yes"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Removed 1 contact") and out[1] == "1 backup made before still holds them:"
    assert main(["export-person", str(person_id), str(tmp_path / "again")]) == 0  # anonymised row
    assert "Removed person" in (tmp_path / "again" / "contact.vcf").read_text()
