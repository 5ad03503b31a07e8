"""Import step 4: what is new, what matches (merge), repeats in the file, possible duplicates;
the policy merge / skip / add; and the user's word on each possible duplicate."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, number, path_text, tr_core, translate
from totalnet_desktop.views.shell.wrap_radio import WrapRadio

logger = logging.getLogger(__name__)

POLICY_TEXT = {
    "merge": QT_TRANSLATE_NOOP("DuplicatesPage", "Merge: fill empty fields, add new e-mails, phones and profiles, "
                               "take a newer company and job title; names and filled fields are kept"),
    "skip": QT_TRANSLATE_NOOP("DuplicatesPage", "Skip: leave the existing contact as it is"),
    "add": QT_TRANSLATE_NOOP("DuplicatesPage", "Add: import as a separate contact anyway"),
}


class DuplicatesPage(QWidget):
    """Counts from the plan and the possible duplicates to decide on."""

    title = QT_TRANSLATE_NOOP("DuplicatesPage", "Duplicates")

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.plans: list = []
        self.file_names: list[str] = []
        self.counts = QLabel(self.tr("Checking the rows against your contacts..."))
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.group = QButtonGroup(self)
        policy_box = QVBoxLayout()
        policy_box.addWidget(QLabel(self.tr("<b>When a row matches a contact</b> (the same e-mail or profile):")))
        self.buttons: dict[str, QRadioButton] = {}
        for key, text in POLICY_TEXT.items():
            choice = WrapRadio(translate("DuplicatesPage", text))  # the merge text is long: it wraps
            self.group.addButton(choice.button)
            self.buttons[key] = choice.button
            policy_box.addWidget(choice)
        self.buttons["merge"].setChecked(True)
        self.possible_label = QLabel()
        self.possible_label.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Name in the file"), self.tr("Possible duplicate"),
                                              self.tr("Same person: merge")])
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.progress)
        layout.addLayout(policy_box)
        row = QHBoxLayout()
        row.addWidget(self.possible_label, 1)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def policy(self) -> str:
        """The chosen policy: merge, skip or add."""
        return next(k for k, b in self.buttons.items() if b.isChecked())

    def show_checking(self) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.counts.setText(self.tr("Checking the rows against your contacts..."))
        self.table.setRowCount(0)

    def on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def show_plans(self, plans: list) -> None:
        """Show the counts and the possible duplicates of the plan of each file."""
        self.plans = plans
        self.progress.setVisible(False)
        rows = sum(p.rows for p in plans)
        new = sum(p.imported - (p.matches if self.policy() == "add" else 0) for p in plans)
        matches = sum(p.matches for p in plans)
        repeats = sum(p.repeats for p in plans)
        possible = sum(p.possible_count for p in plans)
        rejected = sum(len(p.rejected) for p in plans)
        bold = lambda n: f"<b>{number(n)}</b>"
        self.counts.setText(self.tr(
            "<b>%Ln</b> row(s) read: {new} new, {matches} match a contact (same e-mail or profile), {repeats} repeat an "
            "earlier row of the file, {possible}, {rejected} rejected (nothing to identify a person).", "", rows).format(
            new=bold(max(new, 0)), matches=bold(matches), repeats=bold(repeats), rejected=bold(rejected),
            possible=self.tr("<b>%Ln</b> possible duplicate(s)", "", possible)))
        self.possible_label.setText(self.tr(
            "Possible duplicates share a phone number or a name with someone. They are imported as new "
            "people unless you tick them (colleagues share switchboard numbers; two people share a name).")
            if possible else self.tr("No possible duplicates."))
        entries = [(i, p) for i, plan in enumerate(plans) for p in plan.possible]
        self.table.setRowCount(len(entries))
        several = len(plans) > 1
        for row, (file_index, p) in enumerate(entries):
            where = (self.tr("{file}: {line}").format(file=path_text(self.file_names[file_index]), line=number(p.line))
                     if several and self.file_names else number(p.line))
            self.table.setItem(row, 0, QTableWidgetItem(where))
            self.table.setItem(row, 1, QTableWidgetItem(p.name))
            self.table.setItem(row, 2, QTableWidgetItem(tr_core(p.reason)))
            check = QTableWidgetItem()
            check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            check.setCheckState(Qt.CheckState.Unchecked)
            check.setData(Qt.ItemDataRole.UserRole, (file_index, p))
            self.table.setItem(row, 3, check)

    def set_merge(self, row: int, merge: bool) -> None:
        """Tick (or untick) possible duplicate ``row``."""
        self.table.item(row, 3).setCheckState(Qt.CheckState.Checked if merge else Qt.CheckState.Unchecked)

    def decisions(self, file_index: int) -> dict[int, tuple[str, int]]:
        """The ticked possible duplicates of one file: row line -> target."""
        out: dict[int, tuple[str, int]] = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 3)
            index, p = item.data(Qt.ItemDataRole.UserRole)
            if index == file_index and item.checkState() == Qt.CheckState.Checked:
                out[p.line] = ("contact", p.contact_id) if p.contact_id is not None else ("row", p.row_line)
        return out

    def ready(self) -> bool:
        return bool(self.plans)
