"""A small modal window for long work started from a menu or a dialog (forget a person, protect the
data with a passphrase): the work runs off the GUI thread, a bar shows how far it is, and Cancel (or
Escape) asks it to stop at its next step, which leaves everything as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from totalnet_desktop.views.shell.job_dialog import JobDialog


class WorkDialog(JobDialog):
    """``WorkDialog(title, text, parent).run(fn, label)`` runs ``fn(progress, cancelled)`` and returns
    {"result": value}, {"error": message} or {"cancelled": True}."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None, cancellable: bool = True):
        super().__init__(parent)
        self.setObjectName("work_dialog")
        self.setWindowTitle(title)
        self.setModal(True)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("work_cancel")
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.clicked.connect(self.cancel_job)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.bar)
        layout.addLayout(row)
        self.setMinimumWidth(440)

    def run(self, fn, label: str) -> dict:
        """Show the window, run the work until it ends, close the window; return the outcome."""
        self.show()
        try:
            return self.run_job(fn, label, self.show_progress)
        finally:
            self.hide()
            self.deleteLater()

    def cancel_job(self) -> None:
        """Cancel or Escape: the work stops at its next step and changes nothing."""
        if self.job is None:
            return
        super().cancel_job()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling... nothing will be changed."))
