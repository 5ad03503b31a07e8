"""The Agenda tab and the full-screen agenda window, driven by keys and an injected clock."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from totalnet_desktop.core.chapter import agenda, chapters, feature_rota, meetings, visitors
from totalnet_desktop.core.store.models import SpeakerRecord

DAY = dt.date(2026, 11, 25)


class FakeClock:
    def __init__(self):
        self.now = 50.0

    def __call__(self):
        return self.now


@pytest.fixture
def tab(db, main_window):
    ch = chapters.create_chapter("Dubai Achievers", start_time="23:59")
    for name in ("Amal Saeed", "Bilal Aziz", "Chen Wei"):
        chapters.add_member(ch.id, name=name)
    m = meetings.open_meeting(ch.id, DAY, today=DAY)
    rows = {r.first_name: r for r in meetings.roster_rows(m.id)}
    meetings.check_in(m, rows["Amal"], now=dt.datetime.combine(DAY, dt.time(7)))
    meetings.check_in(m, rows["Chen"], now=dt.datetime.combine(DAY, dt.time(7)))
    visitors.add_visitor(m, "Vera Visitor")
    view = main_window.show_screen("chapter")
    view.today = DAY
    view.tabs.setCurrentWidget(view.agenda)
    view.agenda.clock = FakeClock()
    return view.agenda


def test_agenda_edit_keeps_it_for_the_chapter(tab):
    assert tab.table.rowCount() == 9
    tab.table.item(0, 0).setText("Open networking and coffee")
    tab.table.item(0, 2).setText("20:00")
    assert tab.save()
    assert agenda.load_agenda(tab.chapter_id)[0] == agenda.Segment("networking", "Open networking and coffee", 1200)
    tab.table.item(1, 2).setText("five minutes")
    assert not tab.save()
    assert tab.message.text() == 'Segment 2: "five minutes" is not a time; write minutes:seconds like 1:30.'


def test_window_keys_timer_colours_and_record(tab, qtbot):
    # A short agenda: welcome 2:00, then the 60-second round.
    tab.fill([agenda.Segment("welcome", "Welcome", 120), agenda.Segment("presentations", "60 seconds", 60, True)])
    clock = tab.clock
    window = tab.start()
    played = []
    window._chime = lambda: played.append(clock.now)
    assert window.segment.text() == "Welcome" and window.countdown.text() == "2:00"
    assert window.next_label.text() == "Next: Amal Saeed"
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.now += 111
    window.refresh()
    assert (window.countdown.text(), window.countdown.property("phase")) == ("0:09", "amber")
    assert played == [clock.now]
    clock.now += 10
    window.refresh()
    assert (window.countdown.text(), window.countdown.property("phase")) == ("-0:01", "red")
    assert len(played) == 2
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.segment.text() == "60 seconds" and window.speaker.text() == "Amal Saeed"
    assert window.next_label.text() == "Next: Chen Wei"
    clock.now += 30
    qtbot.keyClick(window, Qt.Key.Key_Space)  # pause
    clock.now += 300
    window.refresh()
    assert window.countdown.text() == "0:30" and "paused" in window.position.text()
    qtbot.keyClick(window, Qt.Key.Key_Space)
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_S)  # Chen skipped
    assert window.speaker.text() == "Vera Visitor  (visitor)"
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.speaker.text() == "Chen Wei"
    clock.now += 65
    window.refresh()  # the window's 200 ms timer
    qtbot.keyClick(window, Qt.Key.Key_N)
    window.sound.setChecked(False)
    clock.now += 61
    window.refresh()
    assert len(played) == 4  # Chen's two cues; Vera's are silent with the sound off
    assert window.sounds_played == ["amber", "over"] * 3
    qtbot.keyClick(window, Qt.Key.Key_N)
    assert window.segment.text() == "End of the agenda"
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # not full screen in tests: Esc closes
    qtbot.waitUntil(lambda: SpeakerRecord.select().count() == 4, timeout=2000)
    lines = agenda.speaker_lines(meetings.find_meeting(tab.chapter_id, DAY).id)
    assert [(x.name, x.spoken, x.overrun) for x in lines] == [
        ("Welcome", 121, 1), ("Amal Saeed", 30, 0), ("Chen Wei", 65, 5), ("Vera Visitor", 61, 1)]
    assert "Chen Wei" in tab.spoke.text() and "3 over time" in tab.spoke.text()


def test_feature_rota_tab_plans_keeps_and_exports(db, main_window, tmp_path):
    ch = chapters.create_chapter("Dubai Achievers")
    for name in ("Amal Saeed", "Bilal Aziz"):
        chapters.add_member(ch.id, name=name)
    view = main_window.show_screen("chapter")
    view.today = DAY
    view.tabs.setCurrentWidget(view.rota)
    rota = view.rota
    rota.weeks.setValue(4)
    rota.plan()
    assert rota.table.rowCount() == 4 and rota.table.item(0, 0).text() == "Wed 25 Nov 2026"
    rota.keep()
    assert len(feature_rota.planned(ch.id, DAY)) == 4
    rota.ask_path = lambda *a: str(tmp_path / "rota.csv")
    rota.export_csv()
    assert (tmp_path / "rota.csv").read_text(encoding="utf-8").startswith("Date,First Name,Last Name")
    rota.ask_path = lambda *a: str(tmp_path / "rota.pdf")
    rota.print_pdf()
    assert (tmp_path / "rota.pdf").read_bytes().startswith(b"%PDF")


def test_meeting_day_agenda_button_and_the_report(tab, main_window, qtbot):
    from totalnet_desktop.core.chapter import reports
    from totalnet_desktop.render.meeting_report import report_html

    tab.order.setCurrentIndex(tab.order.findData("classification"))  # kept for Meeting day
    meeting_view = main_window.show_screen("meeting")
    meeting_view.open_date(DAY)
    meeting_view.agenda_clock = clock = FakeClock()
    window = meeting_view.show_agenda()
    assert window.run.speakers[-1].name == "Vera Visitor" and len(window.run.speakers) == 3
    window.run.jump(3)  # the 60-second round
    qtbot.keyClick(window, Qt.Key.Key_Space)
    clock.now += 70
    qtbot.keyClick(window, Qt.Key.Key_N)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: SpeakerRecord.select().count() == 1, timeout=2000)
    m = meetings.find_meeting(tab.chapter_id, DAY)
    html = report_html(reports.meeting_summary(m.id))
    assert "Who spoke:</b> 1 turn recorded by the agenda; over time: Amal Saeed (+0:10)." in html
