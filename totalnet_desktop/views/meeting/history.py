"""Past meetings of the chapter and per-member figures (attendance rate, referrals, one-to-ones)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, Qt
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
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, isolate, money, number, person_name, translate
from totalnet_desktop.qtmodels.labels import percent
from totalnet_desktop.views.shell.dates import to_qdate
from totalnet_desktop.views.shell.rows import select_row
from totalnet_desktop.views.shell.sizing import fit_resize

logger = logging.getLogger(__name__)

HISTORY_COLUMNS = (QT_TRANSLATE_NOOP("MeetingHistory", "Date"), QT_TRANSLATE_NOOP("MeetingHistory", "Status"),
                   QT_TRANSLATE_NOOP("PALMS", "Present"), QT_TRANSLATE_NOOP("PALMS", "Absent"),
                   QT_TRANSLATE_NOOP("PALMS", "Late"), QT_TRANSLATE_NOOP("PALMS", "Medical"),
                   QT_TRANSLATE_NOOP("PALMS", "Substitute"), QT_TRANSLATE_NOOP("MeetingHistory", "Visitors"),
                   QT_TRANSLATE_NOOP("MeetingHistory", "Referrals"), QT_TRANSLATE_NOOP("MeetingHistory", "Thank-you"))
HISTORY_CONTEXTS = ("MeetingHistory", "MeetingHistory", "PALMS", "PALMS", "PALMS", "PALMS", "PALMS",
                    "MeetingHistory", "MeetingHistory", "MeetingHistory")
MEMBER_COLUMNS = (QT_TRANSLATE_NOOP("MeetingHistory", "Member"), QT_TRANSLATE_NOOP("MeetingHistory", "Meetings"),
                  QT_TRANSLATE_NOOP("MeetingHistory", "Attended"), QT_TRANSLATE_NOOP("MeetingHistory", "Attendance"),
                  QT_TRANSLATE_NOOP("MeetingHistory", "Referrals given"),
                  QT_TRANSLATE_NOOP("MeetingHistory", "Referrals received"),
                  QT_TRANSLATE_NOOP("MeetingHistory", "One-to-ones"))
MEETING_STATUS = {"open": QT_TRANSLATE_NOOP("MeetingHistory", "open"),
                  "closed": QT_TRANSLATE_NOOP("MeetingHistory", "closed")}


def status_label(status: str) -> str:
    known = MEETING_STATUS.get(status)
    return translate("MeetingHistory", known) if known else status


def _item(value, align_right: bool = False, data=None) -> QTableWidgetItem:
    item = QTableWidgetItem(number(value) if isinstance(value, int) else str(value))
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    return item


def _table(columns, contexts=None) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    contexts = contexts or ("MeetingHistory",) * len(columns)
    table.setHorizontalHeaderLabels([translate(c, t) for c, t in zip(contexts, columns)])
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
        self.setWindowTitle(self.tr("History of {chapter}").format(chapter=isolate(chapter.name)))
        fit_resize(self, 900, 520)
        self.meetings = _table(HISTORY_COLUMNS, HISTORY_CONTEXTS)
        self.meetings.setAccessibleName(self.tr("Meetings"))
        self.members = _table(MEMBER_COLUMNS)
        self.members.setAccessibleName(self.tr("Members"))
        self._fill_meetings(chapter_id, chapter.currency)
        self._fill_members(chapter_id)
        self.meetings.itemActivated.connect(lambda _item: self.accept())
        tabs = QTabWidget()
        tabs.addTab(self.meetings, self.tr("&Meetings"))
        tabs.addTab(self.members, self.tr("M&embers"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.meetings.setFocus()
        if self.meetings.rowCount():
            select_row(self.meetings, 0)

    def _fill_meetings(self, chapter_id: int, currency: str) -> None:
        lines = reports.meeting_history(chapter_id)
        self.meetings.setRowCount(len(lines))
        for r, h in enumerate(lines):
            values = (QLocale().toString(to_qdate(h.date), "ddd d MMM yyyy"), status_label(h.status), h.present, h.absent, h.late, h.medical, h.substitute,
                      h.visitors, h.referrals, money(h.thank_you_total, currency))
            for c, value in enumerate(values):
                self.meetings.setItem(r, c, _item(value, c >= 2, h.meeting_id if c == 0 else None))

    def _fill_members(self, chapter_id: int) -> None:
        stats = reports.member_stats(chapter_id)
        self.members.setRowCount(len(stats))
        for r, s in enumerate(stats):
            rate = percent(s.attendance_rate) if s.attendance_rate is not None else "-"
            values = (person_name(s.name), s.meetings, s.attended, rate, s.referrals_given, s.referrals_received, s.one_to_ones)
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
