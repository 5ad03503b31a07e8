"""File > Import history...: read the member's LinkedIn, WhatsApp, calendar and mail files, then the
review list of people who matched no contact (link, create, ignore), the most contact first."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.contacts import search
from totalnet_desktop.core.exchange.history import review, runner, whatsapp
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import (
    QT_TRANSLATE_NOOP,
    date_text,
    embedded,
    number,
    paragraph,
    path_text,
    tr_core,
    translate,
)
from totalnet_desktop.views.shell.job_dialog import JobDialog
from totalnet_desktop.views.shell.rows import select_row

logger = logging.getLogger(__name__)

INTRO = QT_TRANSLATE_NOOP("HistoryDialog", "Reads your LinkedIn data archive, WhatsApp chat exports (.txt or .zip), "
                          "calendar files (.ics) and mail archives (.mbox): a file, a folder or the ZIP the service "
                          "gave you. Only who, when and which channel are stored, one touch per conversation per "
                          "day; nothing leaves this computer.")
FILE_FILTER = QT_TRANSLATE_NOOP("HistoryDialog", "History files (*.zip *.txt *.csv *.ics *.mbox);;All files (*)")
SOURCES = {"linkedin": QT_TRANSLATE_NOOP("HistoryDialog", "LinkedIn"),
           "whatsapp": QT_TRANSLATE_NOOP("HistoryDialog", "WhatsApp"),
           "calendar": QT_TRANSLATE_NOOP("HistoryDialog", "Calendar"),
           "mbox": QT_TRANSLATE_NOOP("HistoryDialog", "E-mail")}
ORDERS = {"dmy": QT_TRANSLATE_NOOP("HistoryDialog", "day first (31/12/2023)"),
          "mdy": QT_TRANSLATE_NOOP("HistoryDialog", "month first (12/31/2023)"),
          "ymd": QT_TRANSLATE_NOOP("HistoryDialog", "year first")}


def _named(widget, name: str):
    """``widget`` with an object name (tests and screen readers find it by that name)."""
    widget.setObjectName(name)
    return widget


class ContactPicker(QDialog):
    """Find a contact by typing (the Contacts search); ``chosen`` is its id."""

    def __init__(self, person: str, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link to a contact - TotalNet"))
        self.resize(560, 380)
        self.chosen: int | None = None
        self.query = _named(QLineEdit(), "picker_query")
        self.query.setPlaceholderText(self.tr("Type a name, company, number or e-mail"))
        self.query.setAccessibleName(self.tr("Find a contact"))
        self.results = _named(QListWidget(), "picker_results")
        self.results.setAccessibleName(self.tr("Contacts found"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Which contact is <b>{person}</b>?").format(person=html.escape(person))))
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self.query.textChanged.connect(self.refresh)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.query.setText(person if not person.startswith("+") else "")

    def refresh(self, text: str) -> None:
        self.results.clear()
        for line in search.search_lines(text, limit=30) if text.strip() else []:
            # The name and the details each stay whole (and in their order) inside a right-to-left list.
            detail = embedded(", ".join(embedded(p) for p in (line.company, *line.emails[:1], *line.phones[:1]) if p))
            item = QListWidgetItem(self.tr("{name}  ({detail})").format(name=embedded(line.name), detail=detail)
                                   if detail else line.name)
            item.setData(Qt.ItemDataRole.UserRole, line.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def accept(self) -> None:
        item = self.results.currentItem()
        self.chosen = item.data(Qt.ItemDataRole.UserRole) if item else None
        super().accept()


class ReviewPanel(QWidget):
    """The people waiting for review, the most contact first."""

    changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.table = _named(QTableWidget(0, 4), "review_table")
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("From"), self.tr("Touches"), self.tr("Last")])
        self.table.setAccessibleName(self.tr("People to review"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.title = QLabel()
        self.link_button = _named(QPushButton(self.tr("&Link to contact...")), "review_link")
        self.create_button = _named(QPushButton(self.tr("&Create contact")), "review_create")
        self.ignore_button = _named(QPushButton(self.tr("I&gnore")), "review_ignore")
        self.link_button.clicked.connect(lambda: self.link_selected())
        self.create_button.clicked.connect(lambda: self.create_selected())
        self.ignore_button.clicked.connect(lambda: self.ignore_selected())
        buttons = QHBoxLayout()
        for button in (self.link_button, self.create_button, self.ignore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.people: list[review.ReviewPerson] = []
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        self.refresh()

    def refresh(self) -> None:
        self.people = review.review_list()
        self.table.setRowCount(len(self.people))
        for row, person in enumerate(self.people):
            # A number or an address keeps its own direction inside a right-to-left table.
            label = embedded(person.label) + (f"  ·  {embedded(person.detail)}"
                                              if person.detail and person.detail != person.label else "")
            source = translate("HistoryDialog", SOURCES[person.source]) if person.source in SOURCES else person.source
            cells = (label, source, number(person.touches), date_text(person.last) if person.last else "")
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        count = len(self.people)
        self.title.setText(
            self.tr("<b>People to review</b> ({count}): they matched no contact. Link each to a contact, create one, "
                    "or ignore them (remembered).").format(count=number(count)) if count
            else self.tr("<b>People to review</b>: nobody is waiting."))
        if count:
            select_row(self.table, 0)
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        on = self.selected() is not None
        for button in (self.link_button, self.create_button, self.ignore_button):
            button.setEnabled(on)

    def selected(self) -> review.ReviewPerson | None:
        rows = self.table.selectionModel().selectedRows()
        return self.people[rows[0].row()] if rows and rows[0].row() < len(self.people) else None

    def _act(self, action) -> None:
        try:
            action()
        except TotalNetError as exc:
            QMessageBox.warning(self, "TotalNet", tr_core(exc))
        row = self.table.currentRow()
        self.refresh()
        if self.people:
            select_row(self.table, min(row, len(self.people) - 1))
        self.changed.emit()

    def link_selected(self, contact_id: int | None = None) -> None:
        person = self.selected()
        if person is None:
            return
        if contact_id is None:
            picker = ContactPicker(person.label, self)
            if picker.exec() != QDialog.DialogCode.Accepted or picker.chosen is None:
                return
            contact_id = picker.chosen
        self._act(lambda: review.link(person.id, contact_id))

    def create_selected(self) -> None:
        person = self.selected()
        if person is not None:
            self._act(lambda: review.create_contact(person.id))

    def ignore_selected(self) -> None:
        person = self.selected()
        if person is not None:
            self._act(lambda: review.ignore(person.id))


class HistoryDialog(JobDialog):
    """Choose files, import them (in the background, with progress and Cancel), then review the people
    who matched nobody."""

    imported = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Import history - TotalNet"))
        self.resize(900, 640)
        self.paths: list[str] = []
        intro = QLabel(translate("HistoryDialog", INTRO))
        intro.setWordWrap(True)
        self.files_label = _named(QLabel(self.tr("No files chosen.")), "history_files")
        self.files_label.setWordWrap(True)
        add_files = _named(QPushButton(self.tr("Add &files...")), "history_add_files")
        add_folder = _named(QPushButton(self.tr("Add f&older...")), "history_add_folder")
        self.keep_text = QCheckBox(self.tr("&Keep the first line of each conversation-day (off: who, when and "
                                           "channel only)"))
        self.keep_text.setChecked(bool(prefs.get(runner.KEEP_TEXT_KEY, False)))
        self.import_button = _named(QPushButton(self.tr("&Import")), "history_import")
        self.import_button.setEnabled(False)
        add_files.clicked.connect(self.choose_files)
        add_folder.clicked.connect(self.choose_folder)
        self.import_button.clicked.connect(lambda: self.run_import())
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.cancel_button = _named(QPushButton(self.tr("Cancel import")), "history_cancel")
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_job)
        self.report = _named(QPlainTextEdit(), "history_report")
        self.report.setReadOnly(True)
        self.report.setMaximumHeight(110)
        self.report.setPlaceholderText(self.tr("What was read appears here."))
        self.report.setAccessibleName(self.tr("What was read"))
        self.review = ReviewPanel()
        self.review.changed.connect(self.imported.emit)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for widget in (add_files, add_folder):
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.files_label)
        layout.addWidget(self.keep_text)
        busy = QHBoxLayout()
        busy.addWidget(self.bar, 1)
        busy.addWidget(self.cancel_button)
        layout.addLayout(busy)
        layout.addWidget(self.report)
        layout.addWidget(self.review, 1)
        layout.addWidget(close)

    def set_paths(self, paths: list[str]) -> None:
        self.paths = [p for p in paths if p]
        self.files_label.setText("\n".join(paragraph(embedded(p)) for p in self.paths) if self.paths
                                 else self.tr("No files chosen."))
        self.import_button.setEnabled(bool(self.paths))

    def choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose history files"), "",
                                                 translate("HistoryDialog", FILE_FILTER))
        if chosen:
            self.set_paths(self.paths + chosen)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of history files"))
        if folder:
            self.set_paths([*self.paths, folder])

    def run_import(self, me: list[str] | None = None, date_order: str | None = None,
                   ask: bool = True) -> runner.HistoryResult:
        """Import the chosen files; ask what the files cannot tell, then read them again (once)."""
        prefs.set(runner.KEEP_TEXT_KEY, self.keep_text.isChecked())
        paths, names = list(self.paths), list(me or [])
        self._set_busy(True)
        try:
            outcome = self.run_job(
                lambda progress, cancelled: runner.import_history(paths, me=names, date_order=date_order,
                                                                  progress=progress, cancelled=cancelled),
                "history import", self.show_progress)
        finally:
            self._set_busy(False)
        if "result" not in outcome:
            message = outcome.get("error") or self.tr("The import was cancelled; nothing was changed.")
            self.report.setPlainText(message)
            return runner.HistoryResult()
        result = outcome["result"]
        lines = [tr_core(result.line()) + "."]
        for outcome in result.files:
            if outcome.error and not outcome.question:
                lines.append(tr_core(outcome.error))
        for stored in result.stored:
            lines += [self.tr("{file}, line {line}: skipped, {reason}").format(file=path_text(stored.file), line=number(b.line),
                                                                               reason=tr_core(b.reason))
                      for b in stored.bad_lines[:20]]
        self.report.setPlainText("\n".join(lines))
        self.review.refresh()
        if result.batch_ids:
            self.imported.emit()
        questions = [o.question for o in result.files if o.question]
        if questions and ask:
            answered: list[str] = []
            order = None
            for question in questions:  # every file's question, then one more run with all answers
                answer = self.ask(question)
                if answer is None:
                    break
                answered += answer.get("me", [])
                order = answer.get("date_order", order)
            if answered or order:
                return self.run_import(me=[*(me or []), *answered], date_order=order or date_order, ask=False)
        return result

    def _set_busy(self, busy: bool) -> None:
        self.bar.setVisible(busy)
        self.cancel_button.setVisible(busy)
        self.import_button.setEnabled(not busy and bool(self.paths))
        self.review.setEnabled(not busy)
        if busy:
            self.bar.setRange(0, 0)

    def ask(self, question) -> dict | None:
        """One question a file could not answer, as a choice."""
        if question.question == "date_order":
            names = [translate("HistoryDialog", ORDERS[o]) if o in ORDERS else whatsapp.ORDER_NAMES[o]
                     for o in question.options]
            choice, ok = QInputDialog.getItem(self, self.tr("Date order"), tr_core(question), names, 0, False)
            return {"date_order": question.options[names.index(choice)]} if ok else None
        choice, ok = QInputDialog.getItem(self, self.tr("Who are you?"), tr_core(question), list(question.options), 0,
                                          False)
        return {"me": [choice]} if ok else None


def run_history_dialog(ctx, parent=None) -> HistoryDialog:
    dialog = HistoryDialog(ctx, parent)
    dialog.imported.connect(lambda: ctx.bus.changed.emit("all"))
    dialog.exec()
    return dialog
