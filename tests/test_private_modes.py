"""Issue 20, private by default: every file the app writes is owner-only (0600) and every folder it
makes is 0700, whatever the umask; an older install is tightened on the next start, with one log line."""

from __future__ import annotations

import logging
import os
import stat
import wave
from pathlib import Path

import pytest

from totalnet_desktop import app as app_mod
from totalnet_desktop import paths
from totalnet_desktop.cli import main
from totalnet_desktop.core.store import db as db_mod

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes")

LINKEDIN = (
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Layla,Al Mansouri,https://www.linkedin.com/in/layla,,Acme,CEO,07 Mar 2024\n"
    "Omar,Haddad,https://www.linkedin.com/in/omar,omar@example.com,Big Co,CTO,01 Jan 2023\n"
)


@pytest.fixture
def open_umask():
    """The most common umask: without our care, files would be 0644 and folders 0755."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def _walk(*roots: Path) -> list[Path]:
    found = []
    for root in roots:
        found.append(root)
        found.extend(root.rglob("*"))
    return found


def _loose(items: list[Path]) -> list[str]:
    bad = []
    for item in items:
        want = paths.PRIVATE_DIR_MODE if item.is_dir() else paths.PRIVATE_FILE_MODE
        if _mode(item) != want:
            bad.append(f"{item} is {oct(_mode(item))}, not {oct(want)}")
    return bad


def test_a_realistic_run_writes_only_owner_only_files(data_dir, tmp_path, open_umask, qapp, capsys):
    out = tmp_path / "out"  # the user's export folder (theirs: its own mode is not checked)
    out.mkdir()
    source = tmp_path / "in" / "Connections.csv"
    source.parent.mkdir()
    source.write_text(LINKEDIN, encoding="utf-8")
    handler_log = data_dir / "logs" / "totalnet.log"
    logging.getLogger().handlers[:] = [h for h in logging.getLogger().handlers
                                       if not getattr(h, "_totalnet", False)]
    app_mod.setup_logging(handler_log)
    try:
        assert main(["demo"]) == 0
        assert main(["import", str(source)]) == 0
        for what, name in (("contacts", "contacts.csv"), ("palms", "palms.csv"), ("referrals", "ref.csv"),
                           ("followups", "followups.csv"), ("attendance", "attendance.csv")):
            assert main(["export", "--what", what, str(out / name)]) == 0
        assert main(["export", "--format", "vcard", str(out / "contacts.vcf")]) == 0
        assert main(["backup"]) == 0
        assert main(["backup", str(out / "copy.sqlite3")]) == 0
        assert main(["report", "meeting", "--pdf", str(out / "report.pdf")]) == 0
        assert main(["followups", "--due", "all"]) == 0
        from totalnet_desktop.core.store.session import open_session

        session = open_session()
        from totalnet_desktop.core.exchange import mycard
        from totalnet_desktop.core.followups import calendar

        mycard.export_vcf(out / "me.vcf")
        calendar.export_ics(out / "followups.ics")
        from totalnet_desktop.views.shell.context import AppContext

        settings = AppContext(session).qsettings(writing=True)
        settings.setValue("window/geometry", "x")
        settings.sync()
        from totalnet_desktop.views.chapter import agenda_window

        agenda_window._chime.clear()
        chime = agenda_window.chime_file()  # the agenda timer's sound (it was /tmp/totalnet-chime.wav, 0644)
        logging.getLogger("totalnet_desktop.test").info("a line so the log file exists")
        db_mod.close_database()
    finally:
        for handler in [h for h in logging.getLogger().handlers if getattr(h, "_totalnet", False)]:
            handler.close()
            logging.getLogger().removeHandler(handler)
    capsys.readouterr()
    written = _walk(data_dir) + list(out.rglob("*"))
    names = {p.name for p in written}
    # The run really wrote what the test checks.
    assert {"totalnet.sqlite3", "window.ini", "totalnet.log", "backups", "contacts.csv", "contacts.vcf",
            "report.pdf", "me.vcf", "followups.ics", "copy.sqlite3"} <= names
    assert any(n.startswith("manual-") for n in names) and any(n.startswith("event-") for n in names)
    assert not _loose(written), "\n".join(_loose(written))
    assert chime in written and chime.name != "totalnet-chime.wav"
    chime.unlink()


def test_wal_and_shm_files_take_the_database_mode(data_dir, open_umask):
    from totalnet_desktop.core.store import models
    from totalnet_desktop.core.store.session import open_session

    open_session()
    models.Contact.create(first_name="Wal")
    sides = [data_dir / "totalnet.sqlite3-wal", data_dir / "totalnet.sqlite3-shm"]
    assert all(p.exists() for p in sides)
    assert not _loose(sides + [data_dir / "totalnet.sqlite3", data_dir])


def test_an_older_install_is_tightened_at_start_with_one_log_line(data_dir, open_umask, caplog):
    from totalnet_desktop.core.store.session import open_session

    open_session()
    db_mod.close_database()
    (data_dir / "backups").mkdir(exist_ok=True)
    (data_dir / "backups" / "daily-20260101-000000-000000.sqlite3").write_bytes(b"")
    (data_dir / "notes-of-the-user.txt").write_text("theirs")
    for item in _walk(data_dir):
        item.chmod(0o755 if item.is_dir() else 0o644)
    with caplog.at_level(logging.INFO):
        open_session()
    lines = [r.getMessage() for r in caplog.records if "owner-only" in r.getMessage()]
    assert len(lines) == 1 and "made 5 files and folders" in lines[0], lines
    ours = [p for p in _walk(data_dir) if p.name != "notes-of-the-user.txt"]
    assert not _loose(ours)
    assert _mode(data_dir / "notes-of-the-user.txt") == 0o644  # not ours: left alone
    caplog.clear()
    db_mod.close_database()
    with caplog.at_level(logging.INFO):
        open_session()
    assert not [r for r in caplog.records if "owner-only" in r.getMessage()]


def test_private_file_never_widens_and_keeps_an_existing_file(tmp_path, open_umask):
    with pytest.raises(FileNotFoundError):  # a writer into a missing folder fails as open() would
        paths.private_file(tmp_path / "missing" / "x.csv")
    paths.private_dir(tmp_path / "new" / "deep")
    made = paths.private_file(tmp_path / "new" / "deep" / "x.csv")
    assert _mode(made) == 0o600 and _mode(made.parent) == 0o700 and _mode(made.parent.parent) == 0o700
    existing = tmp_path / "theirs.csv"
    existing.write_text("a")
    existing.chmod(0o640)
    paths.private_file(existing)
    assert _mode(existing) == 0o640 and existing.read_text() == "a"


def test_the_privacy_commands_and_copies_write_owner_only_files(data_dir, tmp_path, open_umask, capsys):
    """export-person, forget --rewrite-backups, copy-database to a new file and a backup into a new folder:
    each holds people's data, so each is owner-only too (a copied database was 0644 in a 0755 folder)."""
    out = tmp_path / "out"  # the user's folder (theirs: its own mode is not checked)
    out.mkdir()
    assert main(["demo"]) == 0
    assert main(["backup"]) == 0
    assert main(["export-person", "5", str(out / "person")]) == 0
    assert main(["forget", "6", "--yes", "--rewrite-backups"]) == 0
    assert "Rewrote 1 backup" in capsys.readouterr().out
    db_mod.close_database()
    assert main(["copy-database", str(data_dir / "totalnet.sqlite3"), str(out / "new" / "deep" / "copy.sqlite3")]) == 0
    assert main(["backup", str(out / "stick" / "folder" / "b.sqlite3")]) == 0
    capsys.readouterr()
    db_mod.close_database()
    written = _walk(data_dir) + _walk(out / "person", out / "new", out / "stick")
    assert {"contact.vcf", "timeline.csv", "chapter_records.csv", "copy.sqlite3", "b.sqlite3"} <= {p.name for p in written}
    assert not _loose(written), "\n".join(_loose(written))


def test_the_chime_is_owner_only_unguessable_and_removed_at_quit(tmp_path, open_umask):
    from totalnet_desktop.views.chapter import agenda_window

    agenda_window._chime.clear()
    first = agenda_window.chime_file(tmp_path)
    assert first is not None and first.parent == tmp_path and _mode(first) == 0o600
    assert agenda_window.chime_file() == first  # written once per run
    with wave.open(str(first)) as sound:
        assert sound.getnframes() > 0
    planted = tmp_path / "totalnet-chime.wav"  # what another account could have planted under the old name
    planted.symlink_to(tmp_path / "victim")
    agenda_window._chime.clear()
    second = agenda_window.chime_file(tmp_path)
    assert second not in (first, planted) and not (tmp_path / "victim").exists()
    agenda_window._remove(second)  # what the exit handler does
    assert not second.exists()
