"""The agenda and its timers, driven by an injected clock (no real waiting), the speaking order, the
record of who spoke, and the feature-presentation rota."""

import datetime as dt

import pytest

from totalnet_desktop.core.chapter import agenda, chapters, feature_rota, meetings, visitors
from totalnet_desktop.core.chapter.agenda import AgendaRun, Segment
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import Contact

DAY = dt.date(2026, 11, 25)  # a Wednesday
LAST = DAY - dt.timedelta(days=7)


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now

    def advance(self, seconds):
        self.now += seconds


@pytest.fixture
def chapter(db):
    ch = chapters.create_chapter("Dubai Achievers", start_time="23:59")
    ids = {}
    for name, classification in (("Amal Saeed", "Printer"), ("Bilal Aziz", "Accountant"),
                                 ("Chen Wei", "Lawyer"), ("Dana Kamal", "Baker")):
        ids[name.split()[0]] = chapters.add_member(ch.id, name=name, classification=classification).contact_id
    return ch, ids


def _meeting(ch, day, statuses):
    m = meetings.open_meeting(ch.id, day, today=max(day, DAY))
    rows = {r.first_name: r for r in meetings.roster_rows(m.id)}
    for first, status in statuses.items():
        if status == "P":
            meetings.check_in(m, rows[first], now=dt.datetime.combine(day, dt.time(7, 0)))
        elif status == "S":
            meetings.set_substitute(m, rows[first], name="Sami Nasser")
        else:
            meetings.set_status(m, rows[first], status)
    return m


def test_speakers_roster_order_substitute_for_the_member_and_visitors_last(chapter):
    ch, _ids = chapter
    m = _meeting(ch, DAY, {"Amal": "P", "Bilal": "A", "Chen": "S", "Dana": "P"})
    visitors.add_visitor(m, "Vera Visitor", now=dt.datetime.combine(DAY, dt.time(7, 1)))
    names = [s.name for s in agenda.presentation_speakers(m.id)]
    assert names == ["Amal Saeed", "Sami Nasser for Chen Wei", "Dana Kamal", "Vera Visitor"]
    by_class = [s.name for s in agenda.presentation_speakers(m.id, "classification")]
    assert by_class == ["Dana Kamal", "Sami Nasser for Chen Wei", "Amal Saeed", "Vera Visitor"]  # Baker, Lawyer, Printer
    with pytest.raises(ValidationError):
        agenda.presentation_speakers(m.id, "alphabetical")


def test_continue_from_where_last_week_ended(chapter):
    ch, _ids = chapter
    last = _meeting(ch, LAST, {"Amal": "P", "Bilal": "P", "Chen": "P", "Dana": "P"})
    clock = FakeClock()
    run = AgendaRun([Segment("presentations", "60 seconds", 60, True)],
                    agenda.presentation_speakers(last.id), clock)
    run.toggle()
    run.next()  # Amal
    run.next()  # Bilal; the meeting ran out of time here
    agenda.save_run(last.id, run)
    today = _meeting(ch, DAY, {"Amal": "P", "Bilal": "P", "Chen": "P", "Dana": "P"})
    names = [s.name.split()[0] for s in agenda.presentation_speakers(today.id, "continue")]
    assert names == ["Chen", "Dana", "Amal", "Bilal"]
    # When the next one is away, the order still starts after the last speaker on the roster.
    other = _meeting(ch, DAY + dt.timedelta(days=7), {"Amal": "P", "Bilal": "P", "Chen": "A", "Dana": "P"})
    assert [s.name.split()[0] for s in agenda.presentation_speakers(other.id, "continue")] == ["Dana", "Amal", "Bilal"]


def test_timer_amber_at_ten_seconds_red_when_over_sounds_once_and_keys():
    clock = FakeClock()
    speakers = [agenda.Speaker(1, "Amal"), agenda.Speaker(2, "Bilal"), agenda.Speaker(3, "Chen")]
    run = AgendaRun([Segment("welcome", "Welcome", 120), Segment("presentations", "60 seconds", 60, True)],
                    speakers, clock)
    assert [t.speaker.name for t in run.turns] == ["Welcome", "Amal", "Bilal", "Chen"]
    assert run.remaining() == 120 and not run.running
    clock.advance(30)
    assert run.remaining() == 120  # not started: time does not run
    run.toggle()  # Space
    clock.advance(100)
    assert (agenda.clock_text(run.remaining()), run.phase()) == ("0:20", "normal")
    run.toggle()  # Space pauses
    clock.advance(500)
    assert run.remaining() == 20
    run.toggle()
    run.next()  # N: Amal starts at 60 with the timer running
    assert run.turn.speaker.name == "Amal" and run.up_next().speaker.name == "Bilal"
    assert run.turns[0].spoken == 100 and run.turns[0].overrun == 0
    clock.advance(49.5)
    assert run.phase() == "normal" and run.tick() == []
    clock.advance(0.5)  # 10 s left
    assert run.phase() == "amber" and run.tick() == ["amber"] and run.tick() == []
    clock.advance(10)
    assert run.phase() == "amber" and agenda.clock_text(run.remaining()) == "0:00"
    clock.advance(2)
    assert run.phase() == "red" and run.tick() == ["over"] and agenda.clock_text(run.remaining()) == "-0:02"
    run.next()
    assert run.turns[1].overrun == 2
    run.skip()  # S: Bilal does not speak
    assert run.turns[2].skipped and run.turn.speaker.name == "Chen"
    run.back()  # B: back to Bilal, from where his time stopped
    assert run.turn.speaker.name == "Bilal" and not run.turns[2].skipped and run.elapsed() == 0
    clock.advance(5)
    run.back()  # and back to Amal: her 62 seconds carry on
    assert run.turn.speaker.name == "Amal" and run.elapsed() == 62 and run.phase() == "red"
    assert run.tick() == []  # her sounds were already played
    run.next()
    run.next()
    run.next()
    assert run.finished and not run.running and run.turn is None


def test_who_spoke_is_recorded_with_overruns(chapter):
    ch, _ids = chapter
    m = _meeting(ch, DAY, {"Amal": "P", "Bilal": "P", "Chen": "A", "Dana": "A"})
    clock = FakeClock()
    run = AgendaRun([Segment("presentations", "60 seconds", 60, True), Segment("close", "Close", 120)],
                    agenda.presentation_speakers(m.id), clock)
    run.toggle()
    clock.advance(75)
    run.next()
    run.skip()
    clock.advance(3)  # Close is running but not done: not recorded
    assert agenda.save_run(m.id, run) == 2
    lines = agenda.speaker_lines(m.id)
    assert [(x.name, x.spoken, x.overrun, x.skipped) for x in lines] == [
        ("Amal Saeed", 75, 15, False), ("Bilal Aziz", 0, 0, True)]
    assert agenda.save_run(m.id, run) == 2  # saving again replaces, never doubles
    assert len(agenda.speaker_lines(m.id)) == 2


def test_agenda_is_kept_per_chapter(chapter):
    ch, _ = chapter
    assert [s.kind for s in agenda.load_agenda(ch.id)][:4] == ["networking", "welcome", "education", "presentations"]
    mine = [Segment("welcome", "Welcome and rules", 180), Segment("presentations", "Pitches", 45, True)]
    agenda.save_agenda(ch.id, mine)
    assert agenda.load_agenda(ch.id) == mine
    other = chapters.create_chapter("Other Chapter")
    assert len(agenda.load_agenda(other.id)) == 9
    with pytest.raises(ValidationError, match="Segment 1 needs a title"):
        agenda.save_agenda(ch.id, [Segment("welcome", " ", 10)])
    with pytest.raises(ValidationError, match="1 second to 4 hours"):
        agenda.save_agenda(ch.id, [Segment("welcome", "Welcome", 0)])
    assert agenda.load_agenda(ch.id) == mine


def test_feature_presenter_shows_in_the_feature_segment(chapter):
    ch, _ids = chapter
    feature_rota.save(ch.id, feature_rota.plan(ch.id, DAY, 1))
    presenter = agenda.feature_presenter(ch.id, DAY)
    run = AgendaRun([Segment("feature", "Feature presentation", 600)], [], FakeClock(), presenter)
    assert run.turn.speaker.name == presenter.name and run.turn.allowed == 600


def test_rota_least_recent_first_skips_dates_away(chapter):
    ch, ids = chapter
    # Amal presented 3 weeks ago, Bilal 6 weeks ago; Chen and Dana never (Chen joined first).
    chapters.update_member(chapters.roster(ch.id)[2].membership_id, joined_on=dt.date(2020, 1, 1))  # Chen
    chapters.update_member(chapters.roster(ch.id)[3].membership_id, joined_on=dt.date(2022, 1, 1))  # Dana
    feature_rota.save(ch.id, [feature_rota.RotaLine(DAY - dt.timedelta(weeks=6), ids["Bilal"], "", "", None)])
    feature_rota.save(ch.id, [feature_rota.RotaLine(DAY - dt.timedelta(weeks=3), ids["Amal"], "", "", None)])
    feature_rota.add_away(ch.id, ids["Dana"], DAY + dt.timedelta(days=5), DAY + dt.timedelta(days=9))
    lines = feature_rota.plan(ch.id, DAY, 6)
    assert [ln.date for ln in lines] == [DAY + dt.timedelta(weeks=i) for i in range(6)]
    # Chen, then Dana is away on 2 Dec so Bilal, then Dana, Amal, then Chen again.
    assert [ln.name.split()[0] for ln in lines] == ["Chen", "Bilal", "Dana", "Amal", "Chen", "Bilal"]
    feature_rota.save(ch.id, lines)
    assert [ln.name for ln in feature_rota.planned(ch.id, DAY)] == [ln.name for ln in lines]
    headers, rows = feature_rota.table(lines)
    assert headers[0] == "Date" and rows[0] == ["2026-11-25", "Chen", "Wei", "Lawyer", "never"]
    assert rows[1][-1] == (DAY - dt.timedelta(weeks=6)).isoformat()
    with pytest.raises(ValidationError, match="end"):
        feature_rota.add_away(ch.id, ids["Dana"], DAY, DAY - dt.timedelta(days=1))
    assert Contact.select().count() >= 4
