"""The Agenda tab's 'Who spoke' list names a standard segment (recorded under core's English title,
'Open networking') in the language in use, and a member by their name."""

import datetime as dt

import pytest

from totalnet_desktop import i18n
from totalnet_desktop.core.chapter import chapters, meetings
from totalnet_desktop.core.store.models import SpeakerRecord
from totalnet_desktop.views.chapter import labels

DAY = dt.date(2026, 11, 25)


@pytest.fixture
def arabic(qapp):
    i18n.install("ar")
    yield
    i18n.install("en")


def test_who_spoke_is_in_arabic(arabic, db, main_window):
    ch = chapters.create_chapter("Dubai Achievers", start_time="23:59")
    member = chapters.add_member(ch.id, name="Amal Saeed")
    m = meetings.open_meeting(ch.id, DAY, today=DAY)
    SpeakerRecord.create(meeting=m.id, contact=None, name="Open networking", segment="networking", position=0,
                         allowed_seconds=900, spoken_seconds=60)
    SpeakerRecord.create(meeting=m.id, contact=member.contact_id, name="Amal Saeed", segment="presentations",
                         position=1, allowed_seconds=60, spoken_seconds=58)
    view = main_window.show_screen("chapter")
    view.today = DAY
    view.tabs.setCurrentWidget(view.agenda)
    view.agenda.show_spoken()
    text = view.agenda.spoke.text()
    assert "Amal Saeed" in text
    assert "Open networking" not in text
    assert labels.label(labels.SEGMENT_KINDS, "networking") in text



def test_segment_titles_keep_their_room_at_1024(arabic_stretched, db, main_window, qtbot):
    ch = chapters.create_chapter("Dubai Achievers", start_time="23:59")
    meetings.open_meeting(ch.id, DAY, today=DAY)
    main_window.resize(1024, 700)
    view = main_window.show_screen("chapter")
    view.tabs.setCurrentWidget(view.agenda)
    qtbot.wait(20)
    table = view.agenda.table
    assert table.rowCount() == 9
    assert table.columnWidth(0) >= 120, [table.columnWidth(c) for c in range(4)]
