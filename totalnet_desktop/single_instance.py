"""One window per data folder: a second launch brings the running window to the front and exits.

A QLockFile (stale when its process died, e.g. after a crash) decides who is first; the first
instance listens on a QLocalServer whose name is derived from a hash of the data folder, so a
launch on another data folder runs alongside. A later launch connects to that server, sends
``activate`` and waits (about 2 s) for ``ok``: a frozen first instance accepts the connection in
the kernel but never answers, and the launch says so and offers to start anyway.

Lock and socket live in the user's private runtime folder (XDG_RUNTIME_DIR / Qt's RuntimeLocation,
a folder only this user can enter), else in the data folder; never in the shared /tmp, where another
local user could plant them. A lock or socket owned by another user is refused (FOREIGN), never used.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import logging
import os
import stat
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QStandardPaths, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QMessageBox, QWidget

from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import number, path_text, translate

logger = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
ANSWER = b"ok\n"
PRIMARY, ACTIVATED, NOT_ANSWERING, FOREIGN = "primary", "activated", "not_answering", "foreign"
# How long a later launch waits for the running instance to answer. A running window answers at once when
# idle; while it is busy (building its screens at start, on a slow or loaded machine) its event loop may
# not turn for seconds, and a second launch should bring it forward rather than ask whether to start
# anyway (2 s was too short: a second launch under load asked the question).
ANSWER_SECONDS = 8.0
# A Unix socket path must fit in sockaddr_un.sun_path (104 bytes on macOS, 108 on Linux).
_MAX_SOCKET_PATH = 100


def instance_key(data_dir) -> str:
    """A short name unique to this user and data folder (also valid as a socket or pipe name)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    folder = str(Path(data_dir).expanduser().resolve())
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]
    return f"totalnet-{digest}"


def _private_folder(folder: Path) -> bool:
    """An existing folder owned by this user that no one else may enter (Unix); any folder on Windows."""
    try:
        info = folder.stat()
    except OSError:
        return False
    if not stat.S_ISDIR(info.st_mode):
        return False
    if sys.platform == "win32":
        return True
    return info.st_uid == os.getuid() and not info.st_mode & 0o077


def runtime_folder(data_dir) -> Path:
    """Where the lock and socket go: the user's private runtime folder, else the data folder."""
    if sys.platform in ("win32", "darwin"):
        location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.RuntimeLocation)
    else:  # XDG_RUNTIME_DIR itself: Qt would fall back to a /tmp/runtime-USER that anyone could plant
        location = os.environ.get("XDG_RUNTIME_DIR", "")
    if location and _private_folder(Path(location)):
        return Path(location)
    folder = Path(data_dir).expanduser()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        # The data folder cannot be made: opening it will say so in a dialog (exit 2). Until then
        # the lock goes into a new owner-only folder of this process, never a shared, named one.
        return Path(tempfile.mkdtemp(prefix="totalnet-"))
    return folder.resolve()


def owned_by_someone_else(path: Path) -> bool:
    """True when ``path`` exists (as itself, not followed) and belongs to another user."""
    if sys.platform == "win32":
        return False
    try:
        return path.lstat().st_uid != os.getuid()
    except FileNotFoundError:
        return False


class SingleInstance(QObject):
    """Claim a data folder for this process; ``activated`` fires when a later launch asks for the window."""

    activated = Signal()

    def __init__(self, data_dir, parent: QObject | None = None):
        super().__init__(parent)
        key = instance_key(data_dir)
        folder = runtime_folder(data_dir)
        self.lock_path = folder / f"{key}.lock"
        socket_path: Path | None = folder / f"tn-{key[-20:]}.s"  # short: a socket path has ~100 bytes
        self.socket_path: Path | None
        if sys.platform == "win32":
            self.socket_path = None
            self.name = key  # a named pipe, private to the user by the server's access option
        elif socket_path is not None and len(str(socket_path)) <= _MAX_SOCKET_PATH:
            self.socket_path, self.name = socket_path, str(socket_path)
        else:  # a very deep data folder: the socket goes to the runtime folder or not at all
            self.socket_path, self.name = None, key
            logger.warning("the data folder path is too long for a socket; no single-instance channel")
        self._lock = QLockFile(str(self.lock_path))
        # Never stale by age (a long session is normal); stale only when the owning process is gone.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def is_primary(self) -> bool:
        return self._server is not None

    def claim(self, timeout: float = ANSWER_SECONDS) -> str:
        """PRIMARY (go on and open the window), ACTIVATED (another one came forward: exit) or
        NOT_ANSWERING (another one holds the folder but does not answer) or FOREIGN (the lock or
        socket belongs to another user: refused, never used)."""
        if self.foreign_path() is not None:
            return FOREIGN
        if self._lock.tryLock(0):
            self._listen()
            return PRIMARY
        if self._lock.error() != QLockFile.LockError.LockFailedError:
            # No lock can be made here (a read-only data folder): go on; opening the data says why.
            logger.warning("cannot create the single-instance lock %s (%s)", self.lock_path, self._lock.error())
            return PRIMARY
        deadline = time.monotonic() + timeout
        while True:
            if self._send_activate():
                logger.info("another TotalNet runs on this data folder; asked it to come forward")
                return ACTIVATED
            # The first instance may hold the lock but still be starting its server, or it just
            # quit: try the lock again before giving up.
            if self._lock.tryLock(0):
                self._listen()
                return PRIMARY
            if time.monotonic() > deadline:
                return NOT_ANSWERING
            time.sleep(0.1)

    def foreign_path(self) -> Path | None:
        """The lock or socket file when another user owns it."""
        for path in (self.lock_path, self.socket_path):
            if path is not None and owned_by_someone_else(path):
                return path
        return None

    def release(self) -> None:
        """Stop listening and free the folder (also done when the process ends)."""
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    # ---- internals ----------------------------------------------------------------------
    def _listen(self) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left by a crashed instance (we hold the lock, so it is not live).
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                logger.warning("cannot listen on %s: %s", self.name, server.errorString())
        server.newConnection.connect(self._on_connection)
        self._server = server

    def _send_activate(self, seconds: float = ANSWER_SECONDS) -> bool:
        """Ask the running instance for its window; True only when it answers within ``seconds``."""
        if self.socket_path is None and sys.platform != "win32":
            return False
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            return False
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(1000)
        deadline = time.monotonic() + seconds
        answer = b""
        # Not a blocking wait alone: the instance asked may run in this very thread (tests).
        while ANSWER.strip() not in answer and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            if socket.waitForReadyRead(20):
                answer += socket.readAll().data()
        socket.disconnectFromServer()
        return ANSWER.strip() in answer

    def _on_connection(self) -> None:
        while self._server is not None and self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # Bound methods, not lambdas: a lambda holding ``self`` makes a reference cycle that
            # the garbage collector may break in the middle of Qt's event dispatch (a crash).
            socket.readyRead.connect(self._on_ready_read)
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)

    def _on_ready_read(self) -> None:
        socket = self.sender()
        if isinstance(socket, QLocalSocket):
            self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.bytesAvailable():
            return
        data = socket.readAll().data()
        socket.write(ANSWER)  # any line is answered: "I am alive" (a ping gets it too)
        socket.flush()
        if ACTIVATE.strip() in data:
            logger.info("another launch on this data folder asked for the window")
            self.activated.emit()


class WindowOpenError(TotalNetError):
    """A command that replaces the database file was refused: a window has it open."""


@contextlib.contextmanager
def no_window_open(data_dir, action: str):
    """Hold the data folder's window lock while a command replaces the database file (restore, encrypt,
    decrypt), so no window starts on it meanwhile; refuse with one sentence when a window has it open
    (it would go on with the old file and its later changes would be lost)."""
    lock = SingleInstance(data_dir)._lock
    if not lock.tryLock(0):
        if lock.error() == QLockFile.LockError.LockFailedError:
            pid = lock.getLockInfo()[0]  # (pid, host name, application name)
            raise WindowOpenError(translate(
                "CLI", "TotalNet's window is open on this data folder (process {pid}), so {action} would change the "
                "database under it; quit the window (File > Quit) and run the command again.").format(
                    pid=str(pid), action=action))
        # No lock can be made here (a read-only folder): no window can hold one either.
        yield
        return
    try:
        yield
    finally:
        lock.unlock()


def bring_to_front(window: QWidget) -> None:
    """Show, un-minimise, raise and activate the window (the platform may only flash it)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def not_answering_box(data_dir, parent: QWidget | None = None) -> QMessageBox:
    """The question asked when a running instance holds the data folder but does not answer."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, translate("SingleInstance", "TotalNet is not answering"),
        translate("SingleInstance", "TotalNet is already open on the data folder {folder} but did not answer "
                  "within {seconds} seconds. Start anyway, or quit and wait for it?").format(
            folder=path_text(data_dir), seconds=number(round(ANSWER_SECONDS))),
        parent=parent)
    box.setObjectName("notAnsweringBox")
    start = box.addButton(translate("SingleInstance", "Start anyway"), QMessageBox.ButtonRole.AcceptRole)
    start.setObjectName("startAnyway")
    quit_button = box.addButton(translate("SingleInstance", "Quit"), QMessageBox.ButtonRole.RejectRole)
    quit_button.setObjectName("quit")
    box.setDefaultButton(quit_button)
    box.setEscapeButton(quit_button)
    return box


def ask_start_anyway(data_dir, parent: QWidget | None = None) -> bool:
    """True when the user chose "Start anyway"."""
    box = not_answering_box(data_dir, parent)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "startAnyway"


def foreign_message(path: Path) -> str:
    return translate("SingleInstance", "The file {path} belongs to another user, so TotalNet will not use it "
                     "to find a running window. Remove it (or ask your administrator), then start TotalNet "
                     "again.").format(path=path_text(path))
