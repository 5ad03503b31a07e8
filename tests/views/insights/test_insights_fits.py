"""Insights fits a 1024x700 screen: with the sample chapter (every card filled), nothing scrolls sideways
and the window can be as narrow as the screen."""

from PySide6.QtWidgets import QApplication, QScrollArea

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
