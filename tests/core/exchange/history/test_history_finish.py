"""Issue 17's remaining edges: undoing an import that only raised counts, WhatsApp senders with ':' in
their names, calendar events without attendees and all-day events, a calendar 1-2-1 as a one-to-one
slip, and progress within a long file."""

from __future__ import annotations

import datetime as dt

import pytest
from test_history_import import OMAR_CHAT, people  # noqa: F401 (the fixture)

from totalnet_desktop.cli import main
from totalnet_desktop.core.chapter import reports, slips
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.exchange.history import calendar, runner, storing
from totalnet_desktop.core.store import prefs, undo
from totalnet_desktop.core.store.errors import Cancelled
from totalnet_desktop.core.store.models import (
    Chapter,
    HistoryImport,
    Interaction,
    Membership,
    OneToOne,
    database,
)
from totalnet_desktop.core.store.records import ContactRecord, PointRecord

DAY14 = "whatsapp:omar haddad:2024-02-14:omar haddad"


def counts() -> dict[str, int]:
    return {i.origin_key: i.count for i in Interaction.select()}


def test_undoing_an_import_that_only_raised_counts_lowers_them_and_keeps_the_earlier_import(people, tmp_path):  # noqa: F811
    chat = tmp_path / "WhatsApp Chat with Omar Haddad.txt"
    chat.write_text(OMAR_CHAT, encoding="utf-8")
    runner.import_history([chat], today=dt.date(2024, 3, 1))
    first = counts()
    assert first[DAY14] == 1
    # A newer export of the same chat: one more message on a day already stored, nothing else new.
    chat.write_text(OMAR_CHAT + "14/02/2024, 18:30 - Omar Haddad: and see you\n", encoding="utf-8")
    newer = runner.import_history([chat], today=dt.date(2024, 3, 1))
    assert counts()[DAY14] == 2
    assert newer.line() == ("Read 1 file, 0 new touches with contacts, 0 touches waiting for review (0 persons), "
                            "1 earlier day with more messages")
    # Ctrl+Z undoes that import (the count goes back), not the one before it.
    assert undo.undo_last() == "import history (1 file); 1 earlier day back to its count"
    assert counts() == first and HistoryImport.select().count() == 1
    assert undo.undo_last() == "import history (1 file); 2 touches removed"
    assert counts() == {}


# ---- calendar: events without attendees, all-day events, a 1-2-1 as a one-to-one slip ----------
def ics(*events: str) -> str:
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n" for e in events)
    return f"BEGIN:VCALENDAR\nVERSION:2.0\nX-WR-CALNAME:sam@example.com\n{body}END:VCALENDAR\n".replace("\n", "\r\n")


def calendar_touches(text: str):
    cal = calendar.parse(text, "cal.ics")
    return calendar.touches(cal, "cal.ics", {"sam@example.com"}, now=dt.datetime(2024, 6, 1)).touches


def test_an_event_without_attendees_is_a_touch_with_the_person_its_title_names():
    found = calendar_touches(ics(
        "UID:a\nDTSTART:20240301T080000\nSUMMARY:Coffee with Omar Haddad (Marina)",
        "UID:b\nDTSTART:20240302T080000\nSUMMARY:1-2-1 w/ Layla Al Mansouri @ Café Nero",
        "UID:c\nDTSTART:20240303T080000\nSUMMARY:Dentist",
        "UID:d\nDTSTART:20240304T080000\nSUMMARY:Lunch with the team",
        "UID:e\nDTSTART:20240305T080000\nSUMMARY:غداء مع ليلى المنصوري"))
    assert [(t.at.day, t.party.name, t.kind, t.direction) for t in found] == [
        (1, "Omar Haddad", "one-to-one", "out"), (2, "Layla Al Mansouri", "one-to-one", "out"),
        (5, "ليلى المنصوري", "meeting", "out")]


def test_all_day_events_count_on_their_day_and_several_day_events_not_at_all():
    found = calendar_touches(ics(
        "UID:a\nDTSTART;VALUE=DATE:20240301\nDTEND;VALUE=DATE:20240302\nSUMMARY:Site visit\n"
        "ATTENDEE:mailto:omar@example.com\nATTENDEE:mailto:sam@example.com",
        "UID:b\nDTSTART;VALUE=DATE:20240310\nDTEND;VALUE=DATE:20240314\nSUMMARY:GITEX\n"
        "ATTENDEE:mailto:omar@example.com\nATTENDEE:mailto:sam@example.com"))
    assert [(t.at, t.party.email) for t in found] == [(dt.datetime(2024, 3, 1, 12, 0), "omar@example.com")]


ONE_TO_ONE_ICS = ics("UID:121\nDTSTART:20240210T080000\nSUMMARY:1-2-1 coffee with Layla\n"
                     "ORGANIZER:mailto:layla@example.com\nATTENDEE:mailto:layla@example.com\n"
                     "ATTENDEE:mailto:sam@example.com")


def test_a_calendar_one_to_one_is_a_one_to_one_slip_once_and_undo_removes_it(people, tmp_path):  # noqa: F811
    sam = contacts.create(ContactRecord(id=None, first_name="Sam", last_name="Lee",
                                        points=(PointRecord("email", "sam@example.com"),)), undoable=False)
    chapter = Chapter.get(Chapter.name == "Dubai Pearl")
    Membership.create(chapter=chapter, contact=sam)
    prefs.set("me_contact_id", sam)
    path = tmp_path / "cal.ics"
    path.write_text(ONE_TO_ONE_ICS, encoding="utf-8", newline="")

    def one_to_ones() -> dict[str, int]:
        summary = reports.chapter_summary(chapter.id, dt.date(2024, 2, 1), dt.date(2024, 2, 29))
        return {ln.first_name: ln.counts["one_to_one"] for ln in summary.lines}

    runner.import_history([path], today=dt.date(2024, 3, 1))
    assert [(o.date, o.member_a_id, o.member_b_id) for o in OneToOne.select()] == [
        (dt.date(2024, 2, 10), sam, people["layla"])]
    assert one_to_ones() == {"Layla": 1, "Sam": 1}
    runner.import_history([path], today=dt.date(2024, 3, 1))  # again: nothing new
    assert OneToOne.select().count() == 1
    assert undo.undo_last().endswith("1 touches removed")
    assert OneToOne.select().count() == 0 and one_to_ones() == {"Layla": 0, "Sam": 0}
    # A one-to-one already recorded by hand that day is not recorded twice.
    slips.add_one_to_one(people["layla"], sam, day=dt.date(2024, 2, 10))
    runner.import_history([path], today=dt.date(2024, 3, 1))
    assert OneToOne.select().count() == 1 and one_to_ones() == {"Layla": 1, "Sam": 1}


def test_the_command_line_keeps_the_first_line_when_asked_and_remembers_it(people, tmp_path, capsys):  # noqa: F811
    chat = tmp_path / "WhatsApp Chat with Omar Haddad.txt"
    chat.write_text(OMAR_CHAT, encoding="utf-8")
    cal = tmp_path / "cal.ics"
    cal.write_text(ics("UID:x\nDTSTART:20240301T080000\nSUMMARY:Coffee with Omar Haddad"), encoding="utf-8",
                   newline="")
    database.close()
    assert main(["import-history", "--keep-text", str(chat), str(cal)]) == 0
    capsys.readouterr()
    notes = {i.source: i.note for i in Interaction.select().order_by(Interaction.occurred_at)}
    assert notes == {"whatsapp": "Thanks for the referral", "calendar": "Coffee with Omar Haddad"}
    assert prefs.get(runner.KEEP_TEXT_KEY) is True
    storing.remove_source("whatsapp")
    database.close()
    assert main(["import-history", "--no-keep-text", str(chat)]) == 0
    assert {i.note for i in Interaction.select().where(Interaction.source == "whatsapp")} == {""}
    assert prefs.get(runner.KEEP_TEXT_KEY) is False


def test_progress_moves_within_one_long_chat_and_cancel_inside_it_leaves_nothing(people, tmp_path):  # noqa: F811
    chat = tmp_path / "WhatsApp Chat with Omar Haddad.txt"
    day = dt.date(2020, 1, 13)
    with chat.open("w", encoding="utf-8") as out:
        for n in range(100_000):
            when = day + dt.timedelta(days=n // 200)
            out.write(f"{when:%d/%m/%Y}, 09:{n % 60:02d} - {'Omar Haddad' if n % 3 else 'Sam Lee'}: message {n}\n")
    seen: list[tuple[int, int]] = []
    runner.import_history([chat], progress=lambda done, total: seen.append((done, total)), undoable=False,
                          refresh_followups=False)
    reading = [d for d, total in seen if d < runner.Meter.READING]
    assert len(reading) >= 5  # the bar moved several times while the one file was read
    assert [d for d, _ in seen] == sorted(d for d, _ in seen) and seen[-1][0] == seen[-1][1]
    before = Interaction.select().count()
    asked = [0]

    def cancel_in_the_middle() -> bool:
        asked[0] += 1
        return asked[0] > 3  # a few checks in: inside the chat

    chat.write_text(chat.read_text(encoding="utf-8") + "01/01/2030, 10:00 - Omar Haddad: new\n", encoding="utf-8")
    with pytest.raises(Cancelled):
        runner.import_history([chat], cancelled=cancel_in_the_middle, undoable=False, refresh_followups=False)
    assert Interaction.select().count() == before
