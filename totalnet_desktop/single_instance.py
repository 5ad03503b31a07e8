"""One window per data folder: a second launch brings the running window to the front and exits.

A QLockFile (stale when its process died, e.g. after a crash) decides who is first; the first
instance listens on a QLocalServer whose name is derived from a hash of the data folder, so a
launch on another data folder runs alongside. A later launch connects to that server and sends
``activate``.
"""

from __future__ import annotations

import getpass
import hashlib
import logging
import time
from pathlib import Path

from PySide6.QtCore import QDir, QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

logger = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
PRIMARY, ACTIVATED, NOT_ANSWERING = "primary", "activated", "not_answering"


def instance_key(data_dir) -> str:
    """A short name unique to this user and data folder (also valid as a socket or pipe name)."""
    try:
        user = getpass.getuser()
    except (KeyError, OSError):
        user = "user"
    folder = str(Path(data_dir).expanduser().resolve())
    digest = hashlib.sha256(f"{user}\0{folder}".encode()).hexdigest()[:20]
    return f"totalnet-{digest}"


class SingleInstance(QObject):
    """Claim a data folder for this process; ``activated`` fires when a later launch asks for the window."""

    activated = Signal()

    def __init__(self, data_dir, parent: QObject | None = None):
        super().__init__(parent)
        self.name = instance_key(data_dir)
        self._lock = QLockFile(str(Path(QDir.tempPath()) / f"{self.name}.lock"))
        # Never stale by age (a long session is normal); stale only when the owning process is gone.
        self._lock.setStaleLockTime(0)
        self._server: QLocalServer | None = None

    @property
    def is_primary(self) -> bool:
        return self._server is not None

    def claim(self, timeout: float = 3.0) -> str:
        """PRIMARY (go on and open the window), ACTIVATED (another one came forward: exit) or
        NOT_ANSWERING (another one holds the folder but does not answer)."""
        if self._lock.tryLock(0):
            self._listen()
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

    def _send_activate(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(500):
            return False
        socket.write(ACTIVATE)
        socket.flush()
        socket.waitForBytesWritten(1000)
        socket.disconnectFromServer()
        return True

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
        if socket.bytesAvailable() and ACTIVATE.strip() in socket.readAll().data():
            logger.info("another launch on this data folder asked for the window")
            self.activated.emit()


def bring_to_front(window: QWidget) -> None:
    """Show, un-minimise, raise and activate the window (the platform may only flash it)."""
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()
