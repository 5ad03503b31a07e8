"""The window on a database that may only be read, with real widgets: a copy opened read-only (File >
Open a copy..., the lost server's bar, the start when the server does not answer) and the shipped
reports login on the throwaway cluster. Every screen opens and shows the data; writing actions are
off or refused before anything is typed, with one sentence; the copy is never written."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
import roles_server
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from totalnet_desktop.core.demo import loader as demo
from totalnet_desktop.core.store import copy as copy_mod
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import overview, snapshots
from totalnet_desktop.core.store.session import open_session
from totalnet_desktop.views.shell.context import AppContext
from totalnet_desktop.views.shell.main_window import SCREEN_KEYS, MainWindow
from totalnet_desktop.views.shell.read_only_gate import WRITING_ACTIONS

TODAY = dt.date(2026, 3, 11)
WAIT_MS = 15000  # a bound for a busy machine, not a speed claim
UNREACHABLE = "postgresql://nobody@127.0.0.1:1/gone"


def _window(session, qtbot) -> MainWindow:
    window = MainWindow(AppContext(session))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _snapshot(session, dest) -> tuple:
    """A copy of the sample chapter as it is now (how a snapshot or a server backup is made)."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    db_mod.close_database()
    copy_mod.copy_database(session.server or session.db_path, dest)
    return dest, hashlib.sha256(dest.read_bytes()).hexdigest()


def _no_dialog_hangs(qtbot):
    """Close any modal left open after a while, so a failing gate ends the test instead of hanging it."""
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if widget.isVisible() and hasattr(widget, "reject") and widget.isModal():
                widget.reject()
    QTimer.singleShot(5000, close)


def _check_read_only(window, qtbot, login: str) -> None:
    sentence = f"This login can read only: {login}"
    assert "read-only" in window.windowTitle()
    for name in WRITING_ACTIONS:
        assert not window.findChild(QAction, name).isEnabled(), name
    assert window.findChild(QAction, "action_export").isEnabled()  # reading for a file is allowed
    for key in SCREEN_KEYS:  # every screen opens
        window.show_screen(key)
        qtbot.wait(10)
    contacts = window.show_screen("contacts")
    qtbot.waitUntil(lambda: contacts.model.rowCount() > 0, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not contacts.search_timer.isActive(), timeout=WAIT_MS)
    qtbot.wait(300)  # the screen's first loads are done
    contacts.table.selectRow(0)
    qtbot.wait(50)  # a selection turns the row's buttons on: the gate keeps them off
    assert len(contacts.selected_contact_ids()) == 1
    for button in (contacts.new_button, contacts.log_button, contacts.detail.edit_button):
        assert not button.isEnabled() and button.toolTip() == sentence
    meeting = window.show_screen("meeting")
    assert not meeting.box.isEnabled() and not any(b.isEnabled() for b in meeting.slip_bar.buttons.values())
    followups = window.show_screen("followups")
    assert not followups.buttons["add"].isEnabled()
    # An editing dialog asked for anyway (its key, a double-click) is refused before it is on screen.
    _no_dialog_hangs(qtbot)
    window.add_followup()
    assert window.statusBar().currentMessage() == sentence


def test_a_copy_opens_read_only_with_its_banner_and_the_way_back(data_dir, tmp_path, qapp, qtbot):
    session = open_session(data_dir)
    demo.generate(today=TODAY)
    count = overview.contact_count()
    copy, digest = _snapshot(session, tmp_path / "copies" / "backup.sqlite3")
    window = _window(open_session(data_dir), qtbot)
    try:
        assert window.server_link.open_copy(copy, dt.datetime(2026, 3, 10, 18, 30))
        assert window.ctx.session.read_only and overview.contact_count() == count
        banner = window.server_link.copy_banner
        assert banner.isVisible()
        assert banner.label.text() == "Read-only copy from 10 Mar 2026 18:30; changes are not possible."
        assert not banner.retry_button.isVisible()  # a backup chosen by hand: no server to go back to
        assert window.server_link.status.text() == "Read-only copy: backup.sqlite3"
        _check_read_only(window, qtbot, "backup.sqlite3")
        window.show_screen("insights")
        window.retranslate()  # another language: menus and screens are built anew, and held off again
        assert not window.findChild(QAction, "action_new_contact").isEnabled()
        assert not window.show_screen("contacts").new_button.isEnabled()
        banner.personal_button.click()
        assert not window.ctx.session.read_only and not banner.isVisible()
        assert "read-only" not in window.windowTitle()
        assert window.findChild(QAction, "action_new_contact").isEnabled()
        assert window.show_screen("contacts").new_button.isEnabled()
    finally:
        window.server_link.stop()
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest
    assert sorted(p.name for p in copy.parent.iterdir()) == ["backup.sqlite3"]


def test_the_start_offers_the_last_snapshot_when_the_server_does_not_answer(data_dir, tmp_path, qapp, qtbot,
                                                                            monkeypatch):
    pytest.importorskip("psycopg", reason="trying a server needs the optional [postgres] driver")
    from totalnet_desktop import paths
    from totalnet_desktop.views.shell.recovery_dialog import open_session_with_recovery

    session = open_session(data_dir)
    demo.generate(today=TODAY)
    when = dt.datetime(2026, 3, 9, 7, 45)
    folder = snapshots.folder(UNREACHABLE, paths.resolve(data_dir).backup_dir)
    copy, digest = _snapshot(session, folder / snapshots.name_for(when))
    monkeypatch.setenv("TOTALNET_DATABASE", UNREACHABLE)
    seen: list[str] = []

    def answer() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:
            QTimer.singleShot(50, answer)
            return
        seen.append(boxes[0].text())
        boxes[0].findChild(object, "server_unreachable_copy").click()

    QTimer.singleShot(0, answer)
    opened = open_session_with_recovery(data_dir, daily_check=False)
    assert opened is not None and opened.copy == copy and opened.copy_time == when
    assert opened.lost_server == UNREACHABLE
    assert seen and seen[0].endswith("retry, or open your last local snapshot read-only.")
    window = _window(opened, qtbot)
    try:
        banner = window.server_link.copy_banner
        assert banner.label.text() == "Read-only copy from 9 Mar 2026 07:45; changes are not possible."
        assert banner.retry_button.isVisible()
        _check_read_only(window, qtbot, copy.name)
    finally:
        window.server_link.stop()
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest


@pytest.mark.postgres_only
def test_the_reports_login_through_the_app(pg_cluster, data_dir, qapp, qtbot):
    servers = roles_server.create(pg_cluster)
    window = None
    try:
        db_mod.open_server(servers["layla"])
        demo.generate(today=TODAY)
        db_mod.close_database()
        roles_server.grant(pg_cluster)
        window = _window(open_session(data_dir, database=servers["director"]), qtbot)
        assert window.server_link.status.text().endswith(", read-only")
        _check_read_only(window, qtbot, "director")
    finally:
        if window is not None:
            window.server_link.stop()
        db_mod.close_database()
        roles_server.remove(pg_cluster)


@pytest.mark.postgres_only
def test_the_lost_server_bar_opens_the_last_snapshot_and_retries(pg_cluster, data_dir, empty_server, qapp, qtbot):
    from totalnet_desktop import paths

    session = open_session(data_dir, database=empty_server)
    demo.generate(today=TODAY)
    copy, _ = _snapshot(session, snapshots.folder(empty_server, paths.resolve(data_dir).backup_dir)
                        / snapshots.name_for(dt.datetime(2026, 3, 10, 20, 0)))
    window = _window(open_session(data_dir, database=empty_server), qtbot)
    try:
        window.server_link._set_lost(True, "test")  # what the watch does when the server goes away
        bar = window.server_link.banner
        assert bar.copy_button.isVisible()
        bar.copy_button.click()
        assert window.ctx.session.copy == copy and window.ctx.session.lost_server == empty_server
        assert not bar.isVisible() and window.server_link.copy_banner.isVisible()
        _check_read_only(window, qtbot, copy.name)
        window.server_link.copy_banner.retry_button.click()  # the server answers again
        assert window.ctx.session.server == empty_server and not window.ctx.session.read_only
        assert not window.server_link.copy_banner.isVisible()
    finally:
        window.server_link.stop()


# The Chapter screen's buttons that write, by their text (found here by text, not by the gate's mark,
# so a button the gate misses fails the test); Plan, the prints and exports only read.
CHAPTER_WRITING = ("Edit &scheme...", "&Save agenda", "&Keep this rota", "Add dates &away", "Set &stage",
                   "&Join as member", "&Queue follow-ups", "&Save team", "&New team", "&Delete team",
                   "Load sta&rter teams", "&Queue invitations for the most wanted")
CHAPTER_READING = ("&Plan", "Print to P&DF...", "E&xport CSV...", "&Print to PDF...")


def _chapter_buttons(window) -> dict[str, list[QPushButton]]:
    chapter = window.show_screen("chapter")
    found: dict[str, list[QPushButton]] = {}
    for button in chapter.findChildren(QPushButton):
        found.setdefault(button.text(), []).append(button)
    assert set(CHAPTER_WRITING + CHAPTER_READING) <= set(found), set(CHAPTER_WRITING + CHAPTER_READING) - set(found)
    return found


def test_the_chapter_screens_writing_buttons_are_off_on_a_copy_and_on_again(data_dir, tmp_path, qapp, qtbot):
    session = open_session(data_dir)
    demo.generate(today=TODAY)
    copy, digest = _snapshot(session, tmp_path / "copies" / "backup.sqlite3")
    window = _window(open_session(data_dir), qtbot)
    try:
        drip_tip = _chapter_buttons(window)["&Queue follow-ups"][0].toolTip()
        assert drip_tip and all(b.isEnabled() for t in CHAPTER_WRITING for b in _chapter_buttons(window)[t])
        assert window.server_link.open_copy(copy, dt.datetime(2026, 3, 10, 18, 30))
        buttons = _chapter_buttons(window)
        for text in CHAPTER_WRITING:
            for button in buttons[text]:
                assert not button.isEnabled(), text
                assert button.toolTip() == "This login can read only: backup.sqlite3", text
        for text in CHAPTER_READING:
            assert all(b.isEnabled() for b in buttons[text]), text
        window.retranslate()  # the screens built anew: held off again
        assert not any(b.isEnabled() for t in CHAPTER_WRITING for b in _chapter_buttons(window)[t])
        window.server_link.copy_banner.personal_button.click()
        assert not window.ctx.session.read_only
        buttons = _chapter_buttons(window)
        assert all(b.isEnabled() for t in CHAPTER_WRITING for b in buttons[t])
        assert buttons["&Queue follow-ups"][0].toolTip() == drip_tip  # its own tooltip given back
    finally:
        window.server_link.stop()
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == digest
