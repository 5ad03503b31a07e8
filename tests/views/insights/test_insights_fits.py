"""Insights fits a 1024x700 screen: with the sample chapter (every card filled), nothing scrolls sideways
and the window can be as narrow as the screen."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QScrollArea

from totalnet_desktop import i18n
from totalnet_desktop.core.demo import loader


def test_insights_fits_1024_by_700_with_the_sample_chapter(db, main_window, qtbot):
    loader.generate()
    main_window.resize(1024, 700)
    screen = main_window.show_screen("insights")
    qtbot.waitUntil(lambda: bool(screen.cards), timeout=10000)
    for _ in range(5):
        QApplication.processEvents()
    assert main_window.minimumSizeHint().width() <= 1024
    assert main_window.width() <= 1024
    area = screen.findChild(QScrollArea)
    assert area.widget().width() <= area.viewport().width()
    assert not area.horizontalScrollBar().isVisible()
    for key, card in screen.cards.items():
        assert card.width() <= area.viewport().width(), key
        # Every card's widgets ask for no more than the card has.
        assert card.minimumSizeHint().width() <= card.width(), key


def legend_width(chart) -> int:
    """What the chart's legend needs on one line: each marker's box, label and gap."""
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(chart.legend().font())
    return sum(metrics.horizontalAdvance(marker.label()) + 36 for marker in chart.legend().markers())


def test_trust_funnel_legend_is_not_cut_at_1024(db, main_window, qtbot):
    loader.generate()
    main_window.resize(1024, 700)
    screen = main_window.show_screen("insights")
    qtbot.waitUntil(lambda: bool(screen.cards), timeout=10000)
    for _ in range(5):
        QApplication.processEvents()
    card = next(c for key, c in screen.cards.items() if "funnel" in key)
    view = card.chart_views[0]
    assert view.chart().legend().isVisible()
    assert legend_width(view.chart()) <= view.width(), (legend_width(view.chart()), view.width())



TEXT_ITEM = 8  # QGraphicsTextItem::Type


def drawn_label_widths(legend) -> list[float]:
    """The width of each label as Qt Charts draws it (a cut label is drawn narrower, ending in '...'):
    the text items inside the legend's entries."""
    found = []
    for group in legend.childItems():
        for entry in group.childItems():
            found += [item.boundingRect().width() for item in entry.childItems()
                      if item.type() == TEXT_ITEM]
    return found


def _legend_whole(view) -> bool:
    """Every legend label is drawn whole, as wide as its text."""
    from PySide6.QtGui import QFontMetrics

    legend = view.chart().legend()
    metrics = QFontMetrics(legend.font())
    full = sorted(metrics.horizontalAdvance(marker.label()) for marker in legend.markers())
    drawn = sorted(drawn_label_widths(legend))
    assert len(drawn) == len(full), drawn
    return all(d >= f for d, f in zip(drawn, full))


@pytest.mark.parametrize("language", ["ar", "en"])
def test_follow_through_legend_is_whole_at_1024_with_stretch(arabic_stretched, ctx, qtbot, language):
    """The Follow-through chart's five outcomes: in Arabic with string stretch at 1024 px their labels
    were cut ('في الموع...'); the legend then stands beside the plot, one outcome a line."""
    from totalnet_desktop.views.shell.main_window import MainWindow

    if language == "en":
        i18n.install("en")
    loader.generate()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    screen = window.show_screen("insights")
    qtbot.waitUntil(lambda: bool(screen.cards), timeout=10000)
    for _ in range(5):
        QApplication.processEvents()
    card = screen.cards["follow"]
    card.ensurePolished()
    view = card.chart_views[0]
    qtbot.waitUntil(lambda: view.chart().legend().size().width() > 0, timeout=5000)
    QApplication.processEvents()
    legend = view.chart().legend()
    assert legend.isVisible() and len(legend.markers()) == 5
    assert "··" in legend.markers()[0].label()  # stretched
    assert _legend_whole(view), (legend.alignment(), drawn_label_widths(legend), [m.label() for m in legend.markers()])
    # Wide enough for one line: back under the chart.
    view.resize(3000, view.height())
    QApplication.processEvents()
    assert legend.alignment() == Qt.AlignmentFlag.AlignBottom
