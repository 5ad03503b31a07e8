"""The follow-up queue as a flat table model: a heading row per group (Overdue, Today...), then its items.

The queue arrives as plain records from ``core.followups``; Qt asks ``data()`` only for the rows on
screen, so 20,000 items cost one list per group and nothing per row until painted.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QAbstractTableModel, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from totalnet_desktop.core.contacts.normalize import fold
from totalnet_desktop.core.followups import reasons
from totalnet_desktop.core.followups.queue import GROUPS, FollowUpItem, group_of
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, date_text, number, spoken_list, tr_core, translate
from totalnet_desktop.qtmodels.roles import ContactIdRole, RecordRole
from totalnet_desktop.theme import palette

logger = logging.getLogger(__name__)

COLUMNS = (QT_TRANSLATE_NOOP("FollowUps", "Contact"), QT_TRANSLATE_NOOP("FollowUps", "Reason"),
           QT_TRANSLATE_NOOP("FollowUps", "Channel"), QT_TRANSLATE_NOOP("FollowUps", "Due"),
           QT_TRANSLATE_NOOP("FollowUps", "From"))
GROUP_NAMES = (QT_TRANSLATE_NOOP("FollowUps", "Overdue"), QT_TRANSLATE_NOOP("FollowUps", "Today"),
               QT_TRANSLATE_NOOP("FollowUps", "This week"), QT_TRANSLATE_NOOP("FollowUps", "Later"))
_Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


def due_text(due: dt.date, today: dt.date) -> str:
    """A due date in words relative to today: 'Today', 'Tomorrow', 'Mon 16 Mar', '2 days late'."""
    delta = (due - today).days
    if delta == 0:
        return translate("FollowUps", "Today")
    if delta == 1:
        return translate("FollowUps", "Tomorrow")
    if delta == -1:
        return translate("FollowUps", "Yesterday")
    locale = QLocale()
    day = QDate(due.year, due.month, due.day)
    if delta < 0:
        late = -delta
        return translate("FollowUps", "{day} (%n day(s) late)", None, late).format(day=locale.toString(day, "d MMM"))
    if delta < 7:
        return locale.toString(day, "ddd d MMM")
    return locale.toString(day, "d MMM" if due.year == today.year else "d MMM yyyy")


class FollowUpsModel(QAbstractTableModel):
    """A flat table: a heading row per non-empty group, then its items. Flat (not a tree) because a
    QTreeView walks every child in Python when a group expands; a table asks only for painted rows."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[FollowUpItem] = []
        self._rows: list[FollowUpItem | str] = []  # a str is a group heading
        self._counts: dict[str, int] = {}
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
        self._rows, self._counts = [], {}
        for name in GROUPS:
            if buckets[name]:
                self._counts[name] = len(buckets[name])
                self._rows.append(name)
                self._rows.extend(buckets[name])

    # ---- lookups for the view -------------------------------------------------------------
    @property
    def today(self) -> dt.date:
        return self._today

    def item(self, index: _Index) -> FollowUpItem | None:
        """The record of an item row (None for heading rows and invalid indexes)."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        entry = self._rows[index.row()]
        return None if isinstance(entry, str) else entry

    def group_names(self) -> list[str]:
        return list(self._counts)

    def heading_rows(self) -> list[int]:
        return [row for row, entry in enumerate(self._rows) if isinstance(entry, str)]

    def index_of(self, item_id: int) -> QModelIndex:
        """The index of an item by id (invalid when it is not shown)."""
        for row, entry in enumerate(self._rows):
            if not isinstance(entry, str) and entry.id == item_id:
                return self.index(row, 0)
        return QModelIndex()

    def item_count(self) -> int:
        return len(self._rows) - len(self._counts)

    def first_item_index(self) -> QModelIndex:
        return self.index(1, 0) if len(self._rows) > 1 else QModelIndex()

    # ---- Qt model interface ---------------------------------------------------------------
    def rowCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("FollowUps", COLUMNS[section])
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or isinstance(self._rows[index.row()], str):
            # Not enabled: the keyboard cursor steps over headings.
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self._rows[index.row()]
        if isinstance(item, str):
            return self._heading_data(item, index.column(), role)
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == 0:
                return item.contact_name + (f"  ·  {item.company}" if item.company else "")
            if col == 1:
                return tr_core(item.reason, reasons.CONTEXT)
            if col == 2:
                return tr_core(item.channel_label)
            if col == 3:
                return due_text(item.due, self._today)
            return tr_core(item.origin_label) + (" " + translate("FollowUps", "(snoozed)") if item.status == "snoozed" else "")
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [tr_core(item.reason, reasons.CONTEXT), translate("FollowUps", "Due {day}").format(day=date_text(item.due, long=True)),
                     translate("FollowUps", "From: {origin}").format(origin=tr_core(item.origin_label))]
            if item.link:
                lines.append(translate("FollowUps", "Link (L): {link}").format(link=item.link))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and col == 3 and item.due < self._today:
            return QBrush(QColor(palette.now("group.Overdue")))
        if role == Qt.ItemDataRole.AccessibleTextRole and col == 0:
            # A screen reader hears the whole item: who, why, when.
            return spoken_list([item.contact_name, tr_core(item.reason, reasons.CONTEXT), due_text(item.due, self._today)])
        if role == ContactIdRole:
            return item.contact_id
        if role == RecordRole:
            return item
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def _heading_data(self, name: str, column: int, role: int):
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{translate('FollowUps', name)}  ({number(self._counts[name])})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(palette.now(f"group.{name}")))
        return None
