"""A dialog that runs long work off the GUI thread and waits for it in a nested event loop, so its
window stays responsive (progress moves, Cancel works); Escape or closing cancels the work first."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QDialog, QProgressBar

if TYPE_CHECKING:  # the worker (and the import code behind it) loads when a job first runs
    from totalnet_desktop.views.exchange.import_worker import ImportJob


class JobDialog(QDialog):
    """Base for dialogs with one background job at a time (``self.job`` while it runs) and a
    progress bar ``self.bar``."""

    job: ImportJob | None = None
    bar: QProgressBar

    def is_busy(self) -> bool:
        return self.job is not None

    def show_progress(self, done: int, total: int) -> None:
        """Move the bar (a job's progress signal)."""
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def run_job(self, fn, label: str, on_progress, on_start=None) -> dict:
        """Run ``fn(progress, cancelled)`` in the background until it ends; return its outcome:
        {"result": value}, {"error": message} or {"cancelled": True}. ``on_start(job)`` runs once
        ``self.job`` is set (so a Cancel or Escape from then on reaches the job)."""
        outcome: dict = {}
        loop = QEventLoop()
        from totalnet_desktop.views.exchange.import_worker import ImportJob

        job = ImportJob(fn, label=label)
        job.progress.connect(on_progress)
        job.done.connect(lambda result: outcome.update(result=result))
        job.failed.connect(lambda message: outcome.update(error=message))
        job.cancelled.connect(lambda: outcome.update(cancelled=True))
        job.finished.connect(loop.quit)
        self.job = job
        if on_start is not None:
            on_start(job)
        job.start()
        loop.exec()
        self.job = None
        return outcome

    def cancel_job(self) -> None:
        """Ask the running job to stop at its next step (it leaves everything as it was)."""
        if self.job is not None:
            self.job.cancel()

    def reject(self) -> None:
        """Escape or Close: cancel a running job first."""
        if self.job is not None:
            self.cancel_job()
            return
        super().reject()

    def closeEvent(self, event) -> None:
        if self.job is not None:
            self.cancel_job()
            event.ignore()
            return
        super().closeEvent(event)
