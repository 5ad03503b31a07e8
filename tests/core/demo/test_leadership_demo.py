"""The sample chapter shows every leadership part at once: testimonials, power teams with gaps, an
agenda, who spoke, the feature rota, visitor stages, and traffic lights in more than one colour."""

import datetime as dt

import pytest

from totalnet_desktop.core.chapter import (
    agenda,
    chapters,
    connect_sheet,
    feature_rota,
    meetings,
    power_teams,
    traffic_lights,
    traffic_report,
    visitor_pipeline,
)
from totalnet_desktop.core.demo import loader as demo
from totalnet_desktop.core.store import models

THURSDAY = dt.date(2026, 11, 26)


@pytest.fixture
def chapter_id(db):
    demo.generate(today=THURSDAY)
    return chapters.my_chapter_id()


def test_sample_has_every_leadership_part(chapter_id):
    assert models.Testimonial.select().count() >= 9  # one to three at each of the nine closed meetings
    teams = power_teams.teams(chapter_id)
    assert len(teams) == 6 and all(t.members for t in teams)
    wanted = {w.classification for w in power_teams.most_wanted(chapter_id)}
    assert {"Conveyancing Lawyer", "Graphic Design", "Fitness Training"} <= wanted
    assert models.AgendaSegment.select().count() == 9 and agenda.load_agenda(chapter_id)[3].per_speaker
    last_closed = next(m for m in meetings.list_meetings(chapter_id) if m.is_closed)
    spoke = agenda.speaker_lines(last_closed.id)
    assert len(spoke) >= 15 and any(s.overrun for s in spoke)
    assert len(feature_rota.planned(chapter_id, THURSDAY)) == 8
    stages = {v.stage for v in visitor_pipeline.pipeline(chapter_id)}
    assert {"visited", "visited twice", "applied", "declined"} <= stages
    assert len(connect_sheet.sheet(last_closed.id).lines) > 25


def test_sample_traffic_lights_over_the_current_six_months(chapter_id):
    start, end = traffic_lights.current_months(THURSDAY)
    report = traffic_report.chapter_scores(chapter_id, traffic_lights.find_scheme(None, chapter_id), start, end,
                                           today=THURSDAY)
    assert report.held == 10 and report.remaining == 0  # June to November: no Wednesday left after the 26th
    assert len(report.members) == 25
    assert len({m.score.colour for m in report.members}) >= 2
    assert all(m.what_if for m in report.members)
