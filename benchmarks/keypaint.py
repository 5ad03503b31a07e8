"""From a key press delivered to a search box to the end of the first paint of a table's viewport that
shows the rows found for the new text: the time a typist waits, measured in-process on a real window.

``key_to_paint(box, table, char, ready)`` sends the key (press and release, as typing does), runs the
event loop until the viewport has painted once after ``ready()`` became true (the model was reset for
this text), and returns (wall seconds, CPU seconds). The paint itself is inside the figure: the viewport's
paint event is handed to the view from an event filter, and the clock stops when it returns.

The floor (``BareSearch``): a QLineEdit and a bare QTableView of the same size over a minimal Python
table model of strings, whose ``textChanged`` resets the model to the same number of rows at once: what
any PySide6 window pays to show a new first page after a key press.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget


class _PaintStamp(QObject):
    """Stamps the end of the first viewport paint after ``armed`` (and ``ready()``) are true."""

    def __init__(self, table: QTableView, ready: Callable[[], bool]):
        super().__init__(table)
        self.table, self.ready = table, ready
        self.armed = False
        self.done: float | None = None
        self.done_cpu: float | None = None
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.armed and event.type() == QEvent.Type.Paint and self.ready():
            self.armed = False
            self.table.viewportEvent(event)  # the paint itself, inside the figure
            self.done, self.done_cpu = time.perf_counter(), time.process_time()
            return True
        return super().eventFilter(watched, event)


def key_to_paint(box: QWidget, table: QTableView, char: str, ready: Callable[[], bool],
                 timeout: float = 10.0) -> tuple[float, float]:
    """(wall, CPU) seconds from pressing ``char`` in ``box`` to the end of the table's first paint of
    the new rows (``ready()`` true)."""
    app = QApplication.instance()
    stamp = _PaintStamp(table, ready)
    try:
        stamp.armed = True
        start, cpu = time.perf_counter(), time.process_time()
        QTest.keyClick(box, char)
        while stamp.done is None:
            app.processEvents()
            if time.perf_counter() - start > timeout:
                raise RuntimeError(f"no paint of the new rows within {timeout} s")
        return stamp.done - start, (stamp.done_cpu or cpu) - cpu
    finally:
        table.viewport().removeEventFilter(stamp)
        stamp.deleteLater()


class _Strings(QAbstractTableModel):
    def __init__(self, columns: int):
        super().__init__()
        self.rows, self.columns, self.text = 0, columns, ""

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.columns

    def data(self, index: QModelIndex, role: int = 0):
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{self.text} {index.row()} {index.column()}"
        return None

    def reset(self, text: str, rows: int) -> None:
        self.beginResetModel()
        self.text, self.rows = text, rows
        self.endResetModel()


class BareSearch(QWidget):
    """The floor: a search box whose every key resets a bare table to ``rows()`` rows at once."""

    def __init__(self, table_size, columns: int, rows: Callable[[str], int]):
        super().__init__()
        self.box = QLineEdit()
        self.model = _Strings(columns)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setDefaultSectionSize(26)
        layout = QVBoxLayout(self)
        layout.addWidget(self.box)
        layout.addWidget(self.table, 1)
        self.box.textChanged.connect(lambda text: self.model.reset(text, rows(text)))
        self.table.setFixedSize(table_size)

    def ready(self) -> bool:
        return self.model.text == self.box.text()


def pause(seconds: float) -> None:
    """Let the event loop run for a while (a typist's pause between keys; not part of any figure)."""
    app = QApplication.instance()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)
