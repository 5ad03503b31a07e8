"""File > Connect to a chapter server...: the address, a check of the server, then the switch.

The dialog asks host, port, database, user, password and the encryption of the link (libpq's
sslmode), checks the server (its version, TotalNet's tables: none yet, older, current or newer) and
says in one sentence what Connect will do: connect, create the tables, or upgrade them. An empty
server database can take the personal file first (the same copy as ``totalnet copy-database``).
The password goes to the system keyring when the user ticks Remember, otherwise it is kept in
memory for this run; it is never written to a file by TotalNet (``~/.pgpass`` is libpq's own).
"""

from __future__ import annotations

import getpass
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.store import server_check, server_login
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, number, tr_core, translate
from totalnet_desktop.views.shell import theme

logger = logging.getLogger(__name__)

SSL_LABELS = (
    ("prefer", QT_TRANSLATE_NOOP("ConnectDialog", "Encrypted when the server offers it")),
    ("require", QT_TRANSLATE_NOOP("ConnectDialog", "Always encrypted")),
    ("verify-full", QT_TRANSLATE_NOOP("ConnectDialog", "Always encrypted, server certificate checked")),
    ("verify-ca", QT_TRANSLATE_NOOP("ConnectDialog", "Always encrypted, certificate authority checked")),
    ("disable", QT_TRANSLATE_NOOP("ConnectDialog", "Not encrypted (local network only)")),
)


class ConnectDialog(QDialog):
    """Where the chapter's shared database is; ``address``, ``copy_up`` after Connect."""

    def __init__(self, current: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connect_dialog")
        self.setWindowTitle(self.tr("Connect to a chapter server"))
        self.setAccessibleName(self.tr("Connect to a chapter server"))
        self.checked: server_check.ServerCheck | None = None
        start = server_login.ServerAddress.from_url(current) if current else None

        intro = QLabel(self.tr(
            "Share one chapter with your leadership team: TotalNet keeps the chapter on a PostgreSQL "
            "server. Your chapter's administrator gives you these details."))
        intro.setWordWrap(True)
        self.host = self._line("server_host", self.tr("Server"), start.host if start else "localhost")
        self.port = QSpinBox()
        self.port.setObjectName("server_port")
        self.port.setRange(1, 65535)
        self.port.setGroupSeparatorShown(False)
        self.port.setValue(start.port if start else server_login.DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Port"))
        self.database = self._line("server_database", self.tr("Database"), start.database if start else "chapter")
        self.user = self._line("server_user", self.tr("User name"), start.user if start else _login_name())
        self.password = self._line("server_password", self.tr("Password"), "")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Leave empty to use the saved one or ~/.pgpass"))
        self.ssl = QComboBox()
        self.ssl.setObjectName("server_sslmode")
        self.ssl.setAccessibleName(self.tr("Encryption"))
        for mode, label in SSL_LABELS:
            self.ssl.addItem(translate("ConnectDialog", label), mode)
        self.ssl.setCurrentIndex(max(0, self.ssl.findData(start.sslmode if start else "prefer")))

        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User name:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("&Encryption:"), self.ssl)

        self.remember = QCheckBox(self.tr("&Remember the password in this computer's keyring"))
        self.remember.setObjectName("server_remember")
        self.remember.setAccessibleName(self.tr("Remember the password in this computer's keyring"))
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("keyring_note")
        self.keyring_note.setWordWrap(True)
        theme.style_text(self.keyring_note, "muted")
        if server_login.keyring_usable():
            self.remember.setChecked(True)
            self.keyring_note.hide()
        else:
            self.remember.setEnabled(False)
            self.keyring_note.setText(self.tr(
                "This computer has no keyring: the password is kept for this session only. To skip "
                "typing it, the server's administrator can set up a ~/.pgpass file."))

        self.check_button = QPushButton(self.tr("&Check the server"))
        self.check_button.setObjectName("server_check")
        self.check_button.setAccessibleName(self.tr("Check the server"))
        self.check_button.clicked.connect(self.check)
        self.answer = QLabel()
        self.answer.setObjectName("server_result")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setAccessibleName(self.tr("What the server answered"))
        self.copy_up = QCheckBox(self.tr("Cop&y my personal file up first (contacts, meetings, follow-ups)"))
        self.copy_up.setObjectName("server_copy_up")
        self.copy_up.setAccessibleName(self.tr("Copy my personal file up first"))
        self.copy_up.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.connect_button = self.buttons.addButton(self.tr("Co&nnect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("server_connect")
        self.connect_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        check_row = QHBoxLayout()
        check_row.addWidget(self.check_button)
        check_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.remember)
        layout.addWidget(self.keyring_note)
        layout.addLayout(check_row)
        layout.addWidget(self.answer)
        layout.addWidget(self.copy_up)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for edit in (self.host, self.database, self.user, self.password):
            edit.textEdited.connect(self._address_changed)
        self.port.valueChanged.connect(self._address_changed)
        self.ssl.currentIndexChanged.connect(self._address_changed)
        self.setMinimumWidth(520)

    def _line(self, name: str, accessible: str, value: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        return edit

    # ---- what the user chose ----------------------------------------------------------------------
    def address(self) -> server_login.ServerAddress:
        return server_login.ServerAddress(
            host=self.host.text().strip(), database=self.database.text().strip(), user=self.user.text().strip(),
            port=self.port.value(), sslmode=self.ssl.currentData() or "prefer")

    def url(self) -> str:
        return self.address().url()

    def wants_copy(self) -> bool:
        """The personal file goes up first (offered for an empty server database only)."""
        return self.copy_up.isChecked() and not self.copy_up.isHidden()

    def _address_changed(self, *_args) -> None:
        self.checked = None
        self.connect_button.setEnabled(False)
        self.copy_up.hide()
        self.answer.clear()

    # ---- the check --------------------------------------------------------------------------------
    def check(self) -> server_check.ServerCheck | None:
        """Ask the server (nothing is written); say what Connect will do."""
        address = self.address()
        if not (address.host and address.database and address.user):
            self._say(self.tr("Fill in the server, the database and the user name."), "error")
            return None
        url = address.url()
        if self.password.text():
            server_login.offer(url, self.password.text())
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            found = server_check.check(url)
        except TotalNetError as exc:
            self._say(tr_core(exc), "error")
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.checked = found
        self._explain(found)
        return found

    def _explain(self, found: server_check.ServerCheck) -> None:
        version = found.version_text
        ok = found.state in (server_check.READY, server_check.CREATE, server_check.UPGRADE)
        self.connect_button.setEnabled(ok)
        self.copy_up.setVisible(ok and found.empty)
        if found.state == server_check.OLD_SERVER:
            self._say(self.tr("The server runs PostgreSQL {version}; TotalNet needs PostgreSQL 13 or newer.").format(
                version=version), "error")
        elif found.state == server_check.NEWER:
            self._say(self.tr("The database {label} was written by a newer TotalNet (schema version {schema}): "
                              "update this app first.").format(label=found.label, schema=number(found.schema_version)),
                      "error")
        elif found.state == server_check.CREATE:
            self.connect_button.setText(self.tr("Create the tables and co&nnect"))
            self._say(self.tr("PostgreSQL {version} answered. The database {label} has no TotalNet tables "
                              "yet: Connect creates them.").format(version=version, label=found.label), "success")
        elif found.state == server_check.UPGRADE:
            self.connect_button.setText(self.tr("Upgrade and co&nnect"))
            self._say(self.tr("PostgreSQL {version} answered. The database {label} holds an older TotalNet's "
                              "tables (version {old}): Connect upgrades them to version {new}; every desk then "
                              "needs this TotalNet or newer.").format(
                version=version, label=found.label, old=number(found.schema_version),
                new=number(server_check.migrations.CURRENT_VERSION)), "success")
        else:
            self.connect_button.setText(self.tr("Co&nnect"))
            self._say(self.tr("PostgreSQL {version} answered. The chapter database {label} is ready.").format(
                version=version, label=found.label), "success")

    def _say(self, text: str, colour: str) -> None:
        theme.style_text(self.answer, colour)
        self.answer.setText(text)

    def accept(self) -> None:
        if self.checked is None and self.check() is None:
            return
        if not self.connect_button.isEnabled():
            return
        url = self.url()
        typed = self.password.text()
        if typed and self.remember.isChecked() and not server_login.save_password(url, typed):
            self._say(self.tr("The keyring did not take the password: it is kept for this session only."),
                      "error")
        elif typed and not self.remember.isChecked():
            server_login.forget_password(url)  # "not remembered": one saved before leaves the keyring too
            server_login.offer(url, typed)  # for this session only
        super().accept()


def _login_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name on this system
        return ""
