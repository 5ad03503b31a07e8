"""The follow-up queue as a two-level tree model: group rows (Overdue, Today...) holding item rows.

The queue arrives as plain records from ``core.followups``; Qt asks ``data()`` only for the rows on
screen, so 20,000 items cost one list per group and nothing per row until painted.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from totalnet_desktop.core.followups import GROUPS, FollowUpItem, group_of
from totalnet_desktop.core.normalize import fold
from totalnet_desktop.qtmodels.roles import ContactIdRole, RecordRole

logger = logging.getLogger(__name__)

COLUMNS = ("Contact", "Reason", "Channel", "Due", "From")
GROUP_ID = 0  # internalId of group rows; item rows carry their group's row + 1
GROUP_COLOURS = {"Overdue": "#b3261e", "Today": "#1b5e9f", "This week": "#2e7d32", "Later": "#6d6d6d"}
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def due_text(due: dt.date, today: dt.date) -> str:
    """A due date in words relative to today: 'Today', 'Tomorrow', 'Mon 16 Mar', '2 days late'."""
    delta = (due - today).days
    if delta == 0:
        return "Today"
    if delta == 1:
        return "Tomorrow"
    if delta == -1:
        return "Yesterday"
    if delta < 0:
        return f"{due.day} {due:%b} ({-delta} days late)"
    if delta < 7:
        return f"{due:%a} {due.day} {due:%b}"
    return f"{due.day} {due:%b}" + (f" {due.year}" if due.year != today.year else "")


class FollowUpsModel(QAbstractItemModel):
    """Groups with their items; empty groups are left out; an optional text filter narrows items."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[FollowUpItem] = []
        self._groups: list[tuple[str, list[FollowUpItem]]] = []
        self._today = dt.date.today()
        self._filter = ""

    # ---- data in -------------------------------------------------------------------------
    def set_items(self, items: list[FollowUpItem], today: dt.date) -> None:
        """Replace the queue (earliest due first, as core.followups.list_items gives it)."""
        self.beginResetModel()
        self._items, self._today = items, today
        self._regroup()
        self.endResetModel()

    def set_filter(self, text: str) -> None:
        """Show only items whose contact, company or reason contains ``text`` (accents ignored)."""
        self.beginResetModel()
        self._filter = fold(text)
        self._regroup()
        self.endResetModel()

    def _regroup(self) -> None:
        buckets: dict[str, list[FollowUpItem]] = {name: [] for name in GROUPS}
        needle = self._filter
        for item in self._items:
            if needle and needle not in fold(f"{item.contact_name} {item.company} {item.reason}"):
                continue
            buckets[group_of(item.due, self._today)].append(item)
        self._groups = [(name, buckets[name]) for name in GROUPS if buckets[name]]

    # ---- lookups for the view -------------------------------------------------------------
    @property
    def today(self) -> dt.date:
        return self._today

    def item(self, index: _Index) -> FollowUpItem | None:
        """The record of an item row (None for group rows and invalid indexes)."""
        if not index.isValid() or index.internalId() == GROUP_ID:
            return None
        return self._groups[index.internalId() - 1][1][index.row()]

    def group_names(self) -> list[str]:
        return [name for name, _ in self._groups]

    def group_index(self, name: str) -> QModelIndex:
        for row, (group, _) in enumerate(self._groups):
            if group == name:
                return self.createIndex(row, 0, GROUP_ID)
        return QModelIndex()

    def index_of(self, item_id: int) -> QModelIndex:
        """The index of an item by id (invalid when it is not shown)."""
        for g, (_, items) in enumerate(self._groups):
            for row, item in enumerate(items):
                if item.id == item_id:
                    return self.createIndex(row, 0, g + 1)
        return QModelIndex()

    def item_count(self) -> int:
        return sum(len(items) for _, items in self._groups)

    def first_item_index(self) -> QModelIndex:
        return self.createIndex(0, 0, 1) if self._groups else QModelIndex()

    # ---- Qt model interface ---------------------------------------------------------------
    def index(self, row: int, column: int, parent: _Index = _ROOT) -> QModelIndex:
        if column < 0 or column >= len(COLUMNS) or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GROUP_ID) if row < len(self._groups) else QModelIndex()
        if parent.internalId() != GROUP_ID or parent.column() != 0:
            return QModelIndex()
        if row >= len(self._groups[parent.row()][1]):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, child: _Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid() or child.internalId() == GROUP_ID:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, GROUP_ID)

    def rowCount(self, parent: _Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == GROUP_ID and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return len(COLUMNS)

    def hasChildren(self, parent: _Index = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == GROUP_ID:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == GROUP_ID:
            return self._group_data(index, role)
        item = self._groups[index.internalId() - 1][1][index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return item.contact_name + (f"  ·  {item.company}" if item.company else "")
            if col == 1:
                return item.reason
            if col == 2:
                return item.channel_label
            if col == 3:
                return due_text(item.due, self._today)
            return item.origin_label + (" (snoozed)" if item.status == "snoozed" else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [item.reason, f"Due {item.due:%A %d %B %Y}", f"From: {item.origin_label}"]
            if item.link:
                lines.append(f"Link (L): {item.link}")
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and item.due < self._today:
            return QBrush(QColor(GROUP_COLOURS["Overdue"]))
        if role == ContactIdRole:
            return item.contact_id
        if role == RecordRole:
            return item
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def _group_data(self, index: _Index, role: int):
        name, items = self._groups[index.row()]
        if index.column() != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{name}  ({len(items)})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(GROUP_COLOURS[name]))
        return None
