"""Qt Charts for the Insights screen: one builder per figure, each taking plain records.

Imported only when the Insights screen is first shown (QtCharts is heavy at start-up).

In a right-to-left language the charts are mirrored as far as Qt Charts allows: time runs from right
to left (the category axis is reversed), the value axis stands on the right, horizontal bars grow from
the right, the legend lists the series from the right, a pie's slices run anticlockwise, and numbers
on the axes are written by the locale (``value_axis``: ``i18n.axis_number``, the digits preference). Qt Charts cannot put a legend's colour box
on the right of its label (it is always drawn first, on the left) nor move the chart title or axis
titles off centre; a time axis's end label can be dropped when it would overflow the plot's left edge.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Callable
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
)
from PySide6.QtCore import QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QFrame, QScrollArea

from totalnet_desktop.i18n import (
    QT_TRANSLATE_NOOP,
    axis_number,
    bucket_text,
    is_right_to_left,
    number,
    translate,
)
from totalnet_desktop.theme import palette
from totalnet_desktop.views.insights.numbers import COLORS, channel_name, source_name, span_text, stage_name

logger = logging.getLogger(__name__)


MARKER_ROOM = 24  # a legend entry's colour box and the gaps around it, beside its label (Qt: 22)
LEGEND_INSET = 18  # a legend under the chart is this much narrower than the chart inside its margins


def legend_widths(legend) -> tuple[int, int]:
    """What a legend's entries need: all on one line (under the chart), and the widest (one a line)."""
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(legend.font())
    widths = [metrics.horizontalAdvance(marker.label()) + MARKER_ROOM for marker in legend.markers()]
    return sum(widths), max(widths, default=0)


def fit_legend(view: QChartView) -> None:
    """The legend under the chart when its entries fit on one line there; else beside the plot, one entry
    a line, at the end of the reading direction, rather than each label cut short ('On ti...', or the
    Follow-through outcomes in Arabic with a longer language at 1024 px)."""
    chart = view.chart()
    legend = chart.legend() if chart is not None else None
    if legend is None or not legend.isVisible() or not legend.markers():
        return
    line, _widest = legend_widths(legend)
    room = view.width() - chart.margins().left() - chart.margins().right() - LEGEND_INSET
    side = Qt.AlignmentFlag.AlignLeft if is_right_to_left() else Qt.AlignmentFlag.AlignRight
    wanted = Qt.AlignmentFlag.AlignBottom if line <= room else side
    if legend.alignment() != wanted:
        legend.setAlignment(wanted)
        # In a row the first series stands at the right in right to left; in a column at the top, as in
        # the numbers beside the chart.
        legend.setReverseMarkers(is_right_to_left() and wanted == Qt.AlignmentFlag.AlignBottom)


class ChartView(QChartView):
    """A chart view that places its chart's legend where it fits (``fit_legend``) and, reached by Tab,
    scrolls all of itself into view (Qt's scroll area would show only its top: a chart reports no text
    cursor, so the area keeps just the top-left corner in view)."""

    def setChart(self, chart: QChart) -> None:
        super().setChart(chart)
        fit_legend(self)

    def resizeEvent(self, event) -> None:
        fit_legend(self)
        super().resizeEvent(event)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if event.reason() not in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            return
        parent = self.parentWidget()
        while parent is not None:
            content = parent.widget() if isinstance(parent, QScrollArea) else None
            if isinstance(parent, QScrollArea) and content is not None and content.isAncestorOf(self):
                centre = self.mapTo(content, self.rect().center())
                parent.ensureVisible(centre.x(), centre.y(), self.width() // 2 + 8, self.height() // 2 + 8)
                return
            parent = parent.parentWidget()


def chart_view(chart: QChart | None = None) -> QChartView:
    """An antialiased view without a frame (its card sets the height)."""
    view = ChartView(chart or QChart())
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setFrameShape(QFrame.Shape.NoFrame)
    # The card's white shows through, no grey frame; a chart reached by Tab (a screen reader reads its
    # numbers) shows the focus with a frame in the style's highlight colour.
    view.setStyleSheet("QChartView { background: transparent; border: 2px solid transparent; }"
                       " QChartView:focus { border: 2px solid palette(highlight); }")
    return view


def _chart() -> QChart:
    chart = QChart()
    # A Qt Charts theme matching light or dark (axes, labels, grid, legend); series colours are set after.
    chart.setTheme(QChart.ChartTheme.ChartThemeDark if palette.current_mode() == palette.DARK
                   else QChart.ChartTheme.ChartThemeLight)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)  # draw at once, no half-drawn frames
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setLocale(QLocale())  # anything Qt Charts writes itself, as the locale does (axes: value_axis)
    chart.setLocalizeNumbers(True)
    if is_right_to_left():
        chart.legend().setReverseMarkers(True)  # the first series at the right, where reading starts
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    chart.setBackgroundVisible(False)
    return chart


def bucket_labels(keys: list[str]) -> list[str]:
    """One-line labels: 'Jan 26' for a month, 'Q1 26' for a quarter, as the locale writes them."""
    return [bucket_text(key) for key in keys]


MAX_TIME_LABELS = 6  # at most this many labels under a time axis, so each has room at 1024 px


def sparse_positions(count: int, most: int = MAX_TIME_LABELS) -> list[int]:
    """Which of ``count`` buckets get a label: every step-th one, ending on the last (the latest)."""
    if count <= 0:
        return []
    step = max(1, -(-count // most))
    return [i for i in range(count) if (count - 1 - i) % step == 0]


def unique(labels: list[str]) -> list[str]:
    """QBarCategoryAxis drops repeated labels (two 'Feb', two 'Omar Khan') and shifts the bars after
    them; make repeats distinct with invisible zero-width spaces."""
    seen: set[str] = set()
    out = []
    for label in labels:
        while label in seen:
            label += "\u200b"
        seen.add(label)
        out.append(label)
    return out


# The PALMS letter under each week of the attendance chart: the letter of the status in the language
# in use (the chapter's P A L M S keys in English).
PALMS_LETTERS = {"Present": QT_TRANSLATE_NOOP("InsightCharts", "P"), "Absent": QT_TRANSLATE_NOOP("InsightCharts", "A"),
                 "Late": QT_TRANSLATE_NOOP("InsightCharts", "L"), "Medical": QT_TRANSLATE_NOOP("InsightCharts", "M"),
                 "Substitute": QT_TRANSLATE_NOOP("InsightCharts", "S")}


def palms_letter(status: str | None) -> str:
    if status in PALMS_LETTERS:
        return translate("InsightCharts", PALMS_LETTERS[status])
    return (status or "–")[0]


def _bar_set(name: str, values, color_key: str) -> QBarSet:
    bar_set = QBarSet(name)
    bar_set.append([float(v) for v in values])
    bar_set.setColor(QColor(COLORS[color_key]))
    bar_set.setBorderColor(QColor(COLORS[color_key]))
    return bar_set


def value_steps(top: float, integer: bool = True, most: int = 5) -> list[float]:
    """Where a value axis from zero has its numbers: at most ``most`` round steps (1, 2 or 5 times a
    power of ten; whole steps when the figures are counts), the last at or above the highest value
    with headroom, so bars never touch the top."""
    high = max(top * 1.1, top + (1 if integer else 0), 1.0)
    raw = high / most
    scale = 10 ** math.floor(math.log10(raw))
    step = next(scale * m for m in (1, 2, 5, 10) if scale * m >= raw)
    if integer:
        step = max(1.0, float(round(step)))
    count = math.ceil(high / step - 1e-9)
    return [step * i for i in range(count + 1)]


def value_axis(top: float, integer: bool = True) -> QCategoryAxis:
    """A value axis from zero whose numbers are written by ``i18n.number``, the one rule every number
    on a screen follows (the language's digits, Western or Arabic-Indic as chosen, and its grouping).
    Qt Charts' own localized labels did not always follow it (a count axis in Western digits beside
    an amount axis in Arabic-Indic ones), so the labels are ours: each at its value."""
    steps = value_steps(top, integer)
    axis = QCategoryAxis()
    axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    axis.setStartValue(-steps[1] / 1000)  # the first category ends on zero, where its label '0' stands
    axis.setRange(0, steps[-1])
    for value in steps:
        axis.append(axis_number(value), value)
    return axis


def axis_labels(axis) -> list[str]:
    """What an axis writes along it: its categories' labels (a value axis's numbers, a time axis's
    months, a bar axis's names), for the tests and the screen reader alike."""
    if isinstance(axis, QCategoryAxis):
        return list(axis.categoriesLabels())
    if isinstance(axis, QBarCategoryAxis):
        return list(axis.categories())
    return []


def _axes(chart: QChart, series_list, labels: list[str], top: float, integer: bool = True,
          horizontal: bool = False, room: int | None = None) -> None:
    """The category axis (bottom, or left for horizontal bars) and a value axis from zero with
    headroom above the highest bar. A time axis (``room`` None) labels only a few buckets, each
    under its bar, so no label is ever cut to '...'; ``room`` labels every bar (short labels)."""
    small = QFont()
    small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
    categories: QBarCategoryAxis | QCategoryAxis
    if horizontal or room is not None:
        categories = QBarCategoryAxis()
        categories.append(unique(labels))
    else:
        categories = QCategoryAxis()
        categories.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        categories.setStartValue(-0.5)
        categories.setRange(-0.5, len(labels) - 0.5)
        for index in sparse_positions(len(labels)):
            categories.append(labels[index], index)
        categories.setGridLineVisible(False)
    categories.setLabelsFont(small)
    values = value_axis(top, integer)
    values.setLabelsFont(small)
    # Right to left: the first month on the right, the value axis on the right; horizontal bars grow
    # leftwards from their labels on the right.
    rtl = is_right_to_left()
    start_side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    if horizontal:
        values.setReverse(rtl)
        # Room beyond the last number: Qt Charts leaves out a label that would stand past the plot's end.
        values.setRange(0, values.max() * 1.06)
    else:
        categories.setReverse(rtl)
    chart.addAxis(categories, start_side if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values, Qt.AlignmentFlag.AlignBottom if horizontal else start_side)
    for series in series_list:
        series.attachAxis(categories)
        series.attachAxis(values)


def _line(name: str, points, color_key: str, dashed: bool = False, width: float = 2.5) -> QLineSeries:
    line = QLineSeries()
    line.setName(name)
    for x, y in points:
        line.append(float(x), float(y))
    pen = QPen(QColor(COLORS[color_key]))
    pen.setWidthF(width)
    if dashed:
        pen.setStyle(Qt.PenStyle.DashLine)
    line.setPen(pen)
    return line


def roi_chart(roi) -> QChart:
    """Monthly business closed (bars), its running total and the fee for the period (lines)."""
    chart = _chart()
    labels = bucket_labels([m.bucket for m in roi.months])
    bars = QBarSeries()
    bars.append(_bar_set(translate("InsightCharts", "Closed"), [m.closed for m in roi.months], "closed"))
    running = _line(translate("InsightCharts", "Running total"),
                    [(i, m.cumulative) for i, m in enumerate(roi.months)], "cumulative")
    n = len(labels)
    fee = _line(translate("InsightCharts", "Fee for the period"),
                [(-0.5, roi.fee_for_period), (n - 0.5, roi.fee_for_period)], "fee", dashed=True)
    series = [bars, running, fee]
    for s in series:
        chart.addSeries(s)
    top = max([float(roi.fee_for_period), float(roi.total)] + [float(m.closed) for m in roi.months])
    _axes(chart, series, labels, top, integer=False)
    return chart


def referrals_chart(flow) -> QChart:
    """Referrals given and received per month."""
    chart = _chart()
    bars = QBarSeries()
    bars.append(_bar_set(translate("InsightCharts", "Given"), [m.given for m in flow.months], "given"))
    bars.append(_bar_set(translate("InsightCharts", "Received"), [m.received for m in flow.months], "received"))
    chart.addSeries(bars)
    top = max([m.given for m in flow.months] + [m.received for m in flow.months] + [1])
    _axes(chart, [bars], bucket_labels([m.bucket for m in flow.months]), top)
    return chart


def sources_chart(sources) -> QChart:
    """Where received referrals came from (a pie; empty slices left out)."""
    chart = _chart()
    pie = QPieSeries()
    for (label, count), key in zip(sources.counts, ("member", "visitor", "online_src", "other")):
        if count:
            piece = pie.append(translate("InsightCharts", "{source} ({count})").format(
                source=source_name(key, label), count=number(count)), count)
            piece.setColor(QColor(COLORS[key]))
    if len(pie.slices()) == 1:  # no seam line across a whole pie
        pie.slices()[0].setBorderColor(pie.slices()[0].color())
    pie.setPieSize(0.85)
    if is_right_to_left():
        pie.setPieEndAngle(-360)  # slices follow each other anticlockwise from the top, the mirror image
    chart.legend().hide()  # the numbers beside name each colour; a legend here gets cut short
    if sources.is_empty:
        chart.setTitle(translate("InsightCharts", "No referrals received in this period"))
    chart.addSeries(pie)
    return chart


def attendance_chart(record) -> QChart:
    """My absences in the six months up to each meeting, against the limit line."""
    chart = _chart()
    under = [m.absences_6m if m.absences_6m < record.limit else 0 for m in record.meetings]
    over = [m.absences_6m if m.absences_6m >= record.limit else 0 for m in record.meetings]
    bars = QStackedBarSeries()
    bars.append(_bar_set(translate("InsightCharts", "Absences in the last six months"), under, "absences"))
    bars.append(_bar_set(translate("InsightCharts", "At the limit"), over, "overdue"))
    n = len(record.meetings)
    limit = _line(translate("InsightCharts", "Limit: {limit}").format(limit=number(record.limit)),
                  [(-0.5, record.limit), (n - 0.5, record.limit)], "limit", dashed=True)
    chart.addSeries(bars)
    chart.addSeries(limit)
    # My PALMS letter under each week (26 dates would not fit); the dates go in the axis title.
    labels = [palms_letter(m.status) for m in record.meetings]
    top = max([record.limit + 1] + [m.absences_6m for m in record.meetings])
    _axes(chart, [bars, limit], labels, top, room=len(labels))
    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    axis.setTitleText(translate("InsightCharts", "Your PALMS at each meeting, {span}").format(
        span=span_text(*record.span)))
    axis.setTitleFont(axis.labelsFont())
    if not any(m.absences_6m for m in record.meetings):
        chart.setTitle(translate("InsightCharts", "No absences in the last six months"))
    return chart


def channels_chart(balance) -> QChart:
    """People reached so far at each month's end: only online, only in person, both (stacked)."""
    chart = _chart()
    bars = QStackedBarSeries()
    bars.append(_bar_set(translate("InsightCharts", "Both"), [m.both for m in balance.months], "both"))
    bars.append(_bar_set(translate("InsightCharts", "Only in person"), [m.in_person_only for m in balance.months],
                         "in_person"))
    bars.append(_bar_set(translate("InsightCharts", "Only online"), [m.online_only for m in balance.months], "online"))
    chart.addSeries(bars)
    _axes(chart, [bars], bucket_labels([m.bucket for m in balance.months]), max([m.total for m in balance.months] + [1]))
    return chart


def conversations_chart(conv) -> QChart:
    """Touches per month, stacked by channel."""
    chart = _chart()
    bars = QStackedBarSeries()
    for channel in conv.channels:
        bars.append(_bar_set(channel_name(channel), [m.by_channel[channel] for m in conv.months],
                             "ch_" + channel if "ch_" + channel in COLORS else "other"))
    chart.addSeries(bars)
    chart.legend().hide()  # up to eleven channels: the numbers beside the chart carry the colours
    _axes(chart, [bars], bucket_labels([m.bucket for m in conv.months]), max([m.total for m in conv.months] + [1]))
    return chart


def funnel_chart(funnel, moves) -> QChart:
    """Contacts per stage, Know at the top down to Partner, with those in touch this period and
    those who moved up into the stage this period."""
    chart = _chart()
    stages = list(reversed(funnel.stages))  # horizontal categories run bottom-up
    bars = QHorizontalBarSeries()
    # The legend says what the table beside says, in its words: the longer 'In touch this period' was
    # cut short ('In touch t...') in the narrow chart at 1024 pixels.
    bars.append(_bar_set(translate("InsightNumbers", "Now"), [s.contacts for s in stages], "Trust"))
    bars.append(_bar_set(translate("InsightNumbers", "In touch"), [s.in_touch for s in stages], "both"))
    bars.append(_bar_set(translate("InsightNumbers", "Moved up"),
                         [moves.moved_up_into(s.stage) for s in stages], "in_person"))
    chart.addSeries(bars)
    _axes(chart, [bars], [stage_name(s.stage) for s in stages], max(s.contacts for s in stages), horizontal=True)
    return chart


def follow_chart(result) -> QChart:
    """Follow-ups due each month by outcome (stacked)."""
    chart = _chart()
    bars = QStackedBarSeries()
    for field, name in (("on_time", QT_TRANSLATE_NOOP("InsightCharts", "On time")),
                        ("late", QT_TRANSLATE_NOOP("InsightCharts", "Late")),
                        ("dismissed", QT_TRANSLATE_NOOP("InsightCharts", "Dismissed")),
                        ("overdue", QT_TRANSLATE_NOOP("InsightCharts", "Overdue")),
                        ("pending", QT_TRANSLATE_NOOP("InsightCharts", "Not yet due"))):
        bars.append(_bar_set(translate("InsightCharts", name), [getattr(m, field) for m in result.months], field))
    chart.addSeries(bars)
    _axes(chart, [bars], bucket_labels([m.bucket for m in result.months]), max([m.total for m in result.months] + [1]))
    return chart


def top_chart(top) -> QChart:
    """Referrals exchanged with the top people: what they gave me and what I gave them."""
    chart = _chart()
    people = list(reversed(top.people))
    bars = QHorizontalBarSeries()
    bars.append(_bar_set(translate("InsightCharts", "Gave you"), [p.referrals_given_me for p in people], "received"))
    bars.append(_bar_set(translate("InsightCharts", "You gave"), [p.referrals_from_me for p in people], "given"))
    chart.addSeries(bars)
    top_value = max([p.referrals_given_me for p in people] + [p.referrals_from_me for p in people] + [1])
    _axes(chart, [bars], [p.name for p in people], top_value, horizontal=True)
    return chart


# Each card's charts by name (presenter.CARDS), and the dashboard figure each one draws.
BUILDERS: dict[str, Callable[[Any], QChart]] = {
    "roi": lambda board: roi_chart(board.roi),
    "referrals": lambda board: referrals_chart(board.referrals),
    "sources": lambda board: sources_chart(board.sources),
    "attendance": lambda board: attendance_chart(board.attendance),
    "channels": lambda board: channels_chart(board.channels),
    "funnel": lambda board: funnel_chart(board.funnel, board.moves),
    "follow": lambda board: follow_chart(board.follow_through),
    "top": lambda board: top_chart(board.top),
    "conversations": lambda board: conversations_chart(board.conversations),
}


def chart_for(name: str, board: Any) -> QChart:
    """The chart ``name`` of a card, drawn from the dashboard ``board``."""
    return BUILDERS[name](board)
