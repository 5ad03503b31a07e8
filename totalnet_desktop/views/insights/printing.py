"""The Insights screen on paper: every card onto A4 pages through a fresh file put in place only whole."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap, QRegion
from PySide6.QtWidgets import QWidget

from totalnet_desktop.core.store import write_guard
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import path_text, tr_core, translate
from totalnet_desktop.theme import palette

if TYPE_CHECKING:
    from totalnet_desktop.views.insights.card import InsightCard  # imports QtCharts

logger = logging.getLogger(__name__)


def print_cards(path: str | Path, heading: str, cards: list[InsightCard], font: QFont) -> str:
    """Print to a fresh file beside ``path``, put in place only when whole (write_guard: never the live
    database, a folder, or a file truncated by a full disk); the error in the app's words, or ''."""
    from totalnet_desktop.render.meeting_report import pdf_problem

    def check(tmp: Path) -> str | None:
        return None if pdf_problem(tmp) is None else translate(
            "InsightsView", "The PDF could not be written completely to {path}.").format(path=path_text(path))

    try:
        with write_guard.atomic_path(path, check) as tmp:
            if not _paint(tmp, heading, cards, font):
                raise write_guard.FileWriteError(translate("InsightsView", "Cannot write {path}.").format(
                    path=path_text(path)))
    except TotalNetError as exc:
        logger.warning("cannot print to %s: %s", path, exc)
        return tr_core(exc)
    return ""


def _paint(path: Path, heading: str, cards: list[InsightCard], font: QFont) -> bool:
    """Render the heading line and every card onto A4 pages, a card never split across pages."""
    from PySide6.QtGui import QPageLayout, QPageSize
    from PySide6.QtPrintSupport import QPrinter  # only when printing

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    painter = QPainter()
    if not painter.begin(printer):
        logger.warning("cannot print to %s", path)
        return False
    try:
        page = printer.pageRect(QPrinter.Unit.DevicePixel)
        width = max(card.width() for card in cards) or 1
        scale = page.width() / width
        font = QFont(font)
        font.setPointSizeF(14)
        painter.setFont(font)
        head_height = painter.fontMetrics().height() * 2
        painter.drawText(0, painter.fontMetrics().ascent(), heading)
        y: float = head_height
        gap = 12 * scale
        for card in cards:
            height = card.height() * scale
            if y > 0 and y + height > page.height():
                printer.newPage()
                y = 0
            # A crisp 2x picture of the card: QWidget.render straight onto the printer with a
            # scale rasterises each card at 1200 dpi (14 MB for seven cards).
            painter.drawPixmap(QRectF(0, y, page.width(), height), card_picture(card), QRectF())
            y += height + gap
    finally:
        ended = painter.end()
    return ended


def card_picture(card: InsightCard, ratio: float = 2.0) -> QPixmap:
    """The card as a picture on paper white, without its Save button."""
    picture = QPixmap(card.size() * ratio)
    picture.setDevicePixelRatio(ratio)
    picture.fill(QColor(palette.REPORT["paper"]))  # printed: paper white
    card.save_button.hide()
    try:
        card.render(picture, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
    finally:
        card.save_button.show()
    return picture
