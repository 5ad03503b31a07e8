"""Issue 20: the log holds ids, never the names, phones, e-mails or notes of the people in the database.

Realistic commands run on the sample chapter with the app's log file installed; then the log is
searched for every name, e-mail, phone and note of the sample."""

from __future__ import annotations

import logging

import pytest

from totalnet_desktop import app as app_mod
from totalnet_desktop.cli import main
from totalnet_desktop.core.store import db as db_mod


@pytest.fixture
def log_file(data_dir):
    root = logging.getLogger()
    saved = root.handlers[:]
    root.handlers[:] = [h for h in saved if not getattr(h, "_totalnet", False)]
    path = data_dir / "logs" / "totalnet.log"
    app_mod.setup_logging(path)
    yield path
    for handler in [h for h in root.handlers if getattr(h, "_totalnet", False)]:
        handler.close()
        root.removeHandler(handler)


def sample_words(session) -> set[str]:
    """Every name part, e-mail, phone and note of the sample chapter (the strings a log must not hold)."""
    from totalnet_desktop.core.store.models import Contact, ContactPoint, Interaction

    words: set[str] = set()
    for c in Contact.select():
        words.update(w for w in (c.first_name, c.last_name, c.full_name, c.notes) if len(w) >= 4)
    words.update(p.value for p in ContactPoint.select() if p.kind in ("phone", "email"))
    words.update(i.note for i in Interaction.select() if len(i.note) >= 12)
    return words


def test_realistic_commands_leave_no_personal_data_in_the_log(log_file, tmp_path, capsys, qapp):
    """(qapp: the report prints through the test QApplication, as in the app; made by the CLI, a
    QGuiApplication would stop the next test's widgets.)"""
    assert main(["demo"]) == 0
    source = tmp_path / "Connections.csv"
    source.write_text("First Name,Last Name,Email Address,Company\nZinedine,Quarrelsome,zq@example.com,Acme\n"
                      "Nadia,Rahman,nadia.rahman@example.com,Rahman Co\n", encoding="utf-8")
    assert main(["import", str(source)]) == 0
    for what in ("contacts", "palms", "referrals", "followups", "attendance"):
        assert main(["export", "--what", what, str(tmp_path / f"{what}.csv")]) == 0
    assert main(["search", "rahman"]) == 0
    assert main(["followups", "--due", "all"]) == 0
    assert main(["report", "meeting", "--pdf", str(tmp_path / "r.pdf")]) == 0
    assert main(["backup"]) == 0

    from totalnet_desktop.core.contacts import interactions, merge, service
    from totalnet_desktop.core.store import undo
    from totalnet_desktop.core.store.models import Contact
    from totalnet_desktop.core.store.session import open_session

    session = open_session()
    people = list(Contact.select().where(Contact.is_me == False).order_by(Contact.id).limit(6))
    record = service.get(people[0].id)
    service.update(record.__class__(**{**record.__dict__, "notes": "Allergic to peanuts, call after 6"}))
    interactions.log_touch(people[1].id, "phone", "Talked about her daughter's wedding")
    service.add_tag([people[2].id], "golf buddies")
    service.trash([people[3].id])
    undo.undo_last()
    merge.merge([people[4].id, people[5].id], people[4].id)
    undo.undo_last()
    words = sample_words(session) | {"Zinedine", "Quarrelsome", "zq@example.com", "Allergic to peanuts",
                                     "daughter's wedding"}
    db_mod.close_database()
    capsys.readouterr()
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "created contact" in logged or "updated contact" in logged  # the log did record the work
    assert len(logged.splitlines()) > 10
    found = sorted(w for w in words if w in logged)
    assert not found, f"the log names people: {found[:10]}"


def test_a_logged_exception_keeps_its_type_and_frames_but_not_its_words(log_file):
    def save_note():
        note = "Rania Saleh, +971 50 123 4567"
        raise ValueError(f"could not save {note!r}")

    try:
        save_note()
    except ValueError:
        logging.getLogger("totalnet_desktop.test").exception("saving a note failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = log_file.read_text(encoding="utf-8")
    assert "saving a note failed" in logged and "ValueError (its message is not logged)" in logged
    assert "in save_note" in logged and "test_logs_private.py" in logged  # where it happened
    assert "Rania" not in logged and "4567" not in logged  # neither the message nor the source lines
