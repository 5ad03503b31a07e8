"""Small widgets shared by the Contacts screen and its dialogs."""

from __future__ import annotations

import logging

from PySide6.QtCore import QRect, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from totalnet_desktop.core.contacts import search as contact_search
from totalnet_desktop.qtmodels.roles import ChannelsRole
from totalnet_desktop.theme import palette

logger = logging.getLogger(__name__)




def open_url(url: str) -> bool:
    """Open a link (mailto:, https://wa.me/..., a profile) with the desktop's handler.

    Tests see the URL through Qt's own seam, ``QDesktopServices.setUrlHandler``, not a global list."""
    target = QUrl(url) if "://" in url or url.startswith("mailto:") else QUrl("https://" + url)
    ok = QDesktopServices.openUrl(target)
    if not ok:
        logger.warning("could not open %s", url)
    return ok


class ChannelChipsDelegate(QStyledItemDelegate):
    """Paints a row's channels as small coloured chips: where the relationship lives at a glance.

    The chips of one set of channels are drawn once into a pixmap (per colour mode, font, row height,
    width and pixel ratio) and copied after that: a screenful of rows holds a handful of different
    sets, and drawing rounded boxes and text cell by cell took half the time of a keystroke's repaint.
    """

    MAX_PIXMAPS = 256

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pixmaps: dict[tuple, QPixmap] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        channels = index.data(ChannelsRole) or ()
        style = option.widget.style() if option.widget else None
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        if not channels:
            return
        rect = option.rect
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        key = (tuple(channels), palette.current_mode(), option.font.key(), rect.width(), rect.height(), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            if len(self._pixmaps) >= self.MAX_PIXMAPS:
                self._pixmaps.clear()
            pixmap = self._pixmaps[key] = self._draw(channels, option.font, rect.width(), rect.height(), ratio)
        painter.drawPixmap(rect.x(), rect.y(), pixmap)

    @staticmethod
    def _draw(channels, base_font: QFont, width: int, height: int, ratio: float) -> QPixmap:
        """The chips of ``channels`` on a transparent cell-sized pixmap (chips that do not fit are left out)."""
        pixmap = QPixmap(max(1, round(width * ratio)), max(1, round(height * ratio)))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(base_font)
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.85))
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        x = 4
        chip_height = metrics.height() + 2
        y = (height - chip_height) // 2
        for channel in channels:
            chip = palette.chip(channel, palette.current_mode())  # short text; tooltips use full names
            text = chip.text
            chip_width = metrics.horizontalAdvance(text) + 10
            if x + chip_width > width - 1:
                break
            box = QRect(x, y, chip_width, chip_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(chip.background))
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(QColor(chip.foreground))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
            x += chip_width + 3
        painter.end()
        return pixmap

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(max(hint.width(), 150), hint.height())


class ContactPicker(QComboBox):
    """An editable box that finds a contact as you type (the screen's search) and returns its id."""

    picked = Signal(object)  # contact id or None

    def __init__(self, parent: QWidget | None = None, placeholder: str = ""):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.lineEdit().setPlaceholderText(placeholder or self.tr("Type a name..."))
        self.lineEdit().setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(lambda: self._refresh(popup=self.isVisible() and self.lineEdit().hasFocus()))
        self.lineEdit().textEdited.connect(lambda _: self._timer.start())
        self.activated.connect(lambda _: self.picked.emit(self.contact_id()))
        self._fixed_id: int | None = None

    def set_contact(self, contact_id: int | None, name: str = "") -> None:
        """Show a chosen contact (or none)."""
        self.blockSignals(True)
        self.clear()
        self._fixed_id = contact_id
        if contact_id is not None:
            self.addItem(name, contact_id)
            self.setCurrentIndex(0)
        else:
            self.setEditText("")
        self.blockSignals(False)

    def search(self, text: str) -> None:
        """Fill the list with contacts matching ``text`` (tests call this directly)."""
        self.lineEdit().setText(text)
        self._refresh(popup=False)

    def _refresh(self, popup: bool) -> None:
        text = self.lineEdit().text()
        self.blockSignals(True)
        self.clear()
        self._fixed_id = None
        if text.strip():
            ids = contact_search.search_ids(contact_search.ContactFilter(text=text), limit=15)
            for row in contact_search.load_rows(ids):
                self.addItem(row.name + (f"  ({row.company})" if row.company else ""), row.id)
        self.setEditText(text)
        self.blockSignals(False)
        if popup and self.count():
            self.showPopup()

    def contact_id(self) -> int | None:
        """The chosen contact: the highlighted match, or None when the box is empty."""
        if not self.lineEdit().text().strip():
            return None
        if self.count() and self.currentIndex() >= 0:
            value = self.itemData(self.currentIndex())
            return int(value) if value is not None else None
        return self._fixed_id
