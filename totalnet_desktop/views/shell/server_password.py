"""At start: the remembered chapter server wants a password that neither the keyring nor ~/.pgpass
gives (or the one kept there is refused). One dialog naming the login, three tries; "Remember in the
system keyring" only where the keyring keeps secrets (core/store/keyring_check.py). After three wrong
tries, or Cancel: Use my personal file / Quit."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.store import engine, server_check, server_login
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import embedded, tr_core, translate
from totalnet_desktop.views.shell import theme

logger = logging.getLogger(__name__)

TRIES = 3


class ServerPasswordDialog(QDialog):
    """The password of ``url``'s login, tried against the server before the dialog closes."""

    def __init__(self, url: str, parent: QWidget | None = None, tries: int = TRIES) -> None:
        super().__init__(parent)
        self.url = url
        self.tries_left = tries
        self.setObjectName("server_password")
        self.setWindowTitle(self.tr("Chapter server password"))
        address = server_login.ServerAddress.from_url(url)
        self.text = QLabel(self.tr("The chapter server {server} asks for the password of {login}.").format(
            server=embedded(engine.short_label(url)), login=embedded(address.user or "postgres")))
        self.text.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("server_password_field")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Password of {login}").format(login=address.user or "postgres"))
        self.remember: QCheckBox | None = None
        if server_login.keyring_usable():
            self.remember = QCheckBox(self.tr("Remember in the system keyring"))
            self.remember.setObjectName("server_password_remember")
            self.remember.setChecked(True)
        self.hint = QLabel(self.tr("This computer has no safe keyring: the password is kept until TotalNet "
                                   "closes. A ~/.pgpass file gives it at every start."))
        self.hint.setObjectName("server_password_hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(self.remember is None)
        theme.style_text(self.hint, "muted")
        self.error = QLabel("")
        self.error.setObjectName("server_password_error")
        self.error.setWordWrap(True)
        theme.style_text(self.error, "error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Connect"))
        buttons.accepted.connect(self.try_it)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.field)
        if self.remember is not None:
            layout.addWidget(self.remember)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def try_it(self) -> None:
        """Connect with the typed password; keep it (this run, and the keyring when asked) when the
        server lets the login in, else say why and count a try."""
        password = self.field.text()
        server_login.offer(self.url, password)
        try:
            server_check.check(self.url)
        except TotalNetError as exc:
            server_login.offer(self.url, None)
            self.tries_left -= 1
            self.field.clear()
            if self.tries_left <= 0:
                self.reject()
                return
            left = self.tries_left
            # The passphrase prompt's words, already in every catalogue with their plural forms.
            self.error.setText(translate("PassphrasePrompt", "{error} (%Ln try/tries left.)", None, left).format(
                error=tr_core(exc)))
            return
        if self.remember is not None and self.remember.isChecked():
            server_login.save_password(self.url, password)
        self.accept()


def ask_server_password(url: str, parent: QWidget | None = None) -> bool:
    """True when a password that opens ``url`` was given (kept for this run, and in the keyring when
    asked); False after Cancel or three wrong tries."""
    dialog = ServerPasswordDialog(url, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted


PERSONAL = "personal"


def ask_personal_or_quit(url: str, parent: QWidget | None = None) -> str | None:
    """No password: open the personal file for this run (PERSONAL) or quit (None)."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Recovery", "The chapter server was not opened"),
                      translate("Recovery", "Without the password of {login}, TotalNet cannot open the chapter "
                                "server {server}. You can use your personal file for now; the next start "
                                "asks again.").format(
                          login=embedded(server_login.ServerAddress.from_url(url).user or "postgres"),
                          server=embedded(engine.short_label(url))),
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("server_no_password")
    personal = box.addButton(translate("Recovery", "Use my personal file"), QMessageBox.ButtonRole.AcceptRole)
    personal.setObjectName("server_no_password_personal")
    quit_button = box.addButton(translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(personal)
    box.setEscapeButton(quit_button)
    box.exec()
    return PERSONAL if box.clickedButton() is personal else None
