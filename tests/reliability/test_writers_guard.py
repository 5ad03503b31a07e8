"""Every command and dialog that writes a file, pointed at the live database, its -wal and -shm
companions, a symlink to it, a ``..`` path to it, a folder, and a full disk (a real file-size limit,
RLIMIT_FSIZE): each refuses in one sentence, and neither the database nor an existing file is hurt."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import resource
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from totalnet_desktop.cli import main
from totalnet_desktop.core.chapter import chapters, meetings, reports, slips
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.exchange import export, importer, mycard
from totalnet_desktop.core.followups import calendar, queue
from totalnet_desktop.core.store import backup, models
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.errors import TotalNetError

DAY = dt.date(2026, 11, 25)


# ---- the data: a chapter with a meeting, contacts, me, and an open follow-up -----------------------
@pytest.fixture
def data(session, db):
    chapter = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    layla = chapters.add_member(chapter.id, name="Layla Haddad").contact_id
    omar = chapters.add_member(chapter.id, name="Omar Khan").contact_id
    meeting = meetings.open_meeting(chapter.id, DAY, today=DAY)
    slips.add_referral(layla, omar, kind="inside", day=DAY, meeting_id=meeting.id)
    meetings.close_meeting(meeting.id)
    with db.atomic():
        for i in range(300):
            models.Contact.create(first_name=f"Person{i}", last_name="Khan", notes="n" * 200)
    contacts.set_me(layla)
    queue.add_item(omar, DAY, "Call about the referral")
    return {"session": session, "meeting": meeting.id, "chapter": chapter.id}


def fingerprint(db_path: Path) -> tuple:
    """The live database as the disk holds it: the file's inode, its whole content (read through a
    second connection), and the inodes of its -wal and -shm (None when absent)."""
    con = sqlite3.connect(db_path)
    try:
        dump = hashlib.sha256("\n".join(con.iterdump()).encode()).hexdigest()
    finally:
        con.close()
    sides = (db_path.with_name(db_path.name + tail) for tail in ("-wal", "-shm"))
    return (db_path.stat().st_ino, dump, *(p.stat().st_ino if p.exists() else None for p in sides))


def count_contacts(db_path: Path) -> int:
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return con.execute("SELECT count(*) FROM contact").fetchone()[0]
    finally:
        con.close()


# ---- the targets ------------------------------------------------------------------------------
def target_for(kind: str, db_path: Path, tmp_path: Path) -> tuple[Path, str]:
    """A path of the given kind and a word its refusal must contain."""
    if kind == "database":
        return db_path, "own database"
    if kind in ("-wal", "-shm"):
        return db_path.with_name(db_path.name + kind), f"its {kind} file"
    if kind == "symlink":
        link = tmp_path / "report-link.csv"
        link.symlink_to(db_path)
        return link, "own database"
    if kind == "dotdot":
        return db_path.parent / ".." / db_path.parent.name / db_path.name, "own database"
    if kind == "folder":
        folder = tmp_path / "a-folder"
        folder.mkdir()
        return folder, "is a folder"
    raise AssertionError(kind)


KINDS = ("database", "-wal", "-shm", "symlink", "dotdot", "folder")


def answer_boxes(seen: list[str]) -> QTimer:
    """Close any modal message box a dialog raises, keeping its text."""
    timer = QTimer()

    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox):
            seen.append(widget.text())
            widget.close()

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


# Each writer: function(path, env) -> the refusal's message. Core functions must raise TotalNetError;
# the CLI must exit 2 with one line on stderr; dialogs show or return the sentence.
def cli(*args):
    def run(path, env):
        code = main([str(path) if a == "PATH" else a for a in args])
        err = env["capsys"].readouterr().err
        assert code == 2, err
        return err.strip()
    return run


def core(func):
    def run(path, env):
        with pytest.raises(TotalNetError) as caught:
            func(Path(path), env)
        return str(caught.value)
    return run


def _save_rejected(path, env):
    source = env["tmp_path"] / "in.csv"
    source.write_text("First Name,Last Name,Company,Email\n,,Acme,\nAmal,Saleh,,amal@example.com\n", encoding="utf-8")
    imp = importer.open_import(source)
    summary = importer.plan(imp)
    assert summary.rejected
    importer.save_rejected(imp, summary, path)


def _report_pdf(path, env):
    from totalnet_desktop.render.meeting_report import write_pdf

    write_pdf(reports.meeting_summary(env["data"]["meeting"]), path)


def _export_dialog(fmt):
    def run(path, env):
        from totalnet_desktop.views.exchange.export_dialog import ExportDialog

        dialog = ExportDialog(env["ctx"], None, None, None)
        env["qtbot"].addWidget(dialog)
        dialog.format_buttons[fmt].setChecked(True)
        assert dialog.export_to(path) is None
        return dialog.note.text()
    return run


def _backup_dialog(path, env):
    from totalnet_desktop.views.shell import backup_dialogs

    assert backup_dialogs.backup_to(env["ctx"], None, Path(path)) is None
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    text = boxes[-1].text()
    for box in boxes:
        box.close()
    return text


def _report_dialog(path, env):
    from totalnet_desktop.views.meeting.report import MeetingReportDialog

    dialog = MeetingReportDialog(env["data"]["meeting"])
    env["qtbot"].addWidget(dialog)
    with pytest.raises(TotalNetError) as caught:
        dialog.save_pdf(path)
    return str(caught.value)


def _my_card_dialog(path, env):
    from totalnet_desktop.views.contacts.my_card_dialog import MyCardDialog

    dialog = MyCardDialog(env["ctx"])
    env["qtbot"].addWidget(dialog)
    seen: list[str] = []
    timer = answer_boxes(seen)
    try:
        assert dialog.export(str(path)) is None
    finally:
        timer.stop()
    assert len(seen) == 1
    return seen[0]


def _followups_view(kind):
    def run(path, env):
        from totalnet_desktop.views.followups.view import FollowUpsView

        view = FollowUpsView(env["ctx"])
        env["qtbot"].addWidget(view)
        with pytest.raises(TotalNetError) as caught:
            view.export_to(path, kind)
        return str(caught.value)
    return run


def _insights(which):
    def run(path, env):
        from totalnet_desktop.views.insights.view import InsightsView

        view = InsightsView(env["ctx"])
        env["qtbot"].addWidget(view)
        view.resize(1100, 800)
        view.show()
        view.on_shown()
        if which == "pdf":
            assert not view.print_to_pdf(path)
            return view.last_error
        card = view.cards["roi"]
        assert not card.save_png(path)
        return card.last_error
    return run


WRITERS = {
    "cli export csv": cli("export", "PATH"),
    "cli export vcard": cli("export", "--format", "vcard", "PATH"),
    "cli export palms": cli("export", "--what", "palms", "PATH"),
    "cli export followups": cli("export", "--what", "followups", "PATH"),
    "cli report pdf": cli("report", "meeting", "--pdf", "PATH"),
    "cli backup": cli("backup", "PATH"),
    "export csv": core(lambda p, env: export.export_contacts_csv(p)),
    "export vcard": core(lambda p, env: export.export_contacts_vcard(p)),
    "export table": core(lambda p, env: export.export_table("attendance", p)),
    "rejected rows": core(_save_rejected),
    "my card": core(lambda p, env: mycard.export_vcf(p)),
    "calendar ics": core(lambda p, env: calendar.export_ics(p)),
    "calendar csv": core(lambda p, env: calendar.export_csv(p)),
    "backup": core(lambda p, env: backup.manual_backup(env["data"]["session"].db_path,
                                                        env["data"]["session"].paths.backup_dir, p)),
    "report pdf": core(_report_pdf),
    "export dialog csv": _export_dialog("csv"),
    "export dialog vcard": _export_dialog("vcard3"),
    "backup dialog": _backup_dialog,
    "meeting report dialog": _report_dialog,
    "my card dialog": _my_card_dialog,
    "follow-ups ics": _followups_view("ics"),
    "follow-ups csv": _followups_view("csv"),
    "insights pdf": _insights("pdf"),
    "insights png": _insights("png"),
}
# Backing up into a folder is what `backup FOLDER` is for: the folder case is a success there.
FOLDER_IS_FINE = {"cli backup", "backup", "backup dialog"}


@pytest.fixture
def env(data, ctx, qtbot, capsys, tmp_path):
    return {"data": data, "ctx": ctx, "qtbot": qtbot, "capsys": capsys, "tmp_path": tmp_path}


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("writer", sorted(WRITERS))
def test_no_writer_touches_the_live_database(writer, kind, env, tmp_path):
    if kind == "folder" and writer in FOLDER_IS_FINE:
        pytest.skip("a backup into a folder makes a new file there")
    db_path = env["data"]["session"].db_path
    if writer.startswith("cli"):
        db_mod.close_database()  # as when the command runs on its own
    path, word = target_for(kind, db_path, tmp_path)
    before = fingerprint(db_path)
    folder_before = sorted(os.listdir(db_path.parent))
    message = WRITERS[writer](path, env)
    assert word in message, message
    assert "Traceback" not in message and message.count("\n") <= 1
    if writer.startswith("cli"):
        db_mod.close_database()
    assert fingerprint(db_path) == before
    assert sorted(os.listdir(db_path.parent)) == folder_before  # no temporary file left beside it
    assert count_contacts(db_path) >= 300


# ---- a full disk, for real -----------------------------------------------------------------------
@contextlib.contextmanager
def file_size_limit(limit: int):
    """No file of this process may grow past ``limit`` bytes (Python ignores SIGXFSZ: writes fail)."""
    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))


# Writers whose file here is bigger than the limit (backups have their own full-disk tests in test_cli_backup).
FULL_DISK = ["cli export csv", "cli export vcard", "cli report pdf", "export csv", "export vcard", "report pdf",
             "export dialog csv", "export dialog vcard", "meeting report dialog", "insights pdf", "insights png"]


def _full_disk_run(writer: str, path: Path, env) -> str:
    """The writer under a 4 kB file limit; its refusal message."""
    if not writer.startswith("cli"):
        with file_size_limit(4096):
            return WRITERS[writer](path, env)
    # The command opens the database itself; a second connection keeps the -shm (32 kB) as it is and
    # an empty WAL means closing has nothing to write: only the export meets the limit.
    holder = sqlite3.connect(env["data"]["session"].db_path)
    try:
        holder.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        with file_size_limit(4096):
            return WRITERS[writer](path, env)
    finally:
        holder.close()


@pytest.mark.parametrize("writer", FULL_DISK)
def test_a_full_disk_keeps_the_old_file_and_says_so(writer, env, tmp_path):
    """An existing file (0600): the write fails, the old file is whole with its mode, nothing is left."""
    out = tmp_path / "out"
    out.mkdir()
    path = out / "existing.file"
    old = b"the user's own file, kept exactly\n" * 10
    path.write_bytes(old)
    os.chmod(path, 0o600)
    message = _full_disk_run(writer, path, env)
    if "not enough free space" not in message and "could not be written completely" not in message:
        pytest.fail(f"{writer}: {message}")
    assert path.read_bytes() == old and (path.stat().st_mode & 0o777) == 0o600
    assert sorted(os.listdir(out)) == ["existing.file"]


@pytest.mark.parametrize("writer", ["cli report pdf", "report pdf", "export csv", "cli export vcard"])
def test_a_new_file_on_a_full_disk_is_not_left_empty(writer, env, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    path = out / "new.file"
    message = _full_disk_run(writer, path, env)
    assert "not enough free space" in message or "could not be written completely" in message, message
    assert os.listdir(out) == []


def test_an_export_keeps_the_mode_of_the_file_it_replaces_and_leaves_no_temporary_file(env, tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_text("old", encoding="utf-8")
    os.chmod(path, 0o600)
    assert export.export_contacts_csv(path) >= 300
    assert (path.stat().st_mode & 0o777) == 0o600
    assert path.read_text(encoding="utf-8").startswith("First Name,")
    assert os.listdir(tmp_path / "data") and not [n for n in os.listdir(tmp_path) if n.endswith(".partial")]


def test_a_planted_temporary_file_or_link_is_never_followed(env, tmp_path):
    """The old fixed name ``FILE.partial`` belongs to whoever made it: an export neither writes
    through a link planted there nor takes over a user's file of that name."""
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    (tmp_path / "contacts.csv.partial").symlink_to(victim)
    (tmp_path / "notes.csv.partial").write_text("the user's own notes", encoding="utf-8")
    export.export_contacts_csv(tmp_path / "contacts.csv")
    export.export_contacts_csv(tmp_path / "notes.csv")
    assert victim.read_text(encoding="utf-8") == "precious"
    assert (tmp_path / "notes.csv.partial").read_text(encoding="utf-8") == "the user's own notes"


def test_a_killed_export_leaves_nothing_after_the_next_export_to_that_name(env, tmp_path):
    leftover = tmp_path / ".contacts.csv.k1ll3d.partial"  # what a killed export leaves
    leftover.write_text("half", encoding="utf-8")
    export.export_contacts_csv(tmp_path / "contacts.csv")
    assert not leftover.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["contacts.csv"]


def test_a_symlink_to_an_ordinary_file_is_written_through(env, tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    export.export_contacts_csv(link)
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("First Name,")


def test_killed_backups_leave_nothing_after_the_next_start(data_dir):
    from totalnet_desktop.core.store.session import open_session

    session = open_session(data_dir)
    models.Contact.create(first_name="Amal")
    backup.event_backup(session.db_path, session.paths.backup_dir, "pre-import")
    db_mod.close_database()
    stale = [session.paths.backup_dir / "event-20260101-000000-000000-pre-import.sqlite3.partial",
             session.paths.backup_dir / ".daily-20260101-000000-000000.sqlite3.a1b2c3.partial"]
    for path in stale:
        path.write_bytes(b"x" * 4096)
        os.utime(path, (0, 0))
    fresh = session.paths.backup_dir / ".manual-now.sqlite3.zz.partial"  # another instance's, in progress
    fresh.write_bytes(b"x")
    open_session(data_dir)
    assert not any(p.exists() for p in stale) and fresh.exists()


def test_backup_refuses_an_existing_document_unless_overwrite(session, tmp_path, capsys):
    models.Contact.create(first_name="Amal")
    db_mod.close_database()
    document = tmp_path / "thesis.docx"
    document.write_bytes(b"years of work")
    assert main(["backup", str(document)]) == 2
    err = capsys.readouterr().err
    assert "already exists and is not a TotalNet backup" in err and "--overwrite" in err
    assert document.read_bytes() == b"years of work"
    older = tmp_path / "older.sqlite3"
    assert main(["backup", str(older)]) == 0 and main(["backup", str(older)]) == 0  # a backup: replaced
    assert main(["backup", "--overwrite", str(document)]) == 0
    assert backup.inspect(document).contacts == 1
    shutil.rmtree(tmp_path / "data" / "backups", ignore_errors=True)
