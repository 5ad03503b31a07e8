"""The meeting-day roster as a table model: filtered rows plus an optional `Add visitor "TEXT"` entry."""

from __future__ import annotations

import logging
import unicodedata

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from totalnet_desktop.core.chapter import meetings
from totalnet_desktop.core.chapter.meetings import RosterRow
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, number, person_name, spoken_list, time_text, translate
from totalnet_desktop.qtmodels.labels import role_label
from totalnet_desktop.theme import palette

logger = logging.getLogger(__name__)

COLUMNS = (QT_TRANSLATE_NOOP("Roster", "Name"), QT_TRANSLATE_NOOP("Roster", "Company"),
           QT_TRANSLATE_NOOP("Roster", "Classification"), QT_TRANSLATE_NOOP("Roster", "Status"),
           QT_TRANSLATE_NOOP("Roster", "Checked in"), QT_TRANSLATE_NOOP("Roster", "Notes"))


def status_name(status: str | None) -> str:
    """A PALMS status in the user's language ('' when none). The stored value stays English; the words
    are marked for the catalogue in core.store.labels.STATUS_TEXTS."""
    return translate("PALMS", status) if status else ""


RowRole = Qt.ItemDataRole.UserRole + 1
KindRole = Qt.ItemDataRole.UserRole + 2  # "row" or "add_visitor"

_Index = QModelIndex | QPersistentModelIndex


def _right_to_left(text: str) -> bool:
    """True when ``text`` holds a letter of a right-to-left script (Arabic, Hebrew...)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


def add_visitor_label(text: str) -> str:
    """The entry shown when nothing matches."""
    return translate("Roster", 'Add visitor "{name}"').format(name=text.strip())


class RosterModel(QAbstractTableModel):
    """All roster rows in memory (a chapter is tens of people); the filter picks which are shown."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[RosterRow] = []
        self._shown: list[RosterRow] = []
        self._filter = ""
        self._add_text = ""

    # ---- data in -------------------------------------------------------------------------
    def set_rows(self, rows: list[RosterRow]) -> None:
        """Replace every row (after opening a meeting or an undo)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._apply_filter()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show rows matching ``text``; with none, the single `Add visitor "TEXT"` entry."""
        self.beginResetModel()
        self._filter = text
        self._apply_filter()
        self.endResetModel()

    def _apply_filter(self) -> None:
        self._shown = meetings.filter_rows(self._rows, self._filter)
        self._add_text = self._filter.strip() if not self._shown and self._filter.strip() else ""

    def update_row(self, row: RosterRow) -> int:
        """Replace the row of ``row.contact_id`` in place (one dataChanged); append when new.

        Returns the shown row number (-1 when the current filter hides it).
        """
        for i, old in enumerate(self._rows):
            if old.contact_id == row.contact_id:
                self._rows[i] = row
                break
        else:
            self._rows.append(row)
            self.set_filter(self._filter)
            return self.shown_index(row.contact_id)
        shown = self.shown_index(row.contact_id)
        if shown >= 0:
            self._shown[shown] = row
            self.dataChanged.emit(self.index(shown, 0), self.index(shown, len(COLUMNS) - 1))
        return shown

    # ---- data out ------------------------------------------------------------------------
    def all_rows(self) -> list[RosterRow]:
        return list(self._rows)

    def shown_index(self, contact_id: int) -> int:
        for i, row in enumerate(self._shown):
            if row.contact_id == contact_id:
                return i
        return -1

    def row_at(self, row: int) -> RosterRow | None:
        """The roster row shown at ``row`` (None for the add-visitor entry or out of range)."""
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def add_visitor_text(self) -> str:
        """The typed name when the add-visitor entry is shown, else ''."""
        return self._add_text

    # ---- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        if parent.isValid():
            return 0
        return len(self._shown) + (1 if self._add_text else 0)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Roster", COLUMNS[section])
        return None

    def data(self, index: _Index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return self._add_visitor_data(index.column(), role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 3 and row.status:
            key = f"status.{row.status}"
            return QBrush(QColor(palette.now(key))) if key in palette.TEXT[palette.LIGHT] else None
        if role == Qt.ItemDataRole.FontRole and index.column() == 3 and row.status:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and row.absences_6m >= meetings.ABSENCE_LIMIT:
            absences = row.absences_6m
            return translate("Roster", "%n absence(s) in the last six months", None, absences)
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:
            return self.spoken(row)
        if role == RowRole:
            return row
        if role == KindRole:
            return "row"
        return None

    @staticmethod
    def spoken(row: RosterRow) -> str:
        """What a screen reader says for a row: 'Layla Haddad, Present, 07:02'."""
        parts = [person_name(row.name), status_name(row.status) or translate("Roster", "not checked in")]
        if row.checked_in_at:
            parts.append(RosterModel._display(row, 4))
        return spoken_list(parts)

    def _add_visitor_data(self, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            return add_visitor_label(self._add_text)
        if role == Qt.ItemDataRole.DisplayRole and column == 5:
            return translate("Roster", "Enter adds them and queues a thank-you follow-up")
        if role == Qt.ItemDataRole.ForegroundRole and column in (0, 5):
            # Muted, so the entry reads as a suggestion rather than a member.
            return QBrush(QColor(palette.now("muted")))
        if role == Qt.ItemDataRole.FontRole and column == 0 and not _right_to_left(self._add_text):
            # Italic for a Latin name only: Arabic script has no italics, and fonts without an oblique
            # Arabic face drew a typed Arabic name as empty boxes.
            font = QFont()
            font.setItalic(True)
            return font
        if role == KindRole:
            return "add_visitor"
        return None

    @staticmethod
    def _display(row: RosterRow, column: int) -> str:
        if column == 0:
            return person_name(row.name)
        if column == 1:
            return row.company
        if column == 2:
            return row.classification if row.is_member else (row.classification or status_name("Visitor"))
        if column == 3:
            return status_name(row.status)
        if column == 4:
            return time_text(row.checked_in_at) if row.checked_in_at else ""
        return RosterModel._notes(row)

    @staticmethod
    def _notes(row: RosterRow) -> str:
        parts = []
        if row.role and row.role != "Member":
            parts.append(role_label(row.role))
        if row.substitute_name:
            parts.append(translate("Roster", "substitute: {name}").format(name=row.substitute_name))
        if not row.is_member:
            parts.append(translate("Roster", "visit {number}").format(number=number(row.visit_number))
                         if row.visit_number > 1 else translate("Roster", "first visit"))
            if row.invited_by_name:
                parts.append(translate("Roster", "invited by {name}").format(name=row.invited_by_name))
        if row.absences_6m >= meetings.ABSENCE_LIMIT:
            absences = row.absences_6m
            parts.append("⚑ " + translate("Roster", "%n absence(s) in 6 months", None, absences))
        return " · ".join(parts)
