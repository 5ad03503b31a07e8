"""A desk on a chapter server hears the others and notices the server going away.

``ServerWatch`` runs one thread with its own connection (core.store.pg_notify.Listener):
- another desk's write arrives as a notice; the topics of a burst of notices are gathered for a
  moment and given to the screens once (``changed``), so a 5,000-row import refreshes each screen once;
- the desk's own notices are skipped (the sender's backend process id);
- a lost connection (server stopped, network gone, connection killed) is told at once (``lost``) and
  the thread tries again every ``RETRY_SECONDS`` until the server answers (``back``).
Nothing polls the data: only a one-row ``SELECT 1`` every ``PING_SECONDS`` while idle.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import threading
import weakref

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal

from totalnet_desktop.core.store import pg_notify, server_login

logger = logging.getLogger(__name__)

WAIT_SECONDS = 0.5
PING_SECONDS = 5.0
RETRY_SECONDS = 2.0
GATHER_MS = 250  # notices within this time refresh the screens once


class _Worker(QThread):
    notices = Signal(list)  # [(table, sender pid)]
    lost = Signal(object)  # why, in the app's words (a core Message: translated where shown)
    back = Signal()

    def __init__(self, url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.url = url
        self._stop = threading.Event()
        self.wake = threading.Event()  # "Retry now"

    def stop(self) -> None:
        self._stop.set()
        self.wake.set()

    def run(self) -> None:
        listener: pg_notify.Listener | None = None
        was_lost = False
        idle = 0.0
        while not self._stop.is_set():
            if listener is None:
                try:
                    listener = pg_notify.Listener(self.url, server_login.password_for(self.url))
                except Exception as exc:  # noqa: BLE001 - any failure to connect means "not reachable"
                    if not was_lost:
                        was_lost = True
                        self.lost.emit(_reason_of(exc, self.url))
                    self.wake.wait(RETRY_SECONDS)
                    self.wake.clear()
                    continue
                if was_lost:
                    was_lost = False
                    self.back.emit()
                idle = 0.0
            try:
                found = listener.wait(WAIT_SECONDS)
                idle = 0.0 if found else idle + WAIT_SECONDS
                if idle >= PING_SECONDS:
                    idle = 0.0
                    listener.ping()
            except Exception as exc:  # noqa: BLE001 - the connection is gone, whatever the driver says
                listener.close()
                listener = None
                was_lost = True
                self.lost.emit(_reason_of(exc, self.url))
                continue
            if found:
                self.notices.emit([(n.table, n.sender) for n in found])
        if listener is not None:
            listener.close()


class ServerWatch(QObject):
    """Signals, on the GUI thread: ``changed(topic)`` once per topic per burst, ``lost(reason)``,
    ``back()``."""

    changed = Signal(str)
    lost = Signal(object)  # why (a core Message)
    back = Signal()

    def __init__(self, url: str, own_pid=lambda: None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.own_pid = own_pid  # () -> the app connection's backend pid: its own writes are not news
        self.is_lost = False
        self._pending: set[str] = set()
        self._gather = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._gather.timeout.connect(self._flush)
        self._worker = _Worker(url, self)
        self._worker.notices.connect(self._heard)
        self._worker.lost.connect(self._lost)
        self._worker.back.connect(self._back)

    def start(self) -> None:
        self._worker.start()
        # The listening thread ends before Qt tears down: at the application's quit, and at the
        # interpreter's exit for a process that never ran the event loop (a QThread destroyed while
        # running aborts the process).
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)
        ref = weakref.ref(self)

        def stop_at_exit() -> None:
            watch = ref()
            if watch is not None:
                with contextlib.suppress(RuntimeError):  # its Qt object is already gone
                    watch.stop()

        atexit.register(stop_at_exit)

    def stop(self) -> None:
        self._worker.stop()
        self._worker.wait(5000)

    def retry_now(self) -> None:
        self._worker.wake.set()

    def _heard(self, notices: list) -> None:
        try:
            mine = self.own_pid()
        except Exception:  # noqa: BLE001 - the app's own connection is down: every notice is news
            mine = None
        tables = [table for table, sender in notices if sender != mine]
        self._pending |= pg_notify.topics(tables)
        if self._pending and not self._gather.isActive():
            self._gather.start()

    def _flush(self) -> None:
        topics, self._pending = sorted(self._pending), set()
        for topic in topics:
            self.changed.emit(topic)

    def _lost(self, reason: str) -> None:
        logger.warning("chapter server lost: %s", reason)
        self.is_lost = True
        self.lost.emit(reason)

    def _back(self) -> None:
        logger.info("chapter server back")
        self.is_lost = False
        self.back.emit()


def _reason_of(exc: BaseException, url: str = "") -> str:
    """Why the server was lost, in the app's words (the checker and its copier load only then)."""
    from totalnet_desktop.core.store import server_check

    return server_check.reason_of(exc, url)
