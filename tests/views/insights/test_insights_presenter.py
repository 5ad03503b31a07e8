"""The Insights presenter without a window: the period chosen, what each card shows, load errors."""

from __future__ import annotations

import datetime as dt

from totalnet_desktop.core.store.models import Chapter, Contact, Membership, Referral, ThankYou
from totalnet_desktop.views.insights.presenter import (
    CARDS,
    CUSTOM,
    NO_CHAPTER,
    WHO_AM_I,
    InsightsPresenter,
    default_path,
)

TODAY = dt.date.today()


def ago(days: int) -> dt.date:
    return TODAY - dt.timedelta(days=days)


def shows(presenter: InsightsPresenter) -> dict:
    return {show.key: show for show in presenter.cards()}


def test_the_saved_period_is_kept_when_it_is_a_preset(db):
    assert InsightsPresenter("Last 5 years").period().label == "Last 5 years"
    assert InsightsPresenter("Custom dates").period_name == "Last 12 months"  # never restored: its dates are gone
    assert InsightsPresenter("nonsense").period().label == "Last 12 months"


def test_custom_dates_start_from_the_period_shown_and_are_put_in_order(db):
    presenter = InsightsPresenter()
    presenter.load()
    shown = presenter.dashboard.period
    presenter.choose(CUSTOM)
    assert presenter.is_custom and presenter.dirty
    assert (presenter.period().start, presenter.period().end) == (shown.start, shown.end)
    assert presenter.set_dates(ago(10), ago(400))  # the wrong way round
    period = presenter.period()
    assert (period.start, period.end) == (ago(400), ago(10))
    presenter.choose("Last year")
    assert not presenter.set_dates(ago(5), ago(1))  # not chosen: no refresh due


def test_an_empty_database_explains_every_card(db):
    presenter = InsightsPresenter()
    assert presenter.cards() == [] and presenter.subtitle() == ""
    presenter.load()
    cards = shows(presenter)
    assert list(cards) == [spec.key for spec in CARDS]
    assert all(show.empty and not show.charts for show in cards.values())
    assert cards["roi"].empty == WHO_AM_I and cards["attendance"].empty == NO_CHAPTER
    assert "No contacts yet" in cards["funnel"].empty


def test_figures_and_their_numbers_with_data(db):
    me = Contact.create(first_name="Layla", last_name="Haddad", is_me=True, stage="Partner")
    omar = Contact.create(first_name="Omar", last_name="Khan", stage="Trust")
    chapter = Chapter.create(name="Dubai Central", annual_fee=1000, currency="AED", is_mine=True)
    for person in (me, omar):
        Membership.create(chapter=chapter, contact=person)
    Referral.create(date=ago(20), giver=omar, receiver=me, kind="outside")
    ThankYou.create(date=ago(5), from_contact=me, to_contact=omar, amount=1200)
    presenter = InsightsPresenter()
    assert presenter.load() is not None and not presenter.dirty
    assert presenter.subtitle() == "Layla Haddad · Dubai Central · " + presenter.dashboard.period.describe()
    cards = shows(presenter)
    assert cards["roi"].charts == ("roi",) and "1,200 AED" in cards["roi"].numbers
    assert cards["referrals"].charts == ("referrals", "sources")
    assert cards["top"].height == max(300, 110 + 34 * len(presenter.dashboard.top.people))
    assert "No meetings of Dubai Central" in cards["attendance"].empty


def test_a_database_error_is_kept_as_a_sentence(db):
    presenter = InsightsPresenter()
    db.execute_sql("DROP TABLE follow_up")
    assert presenter.load() is None
    assert "could not be read from the database" in presenter.error
    assert not presenter.dirty and presenter.dashboard is None


def test_default_file_names():
    assert default_path("/tmp/x", "roi", "png", dt.date(2026, 12, 7)) == "/tmp/x/totalnet-roi-2026-12-07.png"
