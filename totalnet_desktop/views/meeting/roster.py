"""The chapter's settings and roster: add members (existing or new contacts), edit role and
classification, take members off. Every change is saved at once."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import ROLES
from totalnet_desktop.views.meeting.pickers import PersonPicker
from totalnet_desktop.views.shell import theme

logger = logging.getLogger(__name__)

COLUMNS = ("Name", "Company", "Classification", "Role", "Joined", "Renewal due")


class RosterDialog(QDialog):
    """Chapter settings on top, the roster below, an add-member row at the bottom."""

    def __init__(self, chapter_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.chapter_id = chapter_id
        chapter = chapters.get_chapter(chapter_id)
        self.setWindowTitle(f"{chapter.name}: settings and roster")
        self.resize(900, 600)
        self.start_time = QLineEdit(chapter.start_time)
        self.grace = QSpinBox()
        self.grace.setRange(0, 180)
        self.grace.setValue(chapter.grace_minutes)
        self.grace.setSuffix(" minutes")
        self.venue = QLineEdit(chapter.venue)
        self.start_time.editingFinished.connect(lambda: self._save_setting(start_time=self.start_time.text()))
        self.grace.valueChanged.connect(lambda v: self._save_setting(grace_minutes=v))
        self.venue.editingFinished.connect(lambda: self._save_setting(venue=self.venue.text()))
        settings = QFormLayout()
        settings.addRow("&Start time", self.start_time)
        settings.addRow("&Grace before Late", self.grace)
        settings.addRow("&Venue", self.venue)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(list(COLUMNS))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._cell_edited)

        self.person = PersonPicker(placeholder="name of the new member (existing contact or new)")
        self.classification = QLineEdit()
        self.classification.setPlaceholderText("classification")
        self.role = QComboBox()
        self.role.addItems(ROLES)
        self.role.setCurrentText("Member")
        add = QPushButton("&Add member")
        add.clicked.connect(self.add_member)
        remove = QPushButton("&Remove selected")
        remove.clicked.connect(self.remove_selected)
        add_row = QHBoxLayout()
        for widget in (self.person, self.classification, self.role, add):
            add_row.addWidget(widget)
        self.error = QLabel()
        theme.style_text(self.error, "error")
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(remove)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(settings)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addLayout(bottom)
        self.refresh()
        self.person.setFocus()

    def _save_setting(self, **fields) -> None:
        try:
            chapters.update_chapter(self.chapter_id, **fields)
            self.error.clear()
        except ValidationError as exc:
            self.error.setText(str(exc))

    def refresh(self) -> None:
        self.table.blockSignals(True)
        members = chapters.roster(self.chapter_id)
        self.table.setRowCount(len(members))
        for r, m in enumerate(members):
            values = (m.name, m.company, m.classification, m.role,
                      m.joined_on.isoformat() if m.joined_on else "", m.renewal_due.isoformat() if m.renewal_due else "")
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c not in (2, 3):  # classification and role are edited in place
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(Qt.ItemDataRole.UserRole, m.membership_id)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        field = {2: "classification", 3: "role"}.get(item.column())
        if field is None:
            return
        try:
            chapters.update_member(item.data(Qt.ItemDataRole.UserRole), **{field: item.text()})
            self.error.clear()
        except ValidationError as exc:
            self.error.setText(str(exc))
            self.refresh()

    def add_member(self) -> None:
        try:
            chapters.add_member(self.chapter_id, self.person.chosen_id(), name=self.person.typed_name(),
                                classification=self.classification.text(), role=self.role.currentText())
        except ValidationError as exc:
            self.error.setText(str(exc))
            return
        self.error.clear()
        self.person.clear()
        self.classification.clear()
        self.refresh()
        self.person.setFocus()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        answer = QMessageBox.question(self, "Remove member", f"Take {item.text()} off the roster? "
                                      "The contact and past attendance stay.")
        if answer == QMessageBox.StandardButton.Yes:
            chapters.remove_member(item.data(Qt.ItemDataRole.UserRole))
            self.refresh()

    @classmethod
    def edit(cls, chapter_id: int, parent: QWidget | None = None) -> tuple[None, bool]:
        """Show the roster editor (modal)."""
        dialog = cls(chapter_id, parent)
        return None, dialog.exec() == QDialog.DialogCode.Accepted
