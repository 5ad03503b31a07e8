"""The import preview grid: the first rows as they will be stored, problems highlighted."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, number, translate
from totalnet_desktop.theme import palette

ACTION_LABELS = {"new": QT_TRANSLATE_NOOP("ImportPreview", "New"),
                 "merge": QT_TRANSLATE_NOOP("ImportPreview", "Merge"),
                 "skip": QT_TRANSLATE_NOOP("ImportPreview", "Skip"),
                 "reject": QT_TRANSLATE_NOOP("ImportPreview", "Rejected")}
COLUMNS = (QT_TRANSLATE_NOOP("ImportPreview", "Row"), QT_TRANSLATE_NOOP("ImportPreview", "Action"),
           QT_TRANSLATE_NOOP("ImportPreview", "Problems"), QT_TRANSLATE_NOOP("ImportPreview", "First name"),
           QT_TRANSLATE_NOOP("ImportPreview", "Last name"), QT_TRANSLATE_NOOP("ImportPreview", "Company"),
           QT_TRANSLATE_NOOP("ImportPreview", "Job title"), QT_TRANSLATE_NOOP("ImportPreview", "E-mails"),
           QT_TRANSLATE_NOOP("ImportPreview", "Phones"), QT_TRANSLATE_NOOP("ImportPreview", "Profiles"),
           QT_TRANSLATE_NOOP("ImportPreview", "Tags"))

def _row_brush(key: str) -> QBrush:
    """The background of a rejected or warned preview row in the current light/dark set."""
    return QBrush(QColor(palette.panel(key, palette.current_mode())[0]))
_ROOT = QModelIndex()


class ImportPreviewModel(QAbstractTableModel):
    """Rows of (draft, decision) pairs from ``core.exchange.batch.preview``."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list = []
        self._checking = False

    def set_rows(self, rows: list, checking: bool = False) -> None:
        """Replace the previewed rows; ``checking``: duplicates against the contacts are not known yet."""
        self.beginResetModel()
        self._rows = list(rows)
        self._checking = checking
        self.endResetModel()

    def _action(self, decision) -> str:
        if self._checking and decision.action != "reject":
            return translate("ImportPreview", "Checking...")
        label = ACTION_LABELS.get(decision.action)
        return translate("ImportPreview", label) if label else decision.action

    def rowCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=_ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("ImportPreview", COLUMNS[section])
        return None

    def _problems(self, draft, decision) -> str:
        parts = []
        if decision.action == "reject" or decision.reason:
            parts.append(decision.reason)
        parts.extend(draft.warnings)
        if decision.possible:
            parts.append(translate("ImportPreview", "possible duplicate: {reason}").format(
                reason=decision.possible[0].reason))
        return "; ".join(parts)

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        draft, decision = self._rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            values = (
                number(draft.line), self._action(decision),
                self._problems(draft, decision), draft.first_name, draft.last_name, draft.company,
                draft.job_title, ", ".join(draft.emails), ", ".join(p for p, _ in draft.phones),
                ", ".join(u for _, u in draft.socials), ", ".join(draft.tags),
            )
            return values[column]
        if role == Qt.ItemDataRole.BackgroundRole:
            if decision.action == "reject":
                return _row_brush("reject_row")
            if draft.warnings or decision.possible:
                return _row_brush("warn_row")
        return None
