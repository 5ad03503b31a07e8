"""At start, a remembered chapter server that wants a password nobody kept: the password dialog
(login named, three tries, the keyring only where it keeps secrets), then the personal file or Quit.
A real role with scram-sha-256 on the throwaway cluster, real dialogs driven on screen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from totalnet_desktop import paths
from totalnet_desktop.core.store import engine, server_login
from totalnet_desktop.views.shell.recovery_dialog import open_session_with_recovery
from totalnet_desktop.views.shell.server_password import ServerPasswordDialog

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")
pytestmark = pytest.mark.postgres_only


@pytest.fixture
def file_keyring(tmp_path, monkeypatch):
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    before = keyring.get_keyring()
    ring = PlaintextKeyring()
    ring.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    keyring.set_keyring(ring)
    monkeypatch.setenv(server_login.ENV_PLAINTEXT_OK, "1")
    yield ring
    keyring.set_keyring(before)
    server_login._typed.clear()


@pytest.fixture
def password_server(pg_cluster, empty_server, data_dir, monkeypatch):
    """A remembered server whose login must give the password 'sesame-4711' (none kept anywhere)."""
    from totalnet_desktop.core.store import server_check

    name = engine.database_name(empty_server)
    server_check.prepare(empty_server)
    pg_cluster.admin("DROP ROLE IF EXISTS tn_start_pw")
    pg_cluster.admin("CREATE ROLE tn_start_pw LOGIN PASSWORD 'sesame-4711'")
    pg_cluster.admin(f"GRANT ALL ON DATABASE {name} TO tn_start_pw")
    pg_cluster.admin(f"ALTER DATABASE {name} OWNER TO tn_start_pw")
    hba = pg_cluster.data / "pg_hba.conf"
    original = hba.read_text()
    hba.write_text("host all tn_start_pw 127.0.0.1/32 scram-sha-256\n" + original)
    pg_cluster.admin("SELECT pg_reload_conf()")
    monkeypatch.setenv("PGPASSFILE", str(data_dir.parent / "no.pgpass"))
    url = server_login.ServerAddress(host="127.0.0.1", port=pg_cluster.port, database=name,
                                     user="tn_start_pw", sslmode="disable").url()
    with psycopg.connect(empty_server, autocommit=True) as conn:
        for table in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall():
            conn.execute(f'ALTER TABLE "{table[0]}" OWNER TO tn_start_pw')
        for seq in conn.execute("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'").fetchall():
            conn.execute(f'ALTER SEQUENCE "{seq[0]}" OWNER TO tn_start_pw')
    data_dir.mkdir(parents=True, exist_ok=True)
    server_login.remember(paths.resolve(data_dir), url)
    yield url
    hba.write_text(original)
    pg_cluster.admin("SELECT pg_reload_conf()")
    server_login._typed.clear()


def _answer(cls, steps) -> None:
    """Drive the dialogs of ``cls`` as they come: each step gets the one on screen."""
    steps = list(steps)

    def poll() -> None:
        if not steps:
            return
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, steps[0][0]) and w.isVisible()]
        if not shown:
            QTimer.singleShot(40, poll)
            return
        _kind, act = steps.pop(0)
        try:
            act(shown[0])
        finally:
            QTimer.singleShot(40, poll)

    QTimer.singleShot(0, poll)


def test_a_wrong_then_the_right_password_opens_the_server_and_the_keyring_keeps_it(
        password_server, file_keyring, data_dir, qapp):
    said: list[str] = []

    def wrong(dialog: ServerPasswordDialog) -> None:
        assert "tn_start_pw" in dialog.text.text() and dialog.remember is not None
        dialog.field.setText("open-sesame")
        dialog.try_it()
        said.append(dialog.error.text())
        dialog.field.setText("sesame-4711")
        dialog.try_it()

    _answer(ServerPasswordDialog, [(ServerPasswordDialog, wrong)])
    session = open_session_with_recovery(data_dir)
    assert session is not None and session.server == password_server
    assert said == [("TotalNet cannot reach the chapter server tn_start_pw@127.0.0.1/"
                    f"{engine.database_name(password_server)}: it did not accept the password of tn_start_pw. "
                    "(2 tries left.)")]
    assert server_login.stored_password(password_server) == "sesame-4711"


def test_three_wrong_passwords_then_the_personal_file(password_server, data_dir, qapp, monkeypatch):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    before = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())  # no safe keyring: no "Remember" box, the hint instead
    seen: list[bool] = []

    def three_wrong(dialog: ServerPasswordDialog) -> None:
        seen.append(dialog.remember is None and not dialog.hint.isHidden())
        for attempt in ("a", "b", "c"):
            dialog.field.setText(attempt)
            dialog.try_it()

    def personal(box: QMessageBox) -> None:
        assert "tn_start_pw" in box.text()
        box.findChild(type(box.buttons()[0]), "server_no_password_personal").click()

    try:
        _answer(ServerPasswordDialog, [(ServerPasswordDialog, three_wrong), (QMessageBox, personal)])
        session = open_session_with_recovery(data_dir)
    finally:
        keyring.set_keyring(before)
    assert seen == [True]
    assert session is not None and session.server is None  # the personal file, this run only
    assert server_login.remembered(paths.resolve(data_dir)) == password_server
