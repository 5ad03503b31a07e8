"""The Contacts table model: it holds the ids of the current search plus a bounded row cache, and
fetches rows in batches around what the view asks for (the approach of Anki's browser model).

Searching, filtering and sorting happen in SQLite; the model only shows ids it is given. Sorting by
a header emits ``sortRequested`` so the screen can ask the core for a new id order.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from totalnet_desktop.core.contacts.normalize import fold
from totalnet_desktop.core.contacts.search import query_terms
from totalnet_desktop.core.store.errors import ServerLostError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, date_text, listing, translate
from totalnet_desktop.qtmodels.roles import ChannelsRole, ContactIdRole, RecordRole
from totalnet_desktop.theme import palette

logger = logging.getLogger(__name__)

COLUMNS = (QT_TRANSLATE_NOOP("Contacts", "Name"), QT_TRANSLATE_NOOP("Contacts", "Company"),
           QT_TRANSLATE_NOOP("Contacts", "Profession"), QT_TRANSLATE_NOOP("Contacts", "Stage"),
           QT_TRANSLATE_NOOP("Contacts", "Channels"), QT_TRANSLATE_NOOP("Contacts", "Last contact"),
           QT_TRANSLATE_NOOP("Contacts", "Next follow-up"), QT_TRANSLATE_NOOP("Contacts", "Tags"))
SORT_KEYS = ("name", "company", "profession", "stage", None, "last_contact", "next_followup", None)
CHANNEL_NAMES = {"in_person": QT_TRANSLATE_NOOP("Contacts", "In person"), "linkedin": "LinkedIn", "x": "X",
                 "facebook": "Facebook", "instagram": "Instagram", "phone": QT_TRANSLATE_NOOP("Contacts", "Phone"),
                 "email": QT_TRANSLATE_NOOP("Contacts", "E-mail")}


def channel_name(key: str) -> str:
    return translate("Contacts", CHANNEL_NAMES[key])
_WORD = re.compile(r"[^\W_]+")  # the search's words (core.contacts.search)
BATCH = 64  # rows fetched per query (a screenful and some: the first page of a search costs one query)
MAX_CACHE = 4000  # rows kept; scrolling through 100,000 never holds them all
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
FONT = int(Qt.ItemDataRole.FontRole)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # computed once: enum "|" is slow
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_ROLES = frozenset({DISPLAY, TOOLTIP, FOREGROUND, FONT, ContactIdRole, ChannelsRole, RecordRole})


def format_day(day: dt.date | None) -> str:
    """A short unambiguous date as the locale writes it: '7 Jan 2026', '٧ يناير ٢٠٢٦'."""
    return date_text(day) if day else ""


_BOLD = None
_BRUSHES: dict[str, QBrush] = {}  # per colour key and light/dark mode, made on first use


def _brush(key: str) -> QBrush:
    name = f"{palette.current_mode()}:{key}"
    if name not in _BRUSHES:
        _BRUSHES[name] = QBrush(QColor(palette.now(key)))
    return _BRUSHES[name]


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


class ContactsModel(QAbstractTableModel):
    """Rows of contacts, loaded lazily in batches by ``row_loader(ids) -> list[ContactRow]``."""

    sortRequested = Signal(str, bool)  # sort key, descending

    def __init__(self, row_loader: Callable[[list[int]], Sequence], parent=None):
        super().__init__(parent)
        self._load = row_loader
        self._ids: list[int] = []
        self._loaded_ids: list[int] | None = None  # while filtering locally: the list as last searched
        self._cache: dict[int, tuple[Any, tuple[str, ...]]] = {}
        self._today = dt.date.today()
        self.fetches = 0  # how many batch queries ran (the benchmark and tests read it)
        global _BOLD
        if _BOLD is None:  # Qt objects need the application: made with the first model
            _BOLD = _bold()

    # ---- content ---------------------------------------------------------------------------
    def set_ids(self, ids: Sequence[int]) -> None:
        """Show these contacts, in this order (one model reset)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._loaded_ids = None
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

    def filter_loaded(self, text: str) -> int:
        """While the chapter server is away: show the rows of the last search that are already read
        and match every word typed (accent- and case-insensitive word prefixes, as the search's words;
        Name, Company, Profession, Stage and Tags as shown). Nothing is fetched. Returns how many."""
        if self._loaded_ids is None:
            self._loaded_ids = self._ids
        terms = query_terms(text)
        kept = []
        for cid in self._loaded_ids:
            entry = self._cache.get(cid)
            if entry is None or entry[0] is None:
                continue
            if not terms or loaded_row_matches(terms, entry[1]):
                kept.append(cid)
        self.beginResetModel()
        self._ids = kept
        self.endResetModel()
        return len(kept)

    def filtering_loaded(self) -> bool:
        return self._loaded_ids is not None

    def refresh(self) -> None:
        """Forget cached rows and redraw (one dataChanged for the whole table)."""
        self._cache.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def _record(self, row: int) -> tuple:
        """(record, display texts) of a row, fetching its batch when needed."""
        cid = self._ids[row]
        entry = self._cache.get(cid)
        if entry is None:
            try:
                self._fetch_around(row)
            except ServerLostError:  # the chapter server is away: blank now, fetched when it is back
                return (None, ("",) * len(COLUMNS))
            entry = self._cache[cid]
        return entry

    def _fetch_around(self, row: int) -> None:
        if len(self._cache) > MAX_CACHE:
            self._cache.clear()
        start = max(0, row - BATCH // 4)
        wanted = [i for i in self._ids[start:start + BATCH] if i not in self._cache]
        self.fetches += 1
        for record in self._load(wanted):
            self._cache[record.id] = (record, self._texts(record))
        for cid in wanted:  # deleted meanwhile: remember, so the view does not ask again and again
            self._cache.setdefault(cid, _gone())

    # ---- Qt API ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return translate("Contacts", COLUMNS[section])
            if role == Qt.ItemDataRole.ToolTipRole and SORT_KEYS[section] is None:
                return translate("Contacts", "{column} (not sortable)").format(
                    column=translate("Contacts", COLUMNS[section]))
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY):
        # Hot path: a repaint asks ~20 roles of every visible cell; unknown roles leave first.
        if role not in _ROLES:
            return None
        row = index.row()
        ids = self._ids
        if not 0 <= row < len(ids):
            return None
        if role == ContactIdRole:
            return ids[row]
        entry = self._cache.get(ids[row])
        if entry is None:
            entry = self._record(row)
        record, texts = entry
        column = index.column()
        if role == DISPLAY:
            return texts[column]
        if role == ChannelsRole:
            return record.channels if record is not None else ()
        if role == RecordRole:
            return record
        if record is None:
            return None
        if role == FOREGROUND:
            if record.trashed:
                return _brush("contact.archived")
            if column == 6 and record.next_followup and record.next_followup < self._today:
                return _brush("contact.trashed")
            return None
        if role == FONT:
            return _BOLD if column == 0 and record.is_me else None
        if column == 4:  # tooltip
            return listing(channel_name(c) for c in record.channels) or translate("Contacts", "No channel yet")
        if column == 6 and record.next_followup and record.next_followup < self._today:
            return translate("Contacts", "Overdue")
        return None

    @staticmethod
    def _texts(record) -> tuple[str, ...]:
        """The eight cells of a row, computed once per fetch."""
        me = "  " + translate("Contacts", "(me)") if record.is_me else ""
        return (record.name + me, record.company, record.profession,
                translate("Stage", record.stage) if record.stage else "",
                " · ".join(channel_name(c) for c in record.channels),
                format_day(record.last_contact), format_day(record.next_followup), ", ".join(record.tags))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        if key is not None:
            self.sortRequested.emit(key, order == Qt.SortOrder.DescendingOrder)


def loaded_row_matches(terms: list[tuple[str, ...]], texts: tuple[str, ...]) -> bool:
    """Every term group has an alternative that begins a word of the row's Name, Company, Profession,
    Stage or Tags cells."""
    words = _WORD.findall(fold(" ".join((texts[0], texts[1], texts[2], texts[3], texts[7]))))
    return all(any(w.startswith(alt) for w in words for alt in group) for group in terms)


# A row whose contact disappeared between the search and the fetch.
def _gone():
    return (None, (translate("Contacts", "(removed)"), "", "", "", "", "", "", ""))
