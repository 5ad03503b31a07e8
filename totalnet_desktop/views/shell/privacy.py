"""Passphrase dialogs and the lock (issue 20).

- ``ask_passphrase``: at start, for a protected database: one sentence, three tries.
- ``ProtectDialog``: Preferences > Protect with a passphrase... (also change or remove it); says
  before encrypting that a forgotten passphrase cannot be recovered.
- ``Locker``: with a passphrase set, Ctrl+Shift+L or N idle minutes hide every screen behind a
  passphrase prompt. While Meeting day is the screen in front during a meeting, the idle lock waits
  (check-in stays open for the meeting's length: meeting_time.py).
"""

from __future__ import annotations

import hmac
import logging
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter.meeting_time import meeting_in_progress
from totalnet_desktop.core.store import cipher, db, prefs, protect
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, path_text, tr_core, translate
from totalnet_desktop.views.shell import theme

logger = logging.getLogger(__name__)

TRIES = 3
NO_RECOVERY = QT_TRANSLATE_NOOP("ProtectDialog", "A forgotten passphrase cannot be recovered: without it nobody "
                                "can read this data, you included. Write it down somewhere safe.")
LOCK_MINUTES_KEY = "lock_idle_minutes"
LOCK_MEETING_KEY = "lock_spare_meeting_day"
DEFAULT_LOCK_MINUTES = 10
LOCK_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CLOSE_AFTER_MS = 2500  # the third wrong passphrase at the lock: its sentence shows this long, then TotalNet closes


def fit_height(dialog: QWidget) -> None:
    """Grow ``dialog`` to the height its wrapped sentences need at its width (a long error, Arabic)."""
    layout = dialog.layout()
    layout.activate()
    need = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else dialog.sizeHint().height()
    if need > dialog.height():
        dialog.resize(dialog.width(), need)


class PassphrasePrompt(QDialog):
    """One password box; ``check(text)`` raises TotalNetError for a wrong one (the dialog says it)."""

    def __init__(self, title: str, text: str, check, parent: QWidget | None = None, tries: int = TRIES):
        super().__init__(parent)
        self.setObjectName("passphrase_prompt")
        self.setWindowTitle(title)
        self.check = check
        self.tries_left = tries
        self.accepted_passphrase: str | None = None
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.field = QLineEdit()
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.error = QLabel("")
        self.error.setObjectName("passphrase_error")
        theme.style_text(self.error, "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.try_it)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.field)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(440, self.sizeHint().height())
        fit_height(self)

    def try_it(self) -> None:
        passphrase = self.field.text()
        try:
            self.check(passphrase)
        except TotalNetError as exc:
            self.tries_left -= 1
            self.field.clear()
            self.error.setText(tries_text(tr_core(exc), self.tries_left))
            fit_height(self)
            if self.tries_left <= 0:
                self.reject()
            return
        self.accepted_passphrase = passphrase
        self.accept()


def tries_text(error: str, left: int) -> str:
    """The one sentence of a wrong passphrase with the tries left (the start prompt and the lock)."""
    if left <= 0:
        return translate("PassphrasePrompt", "{error} No tries left.").format(error=error)
    return translate("PassphrasePrompt", "{error} (%Ln try/tries left.)", None, left).format(error=error)


def ask_passphrase(db_path: Path, parent: QWidget | None = None) -> str | None:
    """At start: the passphrase that opens ``db_path`` (three tries), or None when the user gives up."""
    prompt = PassphrasePrompt(
        translate("PassphrasePrompt", "TotalNet is protected"),
        translate("PassphrasePrompt", "Your TotalNet data ({folder}) is protected with a passphrase. Enter it to "
                                      "open.").format(folder=path_text(db_path.parent)),
        lambda text: cipher.check_key(db_path, text), parent)
    prompt.exec()
    return prompt.accepted_passphrase


class ProtectDialog(QDialog):
    """Set, change or remove the passphrase (the whole file is converted in one step)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("protect_dialog")
        protected = cipher.passphrase() is not None
        self.setWindowTitle(self.tr("Change the passphrase") if protected else self.tr("Protect with a passphrase"))
        intro = QLabel(
            (self.tr("Your data is protected with a passphrase. Choose a new one, or remove the protection.")
             if protected else
             self.tr("The database and every backup will be encrypted (SQLCipher, AES-256). The app asks for "
                     "the passphrase at start. CSV and vCard exports stay plain so that other programs can "
                     "read them."))
            + "\n\n" + translate("ProtectDialog", NO_RECOVERY))
        intro.setWordWrap(True)
        self.first = QLineEdit()
        self.first.setObjectName("new_passphrase")
        self.second = QLineEdit()
        self.second.setObjectName("repeat_passphrase")
        for box in (self.first, self.second):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyring = QCheckBox(self.tr("Keep the passphrase in the system keyring (no question at start)"))
        self.keyring.setObjectName("use_keyring")
        self.error = QLabel("")
        self.error.setObjectName("protect_error")
        theme.style_text(self.error, "error")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New passphrase"), self.first)
        form.addRow(self.tr("Again"), self.second)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.protect_button = buttons.addButton(self.tr("Change passphrase") if protected else self.tr("Protect"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        self.protect_button.setObjectName("protect_button")
        buttons.accepted.connect(self.protect)
        buttons.rejected.connect(self.reject)
        self.remove_button: QPushButton | None = None
        if protected:
            self.remove_button = buttons.addButton(self.tr("Remove protection"),
                                                   QDialogButtonBox.ButtonRole.ResetRole)
            self.remove_button.setObjectName("unprotect_button")
            self.remove_button.clicked.connect(self.unprotect)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.keyring)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.result_line = ""
        self.resize(520, self.sizeHint().height())

    def _say(self, text: str) -> None:
        """Show ``text`` under the boxes, growing the window so that a long sentence hides nothing."""
        self.error.setText(text)
        fit_height(self)

    def protect(self) -> None:
        if self.first.text() != self.second.text():
            self._say(self.tr("The two passphrases differ."))
            return
        self._run(self.first.text())

    def unprotect(self) -> None:
        self._run(None)

    def _run(self, new: str | None) -> None:
        try:
            if new is not None:
                protect.check_new_passphrase(new)
        except TotalNetError as exc:
            self._say(tr_core(exc))
            return
        self._say("")
        from totalnet_desktop.views.shell.work_dialog import WorkDialog  # the job machinery loads on use

        db_path, backup_dir = self.ctx.paths.db_path, self.ctx.paths.backup_dir
        # The whole file is rewritten off the GUI thread (about 10-25 s for 100,000 contacts). This
        # thread's connection is closed first and again after: anything it opened meanwhile would be
        # on the old file; its next query opens the new one.
        db.close_database()
        outcome = WorkDialog(
            self.tr("Protect with a passphrase") if new else self.tr("Remove the protection"),
            self.tr("Encrypting the database and its backups... Cancel leaves them as they were.") if new else
            self.tr("Decrypting the database and its backups... Cancel leaves them as they were."),
            self).run(lambda progress, cancelled: protect.change_key(db_path, backup_dir, new, progress, cancelled),
                      "passphrase change")
        db.close_database()
        if "cancelled" in outcome:
            self._say(self.tr("Cancelled; nothing was changed."))
            return
        if "error" in outcome:
            self._say(outcome["error"])
            return
        result = outcome["result"]
        if new and self.keyring.isChecked() and not cipher.keyring_set(self.ctx.paths.db_path, new):
            QMessageBox.information(self, self.tr("Keyring"), self.tr(
                "No system keyring is available; the passphrase was not kept and will be asked at start."))
        elif not new or not self.keyring.isChecked():
            cipher.keyring_set(self.ctx.paths.db_path, None)
        self.result_line = result.line()
        self.ctx.bus.changed.emit("preferences")
        self.accept()


class Locker(QObject):
    """Hides the main window's screens behind a passphrase prompt (Ctrl+Shift+L, or idle minutes)."""

    CHECK_MS = 15_000

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_input = time.monotonic()
        self.locked = False
        self._saved: QWidget | None = None
        self._hidden: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self.check_idle)
        self.timer.start()
        # Watching every event of the application from Python starts with the event loop: the window's
        # construction and first paint (hundreds of events) do not go through Python for nothing.
        QTimer.singleShot(0, self, lambda: QApplication.instance().installEventFilter(self))

    def eventFilter(self, obj, event) -> bool:
        if event.type() in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                            QEvent.Type.Wheel):
            self.last_input = time.monotonic()
        # Ctrl+Shift+L in an open dialog (modal or not): the window's Lock action does not see keys typed
        # there (its shortcut belongs to the main window), so the key is caught here when it reaches the
        # dialog unused.
        if (event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_L and not self.locked
                and event.modifiers() & LOCK_MODIFIERS == LOCK_MODIFIERS
                and cipher.passphrase() is not None and isinstance(obj, QWidget) and obj.isWindow()
                and obj is not self.window):
            self.lock()
            return True
        return False

    @staticmethod
    def idle_minutes() -> int:
        value = prefs.get(LOCK_MINUTES_KEY, DEFAULT_LOCK_MINUTES)
        return DEFAULT_LOCK_MINUTES if value is None else int(value)

    def check_idle(self) -> None:
        minutes = self.idle_minutes()
        if self.locked or cipher.passphrase() is None or minutes <= 0:
            return
        if (time.monotonic() - self.last_input) < minutes * 60:
            return
        if (prefs.get(LOCK_MEETING_KEY, True) and self.window.current_key() == "meeting"
                and meeting_in_progress()):
            return  # the check-in stays open for the meeting's length, while Meeting day is in front
        self.lock()

    def lock(self) -> bool:
        if self.locked:
            return True
        if cipher.passphrase() is None:
            self.window.statusBar().showMessage(self.tr("Protect your data with a passphrase first (Edit > "
                                                        "Preferences) to lock TotalNet."), 6000)
            return False
        self.locked = True
        # Open dialogs (an editor, a report) show data too: hidden until unlocked.
        self._hidden = [w for w in QApplication.topLevelWidgets() if w is not self.window and w.isVisible()]
        for widget in self._hidden:
            widget.hide()
        self._saved = self.window.takeCentralWidget()
        self._saved.hide()
        self._saved.setParent(self.window)  # kept alive, never shown on its own
        self._saved.hide()
        self.window.setCentralWidget(LockScreen(self))
        self.window.menuBar().setEnabled(False)
        for action in self.window.actions_to_lock():
            action.setEnabled(False)
        logger.info("locked")
        return True

    def unlock(self, passphrase: str) -> bool:
        current = cipher.passphrase() or ""
        if not hmac.compare_digest(passphrase.encode(), current.encode()):
            return False
        lock_screen = self.window.takeCentralWidget()
        if lock_screen is not None:
            lock_screen.deleteLater()
        self.window.setCentralWidget(self._saved)
        self._saved.show()
        self._saved = None
        self.window.menuBar().setEnabled(True)
        for action in self.window.actions_to_lock():
            action.setEnabled(True)
        self.locked = False
        self.window.server_link.show_state()  # what may not be written now stays off (the read-only gate)
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self.last_input = time.monotonic()
        logger.info("unlocked")
        return True

    def give_up(self) -> None:
        """Three wrong passphrases at the lock: close TotalNet as Quit does (every change is saved as it
        is made; a dialog left open with unsaved typing loses it); the next start asks the passphrase."""
        if self.locked:
            self.window.quit_app()


class LockScreen(QWidget):
    """What a locked window shows: nothing of the data, one passphrase box."""

    def __init__(self, locker: Locker):
        super().__init__()
        self.locker = locker
        self.setObjectName("lock_screen")
        self.setAutoFillBackground(True)
        title = QLabel("<h2>" + self.tr("TotalNet is locked") + "</h2>")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field = QLineEdit()
        self.field.setObjectName("unlock_passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setPlaceholderText(self.tr("Passphrase"))
        self.field.setAccessibleName(self.tr("Passphrase"))
        self.field.setMaximumWidth(320)
        self.field.returnPressed.connect(self.try_unlock)
        self.error = QLabel("")
        self.error.setObjectName("unlock_error")
        theme.style_text(self.error, "error")
        self.error.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setMinimumWidth(280)  # a passphrase is long: room for it (the hint alone is narrow)
        self.tries_left = TRIES
        self.unlock_button = button = QPushButton(self.tr("Unlock"))
        button.setObjectName("unlock_button")
        button.clicked.connect(self.try_unlock)
        button.setMaximumWidth(320)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        for widget in (self.field, button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.error)
        layout.addStretch(3)
        QTimer.singleShot(0, self.field.setFocus)

    def try_unlock(self) -> None:
        """Three tries, as at start: after the third wrong one TotalNet closes, and the passphrase is
        asked again at the next start, where each try costs the key's stretching; the lock is never a
        place to try passphrases at leisure."""
        if self.locker.unlock(self.field.text()):
            return
        self.field.clear()
        self.tries_left -= 1
        self.error.setText(tries_text(self.tr("That is not the passphrase."), self.tries_left))
        if self.tries_left <= 0:
            self.field.setEnabled(False)
            self.unlock_button.setEnabled(False)
            logger.info("three wrong passphrases at the lock; closing")
            QTimer.singleShot(CLOSE_AFTER_MS, self.locker.give_up)
