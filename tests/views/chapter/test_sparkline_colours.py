"""The chapter health sparklines paint with the colours of the mode in use (the light line was 2.7:1 on
the dark window)."""

import pytest
from PySide6.QtGui import QColor

from totalnet_desktop.theme import palette
from totalnet_desktop.views.chapter.sparkline import Sparkline
from totalnet_desktop.views.shell import theme


@pytest.fixture(params=[palette.LIGHT, palette.DARK])
def mode(request, qapp):
    theme.apply(request.param)
    yield request.param
    theme.apply(palette.LIGHT)


def colours_painted(widget) -> set[str]:
    image = widget.grab().toImage()
    return {QColor(image.pixel(x, y)).name() for x in range(0, image.width(), 2) for y in range(image.height())}


def test_sparkline_uses_the_modes_colours(mode, qtbot):
    spark = Sparkline()
    qtbot.addWidget(spark)
    spark.resize(160, 30)
    spark.set_series([("a", 1.0), ("b", 3.0), ("c", 2.0)])
    painted = colours_painted(spark)
    assert palette.SPARK[mode]["fill"] in painted
    other = palette.DARK if mode == palette.LIGHT else palette.LIGHT
    assert palette.SPARK[other]["fill"] not in painted
