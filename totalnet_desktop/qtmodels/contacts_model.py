"""The Contacts table model: it holds the ids of the current search plus a bounded row cache, and
fetches rows in batches around what the view asks for (the approach of Anki's browser model).

Searching, filtering and sorting happen in SQLite; the model only shows ids it is given. Sorting by
a header emits ``sortRequested`` so the screen can ask the core for a new id order.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from totalnet_desktop.qtmodels.roles import ChannelsRole, ContactIdRole, RecordRole

logger = logging.getLogger(__name__)

COLUMNS = ("Name", "Company", "Profession", "Stage", "Channels", "Last contact", "Next follow-up", "Tags")
SORT_KEYS = ("name", "company", "profession", "stage", None, "last_contact", "next_followup", None)
CHANNEL_NAMES = {"in_person": "In person", "linkedin": "LinkedIn", "x": "X", "facebook": "Facebook",
                 "instagram": "Instagram", "phone": "Phone", "email": "E-mail"}
BATCH = 200  # rows fetched per query
MAX_CACHE = 4000  # rows kept; scrolling through 100,000 never holds them all


def format_day(day: dt.date | None) -> str:
    """A short unambiguous date: '7 Jan 2026'."""
    return f"{day.day} {day:%b %Y}" if day else ""


class ContactsModel(QAbstractTableModel):
    """Rows of contacts, loaded lazily in batches by ``row_loader(ids) -> list[ContactRow]``."""

    sortRequested = Signal(str, bool)  # sort key, descending

    def __init__(self, row_loader: Callable[[list[int]], Sequence], parent=None):
        super().__init__(parent)
        self._load = row_loader
        self._ids: list[int] = []
        self._cache: dict[int, object] = {}
        self._today = dt.date.today()
        self.fetches = 0  # how many batch queries ran (the benchmark and tests read it)

    # ---- content ---------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these contacts, in this order (one model reset)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._cache.clear()
        self._today = dt.date.today()
        self.endResetModel()

    def ids(self) -> list[int]:
        return list(self._ids)

    def id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, contact_id: int) -> int:
        """The row showing a contact (-1 when it is not in the list)."""
        try:
            return self._ids.index(contact_id)
        except ValueError:
            return -1

    def record_at(self, row: int):
        """The loaded row record (fetching its batch when needed)."""
        return self._record(row) if 0 <= row < len(self._ids) else None

    def refresh(self) -> None:
        """Forget cached rows and redraw (one dataChanged for the whole table)."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def _record(self, row: int):
        cid = self._ids[row]
        record = self._cache.get(cid)
        if record is None:
            self._fetch_around(row)
            record = self._cache.get(cid)
        return record

    def _fetch_around(self, row: int) -> None:
        if len(self._cache) > MAX_CACHE:
            self._cache.clear()
        start = max(0, row - BATCH // 4)
        wanted = [i for i in self._ids[start:start + BATCH] if i not in self._cache]
        self.fetches += 1
        for record in self._load(wanted):
            self._cache[record.id] = record
        for cid in wanted:  # deleted meanwhile: remember, so the view does not ask again and again
            self._cache.setdefault(cid, _Gone(cid))

    # ---- Qt API ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return COLUMNS[section]
            if role == Qt.ItemDataRole.ToolTipRole and SORT_KEYS[section] is None:
                return f"{COLUMNS[section]} (not sortable)"
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ContactIdRole:
            return self._ids[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole,
                        Qt.ItemDataRole.FontRole, ChannelsRole, RecordRole):
            return None
        record = self._record(index.row())
        if role == RecordRole:
            return record
        if isinstance(record, _Gone):
            return "(removed)" if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 else None
        column = index.column()
        if role == ChannelsRole:
            return record.channels
        if role == Qt.ItemDataRole.ForegroundRole:
            if record.trashed:
                return QBrush(QColor("#888888"))
            if column == 6 and record.next_followup and record.next_followup < self._today:
                return QBrush(QColor("#b3261e"))  # overdue
            return None
        if role == Qt.ItemDataRole.FontRole:
            if column == 0 and record.is_me:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4:
                return ", ".join(CHANNEL_NAMES[c] for c in record.channels) or "No channel yet"
            if column == 6 and record.next_followup and record.next_followup < self._today:
                return "Overdue"
            return None
        return self._text(record, column)

    @staticmethod
    def _text(record, column: int) -> str:
        if column == 0:
            return record.name + ("  (me)" if record.is_me else "")
        if column == 1:
            return record.company
        if column == 2:
            return record.profession
        if column == 3:
            return record.stage
        if column == 4:
            return " · ".join(CHANNEL_NAMES[c] for c in record.channels)
        if column == 5:
            return format_day(record.last_contact)
        if column == 6:
            return format_day(record.next_followup)
        return ", ".join(record.tags)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        if key is not None:
            self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)


class _Gone:
    """A row whose contact disappeared between the search and the fetch."""

    def __init__(self, cid: int):
        self.id = cid
        self.channels: tuple[str, ...] = ()
