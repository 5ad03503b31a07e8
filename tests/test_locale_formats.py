"""Money and months core hands to the screen are written by the locale (issue 19): the thank-you sentence
and the traffic-lights what-if line carry an Amount, the Insights buckets a Month and the period a
Message with two dates; English stays as it was, Arabic gets its grouping, digits and month names."""

from __future__ import annotations

import datetime as dt
import pickle
from decimal import Decimal

import pytest

from totalnet_desktop import i18n
from totalnet_desktop.core.chapter import chapters, slips, traffic_whatif
from totalnet_desktop.core.chapter.amounts import format_amount
from totalnet_desktop.core.insights.period import Period
from totalnet_desktop.core.store.texts import Amount, Month


@pytest.fixture
def english(qapp):
    i18n.install("en")
    yield
    i18n.install("en")


def test_the_english_forms_are_unchanged(english):
    assert format_amount(Decimal("1500.5")) == "AED 1,500.50" and format_amount(1500) == "AED 1,500"
    assert i18n.tr_core(format_amount(Decimal("1500.5"))) == "AED 1,500.50"
    year = Period(dt.date(2025, 12, 1), dt.date(2026, 11, 30))
    assert year.describe() == "1 Dec 2025 - 30 Nov 2026" and i18n.tr_core(year.describe()) == "1 Dec 2025 - 30 Nov 2026"
    assert year.buckets()[0] == ("2025-12", "Dec 25") and i18n.tr_core(year.buckets()[0][1]) == "Dec 25"
    five = Period(dt.date(2020, 1, 1), dt.date(2024, 12, 31))
    assert five.buckets()[0] == ("2020-Q1", "Q1 2020") and i18n.tr_core(five.buckets()[0][1]) == "Q1 2020"


def test_amounts_and_months_survive_pickling():
    """The import helper process pickles records; an Amount or a Month comes back whole."""
    for value in (format_amount(Decimal("12.5"), "USD"), Amount(Decimal(3), "AED"), Month("2026-03"), Month("2021-Q4")):
        back = pickle.loads(pickle.dumps(value))
        assert back == value and type(back) is type(value) and vars(back) == vars(value)


def test_the_thank_you_sentence_in_arabic_digits(english, session):
    ch = chapters.create_chapter("Dubai Achievers")
    layla = chapters.add_member(ch.id, name="Layla Haddad").contact_id
    omar = chapters.add_member(ch.id, name="Omar Khan").contact_id
    said = slips.add_thank_you(layla, omar, "1500.50", currency="AED").message
    assert said == "Thank-you from Layla Haddad to Omar Khan: AED 1,500.50."
    i18n.install("ar", digits="arabic")
    shown = i18n.tr_core(said)
    assert "AED ١٬٥٠٠٫٥٠" in shown and "1,500" not in shown and "١٥٠٠" not in shown
    i18n.install("ar")  # the Arabic window with Western digits: Arabic grouping and decimal signs
    assert "AED 1,500.50" in i18n.tr_core(said)


def test_the_what_if_line_in_arabic_digits(english):
    plan = traffic_whatif.Plan("red", "amber", True, actions=(("CEU", 1),), tyfcb=Decimal("4000.5"))
    line = traffic_whatif.describe(plan, "GBP")
    assert line == "1 more CEU and GBP 4,000.50 more TYFCB → amber"
    assert "GBP 4,000.50" in i18n.tr_core(line)
    i18n.install("ar", digits="arabic")
    shown = i18n.tr_core(line)
    assert "GBP ٤٬٠٠٠٫٥٠" in shown and "4,000" not in shown


def test_insights_labels_in_arabic_are_arabic_month_names(english):
    year = Period(dt.date(2025, 12, 1), dt.date(2026, 11, 30))
    i18n.install("ar", digits="arabic")
    labels = [i18n.tr_core(label) for _key, label in year.buckets()]
    assert labels[0] == "ديسمبر ٢٥" and labels[1] == "يناير ٢٦" and not any("Dec" in x or "Jan" in x for x in labels)
    assert i18n.tr_core(year.describe()) == "١ ديسمبر ٢٠٢٥ - ٣٠ نوفمبر ٢٠٢٦"
    quarter = i18n.tr_core(Period(dt.date(2020, 1, 1), dt.date(2024, 12, 31)).buckets()[0][1])
    assert "٢٠٢٠" in quarter and "Q" not in quarter
    # the charts write the same months through the same rule
    from totalnet_desktop.views.insights.charts import bucket_labels
    assert bucket_labels(["2025-12"]) == [labels[0]]
