"""The main window's side of the database it has open: which one (title and status bar), the switch
between the personal file and a chapter server, other desks' changes, and a lost server.

While the server cannot be reached the window says so in one sentence (a bar above the screens and
the status bar, with the time of this desk's last local snapshot), keeps every screen as it was and
readable (scroll, select, copy), typed text included, but refuses writes: the actions that write are
off, and the app's database handle is held (``db.hold_server``), so a save refuses at once with the
lost sentence inside its own dialog, which stays open with what was typed (core's ServerLostError).
The watch reconnects on its own and everything is re-read when the server is back.

On a server the desk also keeps a local snapshot (``server_snapshot``): at connect and once a day.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from totalnet_desktop import paths
from totalnet_desktop.core.store import db, engine, server_check, server_login, snapshots
from totalnet_desktop.core.store.errors import ServerLostError, TotalNetError
from totalnet_desktop.core.store.session import PERSONAL_FILE, open_session
from totalnet_desktop.i18n import date_text, embedded, number, time_text, tr_core
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.server_snapshot import ServerSnapshot
from totalnet_desktop.views.shell.server_watch import ServerWatch

logger = logging.getLogger(__name__)

# The window's actions that write (or read the server for a file): off while the server is away.
WRITING_ACTIONS = ("action_import", "action_import_history", "action_export", "action_backup", "action_restore",
                   "action_new_contact", "action_add_followup", "action_undo", "action_preferences")


class ServerBanner(QFrame):
    """'The chapter server ... cannot be reached ...' with Retry now / Use my personal file."""

    retry = Signal()
    personal = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("server_banner")
        self.setAccessibleName(self.tr("Chapter server not reachable"))
        self.label = QLabel()
        self.label.setObjectName("server_banner_text")
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("&Retry now"))
        self.retry_button.setObjectName("server_retry")
        self.retry_button.setAccessibleName(self.tr("Retry now"))
        self.personal_button = QPushButton(self.tr("Use my &personal file"))
        self.personal_button.setObjectName("server_banner_personal")
        self.personal_button.setAccessibleName(self.tr("Use my personal file"))
        self.retry_button.clicked.connect(self.retry)
        self.personal_button.clicked.connect(self.personal)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.personal_button)
        self.restyle()
        self.hide()

    def restyle(self, _mode: str = "") -> None:
        self.setStyleSheet(theme.panel_style("server_banner", "warning"))


class ServerLink(QObject):
    """Owned by the main window; ``window`` gives ``ctx``, ``stack``, ``statusBar()``, actions."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.watch: ServerWatch | None = None
        self.snapshot: ServerSnapshot | None = None
        self.lost = False
        self.status = QLabel()
        self.status.setObjectName("database_status")
        self.status.setAccessibleName(self.tr("Database in use"))
        window.statusBar().addPermanentWidget(self.status)
        self.banner = ServerBanner(window)
        self.banner.retry.connect(self.retry_now)
        self.banner.personal.connect(self.use_personal_file)
        theme.notifier().changed.connect(self.banner.restyle)  # gone with the banner

    @property
    def session(self):
        return self.window.ctx.session

    # ---- which database ----------------------------------------------------------------------------
    def title(self) -> str:
        """'TotalNet — totalnet.sqlite3' or 'TotalNet — me@host/chapter'."""
        return f"{paths.window_title(self.window.ctx.paths)} — {self.session.short_label}"

    def status_text(self) -> str:
        label = embedded(self.session.short_label)
        if not self.session.server:
            return self.tr("Personal file: {name}").format(name=label)
        if self.lost:
            return self.tr("Chapter server {name}: not reachable, read-only").format(name=label)
        return self.tr("Chapter server: {name}").format(name=label)

    def show_state(self) -> None:
        self.window.setWindowTitle(self.title())
        self.status.setText(self.status_text())
        self.status.setToolTip(self.session.label)
        theme.style_text(self.status, "error" if self.lost else "muted")
        personal = self.window.findChild(QAction, "action_personal_file")
        if personal is not None:
            personal.setEnabled(bool(self.session.server))

    def start(self) -> None:
        """Watch the server of the session now open (nothing to watch for a file)."""
        self.stop()
        self._set_lost(False)
        server = self.session.server
        if server:
            self.watch = ServerWatch(server, self._own_pid, self)
            self.watch.changed.connect(self.window.ctx.bus.changed)
            self.watch.lost.connect(self._lost)
            self.watch.back.connect(self._back)
            self.watch.start()
            self.snapshot = ServerSnapshot(server, self.window.ctx.paths.backup_dir, self)
            self.snapshot.start()
        self.show_state()

    def stop(self) -> None:
        if self.watch is not None:
            self.watch.stop()
            self.watch.deleteLater()
            self.watch = None
        if self.snapshot is not None:
            self.snapshot.stop()
            self.snapshot = None

    @staticmethod
    def _own_pid() -> int | None:
        return engine.backend_pid()

    # ---- switching ---------------------------------------------------------------------------------
    def connect_dialog(self) -> bool:
        """File > Connect to a chapter server...: True when the window now shows the server."""
        from totalnet_desktop.views.shell.server_dialog import ConnectDialog

        current = self.session.server or server_login.remembered(self.window.ctx.paths)
        dialog = ConnectDialog(current, self.window)
        if dialog.exec() != ConnectDialog.DialogCode.Accepted:
            return False
        url = dialog.url()
        if dialog.wants_copy() and not self._copy_up(url):
            return False
        return self.switch_to(url)

    def _copy_up(self, url: str) -> bool:
        source = self.window.ctx.paths.db_path
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = server_check.copy_personal_file(source, url)
        except TotalNetError as exc:
            QApplication.restoreOverrideCursor()
            self._fail(self.tr("The personal file was not copied"), tr_core(exc))
            return False
        QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(self.tr("Copied {rows} rows of your personal file to {label}.").format(
            rows=number(report.total), label=engine.short_label(url)), 8000)
        return True

    def use_personal_file(self) -> bool:
        """Back to the data folder's own file (and at the next start too)."""
        server_login.forget(self.window.ctx.paths)
        return self.switch_to(PERSONAL_FILE)

    def switch_to(self, target: str) -> bool:
        """Open ``target`` (a server address or PERSONAL_FILE) in this window; on failure the previous
        database is opened again and the user is told why."""
        previous = self.session.server or PERSONAL_FILE
        self.stop()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            session = open_session(self.window.ctx.paths.data_dir, database=target)
        except TotalNetError as exc:
            QApplication.restoreOverrideCursor()
            self._fail(self.tr("TotalNet cannot open that database"), tr_core(exc))
            try:
                self.window.ctx.session = open_session(self.window.ctx.paths.data_dir, database=previous)
            except TotalNetError:
                logger.exception("could not reopen the previous database")
            self.start()
            return False
        QApplication.restoreOverrideCursor()
        if target != PERSONAL_FILE:
            server_login.remember(self.window.ctx.paths, target)
        self.window.ctx.session = session
        self.start()
        self.window.ctx.bus.changed.emit("all")
        return True

    def _fail(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("server_error")
        box.exec()

    # ---- a lost server -----------------------------------------------------------------------------
    def retry_now(self) -> None:
        if self.watch is not None:
            self.watch.retry_now()

    def _lost(self, reason: object) -> None:
        self._set_lost(True, reason)

    def _back(self) -> None:
        self._set_lost(False)
        self.window.statusBar().showMessage(
            self.tr("The chapter server is back: the screens show its latest data."), 8000)
        self.window.ctx.bus.changed.emit("all")  # what other desks wrote meanwhile

    def snapshot_phrase(self) -> str:
        """'This computer has a copy from 07:02 today.' (or yesterday, or a date), or that it has none."""
        found = snapshots.latest_snapshot(self.session.server, self.window.ctx.paths.backup_dir) \
            if self.session.server else None
        if found is None:
            return self.tr("This computer has no copy of it yet.")
        when = found[1]
        days = (dt.date.today() - when.date()).days
        if days == 0:
            return self.tr("This computer's last copy is from {time} today.").format(time=time_text(when))
        if days == 1:
            return self.tr("This computer's last copy is from {time} yesterday.").format(time=time_text(when))
        return self.tr("This computer's last copy is from {date}, {time}.").format(
            date=date_text(when), time=time_text(when))

    def _set_lost(self, lost: bool, reason: object = "") -> None:
        self.lost = lost
        db.hold_server(lost)  # writes refuse at once; reads keep what the screens hold
        if lost:
            text = self.tr("The chapter server {name} cannot be reached. You can still scroll, select and "
                           "copy what is on screen, but changes are refused until it is back; TotalNet "
                           "tries again every few seconds.").format(name=embedded(self.session.short_label))
            self.banner.label.setText(f"{text} {self.snapshot_phrase()}")
            self.banner.label.setToolTip(self.tr("Why: {why}.").format(why=tr_core(reason)) if reason else "")
        self.banner.setVisible(lost)
        for action in self.window.actions_to_lock():
            if action.objectName() in WRITING_ACTIONS:
                action.setEnabled(not lost)
        self.show_state()

    def absorb(self, exc: BaseException) -> bool:
        """An error that reached the top while on a server: True when it was the server going away
        (shown as the lost state, not as a crash)."""
        if not self.session.server:
            return False
        gone = isinstance(exc, ServerLostError) or (
            self.lost and type(exc).__module__.split(".")[0] in ("peewee", "psycopg"))
        if gone:
            # The watch tells lost and back; a save cut by a brief break (the server answers again) is
            # only told.
            self.window.statusBar().showMessage(
                self.status_text() if self.lost or not isinstance(exc, ServerLostError) else tr_core(exc), 10000)
            self.retry_now()
        return gone
