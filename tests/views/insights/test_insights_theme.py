"""Qt Charts follow light and dark: switching the theme live redraws every Insights chart with Qt
Charts' matching theme and the palette's series colours of that set."""

from __future__ import annotations

from PySide6.QtCharts import QChart

from totalnet_desktop.core.demo import loader as demo
from totalnet_desktop.theme import palette


def _themes(screen) -> set:
    return {view.chart().theme() for card in screen.cards.values() for view in card.chart_views
            if view.chart() is not None and card.figure.isVisibleTo(card)}


def _label_lightness(screen) -> set[int]:
    """How light each chart's legend text is (dark on a light card, light on a dark one)."""
    return {view.chart().legend().labelColor().lightness() for card in screen.cards.values()
            for view in card.chart_views if view.chart() is not None and card.figure.isVisibleTo(card)}


def test_charts_switch_theme_with_the_app(session, ctx, qtbot):
    from totalnet_desktop.views.shell import theme
    from totalnet_desktop.views.shell.main_window import MainWindow

    demo.generate()
    theme.apply(theme.LIGHT)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    screen = window.show_screen("insights")
    qtbot.waitUntil(lambda: bool(screen.cards) and _themes(screen) == {QChart.ChartTheme.ChartThemeLight},
                    timeout=10000)
    try:
        theme.apply(theme.DARK)
        qtbot.waitUntil(lambda: _themes(screen) == {QChart.ChartTheme.ChartThemeDark}, timeout=10000)
        assert palette.current_mode() == palette.DARK
        assert min(_label_lightness(screen)) > 128  # light text on the dark cards
    finally:
        theme.apply(theme.LIGHT)
    qtbot.waitUntil(lambda: _themes(screen) == {QChart.ChartTheme.ChartThemeLight}, timeout=10000)
    assert max(_label_lightness(screen)) < 128
