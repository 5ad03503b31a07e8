"""A small line chart of a series (the chapter health figures), drawn with QPainter."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from totalnet_desktop.i18n import decimal
from totalnet_desktop.views.chapter.colours import spark


class Sparkline(QWidget):
    """Values oldest first; None is a gap. The tooltip lists them by label."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.values: list[float | None] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(160, 30)

    def set_series(self, series, fmt=lambda v: decimal(v, 2)) -> None:
        self.values = [v for _, v in series]
        self.setToolTip("  ".join(self.tr("{label}: {value}").format(label=label, value="–" if v is None else fmt(v))
                                  for label, v in series))
        self.update()

    def paintEvent(self, event) -> None:
        known = [v for v in self.values if v is not None]
        if len(self.values) < 2 or not known:
            return
        low, high = min(known + [0.0]), max(known)
        span = (high - low) or 1.0
        w, h, pad = self.width(), self.height(), 3
        step = (w - 2 * pad) / (len(self.values) - 1)
        # Time runs with the reading direction: oldest on the left, or on the right in right-to-left.
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        points = [QPointF((w - pad - i * step) if rtl else (pad + i * step), h - pad - (v - low) / span * (h - 2 * pad))
                  for i, v in enumerate(self.values) if v is not None]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QPainterPath(QPointF(points[0].x(), h - pad))
        for p in points:
            area.lineTo(p)
        area.lineTo(QPointF(points[-1].x(), h - pad))
        painter.fillPath(area, QColor(spark("fill")))
        line = QColor(spark("line"))
        painter.setPen(QPen(line, 1.6))
        for a, b in pairwise(points):
            painter.drawLine(a, b)
        painter.setBrush(line)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(points[-1], 2.5, 2.5)
        painter.end()
