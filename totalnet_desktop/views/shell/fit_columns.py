"""A table whose columns always fit its width: the short columns take their content's width, the others
share what is left by weight and elide their text. No sideways scrollbar at 1024 pixels."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QTableView


class FitColumns(QObject):
    """Keeps ``table``'s columns within its viewport: ``weights`` maps column -> share of the free width;
    every other column is sized to its contents. A shared column is never narrower than ``minimum``."""

    def __init__(self, table: QTableView, weights: dict[int, int], minimum: int = 60) -> None:
        super().__init__(table)
        self._table = table
        self._weights = weights
        self._minimum = minimum
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._content_resized)
        self._viewport = table.viewport()
        self._viewport.installEventFilter(self)
        model = table.model()
        if model is not None:
            model.modelReset.connect(self.fit)
            model.layoutChanged.connect(self.fit)
        self._busy = False
        self.fit()

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Resize and obj is self._viewport:
            self.fit()
        return False

    def _content_resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self._weights and not self._busy:
            self.fit()

    def fit(self) -> None:
        """Share the viewport's width out again."""
        if self._busy:
            return
        table, header = self._table, self._table.horizontalHeader()
        count = header.count()
        if not count:
            return
        self._busy = True
        try:
            for column in range(count):
                mode = QHeaderView.ResizeMode.Interactive if column in self._weights \
                    else QHeaderView.ResizeMode.ResizeToContents
                if header.sectionResizeMode(column) != mode:
                    header.setSectionResizeMode(column, mode)
            shared = [c for c in range(count) if c in self._weights and not header.isSectionHidden(c)]
            fixed = sum(header.sectionSize(c) for c in range(count)
                        if c not in self._weights and not header.isSectionHidden(c))
            free = max(0, table.viewport().width() - fixed)
            total = sum(self._weights[c] for c in shared) or 1
            left = free
            for n, column in enumerate(shared):
                width = left if n == len(shared) - 1 else free * self._weights[column] // total
                width = max(self._minimum, width)
                header.resizeSection(column, width)
                left -= width
        finally:
            self._busy = False
