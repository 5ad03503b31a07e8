"""The desktop on a chapter server, with real widgets against the throwaway cluster: the Connect
dialog, the database named in the title and status bar, a lost server (read-only, typing kept,
back on its own) and other desks' changes refreshing the screens (LISTEN/NOTIFY)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QSpinBox

from totalnet_desktop import paths
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import engine, overview, server_login
from totalnet_desktop.core.store.errors import ServerLostError
from totalnet_desktop.core.store.records import ContactRecord
from totalnet_desktop.core.store.session import open_session
from totalnet_desktop.views.shell.context import AppContext
from totalnet_desktop.views.shell.main_window import MainWindow
from totalnet_desktop.views.shell.server_dialog import ConnectDialog

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")

WAIT_MS = 15000  # a bound for a busy machine, not a speed claim


def _window(session, qtbot) -> MainWindow:
    window = MainWindow(AppContext(session))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def server_window(empty_server, data_dir, qapp, qtbot):
    """The main window on a fresh chapter server database."""
    window = _window(open_session(data_dir, database=empty_server), qtbot)
    yield window
    window.server_link.stop()


def _when_shown(cls, act) -> None:
    """Run ``act(dialog)`` once a dialog of ``cls`` is on screen (it runs inside the dialog's exec);
    a failure closes the dialog so the test ends and reports it."""
    def poll() -> None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]
        if not found:
            QTimer.singleShot(50, poll)
            return
        try:
            act(found[0])
        except BaseException:
            found[0].reject()
            raise

    QTimer.singleShot(0, poll)


def _other_desk(url: str, code: str) -> None:
    """Another desk: a second process of the app writing to the same server."""
    import subprocess
    import sys

    script = ("from totalnet_desktop.core.store import db\n"
              "from totalnet_desktop.core.contacts import service\n"
              "from totalnet_desktop.core.store.records import ContactRecord\n"
              f"db.open_server({url!r})\n{code}\ndb.close_database()\n")
    subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True)


def _cut(cluster, url: str, reachable: bool) -> None:
    """The server stops taking this database's connections (and drops the open ones), or takes them again."""
    name = engine.database_name(url)
    cluster.admin(f"ALTER DATABASE {name} ALLOW_CONNECTIONS {'true' if reachable else 'false'}")
    if not reachable:
        cluster.admin(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'")


def test_title_and_status_bar_name_the_database(main_window, engine_name):
    link = main_window.server_link
    status = main_window.findChild(type(link.status), "database_status")
    if engine_name == "sqlite":
        name = main_window.ctx.paths.db_path.name
        assert main_window.windowTitle().endswith(f"— {name}")
        assert status.text() == f"Personal file: {name}"
    else:
        label = engine.short_label(main_window.ctx.session.server)
        assert label.startswith("postgres@127.0.0.1/")
        assert main_window.windowTitle().endswith(f"— {label}")
        assert status.text() == f"Chapter server: {label}"
    assert status.accessibleName() == "Database in use"
    personal = main_window.findChild(QAction, "action_personal_file")
    assert personal.isEnabled() == (engine_name == "postgres")


@pytest.mark.postgres_only
def test_connect_dialog_checks_copies_the_personal_file_up_and_is_remembered(
        empty_server, data_dir, qapp, qtbot, file_keyring):
    session = open_session(data_dir)  # the personal file, with one contact
    contacts.create(ContactRecord(id=None, first_name="Layla", last_name="Haddad"), undoable=False)
    window = _window(session, qtbot)
    address = server_login.ServerAddress.from_url(empty_server)
    seen: dict[str, object] = {}

    def fill(dialog: ConnectDialog) -> None:
        for kind in (QLineEdit, QSpinBox, QComboBox, QCheckBox):
            for control in dialog.findChildren(kind):
                if not control.objectName().startswith("qt_"):  # Qt's own parts of a spin box
                    assert control.accessibleName(), control.objectName()
        dialog.host.setText(address.host)
        dialog.port.setValue(address.port)
        dialog.database.setText(address.database)
        dialog.user.setText(address.user)
        dialog.password.setText("typed-secret")  # trust login: taken, never needed
        dialog.check_button.click()
        seen["result"] = dialog.answer.text()
        seen["copy_visible"] = dialog.copy_up.isVisible()
        seen["connect"] = dialog.connect_button.text()
        dialog.copy_up.setChecked(True)
        dialog.connect_button.click()

    _when_shown(ConnectDialog, fill)
    assert window.server_link.connect_dialog()
    assert "has no TotalNet tables yet: Connect creates them" in str(seen["result"])
    assert seen["copy_visible"] and seen["connect"] == "Create the tables and co&nnect"
    label = engine.short_label(empty_server)
    assert window.windowTitle().endswith(f"— {label}")
    assert window.server_link.status.text() == f"Chapter server: {label}"
    assert overview.contact_count() == 1  # read from the server now
    assert contacts.get(1).first_name == "Layla"
    # The password went to the keyring, not to the data folder; the choice is remembered.
    resolved = paths.resolve(data_dir)
    assert server_login.remembered(resolved) == address.url()
    assert file_keyring.get_password(server_login.KEYRING_SERVICE, address.account) == "typed-secret"
    assert all("typed-secret" not in p.read_text(errors="replace")
               for p in resolved.data_dir.rglob("*") if p.is_file() and p.suffix != ".sqlite3")
    # The next start opens the server; File > Use my personal file goes back.
    assert open_session(data_dir).server == address.url()
    window.ctx.session = open_session(data_dir)
    window.server_link.start()
    assert window.findChild(QAction, "action_personal_file").isEnabled()
    assert window.use_personal_file()
    assert window.ctx.session.server is None and server_login.remembered(resolved) is None
    assert window.windowTitle().endswith(f"— {resolved.db_path.name}")
    window.server_link.stop()


@pytest.mark.postgres_only
def test_lost_server_read_only_typing_kept_and_back(server_window, pg_cluster, qtbot):
    window = server_window
    contacts.create(ContactRecord(id=None, first_name="Omar", last_name="Khalil"), undoable=False)
    window.ctx.bus.changed.emit("all")
    screen = window.show_screen("contacts")
    screen.search.setText("Oma")
    qtbot.waitUntil(lambda: not screen.search_timer.isActive() and screen.model.rowCount() == 1, timeout=WAIT_MS)
    url = window.ctx.session.server
    new_contact = window.findChild(QAction, "action_new_contact")
    # A read that was under way when the link broke reaches the app's error hook as ServerLostError,
    # which the window takes as the lost state (no crash dialog).
    with qtbot.capture_exceptions() as raised:
        _cut(pg_cluster, url, reachable=False)
        qtbot.waitUntil(lambda: window.server_link.banner.isVisible(), timeout=WAIT_MS)
    assert all(isinstance(exc, ServerLostError) and window.server_link.absorb(exc) for _, exc, _ in raised)
    try:
        banner = window.server_link.banner.label.text()
        assert banner.startswith(f"The chapter server {engine.short_label(url)} cannot be reached.")
        assert "changes are refused until it is back" in banner
        assert banner.endswith("This computer has no copy of it yet.") or "last copy is from" in banner
        assert window.stack.isEnabled() and not new_contact.isEnabled()  # readable, not writable
        assert screen.search.text() == "Oma"  # what was typed stays
        assert "not reachable, read-only" in window.server_link.status.text()
    finally:
        _cut(pg_cluster, url, reachable=True)
    qtbot.waitUntil(lambda: not window.server_link.banner.isVisible(), timeout=WAIT_MS)
    assert window.stack.isEnabled() and new_contact.isEnabled()
    assert screen.search.text() == "Oma"
    assert window.server_link.status.text() == f"Chapter server: {engine.short_label(url)}"
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=WAIT_MS)  # reads work again


@pytest.mark.postgres_only
def test_a_lost_server_leaves_the_table_scrollable_and_refuses_an_edit_with_the_typing_kept(
        server_window, pg_cluster, qtbot):
    from PySide6.QtCore import Qt

    from totalnet_desktop.views.contacts.editor import ContactEditor

    window = server_window
    for n in range(80):
        contacts.create(ContactRecord(id=None, first_name=f"Member{n:02d}", last_name="Haddad"), undoable=False)
    window.ctx.bus.changed.emit("all")
    screen = window.show_screen("contacts")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 80, timeout=WAIT_MS)
    table = screen.table
    table.setFocus()
    table.selectRow(0)
    qtbot.waitUntil(lambda: "Member01" in str(screen.model.data(screen.model.index(1, 0))), timeout=WAIT_MS)
    editor = ContactEditor(window.ctx, parent=window)  # open when the server goes away
    qtbot.addWidget(editor)
    url = window.ctx.session.server
    with qtbot.capture_exceptions():
        _cut(pg_cluster, url, reachable=False)
        qtbot.waitUntil(lambda: window.server_link.banner.isVisible(), timeout=WAIT_MS)
    try:
        # Readable: the table scrolls, a row is selected with the keyboard, its text copied.
        assert table.isEnabled() and table.isVisibleTo(window)
        bar = table.verticalScrollBar()
        assert bar.maximum() > 0
        bar.setValue(bar.maximum())
        assert bar.value() == bar.maximum() > 0
        qtbot.keyClick(table, Qt.Key.Key_Down)
        assert table.currentIndex().row() == 1
        QApplication.clipboard().clear()
        qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert "Member01" in QApplication.clipboard().text()
        assert "cannot be read while the chapter server is away" in screen.detail.empty.text()
        # Not writable: a save is refused in its dialog, with what was typed kept.
        editor.set_text("first_name", "Rania")
        editor.set_text("company", "Gulf Print")
        assert editor.try_save() is None
        assert editor.error.text().startswith(f"The chapter server {engine.short_label(url)} cannot be reached; "
                                              "nothing of this change was saved.")
        assert editor.fields["first_name"].text() == "Rania" and editor.fields["company"].text() == "Gulf Print"
    finally:
        _cut(pg_cluster, url, reachable=True)
    qtbot.waitUntil(lambda: not window.server_link.banner.isVisible(), timeout=WAIT_MS)
    assert editor.try_save() is not None  # the same dialog saves once the server is back
    assert overview.contact_count() == 81


@pytest.mark.postgres_only
def test_a_save_during_the_loss_is_refused_in_its_dialog_with_the_typing_kept(server_window, pg_cluster, qtbot):
    from totalnet_desktop.views.contacts.editor import ContactEditor

    window = server_window
    editor = ContactEditor(window.ctx, parent=window)
    qtbot.addWidget(editor)
    editor.set_text("first_name", "Rania")
    editor.set_text("company", "Gulf Print")
    url = window.ctx.session.server
    _cut(pg_cluster, url, reachable=False)
    try:
        assert editor.try_save() is None
        assert editor.error.text().startswith(f"The chapter server {engine.short_label(url)} cannot be reached; "
                                              "nothing of this change was saved.")
        assert editor.fields["first_name"].text() == "Rania" and editor.fields["company"].text() == "Gulf Print"
    finally:
        _cut(pg_cluster, url, reachable=True)
    assert editor.try_save() is not None  # the same dialog saves once the server is back
    assert overview.contact_count() == 1


@pytest.mark.postgres_only
def test_another_desk_writing_refreshes_the_open_screens(server_window, qtbot):
    window = server_window
    screen = window.show_screen("contacts")
    contacts.create(ContactRecord(id=None, first_name="Omar"), undoable=False)  # this desk: no notice needed
    window.ctx.bus.changed.emit("contacts")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 1, timeout=WAIT_MS)
    topics: list[str] = []
    window.server_link.watch.changed.connect(topics.append)
    _other_desk(window.ctx.session.server,
                "service.create(ContactRecord(id=None, first_name='Huda', last_name='Saleh'), undoable=False)")
    qtbot.waitUntil(lambda: screen.model.rowCount() == 2, timeout=WAIT_MS)
    assert topics == ["contacts"]
    with psycopg.connect(window.ctx.session.server, autocommit=True) as other_desk:
        other_desk.execute("UPDATE follow_up SET reason = reason")  # a statement on the follow-ups, even of no rows
    qtbot.waitUntil(lambda: "followups" in topics, timeout=WAIT_MS)


@pytest.mark.postgres_only
def test_own_writes_are_not_news_and_meeting_tables_reach_the_meeting_screen(server_window, qtbot):
    window = server_window
    watch = window.server_link.watch
    topics: list[str] = []
    watch.changed.connect(topics.append)
    contacts.create(ContactRecord(id=None, first_name="Omar"), undoable=False)
    with psycopg.connect(window.ctx.session.server, autocommit=True) as other_desk:
        other_desk.execute("DELETE FROM attendance")
        qtbot.waitUntil(lambda: topics == ["remote_meetings"], timeout=WAIT_MS)
    assert topics == ["remote_meetings"]  # this desk's own contact was not news
    from totalnet_desktop.views.meeting.presenter import MeetingPresenter

    presenter = MeetingPresenter(lambda _topic: None)
    assert presenter.data_changed("remote_meetings", True) == "reload"
    assert presenter.data_changed("remote_meetings", False) == ""


@pytest.mark.postgres_only
def test_unticking_remember_takes_a_saved_password_out_of_the_keyring(empty_server, data_dir, qapp, qtbot,
                                                                        file_keyring):
    address = server_login.ServerAddress.from_url(empty_server)
    assert server_login.save_password(address.url(), "old-secret")
    dialog = ConnectDialog(address.url())
    qtbot.addWidget(dialog)
    dialog.password.setText("typed-secret")
    dialog.remember.setChecked(False)
    dialog.check_button.click()
    dialog.connect_button.click()
    assert dialog.result() == ConnectDialog.DialogCode.Accepted
    assert file_keyring.get_password(server_login.KEYRING_SERVICE, address.account) is None
    assert server_login.password_for(address.url()) == "typed-secret"  # kept for this session only
    server_login.offer(address.url(), None)
