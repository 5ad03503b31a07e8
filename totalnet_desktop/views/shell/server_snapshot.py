"""A desk on a chapter server keeps a local snapshot of it: taken off the GUI thread when the desk
connects and once a day while it stays connected (``core.store.snapshots``), so a lost server leaves
a recent copy on this computer. A failed snapshot is only logged: the server's data is unharmed and
the next connect or day tries again."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from totalnet_desktop.core.store import snapshots
from totalnet_desktop.core.store.errors import TotalNetError

logger = logging.getLogger(__name__)

CHECK_MS = 30 * 60 * 1000  # a desk left connected overnight takes the next day's snapshot within this
FIRST_CHECK_MS = 15_000  # after the window is up: the export competes with the first screen for the desk


class ServerSnapshot(QObject):
    """Takes ``target``'s snapshot when one is due (none today), on a worker thread."""

    taken = Signal(object)  # the new snapshot's Path (queued to the GUI thread)

    def __init__(self, target: str, backup_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.target, self.backup_dir = target, Path(backup_dir)
        self._thread: threading.Thread | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.take_if_due)

    def start(self) -> None:
        """Take today's snapshot soon if there is none, and check again every half hour."""
        self._timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.take_if_due)

    def stop(self) -> None:
        self._timer.stop()

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def take_if_due(self) -> bool:
        """Start a snapshot when none was taken today (and none is under way); True when started."""
        if self.busy() or not snapshots.snapshot_due(self.target, self.backup_dir):
            return False
        self._thread = threading.Thread(target=self._run, name="server-snapshot", daemon=True)
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            self.taken.emit(snapshots.take_snapshot(self.target, self.backup_dir))
        except TotalNetError as exc:
            logger.warning("server snapshot not taken: %s", exc)
        except Exception:  # a worker thread has no one to tell: log it
            logger.exception("server snapshot failed")
