"""The tray's icon: the app's SVG with the count due in a red disc, drawn for every size and pixel ratio.

Each pixmap is rendered from the SVG at its own device pixels (22 x 22 at a ratio of 2 is a 44-pixel
rendering, not a 48-pixel one scaled down), for ratios 1 and 2 and whatever the screens use (1.25,
1.5...), so the icon stays sharp on a high-DPI screen and in a tray of any height. The number is written
as the locale writes it (Arabic-Indic digits when the member chose them).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPainter, QPixmap

from totalnet_desktop import paths
from totalnet_desktop.theme import palette

SIDES = (16, 20, 22, 24, 32, 48, 64, 128)  # the sizes trays, task bars and notifications ask for


def app_svg() -> QIcon:
    """The app icon from its one source SVG (Qt renders it at any size)."""
    return QIcon(str(paths.resources_dir() / "icons" / "totalnet.svg"))


def ratios() -> list[float]:
    """1, 2 and the device pixel ratio of every screen (fractional scales included)."""
    found = {1.0, 2.0}
    app = QGuiApplication.instance()
    if app is not None:
        found.update(round(screen.devicePixelRatio(), 2) for screen in QGuiApplication.screens())
    return sorted(found)


def count_text(count: int) -> str:
    """'7', '٧' with Arabic-Indic digits, '99+' past 99."""
    locale = QLocale()
    return locale.toString(count) if count < 100 else locale.toString(99) + "+"


def badge_pixmap(count: int, side: int, ratio: float, source: QIcon | None = None) -> QPixmap:
    """One rendering: ``side`` x ``side`` logical pixels at ``ratio`` (the count painted on, if any)."""
    source = source if source is not None else app_svg()
    pixels = max(1, round(side * ratio))
    pixmap = source.pixmap(QSize(side, side), ratio)
    if pixmap.isNull() or pixmap.width() != pixels:  # no SVG plug-in: a plain square, the count still shows
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(QColor(palette.BADGE["icon_fallback"]))
    pixmap.setDevicePixelRatio(ratio)
    if count:
        painter = QPainter(pixmap)  # in logical pixels from here on: the ratio scales it
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        disc = QRectF(side * 0.42, side * 0.42, side * 0.58, side * 0.58)
        painter.setBrush(QColor(palette.BADGE["background"]))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(disc)
        text = count_text(count)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(max(6, int(side * (0.36 if len(text) < 3 else 0.28))))
        painter.setFont(font)
        painter.setPen(QColor(palette.BADGE["text"]))
        painter.drawText(disc, Qt.AlignmentFlag.AlignCenter, text)
        painter.end()
    return pixmap


def badge_icon(count: int) -> QIcon:
    """The app icon with the count due, sharp at every size and pixel ratio."""
    source = app_svg()
    icon = QIcon()
    for ratio in ratios():
        for side in SIDES:
            icon.addPixmap(badge_pixmap(count, side, ratio, source))
    return icon
