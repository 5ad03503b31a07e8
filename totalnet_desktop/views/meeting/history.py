"""Past meetings of the chapter and per-member figures (attendance rate, referrals, one-to-ones)."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import chapters, reports
from totalnet_desktop.core.chapter.amounts import format_amount
from totalnet_desktop.views.shell.sizing import fit_resize

logger = logging.getLogger(__name__)

HISTORY_COLUMNS = ("Date", "Status", "Present", "Absent", "Late", "Medical", "Substitute", "Visitors", "Referrals",
                   "Thank-you")
MEMBER_COLUMNS = ("Member", "Meetings", "Attended", "Attendance", "Referrals given", "Referrals received",
                  "One-to-ones")


def _item(value, align_right: bool = False, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _table(columns) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(list(columns))
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class MeetingHistoryDialog(QDialog):
    """Two tabs: meetings (Enter opens one) and members."""

    def __init__(self, chapter_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        chapter = chapters.get_chapter(chapter_id)
        self.setWindowTitle(f"History of {chapter.name}")
        fit_resize(self, 900, 520)
        self.meetings = _table(HISTORY_COLUMNS)
        self.members = _table(MEMBER_COLUMNS)
        self._fill_meetings(chapter_id, chapter.currency)
        self._fill_members(chapter_id)
        self.meetings.itemActivated.connect(lambda _item: self.accept())
        tabs = QTabWidget()
        tabs.addTab(self.meetings, "&Meetings")
        tabs.addTab(self.members, "M&embers")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.meetings.setFocus()
        if self.meetings.rowCount():
            self.meetings.selectRow(0)

    def _fill_meetings(self, chapter_id: int, currency: str) -> None:
        lines = reports.meeting_history(chapter_id)
        self.meetings.setRowCount(len(lines))
        for r, h in enumerate(lines):
            values = (h.date.strftime("%a %d %b %Y"), h.status, h.present, h.absent, h.late, h.medical, h.substitute,
                      h.visitors, h.referrals, format_amount(h.thank_you_total, currency))
            for c, value in enumerate(values):
                self.meetings.setItem(r, c, _item(value, c >= 2, h.meeting_id if c == 0 else None))

    def _fill_members(self, chapter_id: int) -> None:
        stats = reports.member_stats(chapter_id)
        self.members.setRowCount(len(stats))
        for r, s in enumerate(stats):
            rate = f"{s.attendance_rate:.0%}" if s.attendance_rate is not None else "-"
            values = (s.name, s.meetings, s.attended, rate, s.referrals_given, s.referrals_received, s.one_to_ones)
            for c, value in enumerate(values):
                self.members.setItem(r, c, _item(value, c >= 1))

    def chosen_meeting_id(self) -> int | None:
        row = self.meetings.currentRow()
        item = self.meetings.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    @classmethod
    def pick_meeting(cls, chapter_id: int, parent: QWidget | None = None) -> tuple[int | None, bool]:
        """Show the history; return (the meeting to open, accepted)."""
        dialog = cls(chapter_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.chosen_meeting_id(), accepted
