"""Running import and export work off the GUI thread: a QThread with progress, cancel and one result."""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from totalnet_desktop.core.exchange.batch import release_thread_connection
from totalnet_desktop.core.store.errors import Cancelled, TotalNetError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, translate

logger = logging.getLogger(__name__)
JOB_NAMES = {"import": QT_TRANSLATE_NOOP("ImportJob", "import"),
             "duplicate check": QT_TRANSLATE_NOOP("ImportJob", "duplicate check"),
             "export": QT_TRANSLATE_NOOP("ImportJob", "export"),
             "history import": QT_TRANSLATE_NOOP("ImportJob", "history import")}

# Jobs whose thread may still run: a QThread destroyed while running aborts the process, so a job
# stays referenced here until its thread has really ended (whatever happens to its dialog).
_LIVE: set[ImportJob] = set()


class _Reaper(QObject):
    """Lives in the GUI thread; drops a job once its thread has finished."""

    @Slot()
    def reap(self) -> None:
        for job in [j for j in _LIVE if j._thread.isFinished()]:
            job._thread.wait()
            _LIVE.discard(job)


_reaper: _Reaper | None = None


class ImportJob(QObject):
    """Runs ``fn(progress, cancelled)`` in its own thread (with its own database connection)."""

    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, fn, label: str = "import") -> None:
        super().__init__()
        self._fn = fn
        self._label = label
        self._stop = threading.Event()
        self._thread = QThread()
        self.moveToThread(self._thread)
        self._thread.started.connect(self._run)

    def start(self) -> None:
        """Start the work in the background thread."""
        global _reaper
        if _reaper is None:
            _reaper = _Reaper()
        _LIVE.add(self)
        self._thread.finished.connect(_reaper.reap, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next progress step (it rolls back)."""
        self._stop.set()

    def wait(self, ms: int = 30000) -> bool:
        """Wait for the thread to end (used when the dialog closes)."""
        return self._thread.wait(ms)

    def is_running(self) -> bool:
        return self._thread.isRunning()

    @Slot()
    def _run(self) -> None:
        try:
            result = self._fn(lambda d, t: self.progress.emit(int(d), int(t)), self._stop.is_set)
        except Cancelled:
            self.cancelled.emit()
        except TotalNetError as exc:
            self.failed.emit(str(exc))
        except Exception as exc:
            logger.exception("%s job failed", self._label)
            what = translate("ImportJob", JOB_NAMES[self._label]) if self._label in JOB_NAMES else self._label
            self.failed.emit(translate("ImportJob", "The {job} stopped on an unexpected error ({error}); nothing was "
                                                    "changed.").format(job=what, error=exc))
        else:
            self.done.emit(result)
        finally:
            release_thread_connection()
            self.finished.emit()
            self._thread.quit()
