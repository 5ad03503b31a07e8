"""The main window's side of the database it has open: which one (title and status bar), the switch
between the personal file and a chapter server, other desks' changes, and a lost server.

While the server cannot be reached the window says so in one sentence (a bar above the screens and
the status bar, with the time of this desk's last local snapshot), keeps every screen as it was and
readable (scroll, select, copy), typed text included, but refuses writes: the actions and buttons that
write are off (the read-only gate's one rule), and the app's database handle is held
(``db.hold_server``), so a save in a dialog that was already open refuses at once with the lost
sentence inside that dialog, which stays open with what was typed (core's ServerLostError).
The watch reconnects on its own and everything is re-read when the server is back.

On a server the desk also keeps a local snapshot (``server_snapshot``): at connect and once a day.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from totalnet_desktop import paths
from totalnet_desktop.core.store import db, engine, server_login, snapshots
from totalnet_desktop.core.store.errors import ServerLostError, TotalNetError
from totalnet_desktop.core.store.read_only import ReadOnlyError
from totalnet_desktop.core.store.session import PERSONAL_FILE, open_copy_session, open_session
from totalnet_desktop.i18n import date_text, embedded, number, time_text, tr_core
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.server_snapshot import ServerSnapshot
from totalnet_desktop.views.shell.server_watch import ServerWatch

logger = logging.getLogger(__name__)


class ServerBanner(QFrame):
    """'The chapter server ... cannot be reached ...' with Retry now / Use my personal file."""

    retry = Signal()
    personal = Signal()
    copy = Signal()

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
        self.copy_button = QPushButton(self.tr("Open the last &copy read-only"))
        self.copy_button.setObjectName("server_banner_copy")
        self.copy_button.setAccessibleName(self.tr("Open the last copy read-only"))
        self.copy_button.hide()  # shown when there is a local snapshot of this server
        self.retry_button.clicked.connect(self.retry)
        self.personal_button.clicked.connect(self.personal)
        self.copy_button.clicked.connect(self.copy)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.retry_button)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.personal_button)
        self.restyle()
        self.hide()

    def restyle(self, _mode: str = "") -> None:
        self.setStyleSheet(theme.panel_style("server_banner", "warning"))


class CopyBanner(QFrame):
    """'Read-only copy from <time>; changes are not possible.' with Retry the server / Use my personal
    file: above the screens while a copy is open."""

    retry = Signal()
    personal = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("copy_banner")
        self.setAccessibleName(self.tr("Read-only copy"))
        self.label = QLabel()
        self.label.setObjectName("copy_banner_text")
        self.label.setWordWrap(True)
        self.retry_button = QPushButton(self.tr("Retry the &server"))
        self.retry_button.setObjectName("copy_retry")
        self.personal_button = QPushButton(self.tr("Use my &personal file"))
        self.personal_button.setObjectName("copy_personal")
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
        self.setStyleSheet(theme.panel_style("copy_banner", "warning"))

    def show_copy(self, when, server: str | None) -> None:
        self.label.setText(self.tr("Read-only copy from {time}; changes are not possible.").format(
            time=f"{date_text(when)} {time_text(when)}"))
        self.retry_button.setVisible(bool(server))
        self.show()


class ServerLink(QObject):
    """Owned by the main window; ``window`` gives ``ctx``, ``stack``, ``statusBar()``, actions."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.watch: ServerWatch | None = None
        self.snapshot: ServerSnapshot | None = None
        self.lost = False
        self._asked = None  # the session whose login was asked who they are
        self.status = QLabel()
        self.status.setObjectName("database_status")
        self.status.setAccessibleName(self.tr("Database in use"))
        window.statusBar().addPermanentWidget(self.status)
        self.banner = ServerBanner(window)
        self.banner.retry.connect(self.retry_now)
        self.banner.personal.connect(self.use_personal_file)
        self.banner.copy.connect(self.open_last_copy)
        theme.notifier().changed.connect(self.banner.restyle)  # gone with the banner
        self.copy_banner = CopyBanner(window)
        self.copy_banner.retry.connect(self.retry_server)
        self.copy_banner.personal.connect(self.use_personal_file)
        theme.notifier().changed.connect(self.copy_banner.restyle)

    @property
    def session(self):
        return self.window.ctx.session

    # ---- which database ----------------------------------------------------------------------------
    def title(self) -> str:
        """'TotalNet — totalnet.sqlite3' or 'TotalNet — me@host/chapter' (and 'read-only')."""
        title = f"{paths.window_title(self.window.ctx.paths)} — {self.session.short_label}"
        if not self.session.read_only:
            return title
        suffix = self.tr("read-only")
        return f"{title} — {suffix}"

    def status_text(self) -> str:
        label = embedded(self.session.short_label)
        if self.session.copy is not None:
            return self.tr("Read-only copy: {name}").format(name=label)
        if not self.session.server:
            return self.tr("Personal file: {name}").format(name=label)
        if self.session.read_only and not self.lost:
            return self.tr("Chapter server: {name}, read-only").format(name=label)
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
            personal.setEnabled(bool(self.session.server or self.session.copy))
        if self.session.copy is not None:
            self.copy_banner.show_copy(self.session.copy_time, self.session.lost_server)
        else:
            self.copy_banner.hide()
        gate = getattr(self.window, "read_only_gate", None)
        if gate is not None:
            gate.apply()

    def start(self) -> None:
        """Watch the server of the session now open (nothing to watch for a file)."""
        self.stop()
        self._set_lost(False)
        server = self.session.server
        if server:
            self.watch = ServerWatch(server, self._own_pid, self)
            self.watch.changed.connect(self._others_changed)
            self.watch.lost.connect(self._lost)
            self.watch.back.connect(self._back)
            self.watch.start()
            if self.window.ctx.ask_who_i_am and self._asked is not self.session:
                self._asked = self.session  # once per connection ("Not now" waits for the next one)
                QTimer.singleShot(0, self, self.ask_who_i_am)  # once the window is on screen
            self.snapshot = ServerSnapshot(server, self.window.ctx.paths.backup_dir, self)
            self.snapshot.start()
        self.show_state()

    def ask_who_i_am(self) -> bool:
        """This login has no "me" yet: ask who they are (the roster, or their own card). True when chosen."""
        from totalnet_desktop.core.chapter import whoami
        from totalnet_desktop.views.shell.who_am_i_dialog import WhoAmIDialog

        if self.lost or self.session.read_only or not whoami.needs_asking():
            return False  # (a login that may only read could not keep the answer)
        dialog = WhoAmIDialog(self.session.short_label, self.window)
        chosen = dialog.exec() == WhoAmIDialog.DialogCode.Accepted and dialog.chosen is not None
        dialog.deleteLater()
        if chosen:
            self.window.ctx.bus.changed.emit("all")  # "(me)", Follow-ups and Insights answer for them now
        return chosen

    def stop(self) -> None:
        if self.watch is not None:
            self.watch.stop()
            self.watch.deleteLater()
            self.watch = None
        if self.snapshot is not None:
            self.snapshot.stop()
            self.snapshot = None

    def _others_changed(self, topic: str) -> None:
        # Other desks' news heard just before the server went away (or this desk's own, once its
        # connection is gone and cannot tell them apart) would make the screens read a server that
        # does not answer; everything is read again when it is back.
        if not self.lost:
            self.window.ctx.bus.changed.emit(topic)

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
        from totalnet_desktop.core.store import server_check  # with its copier: only when copying up

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
        previous = self.session
        self.stop()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            session = open_session(self.window.ctx.paths.data_dir, database=target)
        except TotalNetError as exc:
            QApplication.restoreOverrideCursor()
            self._fail(self.tr("TotalNet cannot open that database"), tr_core(exc))
            self._reopen(previous)
            return False
        QApplication.restoreOverrideCursor()
        if target != PERSONAL_FILE:
            server_login.remember(self.window.ctx.paths, target)
        self.window.ctx.session = session
        self.start()
        self.window.ctx.bus.changed.emit("all")
        return True

    # ---- a copy, read-only --------------------------------------------------------------------------
    def last_copy(self) -> tuple | None:
        """The newest local snapshot of the server this window uses (or lost), or None."""
        server = self.session.server or self.session.lost_server
        if not server:
            return None
        return snapshots.latest_snapshot(server, self.window.ctx.paths.backup_dir)

    def open_last_copy(self) -> bool:
        """The lost server's last local snapshot, read-only (the bar's and the start's choice)."""
        found = self.last_copy()
        if found is None:
            self.window.statusBar().showMessage(self.tr("There is no local copy of this chapter server yet."), 8000)
            return False
        path, when = found
        return self.open_copy(path, when, self.session.server or self.session.lost_server)

    def choose_copy(self) -> bool:
        """File > Open a copy read-only...: a TotalNet file or backup chosen by the user."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Open a copy read-only"), str(self.window.ctx.paths.backup_dir),
            self.tr("TotalNet files (*.sqlite3 *.db);;All files (*)"))
        return bool(path) and self.open_copy(path)

    def open_copy(self, path, when=None, lost_server: str | None = None) -> bool:
        """Show the TotalNet file ``path`` read-only in this window (never written); on failure the
        database open before stays, and the user is told why."""
        previous = self.session
        self.stop()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            session = open_copy_session(self.window.ctx.paths.data_dir, path, when, lost_server)
        except TotalNetError as exc:
            QApplication.restoreOverrideCursor()
            self._fail(self.tr("TotalNet cannot open that copy"), tr_core(exc))
            self._reopen(previous)
            return False
        QApplication.restoreOverrideCursor()
        self.window.ctx.session = session
        self.start()
        self.window.ctx.bus.changed.emit("all")
        return True

    def _reopen(self, previous) -> None:
        try:
            if previous.copy is not None:
                self.window.ctx.session = open_copy_session(previous.paths.data_dir, previous.copy,
                                                            previous.copy_time, previous.lost_server)
            else:
                self.window.ctx.session = open_session(previous.paths.data_dir,
                                                       database=previous.server or PERSONAL_FILE)
        except TotalNetError:
            logger.exception("could not reopen the previous database")
        self.start()

    def retry_server(self) -> bool:
        """The copy's banner: the chapter server again, when it answers."""
        server = self.session.lost_server or server_login.remembered(self.window.ctx.paths)
        return server is not None and self.switch_to(str(server))

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
            self.banner.copy_button.setVisible(self.last_copy() is not None)
        self.banner.setVisible(lost)
        self.show_state()  # the read-only gate turns the writing actions and buttons off, or on again

    def absorb(self, exc: BaseException) -> bool:
        """An error that reached the top while on a server: True when it was the server going away
        (shown as the lost state, not as a crash)."""
        if isinstance(exc, ReadOnlyError):  # a write that reached the store on a read-only database
            self.window.statusBar().showMessage(tr_core(exc), 10000)
            return True
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
