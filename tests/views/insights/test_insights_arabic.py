"""Insights in Arabic: charts mirrored as far as Qt Charts allows, the numbers beside them in the
language's words and digits, tables laid out right to left."""

from __future__ import annotations

import datetime as dt
import itertools
from decimal import Decimal
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtCore import Qt

from totalnet_desktop import i18n


@pytest.fixture
def arabic(qapp):
    i18n.install("ar", digits="arabic")
    yield
    i18n.install("en")


def _flow():
    months = [SimpleNamespace(bucket=f"2026-{m:02d}", given=m, received=2 * m) for m in (1, 2, 3)]
    return SimpleNamespace(months=months, total=lambda key: {"given": 6, "received": 12}.get(key, 1))


def test_time_runs_right_to_left_and_the_value_axis_stands_on_the_right(arabic):
    from totalnet_desktop.views.insights import charts

    chart = charts.referrals_chart(_flow())
    bottom = chart.axes(Qt.Orientation.Horizontal)[0]
    values = chart.axes(Qt.Orientation.Vertical)[0]
    assert bottom.isReverse() and not values.isReverse()
    assert chart.axes(Qt.Orientation.Vertical)[0].alignment() == Qt.AlignmentFlag.AlignRight
    assert chart.localizeNumbers() and chart.locale().name() == "ar_SA"
    assert chart.legend().reverseMarkers()
    # Month labels written by the locale: Arabic month names and Arabic-Indic digits.
    labels = charts.bucket_labels(["2026-01", "2026-Q2"])
    assert labels[0] == i18n.date_format(dt.date(2026, 1, 1), "MMM yy") and "٢٦" in labels[0]
    assert "٢" in labels[1] and "Q" not in labels[1]


def test_horizontal_bars_grow_from_the_right(arabic):
    from totalnet_desktop.views.insights import charts

    funnel = SimpleNamespace(stages=[SimpleNamespace(stage=s, contacts=n, in_touch=1) for s, n in
                                     (("Know", 10), ("Like", 6), ("Trust", 3), ("Partner", 1))])
    moves = SimpleNamespace(moved_up_into=lambda stage: 1)
    chart = charts.funnel_chart(funnel, moves)
    categories = chart.axes(Qt.Orientation.Vertical)[0]
    assert categories.alignment() == Qt.AlignmentFlag.AlignRight
    assert chart.axes(Qt.Orientation.Horizontal)[0].isReverse()
    assert categories.categories()[-1] == i18n.translate("Stage", "Know") != "Know"


def test_english_charts_are_not_mirrored(qapp):
    from totalnet_desktop.views.insights import charts

    i18n.install("en")
    chart = charts.referrals_chart(_flow())
    assert not chart.axes(Qt.Orientation.Horizontal)[0].isReverse()
    assert chart.axes(Qt.Orientation.Vertical)[0].alignment() == Qt.AlignmentFlag.AlignLeft
    assert charts.bucket_labels(["2026-01", "2026-Q2"]) == ["Jan 26", "Q2 26"]


def test_numbers_in_arabic_read_right_to_left_with_arabic_digits(arabic):
    from totalnet_desktop.views.insights import numbers

    flow = _flow()
    sources = SimpleNamespace(counts=(("Chapter members", 1234), ("Visitors", 0), ("Online contacts", 2),
                                      ("Other contacts", 3)))
    html = numbers.referral_numbers(flow, sources)
    assert "<table align='right'" in html and "١٬٢٣٤" in html and "Chapter members" not in html
    assert i18n.translate("InsightNumbers", "Chapter members") in html
    assert numbers.amount(Decimal("12500.4"), "AED") == "\u2068١٢٬٥٠٠ AED\u2069"
    assert numbers.percent(0.42).startswith("٤٢٪")  # CLDR adds an Arabic letter mark after the sign


def test_the_sources_pie_turns_the_other_way_in_arabic(arabic):
    from totalnet_desktop.views.insights import charts

    sources = SimpleNamespace(counts=(("Chapter members", 3), ("Visitors", 1), ("Online contacts", 0),
                                      ("Other contacts", 2)), is_empty=False)
    chart = charts.sources_chart(sources)  # kept: the series lives as long as its chart
    pie = chart.series()[0]
    assert pie.pieEndAngle() == -360 and len(pie.slices()) == 3
    assert pie.slices()[0].label() == i18n.translate("InsightCharts", "{source} ({count})").format(
        source=i18n.translate("InsightNumbers", "Chapter members"), count="٣")



WESTERN = set("0123456789")
ARABIC_INDIC = set("٠١٢٣٤٥٦٧٨٩")


@pytest.mark.parametrize("digits, wanted, unwanted", [("arabic", ARABIC_INDIC, WESTERN),
                                                       ("western", WESTERN, ARABIC_INDIC)])
def test_every_chart_axis_writes_the_chosen_digits(qapp, db, digits, wanted, unwanted):
    """The Referrals chart's count axis was in Western digits beside the return chart's Arabic-Indic
    amounts: every axis's labels now come from one rule (i18n.axis_number), read here chart by chart
    from the sample chapter."""
    from totalnet_desktop.core.demo import loader
    from totalnet_desktop.core.insights.facade import load_dashboard
    from totalnet_desktop.core.insights.period import preset_period
    from totalnet_desktop.views.insights import charts

    loader.generate()
    i18n.install("ar", digits=digits)
    try:
        board = load_dashboard(preset_period("Last 5 years"))
        numbered = []
        for name in charts.BUILDERS:
            chart = charts.chart_for(name, board)
            for axis in chart.axes():
                labels = charts.axis_labels(axis)
                assert labels, (name, axis)  # every axis's labels can be read
                if labels[0] == i18n.axis_number(0):  # a value axis: its numbers from zero up
                    numbered.append(name)
                    assert len(labels) >= 3 and any(set(label) & wanted for label in labels), (name, labels)
                assert not {c for label in labels for c in label} & unwanted, (name, labels)
        # every chart but the pie has one value axis of numbers
        assert sorted(numbered) == sorted(set(charts.BUILDERS) - {"sources"})
    finally:
        i18n.install("en")


@given(top=st.floats(min_value=0, max_value=1e9, allow_nan=False), integer=st.booleans())
def test_value_steps_are_round_from_zero_and_above_the_highest_value(top, integer):
    from totalnet_desktop.views.insights import charts

    steps = charts.value_steps(top, integer)
    step = steps[1]
    assert steps[0] == 0 and steps[-1] > top and 2 <= len(steps) <= 7
    assert all(abs(b - a - step) <= step * 1e-9 for a, b in itertools.pairwise(steps))
    assert not integer or step == int(step)
