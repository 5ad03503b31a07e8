"""The contacts table's channel chips are cached pixmaps: on a high-DPI screen (device pixel ratio 2) the
cached pixmap is drawn for that ratio (twice the pixels, ratio 2), not a 1x picture stretched blurry."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QPainter, QPixmap, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from totalnet_desktop.qtmodels.roles import ChannelsRole
from totalnet_desktop.views.shell.widgets import ChannelChipsDelegate


def paint_cell(delegate, view, index, ratio: float) -> QPixmap:
    size = QSize(150, 24)
    target = QPixmap(round(size.width() * ratio), round(size.height() * ratio))
    target.setDevicePixelRatio(ratio)
    target.fill(QColor("white"))
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = QRect(0, 0, size.width(), size.height())
    option.widget = view
    painter = QPainter(target)
    delegate.paint(painter, option, index)
    painter.end()
    return target


def test_chips_are_cached_at_the_screens_pixel_ratio(qtbot):
    view = QTableView()
    qtbot.addWidget(view)
    model = QStandardItemModel(1, 1)
    item = QStandardItem()
    item.setData(("linkedin", "phone", "email"), ChannelsRole)
    model.setItem(0, 0, item)
    view.setModel(model)
    delegate = ChannelChipsDelegate(view)
    index = model.index(0, 0)

    sharp = paint_cell(delegate, view, index, 2.0)
    assert len(delegate._pixmaps) == 1
    cached = next(iter(delegate._pixmaps.values()))
    assert cached.devicePixelRatio() == 2.0
    assert (cached.width(), cached.height()) == (300, 48)  # twice the cell's 150 x 24
    paint_cell(delegate, view, index, 1.0)  # the same row on a 1x screen: its own pixmap
    assert sorted(p.devicePixelRatio() for p in delegate._pixmaps.values()) == [1.0, 2.0]
    one_x = next(p for p in delegate._pixmaps.values() if p.devicePixelRatio() == 1.0)
    assert (one_x.width(), one_x.height()) == (150, 24)
    # The chips landed on the cell: some pixels are not the white background.
    image = sharp.toImage()
    coloured = {image.pixel(x, y) for x in range(0, 300, 3) for y in range(0, 48, 3)}
    assert len(coloured) > 3
