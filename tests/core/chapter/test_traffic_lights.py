"""Traffic lights: both schemes' points on a constructed chapter at every band edge (hand-counted),
the what-if line tested to be minimal, periods, and schemes as data (TOML) with clear errors."""

import datetime as dt
import itertools
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from leadership_data import END, HELD, POWER_OF_ONE, START, TODAY, UK_2012, build

from totalnet_desktop.core.chapter import traffic_lights as tl
from totalnet_desktop.core.chapter import traffic_report, traffic_whatif
from totalnet_desktop.core.chapter.scheme import parse_scheme, shipped_schemes
from totalnet_desktop.core.chapter.traffic_lights import Figures
from totalnet_desktop.core.store.errors import ValidationError


@pytest.fixture
def edges(db):
    return build()


def _by_name(report):
    return {m.first_name: m for m in report.members}


def test_uk_2012_points_at_every_band_edge_match_the_hand_count(edges):
    scheme = tl.find_scheme("UK 2012", edges)
    report = traffic_report.chapter_scores(edges, scheme, START, END, today=TODAY)
    assert report.held == HELD and report.remaining == 0
    assert [a.key for a in scheme.areas] == ["absenteeism", "referrals", "tyfcb", "visitors", "testimonials",
                                             "on_time", "training"]
    got = {n: (tuple(int(p) for p in m.score.points), int(m.score.total), m.score.colour)
           for n, m in _by_name(report).items()}
    assert got == UK_2012
    assert scheme.maximum == 100


def test_power_of_one_points_at_every_band_edge_match_the_hand_count(edges):
    scheme = tl.find_scheme("power of one", edges)
    report = traffic_report.chapter_scores(edges, scheme, START, END, today=TODAY)
    got = {n: (tuple(str(p) for p in m.score.points), str(m.score.total), m.score.colour)
           for n, m in _by_name(report).items()}
    assert got == POWER_OF_ONE
    assert report.colour_counts() == {"green": 3, "amber": 7, "red": 3, "grey": 1}


def test_medical_and_substitute_are_not_absences(edges):
    report = traffic_report.chapter_scores(edges, tl.find_scheme(None, edges), START, END, today=TODAY)
    foxtrot = _by_name(report)["Foxtrot"]  # M 2, S 3, A 0
    assert foxtrot.figures.absences == 0 and foxtrot.score.points[0] == 15


def test_periods():
    assert tl.last_completed_months(dt.date(2026, 12, 7)) == (dt.date(2026, 6, 1), dt.date(2026, 11, 30))
    assert tl.last_completed_months(dt.date(2026, 3, 1)) == (dt.date(2025, 9, 1), dt.date(2026, 2, 28))
    assert tl.current_months(dt.date(2026, 12, 7)) == (dt.date(2026, 7, 1), dt.date(2026, 12, 31))
    assert tl.rolling_weeks(dt.date(2026, 12, 7)) == (dt.date(2026, 6, 9), dt.date(2026, 12, 7))
    # Wednesdays after Monday 7 Dec up to 31 Dec: 9, 16, 23, 30.
    assert traffic_report.remaining_meetings(2, dt.date(2026, 12, 7), dt.date(2026, 12, 31)) == 4
    assert traffic_report.remaining_meetings(2, dt.date(2026, 12, 9), dt.date(2026, 12, 15)) == 0
    assert traffic_report.remaining_meetings(2, dt.date(2026, 12, 9), dt.date(2026, 12, 16)) == 1


# ---- what-if ----------------------------------------------------------------------------------
UK = next(s for s in shipped_schemes() if s.name == "UK 2012")
P1 = next(s for s in shipped_schemes() if s.name == "Power of One")


def test_what_if_line_by_hand():
    # Bravo, 40 meetings: 35 points (red); amber needs 15 more. Referrals 20 -> 30 is +5 for 10 slips;
    # testimonials 1 -> 3 +5 for 2; CEUs 0.5 -> 1.5 +5 for 1 (-> 2.5 +10 for 2); visitors 4 -> 7 +5 for 3;
    # one thank-you slip: 1,000 -> 2,500 +5, -> 5,000 +10. Fewest: 1 CEU and a slip of 4,000 (+15).
    bravo = Figures(absences=1, attended=39, counted=40, referrals=20, visitors=4, testimonials=1,
                    one_to_ones=10, ceus=Fraction(1, 2), tyfcb=Fraction(1000))
    assert tl.score(UK, bravo, 40).total == 35
    plan = traffic_whatif.plan(UK, bravo, 40)
    assert plan.count == 2 and plan.target == "amber"
    assert traffic_whatif.describe(plan, "GBP") == "1 more CEU and GBP 4,000 more TYFCB → amber"
    after = traffic_whatif.with_actions(bravo, dict(plan.actions), plan.tyfcb)
    assert tl.score(UK, after, 40).colour == "amber"


def test_what_if_counts_the_meetings_left_as_attended():
    fig = Figures(attended=4, counted=4, referrals=4)
    # 4 meetings held, 4 left: referrals 4/8 = 0.5 a week after the period.
    plan = traffic_whatif.plan(UK, fig, 4, remaining=4)
    assert plan.remaining == 4
    assert "attending the 4 meetings left" in traffic_whatif.describe(plan)
    after = traffic_whatif.with_actions(fig, dict(plan.actions), plan.tyfcb, remaining=4)
    assert tl.score(UK, after, 8).colour == plan.target


def test_what_if_top_colour_and_out_of_reach():
    hotel = Figures(attended=40, counted=40, referrals=48, visitors=20, testimonials=3, one_to_ones=40,
                    ceus=Fraction(40), tyfcb=Fraction(5000))
    assert traffic_whatif.describe(traffic_whatif.plan(UK, hotel, 40)) == "green: the top colour"
    # Power of One with no meeting held and none left: every area is a rate of nothing, so no slip
    # can lift the member from 0 points (grey) to red.
    nobody = Figures()
    plan = traffic_whatif.plan(P1, nobody, 0)
    assert tl.score(P1, nobody, 0).total == 0 and not plan.reachable
    assert traffic_whatif.describe(plan) == "red is out of reach this period"


KINDS = ("referral", "visitor", "testimonial", "one-to-one", "CEU")


def _reaches(scheme, fig, held, counts, tyfcb, cutoff):
    after = traffic_whatif.with_actions(fig, dict(zip(KINDS, counts)), tyfcb)
    return Fraction(tl.score(scheme, after, held).total) >= cutoff


figures_strategy = st.builds(
    lambda a, late, att, refs, v, t, ones, ceus, tyfcb: Figures(
        absences=a, lates=late, attended=att, counted=att + a, referrals=refs, visitors=v, testimonials=t,
        one_to_ones=ones, ceus=Fraction(ceus, 2), tyfcb=Fraction(tyfcb)),
    st.integers(0, 4), st.integers(0, 2), st.integers(0, 8), st.integers(0, 10), st.integers(0, 4),
    st.integers(0, 3), st.integers(0, 8), st.integers(0, 8), st.sampled_from([0, 500, 999, 1000, 2400, 4999, 6000]))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(fig=figures_strategy, held=st.integers(1, 8), which=st.sampled_from(["uk", "p1"]))
def test_what_if_is_minimal(fig, held, which):
    """The plan reaches the next colour, and no smaller set of actions does (exhaustive check)."""
    scheme = UK if which == "uk" else P1
    plan = traffic_whatif.plan(scheme, fig, held)
    assume(plan.target is not None and plan.reachable and plan.count <= 6)
    cutoff = dict(scheme.cutoffs)[plan.target]
    assert _reaches(scheme, fig, held, [dict(plan.actions).get(k, 0) for k in KINDS], plan.tyfcb, cutoff)
    smaller = plan.count - 1
    for tyfcb_slips in (0, 1):
        budget = smaller - tyfcb_slips
        if budget < 0:
            continue
        for counts in itertools.product(range(budget + 1), repeat=len(KINDS)):
            if sum(counts) <= budget:
                # one thank-you slip of any amount: a very large one is the best it can do
                assert not _reaches(scheme, fig, held, counts, 10**9 * tyfcb_slips, cutoff), (counts, plan)


# ---- schemes as data ----------------------------------------------------------------------------
def test_scheme_errors_name_the_place():
    with pytest.raises(ValidationError, match="needs a name"):
        parse_scheme("[[area]]\nmeasure = 'absences'\nbands = [{below = 1, points = 1}]", "my.toml")
    with pytest.raises(ValidationError, match=r"my.toml: area 1 \(x\) has an unknown measure 'smiles'"):
        parse_scheme("name = 'A'\n[[area]]\nkey = 'x'\nmeasure = 'smiles'", "my.toml")
    with pytest.raises(ValidationError, match="is not valid TOML"):
        parse_scheme("name = ", "my.toml")
    with pytest.raises(ValidationError, match="band 1 needs points and either below or upto"):
        parse_scheme("name = 'A'\n[[area]]\nmeasure = 'lates'\nbands = [{points = 1}]", "my.toml")
    with pytest.raises(ValidationError, match="must go down"):
        parse_scheme("name = 'A'\n[colours]\ngreen = 10\namber = 50\n[[area]]\nmeasure = 'lates'\n"
                     "linear = {points = 5, target = 1}", "my.toml")


def test_a_chapter_copy_hides_the_shipped_scheme_and_scores_by_its_own_rules(edges):
    text = UK.text.replace("green = 70", "green = 60")
    tl.save_chapter_scheme(edges, text)
    mine = tl.find_scheme("UK 2012", edges)
    assert mine.source == "chapter" and mine.cutoffs[0] == ("green", 60)
    assert [s.name for s in tl.list_schemes(edges)].count("UK 2012") == 1
    report = traffic_report.chapter_scores(edges, mine, START, END, today=TODAY)
    assert _by_name(report)["Golf"].score.colour == "green"  # 65 points
    tl.delete_chapter_scheme(edges, "UK 2012")
    assert tl.find_scheme("UK 2012", edges).source == "shipped"
    with pytest.raises(ValidationError, match="no traffic-light scheme \"Nope\""):
        tl.find_scheme("Nope", edges)


def test_the_points_shown_add_up_to_the_total(edges):
    report = traffic_report.chapter_scores(edges, P1, START, END, today=TODAY)
    for m in report.members:
        assert sum(m.score.points, Decimal(0)) == m.score.total
