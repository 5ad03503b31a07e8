"""The Insights screen (Ctrl+4): is my networking paying off? Charts with their numbers beside.

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

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QPoint, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPixmap, QRegion
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.insights import facade as insights
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP
from totalnet_desktop.theme import palette
from totalnet_desktop.views.insights import numbers
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.context import AppContext
from totalnet_desktop.views.shell.screen import Screen

logger = logging.getLogger(__name__)

CUSTOM = "Custom dates"
WHO_AM_I = ("Tell TotalNet which contact is you to see this: open your own contact in Contacts and "
            "press <b>This is me</b>.")
NO_CHAPTER = "Set up your chapter on Meeting day (with its annual fee) to see this."

# (key, title, subtitle, number of charts, width of the numbers column)
CARDS = (
    ("roi", "Return on membership", "Business you closed from chapter referrals, against the annual fee", 1,
     330),
    ("referrals", "Referrals", "Given and received month by month; where received referrals came from", 2, 300),
    ("attendance", "Attendance", "Your last 26 weeks, with the three-absences-in-six-months line", 1, 300),
    ("channels", "Channel balance", "People reached only online, only in person, or both, growing through the period", 1, 330),
    ("funnel", "Trust funnel", "Contacts per stage: Know, Like, Trust, Partner, and who moved between them", 1,
     430),
    ("follow", "Follow-through", "Follow-ups due in the period: done on time, late, dismissed", 1, 300),
    ("top", "Top relationships", "Who gave you and received from you the most", 1, 560),
    ("conversations", "Conversations",
     "Touches per month on each channel, and people you talked to often who have gone quiet", 1, 360),
)


class InsightsView(Screen):
    title = QT_TRANSLATE_NOOP("Screen", "Insights")  # shown through translate("Screen", title)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.last_error = ""
        self.cards: dict = {}
        self.dashboard: insights.Dashboard | None = None
        self.last_draw_ms: float | None = None
        self._built = False
        self._dirty = True
        self._refresh_queued = False

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        header = QHBoxLayout()
        self.heading = QLabel("<h2 style='margin:0'>Insights</h2>")
        header.addWidget(self.heading)
        self.subtitle = QLabel()
        self.subtitle.setObjectName("insights_subtitle")
        theme.style_text(self.subtitle, "muted")
        header.addWidget(self.subtitle, 1)
        header.addWidget(QLabel("Period:"))
        self.period_box = QComboBox()
        self.period_box.setObjectName("insights_period")
        self.period_box.addItems([*insights.PRESETS, CUSTOM])
        header.addWidget(self.period_box)
        self.from_date = self._date_edit("insights_from")
        self.to_date = self._date_edit("insights_to")
        header.addWidget(self.from_date)
        self.to_label = QLabel("to")
        header.addWidget(self.to_label)
        header.addWidget(self.to_date)
        self.print_button = QPushButton("Print to PDF…")
        self.print_button.setObjectName("insights_print")
        self.print_button.clicked.connect(self.print_pdf)
        header.addWidget(self.print_button)
        layout.addLayout(header)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)

        default = insights.preset_period("Last 12 months")  # no query: cheap at start-up
        self.from_date.setDate(QDate(default.start.year, default.start.month, default.start.day))
        self.to_date.setDate(QDate(default.end.year, default.end.month, default.end.day))
        saved = str(ctx.qsettings().value("insights/period", "Last 12 months"))
        self.period_box.setCurrentText(saved if saved in insights.PRESETS else "Last 12 months")
        self._sync_custom_dates()
        self.period_box.currentTextChanged.connect(self._period_changed)
        self.from_date.dateChanged.connect(self._dates_changed)
        self.to_date.dateChanged.connect(self._dates_changed)
        ctx.bus.changed.connect(self._data_changed)

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("d MMM yyyy")
        return edit

    # ---- building (lazy) -----------------------------------------------------------------
    def _build(self) -> None:
        from totalnet_desktop.views.insights.card import InsightCard  # imports QtCharts

        container = QWidget()
        container.setObjectName("insights_cards")
        column = QVBoxLayout(container)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        for key, title, subtitle, charts, width in CARDS:
            card = InsightCard(key, title, subtitle, charts, width)
            card.save_requested.connect(self.save_card)
            self.cards[key] = card
            column.addWidget(card)
        column.addStretch(1)
        self.scroll.setWidget(container)
        self._built = True

    # ---- Screen protocol -----------------------------------------------------------------
    def on_shown(self) -> None:
        if not self._built:
            self._build()
        if self._dirty:
            self.refresh()

    def focus_search(self) -> None:
        self.period_box.setFocus()

    # ---- period --------------------------------------------------------------------------
    def period(self) -> insights.Period:
        """The period chosen in the header."""
        name = self.period_box.currentText()
        if name == CUSTOM:
            start, end = self.from_date.date().toPython(), self.to_date.date().toPython()
            if end < start:
                start, end = end, start
            return insights.Period(start, end, f"{numbers.day(start)} – {numbers.day(end)}")
        return insights.preset_period(name)

    def set_period(self, name: str, start: dt.date | None = None, end: dt.date | None = None) -> None:
        """Choose a preset by name, or CUSTOM with its dates (used by tests and the benchmark)."""
        self.period_box.blockSignals(True)
        self.period_box.setCurrentText(name)
        self.period_box.blockSignals(False)
        self._sync_custom_dates(seed=start is None)
        if start is not None and end is not None:
            for edit, value in ((self.from_date, start), (self.to_date, end)):
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)
        self._request_refresh()

    def _sync_custom_dates(self, seed: bool = True) -> None:
        """Show the date boxes only for custom dates; they start from the period last shown."""
        custom = self.period_box.currentText() == CUSTOM
        for widget in (self.from_date, self.to_label, self.to_date):
            widget.setVisible(custom)
        if custom and seed and self.dashboard is not None:
            shown = self.dashboard.period
            for edit, value in ((self.from_date, shown.start), (self.to_date, shown.end)):
                edit.blockSignals(True)
                edit.setDate(QDate(value.year, value.month, value.day))
                edit.blockSignals(False)

    def _period_changed(self, name: str) -> None:
        self._sync_custom_dates()
        if name != CUSTOM:
            self.ctx.qsettings(writing=True).setValue("insights/period", name)
        self._request_refresh()

    def _dates_changed(self, _date) -> None:
        if self.period_box.currentText() == CUSTOM:
            self._request_refresh()

    # ---- refreshing ----------------------------------------------------------------------
    def _data_changed(self, _topic: str) -> None:
        self._dirty = True
        if self._built and self.isVisible():
            self._request_refresh()

    def _request_refresh(self) -> None:
        """Refresh once after a burst of changes (several signals in one event-loop turn)."""
        self._dirty = True
        if not self._built or self._refresh_queued:
            return
        self._refresh_queued = True
        QTimer.singleShot(0, self._queued_refresh)

    def _queued_refresh(self) -> None:
        self._refresh_queued = False
        if self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Load every figure for the chosen period and redraw the cards."""
        if not self._built:
            self._build()
        started = time.perf_counter()
        period = self.period()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # five years can take a second
        try:
            board = insights.load_dashboard(period)
        except TotalNetError as exc:
            self.subtitle.setText(f"  <span style='color:{theme.text('error')}'>{html.escape(str(exc))}</span>")
            self._dirty = False  # shown; a data change or another period tries again
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.dashboard = board
        self._fill(board)
        # Lay the cards out now, not at the next event-loop turn: a PNG or PDF asked for right after a
        # refresh must see the new sizes (an empty card is much shorter than a chart).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        self._dirty = False
        self.last_draw_ms = (time.perf_counter() - started) * 1000
        logger.debug("insights drawn in %.0f ms", self.last_draw_ms)

    def _fill(self, board: insights.Dashboard) -> None:
        from totalnet_desktop.views.insights import charts

        view = board.view
        parts = [p for p in (view.me_name, view.chapter_name, board.period.describe()) if p]
        self.subtitle.setText("  " + " · ".join(parts))
        no_me = WHO_AM_I if view.me_id is None else ""

        roi = board.roi
        if no_me or not roi.has_chapter:
            self.cards["roi"].show_empty(no_me or NO_CHAPTER)
        elif roi.is_empty:
            self.cards["roi"].show_empty(
                f"No thank-you for closed business from {view.chapter_name} in this period yet.<br>"
                f"When a chapter referral turns into business, record your TYFCB on Meeting day: "
                f"it counts against the {numbers.amount(roi.annual_fee, roi.currency)} fee here.")
        else:
            self.cards["roi"].show_figure([charts.roi_chart(roi)], numbers.roi_numbers(roi, view.chapter_name))

        if no_me:
            self.cards["referrals"].show_empty(no_me)
        elif board.referrals.is_empty:
            self.cards["referrals"].show_empty(
                "No referrals given or received in this period.<br>Referral slips recorded on "
                "Meeting day appear here, month by month.")
        else:
            self.cards["referrals"].show_figure(
                [charts.referrals_chart(board.referrals), charts.sources_chart(board.sources)],
                numbers.referral_numbers(board.referrals, board.sources))

        att = board.attendance
        if not att.has_chapter:
            self.cards["attendance"].show_empty(NO_CHAPTER)
        elif no_me:
            self.cards["attendance"].show_empty(no_me)
        elif att.is_empty:
            self.cards["attendance"].show_empty(
                f"No meetings of {view.chapter_name} between {numbers.day(att.start)} and "
                f"{numbers.day(att.end)}.<br>Meetings you run on Meeting day appear here with your PALMS.")
        else:
            self.cards["attendance"].show_figure([charts.attendance_chart(att)], numbers.attendance_numbers(att))

        if board.channels.is_empty:
            self.cards["channels"].show_empty(
                "Nobody reached in person or online in this period yet.<br>Log a meeting, one-to-one "
                "or LinkedIn message on a contact to see your balance.")
        else:
            self.cards["channels"].show_figure([charts.channels_chart(board.channels)],
                                               numbers.channel_numbers(board.channels))

        if board.funnel.is_empty:
            self.cards["funnel"].show_empty("No contacts yet.<br>Import your LinkedIn connections or "
                                            "add the people you meet (Ctrl+N).")
        else:
            self.cards["funnel"].show_figure([charts.funnel_chart(board.funnel, board.moves)],
                                             numbers.funnel_numbers(board.funnel, board.moves))

        if board.follow_through.is_empty:
            self.cards["follow"].show_empty("No follow-ups were due in this period.<br>Add one with "
                                            "Ctrl+Shift+F on any contact.")
        else:
            self.cards["follow"].show_figure([charts.follow_chart(board.follow_through)],
                                             numbers.follow_numbers(board.follow_through))

        if no_me:
            self.cards["top"].show_empty(no_me)
        elif board.top.is_empty:
            self.cards["top"].show_empty("No referrals or thank-yous exchanged in this period yet.")
        else:
            # Room for every name on the left axis (QtCharts shortens labels that don't fit to "...").
            self.cards["top"].show_figure([charts.top_chart(board.top)], numbers.top_numbers(board.top),
                                          height=max(300, 110 + 34 * len(board.top.people)))

        conv = board.conversations
        if conv is None or conv.is_empty:
            self.cards["conversations"].show_empty(
                "No conversations in this period yet.<br>Import your WhatsApp chats, LinkedIn archive, "
                "calendar or mail with File > Import history... to see every touch here.")
        else:
            self.cards["conversations"].show_figure([charts.conversations_chart(conv)],
                                                    numbers.conversation_numbers(conv))

    # ---- saving and printing -------------------------------------------------------------
    def _default_path(self, name: str, suffix: str) -> str:
        folder = str(self.ctx.qsettings().value("insights/folder", str(Path.home())))
        return str(Path(folder) / f"totalnet-{name}-{dt.date.today().isoformat()}.{suffix}")

    def _remember_folder(self, path: str) -> None:
        self.ctx.qsettings(writing=True).setValue("insights/folder", str(Path(path).parent))

    def _tell(self, message: str) -> None:
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 6000)

    def save_card(self, key: str) -> None:
        """Ask where, then save one card as a PNG picture."""
        card = self.cards[key]
        path, _ = QFileDialog.getSaveFileName(self, f"Save {card.title} as PNG",
                                              self._default_path(key, "png"), "PNG picture (*.png)")
        if not path:
            return
        self._remember_folder(path)
        if card.save_png(path):
            self._tell(f"Saved {card.title} to {path}.")
        else:
            self._tell(card.last_error or f"Could not save {path}: check the folder exists and can be written.")

    def print_pdf(self) -> None:
        """Ask where, then print the whole screen to a PDF file."""
        path, _ = QFileDialog.getSaveFileName(self, "Print Insights to PDF",
                                              self._default_path("insights", "pdf"), "PDF file (*.pdf)")
        if not path:
            return
        self._remember_folder(path)
        if self.print_to_pdf(path):
            self._tell(f"Printed Insights to {path}.")
        else:
            self._tell(self.last_error or f"Could not write {path}: check the folder exists and can be written.")

    def print_to_pdf(self, path: str | Path) -> bool:
        """Print to a fresh file beside ``path``, put in place only when whole (write_guard: never the
        live database, a folder, or a file truncated by a full disk); False with ``last_error`` set."""
        from totalnet_desktop.core.store import write_guard
        from totalnet_desktop.core.store.errors import TotalNetError
        from totalnet_desktop.render.meeting_report import pdf_problem

        def check(tmp: Path) -> str | None:
            return None if pdf_problem(tmp) is None else f"The PDF could not be written completely to {path}."

        self.last_error = ""
        try:
            with write_guard.atomic_path(path, check) as tmp:
                if not self._paint_pdf(tmp):
                    raise write_guard.FileWriteError(f"Cannot write {path}.")
        except TotalNetError as exc:
            self.last_error = str(exc)
            logger.warning("cannot print to %s: %s", path, exc)
            return False
        return True

    def _paint_pdf(self, path: Path) -> bool:
        """Render the header line and every card onto A4 pages, a card never split across pages."""
        from PySide6.QtGui import QFont, QPageLayout, QPageSize
        from PySide6.QtPrintSupport import QPrinter  # only when printing

        if not self._built or self._dirty:
            self.on_shown()
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
            cards = list(self.cards.values())
            width = max(card.width() for card in cards) or 1
            scale = page.width() / width
            font = QFont(self.font())
            font.setPointSizeF(14)
            painter.setFont(font)
            head_height = painter.fontMetrics().height() * 2
            painter.drawText(0, painter.fontMetrics().ascent(),
                             f"TotalNet Insights · {self.subtitle.text().strip()}")
            y = head_height
            gap = 12 * scale
            for card in cards:
                height = card.height() * scale
                if y > 0 and y + height > page.height():
                    printer.newPage()
                    y = 0
                # A crisp 2x picture of the card: QWidget.render straight onto the printer with a
                # scale rasterises each card at 1200 dpi (14 MB for seven cards).
                painter.drawPixmap(QRectF(0, y, page.width(), height), self._card_picture(card),
                                   QRectF())
                y += height + gap
        finally:
            ended = painter.end()
        return ended

    @staticmethod
    def _card_picture(card, ratio: float = 2.0) -> QPixmap:
        picture = QPixmap(card.size() * ratio)
        picture.setDevicePixelRatio(ratio)
        picture.fill(QColor(palette.REPORT["paper"]))  # printed: paper white
        card.save_button.hide()
        try:
            card.render(picture, QPoint(0, 0), QRegion(), QWidget.RenderFlag.DrawChildren)
        finally:
            card.save_button.show()
        return picture
