"""Opening the data at start-up, with a way out when the database file is damaged.

``open_session_with_recovery`` is what ``app.run_gui`` calls: it opens the data folder; a damaged or
non-SQLite file brings up ``RecoveryDialog`` (restore the latest good backup, or start empty; the
damaged file is always kept aside); a file from a newer TotalNet, a read-only folder or a full disk
get one clear message. On the first start of each day the file is checked and backed up.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from totalnet_desktop import paths
from totalnet_desktop.core.store import (
    backup,
    data_folder,
    engine,
    pg_errors,
    recovery,
    server_login,
    snapshots,
)
from totalnet_desktop.core.store.errors import (
    DatabaseOpenError,
    EncryptionUnavailableError,
    NewerSchemaError,
    PassphraseError,
    ServerUnreachableError,
    TotalNetError,
)
from totalnet_desktop.core.store.session import PERSONAL_FILE, Session, open_copy_session, open_session
from totalnet_desktop.i18n import date_text, number, time_text, tr_core, translate

logger = logging.getLogger(__name__)

RESTORE, START_EMPTY = "restore", "empty"


class RecoveryDialog(QMessageBox):
    """What is wrong, and the two ways forward; Quit (or closing it) leaves everything as it is."""

    def __init__(self, diagnosis: recovery.Diagnosis, latest: backup.BackupInfo | None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("recovery_dialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("TotalNet cannot open your data"))
        self.setText(tr_core(diagnosis.message))
        if latest is not None:
            when = f"{date_text(latest.created)} {time_text(latest.created)}"
            advice = self.tr("You can restore the latest good backup (from {when}, {count} contacts) or start "
                             "with an empty database.").format(when=when, count=number(latest.contacts))
        else:
            advice = self.tr("There is no good backup to restore; you can start with an empty database.")
        self.setInformativeText(advice + " " + self.tr("Either way the damaged file is kept, renamed with "
                                                       "today's date beside the new one; nothing is deleted."))
        self.restore_button: QPushButton | None = None
        if latest is not None:
            self.restore_button = self.addButton(self.tr("Restore the latest backup"),
                                                 QMessageBox.ButtonRole.AcceptRole)
            self.restore_button.setObjectName("recovery_restore")
            self.setDefaultButton(self.restore_button)
        self.empty_button = self.addButton(self.tr("Start with an empty database"),
                                           QMessageBox.ButtonRole.DestructiveRole)
        self.empty_button.setObjectName("recovery_empty")
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.quit_button.setObjectName("recovery_quit")
        self.setEscapeButton(self.quit_button)

    def choice(self) -> str | None:
        """RESTORE, START_EMPTY, or None (Quit, closed)."""
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.restore_button:
            return RESTORE
        if clicked is self.empty_button:
            return START_EMPTY
        return None

    @classmethod
    def ask(cls, diagnosis, latest, parent=None) -> tuple[str | None, bool]:
        """Show the dialog; return (choice, accepted)."""
        dialog = cls(diagnosis, latest, parent)
        dialog.exec()
        choice = dialog.choice()
        return choice, choice is not None


def open_session_with_recovery(data_dir=None, parent: QWidget | None = None,
                               daily_check: bool = True) -> Session | None:
    """Open the data folder for the GUI; None when it cannot be opened (the user was told why).

    ``daily_check=False``: the first-start-of-the-day check and backup are left to the caller (the
    app runs them after the window is on screen, see daily_check.py).
    """
    resolved = paths.resolve(data_dir)
    try:
        data_folder.ensure(resolved)  # a folder that cannot be made or written: say so before anything else
    except TotalNetError as exc:
        _fail(parent, translate("Recovery", "TotalNet cannot open your data"), str(exc))
        return None
    passphrase: str | None = None
    database: str | None = None  # PERSONAL_FILE once the user chose it over an unreachable server
    while True:
        problem = recovery.writable_problem(resolved.db_path)
        if problem:
            _fail(parent, translate("Recovery", "TotalNet cannot open your data"), problem)
            return None
        # First start today: check the file before anything opens it (about 0.2 s per 100,000
        # contacts), so a damaged file is caught early and is never backed up as "good".
        daily = daily_check and backup.daily_backup_due(resolved.backup_dir)
        if daily:
            diagnosis = recovery.diagnose(resolved.db_path)
            if diagnosis.recoverable:
                if not recover(resolved.db_path, diagnosis, parent, diagnosis.message):
                    return None
                continue
        try:
            session = open_session(data_dir, database=database, passphrase=passphrase)
        except ServerUnreachableError as exc:
            server = _server_to_open(resolved, database)
            if server and pg_errors.needs_password(exc):
                # It wants a password the keyring and ~/.pgpass do not give: ask (three tries).
                from totalnet_desktop.views.shell.server_password import (
                    ask_personal_or_quit,
                    ask_server_password,
                )

                if ask_server_password(server, parent):
                    continue
                if ask_personal_or_quit(server, parent) is None:
                    return None
                database = PERSONAL_FILE  # this run only: the next start asks again
                continue
            # The chapter server chosen last time does not answer: retry, the personal file, or quit.
            found = snapshots.latest_snapshot(server, resolved.backup_dir) if server else None
            choice = ask_server_unreachable(exc, parent, has_copy=found is not None)
            if choice is None:
                return None
            if choice == COPY and found is not None:
                try:  # the last local snapshot, read-only: nothing to check or back up
                    return open_copy_session(data_dir, found[0], found[1], lost_server=server)
                except TotalNetError as copy_exc:
                    _fail(parent, translate("Recovery", "TotalNet cannot open that copy"), tr_core(copy_exc))
                continue
            if choice == PERSONAL:
                database = PERSONAL_FILE  # this run only: the next start tries the server again
            continue
        except PassphraseError as exc:
            # Protected: ask (three tries); a wrong TOTALNET_PASSPHRASE or keyring entry asks too.
            from totalnet_desktop.views.shell.privacy import ask_passphrase

            passphrase = ask_passphrase(resolved.db_path, parent)
            if passphrase is None:
                logger.info("start cancelled at the passphrase prompt (%s)", type(exc).__name__)
                return None
            continue
        except EncryptionUnavailableError as exc:
            _fail(parent, "TotalNet cannot open your data", str(exc))
            return None
        except recovery.WRITE_ERRORS as exc:
            # Creating or upgrading the file failed (full disk, I/O error); its transaction rolled back.
            _fail(parent, translate("Recovery", "TotalNet cannot open your data"), recovery.explain_write_error(exc, resolved.db_path))
            return None
        except NewerSchemaError as exc:
            _fail(parent, translate("Recovery", "TotalNet is too old for this database"), str(exc))
            return None
        except DatabaseOpenError as exc:
            if not recover(resolved.db_path, recovery.diagnose(resolved.db_path), parent, str(exc)):
                return None
            continue
        except TotalNetError as exc:
            _fail(parent, translate("Recovery", "TotalNet cannot open your data"), str(exc))
            return None
        if daily:
            try:
                backup.daily_backup(session.db_path, session.paths.backup_dir)
            except backup.BackupError as exc:
                # Not fatal: the data is fine, only today's safety copy is missing.
                logger.warning("daily backup failed: %s", exc)
        return session


RETRY, PERSONAL, COPY = "retry", "personal", "copy"


def _server_to_open(resolved, database: str | None) -> str | None:
    """The server address open_session tries (``--database``, TOTALNET_DATABASE, or the remembered one)."""
    if database == PERSONAL_FILE:
        return None
    return engine.chosen_target(database) or server_login.remembered(resolved)


def ask_server_unreachable(message: object, parent: QWidget | None = None, has_copy: bool = False) -> str | None:
    """The server's sentence with Retry / Open the last copy read-only (when there is one) / Use my
    personal file / Quit: RETRY, COPY, PERSONAL, or None after Quit."""
    box = QMessageBox(QMessageBox.Icon.Warning, translate("Recovery", "The chapter server cannot be reached"),
                      tr_core(message), QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("server_unreachable")
    retry = box.addButton(translate("Recovery", "Retry"), QMessageBox.ButtonRole.AcceptRole)
    retry.setObjectName("server_unreachable_retry")
    copy = None
    if has_copy:
        copy = box.addButton(translate("Recovery", "Open the last copy read-only"), QMessageBox.ButtonRole.ActionRole)
        copy.setObjectName("server_unreachable_copy")
    personal = box.addButton(translate("Recovery", "Use my personal file"), QMessageBox.ButtonRole.ActionRole)
    personal.setObjectName("server_unreachable_personal")
    quit_button = box.addButton(translate("Recovery", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.setEscapeButton(quit_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is retry:
        return RETRY
    if clicked is personal:
        return PERSONAL
    if copy is not None and clicked is copy:
        return COPY
    return None


def recover(db_path, diagnosis: recovery.Diagnosis, parent, error: str) -> bool:
    """Offer the way out of a damaged file; True when the caller should try opening again."""
    if not diagnosis.recoverable:
        _fail(parent, translate("Recovery", "TotalNet cannot open your data"), error)
        return False
    backup_dir = db_path.parent / "backups"
    latest = recovery.latest_good_backup(backup_dir)
    choice, accepted = RecoveryDialog.ask(diagnosis, latest, parent)
    if not accepted:
        return False
    try:
        if choice == RESTORE and latest is not None:
            aside = recovery.restore_latest(db_path, latest.path)
        else:
            aside = recovery.start_empty(db_path)
    except (recovery.RecoveryError, backup.BackupError) as exc:
        _fail(parent, translate("Recovery", "TotalNet could not repair your data"), str(exc))
        return False
    logger.warning("recovered from a damaged database (%s); the old file is kept as %s", choice, aside)
    return True


def recover_in_place(window, data_dir, diagnosis: recovery.Diagnosis, reason: str) -> bool:
    """Damage found while the window is open (a query met a damaged page): the same recovery dialog
    as at start-up, over the window; the restored (or new) data is opened in place and every screen
    reloads. False when the user chose Quit (nothing was changed)."""
    from totalnet_desktop.core.store import cipher, db

    db_path = window.ctx.session.db_path
    passphrase = cipher.passphrase()  # a protected file's backups are read (and restored) with it
    db.close_database()  # the damaged file is set aside: nothing may hold it open
    if not recover(db_path, diagnosis, window, reason):
        return False
    open_session(data_dir, passphrase=passphrase)
    window.ctx.bus.changed.emit("all")
    return True


def _fail(parent, title: str, message: str) -> None:
    logger.error("cannot open data: %s", message)
    print(f"totalnet: {message}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("open_error")
    box.exec()
