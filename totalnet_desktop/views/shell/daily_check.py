"""The first start of each day: check the database file and back it up, after the window is on screen.

SQLite's ``quick_check`` reads the whole file (about 0.2 s per 100,000 contacts) and the backup copies
it (about 1 s for 100 MB), so they run on a worker thread once the main window has painted, on their
own connections (WAL lets them read while the window works). A damaged file is never backed up as
good: the backup runs only when the check says "ok". When the check finds damage, ``damaged`` is
emitted on the GUI thread, which offers the recovery dialog.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from totalnet_desktop.core.store import backup, recovery

logger = logging.getLogger(__name__)


class DailyCheck(QObject):
    """Runs ``recovery.diagnose`` and, when sound, ``backup.daily_backup`` off the GUI thread."""

    # A recovery.Diagnosis whose state is damaged (queued to the GUI thread).
    damaged = Signal(object)
    # Emitted when the check (and backup) finished, whatever the outcome.
    done = Signal()

    def __init__(self, db_path: Path, backup_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path, self.backup_dir = Path(db_path), Path(backup_dir)
        self._thread: threading.Thread | None = None
        self.backup_path: Path | None = None

    @staticmethod
    def due(backup_dir: Path) -> bool:
        return backup.daily_backup_due(backup_dir)

    def start(self) -> None:
        """Start the check on a worker thread (once; nothing when today's backup exists)."""
        if self._thread is not None or not self.due(self.backup_dir):
            return
        self._thread = threading.Thread(target=self._run, name="daily-check", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> None:
        """Block until the worker finished (before the database is closed at quit)."""
        if self._thread is not None:
            self._thread.join(timeout)

    def _run(self) -> None:
        try:
            diagnosis = recovery.diagnose(self.db_path)
            if diagnosis.recoverable:
                logger.warning("daily check: %s", diagnosis.message)
                self.damaged.emit(diagnosis)
                return
            try:
                self.backup_path = backup.daily_backup(self.db_path, self.backup_dir)
            except backup.BackupError as exc:
                # Not fatal: the data is fine, only today's safety copy is missing.
                logger.warning("daily backup failed: %s", exc)
        except Exception:  # a worker thread has no one to tell: log it
            logger.exception("daily check failed")
        finally:
            self.done.emit()
