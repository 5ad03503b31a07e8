"""The import dialog (Ctrl+I): files, format, columns, duplicates, options, import, summary.

Reading the whole file (the plan) and the import itself run in a worker thread with their own
database connection, so the window stays responsive and Cancel works.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from totalnet_desktop.core.exchange import batch, importer
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, path_text, tr_core, translate
from totalnet_desktop.views.exchange.duplicates_page import DuplicatesPage
from totalnet_desktop.views.exchange.files_page import FilesPage
from totalnet_desktop.views.exchange.import_worker import ImportJob
from totalnet_desktop.views.exchange.mapping_page import MappingPage
from totalnet_desktop.views.exchange.options_page import OptionsPage
from totalnet_desktop.views.exchange.summary_page import ProgressPage, SummaryPage
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.sizing import fit_resize

logger = logging.getLogger(__name__)

FILES, MAPPING, DUPLICATES, OPTIONS, PROGRESS, SUMMARY = range(6)
STEP_NAMES = (QT_TRANSLATE_NOOP("ImportDialog", "1-2  Files and format"), QT_TRANSLATE_NOOP("ImportDialog", "3  Columns"),
              QT_TRANSLATE_NOOP("ImportDialog", "4  Duplicates"), QT_TRANSLATE_NOOP("ImportDialog", "5  Options"),
              QT_TRANSLATE_NOOP("ImportDialog", "6  Import"), QT_TRANSLATE_NOOP("ImportDialog", "7  Summary"))


class ImportDialog(QDialog):
    """A step-by-step import; ``imported`` is emitted with the summaries when rows were written."""

    imported = Signal(list)
    planned = Signal()
    finished_import = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import contacts - TotalNet"))
        fit_resize(self, 1060, 680)
        self.job: ImportJob | None = None
        self.summaries: list = []
        self.error = ""
        self.steps = QLabel()
        self.steps.setTextFormat(self.steps.textFormat().RichText)
        self.steps.setWordWrap(True)  # a long language's step names wrap between steps, not off a small screen
        self.files_page = FilesPage()
        self.mapping_page = MappingPage()
        self.duplicates_page = DuplicatesPage()
        self.options_page = OptionsPage()
        self.progress_page = ProgressPage()
        self.summary_page = SummaryPage()
        self.stack = QStackedWidget()
        for page in (self.files_page, self.mapping_page, self.duplicates_page, self.options_page,
                     self.progress_page, self.summary_page):
            self.stack.addWidget(page)
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        self.cancel_button.clicked.connect(self.cancel_or_close)
        self.files_page.changed.connect(self._update_buttons)
        self.duplicates_page.group.buttonClicked.connect(lambda _b: self._policy_changed())
        self.summary_page.save_button.clicked.connect(self._pick_rejected_path)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.cancel_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.steps)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self._show(FILES)

    # -- navigation -------------------------------------------------------------------------
    def page(self) -> int:
        return self.stack.currentIndex()

    def _show(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        marks = []
        for i, step in enumerate(STEP_NAMES):
            name = translate("ImportDialog", step).replace(" ", "&nbsp;")  # a step's name never breaks
            marks.append(f"<b>{name}</b>" if i == index else f"<span style='color:{theme.text('muted')}'>{name}</span>")
        arrow = "&lsaquo;" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "&rsaquo;"
        self.steps.setText(f"&nbsp;&nbsp;{arrow}&nbsp; ".join(marks))
        self._update_buttons()

    def _update_buttons(self) -> None:
        index = self.page()
        running = self.job is not None and self.job.is_running()
        self.back_button.setVisible(index not in (PROGRESS, SUMMARY))
        self.back_button.setEnabled(index > FILES and not running)
        self.next_button.setVisible(index not in (PROGRESS, SUMMARY))
        self.next_button.setText(self.tr("&Import") if index == OPTIONS else self.tr("&Next >"))
        ready = {FILES: self.files_page.ready(), DUPLICATES: self.duplicates_page.ready() and not running}
        self.next_button.setEnabled(ready.get(index, True))
        self.cancel_button.setText(self.tr("Close") if index == SUMMARY else self.tr("Cancel"))
        self.cancel_button.setDefault(index == SUMMARY)  # Enter closes the summary
        self.next_button.setDefault(index != SUMMARY)

    def go_next(self) -> None:
        """Move to the next step (step 5's button starts the import)."""
        index = self.page()
        if index == FILES:
            self.mapping_page.set_files(self.files_page.files)
            self._show(MAPPING)
        elif index == MAPPING:
            self._show(DUPLICATES)
            self._start_plan()
        elif index == DUPLICATES:
            self.options_page.set_files(self.files_page.files, self.duplicates_page.plans)
            self._show(OPTIONS)
        elif index == OPTIONS:
            self._start_import()

    def go_back(self) -> None:
        if self.page() > FILES and self.page() <= OPTIONS:
            self._cancel_job()
            self._show(self.page() - 1)

    def cancel_or_close(self) -> None:
        """Cancel a running import (it rolls back), else close the dialog."""
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            self.progress_page.label.setText(self.tr("Cancelling... nothing will be changed."))
            return
        self.reject() if self.page() != SUMMARY else self.accept()

    def closeEvent(self, event) -> None:
        self._cancel_job(wait=True)
        super().closeEvent(event)

    def reject(self) -> None:
        self._cancel_job(wait=True)
        super().reject()

    def _cancel_job(self, wait: bool = False) -> None:
        if self.job is not None and self.job.is_running():
            self.job.cancel()
            if wait:
                self.job.wait()

    # -- step 4: the plan, in the worker ------------------------------------------------------
    def _options(self) -> list[importer.ImportOptions]:
        policy = self.duplicates_page.policy()
        return [self.options_page.options(policy, self.duplicates_page.decisions(i))
                for i in range(len(self.files_page.files))]

    def _start_plan(self) -> None:
        files = list(self.files_page.files)
        policy = self.duplicates_page.policy()
        options = [importer.ImportOptions(policy=policy) for _ in files]
        self.duplicates_page.file_names = [f.path.name for f in files]
        self.duplicates_page.show_checking()
        self._run(lambda progress, cancelled: batch.plan_files(files, options, progress),
                  self._plan_done, self.duplicates_page.on_progress)

    def _plan_done(self, plans: list) -> None:
        self.duplicates_page.show_plans(plans)
        self._update_buttons()
        self.planned.emit()

    def _policy_changed(self) -> None:
        if self.duplicates_page.plans:
            self.duplicates_page.show_plans(self.duplicates_page.plans)

    # -- step 6: the import, in the worker ----------------------------------------------------
    def _start_import(self) -> None:
        files = list(self.files_page.files)
        options = self._options()
        backup_dir = self.ctx.paths.backup_dir
        self.progress_page.label.setText(self.tr("Importing... Cancel leaves your data exactly as it was."))
        self.progress_page.bar.setValue(0)
        self.options_page.message.setText("")
        self._show(PROGRESS)
        self._run(lambda progress, cancelled: batch.execute_files(files, options, backup_dir, progress, cancelled),
                  self._import_done, self.progress_page.on_progress)

    def _import_done(self, summaries: list) -> None:
        self.summaries = summaries
        self.summary_page.show_result([f.path.name for f in self.files_page.files], summaries)
        self._show(SUMMARY)
        if any(s.imported or s.merged for s in summaries):
            self.ctx.bus.changed.emit("contacts")
            self.imported.emit(summaries)
        self.finished_import.emit()

    def _run(self, fn, on_done, on_progress) -> None:
        self.error = ""
        job = ImportJob(fn)
        job.progress.connect(on_progress)
        job.done.connect(on_done)
        job.failed.connect(self._failed)
        job.cancelled.connect(self._cancelled)
        job.finished.connect(self._update_buttons)
        self.job = job
        job.start()
        self._update_buttons()

    def _failed(self, message: str) -> None:
        self.error = message
        logger.info("import failed")  # the message may quote a row of the file
        if self.page() == PROGRESS:
            self._show(OPTIONS)
        elif self.page() == DUPLICATES:
            self._show(MAPPING)
        self.mapping_page.message.setText(message)
        self.options_page.message.setText(message + " " + self.tr("Nothing was changed."))
        if self.isVisible():
            QMessageBox.warning(self, self.tr("Import"), message + "\n" + self.tr("Nothing was changed."))
        self.finished_import.emit()

    def _cancelled(self) -> None:
        self.error = self.tr("The import was cancelled; nothing was changed.")
        self.options_page.message.setText(self.error)
        self._show(OPTIONS)
        self.finished_import.emit()

    # -- summary ----------------------------------------------------------------------------
    def _pick_rejected_path(self) -> None:
        first = self.files_page.files[0]
        suffix = ".vcf" if first.format == "vcard" else ".csv"
        default = str(Path.home() / f"{first.path.stem}-rejected{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the rejected rows"), default,
                                              self.tr("CSV (*.csv);;vCard (*.vcf);;All files (*)"))
        if path:
            self.save_rejected_to(path)

    def save_rejected_to(self, path: str | Path) -> list[Path]:
        """Write each file's rejected rows (the first at ``path``, others beside it)."""
        path = Path(path)
        written: list[Path] = []
        for index, (imp, summary) in enumerate(zip(self.files_page.files, self.summaries)):
            if not summary.rejected:
                continue
            target = path if not written else path.with_name(f"{path.stem}-{imp.path.stem}{path.suffix}")
            try:
                importer.save_rejected(imp, summary, target)
            except TotalNetError as exc:
                QMessageBox.warning(self, self.tr("Save the rejected rows"), tr_core(exc))
                return written
            written.append(target)
        self.summary_page.note.setText(self.tr("Rejected rows saved to {paths}.").format(
            paths=", ".join(path_text(p) for p in written)))
        return written


def run_import_dialog(ctx, parent=None) -> None:
    """Open the import dialog modally; announce changes on ctx.bus when rows were imported."""
    dialog = ImportDialog(ctx, parent)
    dialog.exec()
