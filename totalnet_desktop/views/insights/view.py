"""The Insights screen (Ctrl+4): is my networking paying off? Charts with their numbers beside.

A thin screen: the header (period chooser, Print) and the cards. What to show (the period, the
dashboard, each card's figure or empty state) is decided by ``presenter.InsightsPresenter``.

The main window builds every screen at start-up, so the constructor only makes the header; the
charts (and the QtCharts import) are built on the first ``on_shown()``. Data changes while the screen
is hidden only mark it dirty; it refreshes when shown again.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.insights import facade as insights
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, path_text, translate
from totalnet_desktop.views.insights.period_bar import PeriodBar
from totalnet_desktop.views.insights.presenter import (
    CARDS,
    CUSTOM,
    DEFAULT_PERIOD,
    CardShow,
    InsightsPresenter,
    default_path,
)
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.context import AppContext
from totalnet_desktop.views.shell.screen import Screen

if TYPE_CHECKING:
    from totalnet_desktop.views.insights.card import InsightCard  # imports QtCharts

logger = logging.getLogger(__name__)


class InsightsView(Screen):
    title = QT_TRANSLATE_NOOP("Screen", "Insights")  # shown through translate("Screen", title)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.last_error = ""
        self.cards: dict[str, InsightCard] = {}
        self.last_draw_ms: float | None = None
        self._built = False
        self._refresh_queued = False
        self.presenter = InsightsPresenter(str(ctx.qsettings().value("insights/period", DEFAULT_PERIOD)))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        self.bar = PeriodBar()
        self.heading, self.subtitle, self.period_box = self.bar.heading, self.bar.subtitle, self.bar.period_box
        self.from_date, self.to_date, self.to_label = self.bar.from_date, self.bar.to_date, self.bar.to_label
        self.print_button = self.bar.print_button
        layout.addWidget(self.bar)

        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.scroll_area, 1)

        self._show_period()
        self.bar.preset_chosen.connect(self._period_changed)
        self.bar.dates_chosen.connect(self._dates_changed)
        self.bar.print_requested.connect(self.print_pdf)
        ctx.bus.changed.connect(self._data_changed)

    @property
    def dashboard(self) -> insights.Dashboard | None:
        """The dashboard shown (None before the first refresh)."""
        return self.presenter.dashboard

    # ---- building (lazy) -----------------------------------------------------------------
    def _build(self) -> None:
        from totalnet_desktop.views.insights.card import InsightCard  # imports QtCharts

        container = QWidget()
        container.setObjectName("insights_cards")
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        for spec in CARDS:
            card = InsightCard(spec.key, translate("InsightsView", spec.title), translate("InsightsView", spec.subtitle),
                               spec.charts, spec.numbers_width)
            card.save_requested.connect(self.save_card)
            self.cards[spec.key] = card
            column.addWidget(card)
        column.addStretch(1)
        self.scroll_area.setWidget(container)
        self._built = True

    # ---- Screen protocol -----------------------------------------------------------------
    def on_shown(self) -> None:
        if not self._built:
            self._build()
        if self.presenter.dirty:
            self.refresh()

    def focus_search(self) -> None:
        self.period_box.setFocus()

    # ---- period --------------------------------------------------------------------------
    def period(self) -> insights.Period:
        """The period chosen in the header."""
        return self.presenter.period()

    def set_period(self, name: str, start: dt.date | None = None, end: dt.date | None = None) -> None:
        """Choose a preset by name, or CUSTOM with its dates (used by tests and the benchmark)."""
        self.presenter.choose(name, seed=start is None)
        if start is not None and end is not None:
            self.presenter.set_dates(start, end)
        self._show_period()
        self._request_refresh()

    def _show_period(self) -> None:
        """Put the presenter's period in the header."""
        self.bar.show_period(self.presenter)

    def _period_changed(self, name: str) -> None:
        self.presenter.choose(name)
        self._show_period()
        if name != CUSTOM:
            self.ctx.qsettings(writing=True).setValue("insights/period", name)
        self._request_refresh()

    def _dates_changed(self, start: dt.date, end: dt.date) -> None:
        if self.presenter.set_dates(start, end):
            self._request_refresh()

    # ---- refreshing ----------------------------------------------------------------------
    def _data_changed(self, _topic: str) -> None:
        self.presenter.dirty = True
        if self._built and self.isVisible():
            self._request_refresh()

    def _request_refresh(self) -> None:
        """Refresh once after a burst of changes (several signals in one event-loop turn)."""
        self.presenter.dirty = True
        if not self._built or self._refresh_queued:
            return
        self._refresh_queued = True
        QTimer.singleShot(0, self._queued_refresh)

    def _queued_refresh(self) -> None:
        self._refresh_queued = False
        if self.presenter.dirty:
            self.refresh()

    def refresh(self) -> None:
        """Load every figure for the chosen period and redraw the cards."""
        if not self._built:
            self._build()
        started = time.perf_counter()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # five years can take a second
        try:
            board = self.presenter.load()
        finally:
            QApplication.restoreOverrideCursor()
        if board is None:
            self.subtitle.setText(f"  <span style='color:{theme.text('error')}'>"
                                  f"{html.escape(self.presenter.error)}</span>")
            return
        self.subtitle.setText("  " + self.presenter.subtitle())
        for show in self.presenter.cards():
            self._draw(show, board)
        # Lay the cards out now, not at the next event-loop turn: a PNG or PDF asked for right after a
        # refresh must see the new sizes (an empty card is much shorter than a chart).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self.last_draw_ms = (time.perf_counter() - started) * 1000
        logger.debug("insights drawn in %.0f ms", self.last_draw_ms)

    def _draw(self, show: CardShow, board: insights.Dashboard) -> None:
        """Fill one card with what the presenter decided."""
        from totalnet_desktop.views.insights import charts

        card = self.cards[show.key]
        if show.empty:
            card.show_empty(show.empty)
            return
        figures = [charts.chart_for(name, board) for name in show.charts]
        if show.height is None:
            card.show_figure(figures, show.numbers)
        else:
            card.show_figure(figures, show.numbers, height=show.height)

    # ---- saving and printing -------------------------------------------------------------
    def _default_path(self, name: str, suffix: str) -> str:
        return default_path(str(self.ctx.qsettings().value("insights/folder", str(Path.home()))), name, suffix)

    def _remember_folder(self, path: str) -> None:
        self.ctx.qsettings(writing=True).setValue("insights/folder", str(Path(path).parent))

    def _tell(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 6000)

    def save_card(self, key: str) -> None:
        """Ask where, then save one card as a PNG picture."""
        card = self.cards[key]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save {title} as PNG").format(title=card.title),
                                              self._default_path(key, "png"), self.tr("PNG picture (*.png)"))
        if not path:
            return
        self._remember_folder(path)
        if card.save_png(path):
            self._tell(self.tr("Saved {title} to {path}.").format(title=card.title, path=path_text(path)))
        else:
            self._tell(card.last_error or self.tr("Could not save {path}: check the folder exists and can be "
                                                  "written.").format(path=path_text(path)))

    def print_pdf(self) -> None:
        """Ask where, then print the whole screen to a PDF file."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print Insights to PDF"),
                                              self._default_path("insights", "pdf"), self.tr("PDF file (*.pdf)"))
        if not path:
            return
        self._remember_folder(path)
        if self.print_to_pdf(path):
            self._tell(self.tr("Printed Insights to {path}.").format(path=path_text(path)))
        else:
            self._tell(self.last_error or self.tr("Could not write {path}: check the folder exists and can be "
                                                  "written.").format(path=path_text(path)))

    def print_to_pdf(self, path: str | Path) -> bool:
        """Print every card to ``path`` (see ``printing.print_cards``); False with ``last_error`` set."""
        from totalnet_desktop.views.insights import printing

        if not self._built or self.presenter.dirty:
            self.on_shown()
        heading = self.tr("TotalNet Insights · {subtitle}").format(subtitle=self.subtitle.text().strip())
        self.last_error = printing.print_cards(path, heading,
                                               list(self.cards.values()), self.font())
        return not self.last_error
