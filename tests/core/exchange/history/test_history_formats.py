"""LinkedIn, calendar and mail archives: the formats of the issue, in files the tests write."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from history_samples import (
    ICS,
    MBOX,
    ME_URL,
    connections_csv,
    endorsements_csv,
    invitations_csv,
    messages_csv,
)

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.exchange.history import calendar, linkedin, mbox
from totalnet_desktop.core.exchange.history.records import HistoryReadError, NeedsAnswer


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)


# ---- LinkedIn ------------------------------------------------------------------------------
def test_linkedin_messages_per_conversation_day_with_direction_and_groups():
    msgs = linkedin.read_messages(messages_csv(), "messages.csv", keep_text=True)
    me = msgs.find_me(set())
    assert me == normalize.url_key(ME_URL)  # the one profile in every conversation
    got = sorted((t.at, t.party.name, t.direction, t.count, t.kind, t.first_line) for t in msgs.touches(me))
    assert got == sorted([
        (utc("2023-06-11 09:33:58"), "Omar Haddad", "both", 2, "message", "Coffee next week?"),
        (utc("2023-06-14 08:00:00"), "Omar Haddad", "out", 1, "message", "See you"),
        (utc("2023-07-01 12:00:00"), "ليلى المنصوري", "group", 1, "group message", "مرحبا"),
        (utc("2023-07-01 12:05:00"), "Zed 🚀", "group", 1, "group message", "hi all"),
    ])
    # The spam folder is skipped; a row with a broken date is listed with its line.
    [bad] = msgs.bad_lines
    assert bad.line == 11 and "yesterday" in bad.reason  # the quoted cell of the second row spans lines 3-5


def test_linkedin_asks_who_i_am_only_when_the_conversations_cannot_tell():
    one = linkedin.read_messages(messages_csv().split("\r\nc1")[0] + "\r\n", "messages.csv")
    header_only = linkedin.read_messages("CONVERSATION ID,FROM,DATE" + "\r\nc9,A,2023-01-01 "
                                         "10:00:00 UTC\r\nc9,B,2023-01-01 11:00:00 UTC\r\n", "messages.csv")
    assert one.find_me(set()) == ""  # nothing to tell
    with pytest.raises(NeedsAnswer):
        header_only.find_me(set())
    assert header_only.find_me({"b"}) == "name:b"


def test_linkedin_invitations_connections_endorsements():
    inv = linkedin.read_other("invitations.csv", invitations_csv(), "Invitations.csv", keep_text=True)
    assert [(t.party.name, t.direction, t.kind, t.at, t.first_line) for t in inv.touches] == [
        ("Nadia Karim", "out", "invitation", dt.datetime(2023, 6, 11, 15, 33), "Met you at the expo"),
        ("Zed 🚀", "in", "invitation", dt.datetime(2024, 1, 5, 10, 2), "")]
    con = linkedin.read_other("connections.csv", connections_csv(), "Connections.csv")
    assert next((t.party.url, t.at.date(), t.kind) for t in con.touches) == (
        "https://www.linkedin.com/in/omar-haddad", dt.date(2023, 6, 11), "connected")
    end = linkedin.read_other("endorsement_received_info.csv", endorsements_csv(), "Endorsement_Received_Info.csv")
    [touch] = end.touches  # two skills on one day: one touch counting two
    assert (touch.count, touch.direction, touch.kind) == (2, "in", "endorsement")


def test_linkedin_file_without_its_columns_names_the_file():
    with pytest.raises(HistoryReadError, match=r"messages.csv, line 1: .*Conversation Id column"):
        linkedin.read_messages("a,b\r\n1,2\r\n", "messages.csv")


# ---- calendar ------------------------------------------------------------------------------
def test_calendar_meetings_recurrence_online_and_one_to_one():
    cal = calendar.parse(ICS, "cal.ics")
    me = calendar.find_me(cal, set(), "cal.ics")
    assert me == {"sam@example.com"}  # the calendar's own name
    found = calendar.touches(cal, "cal.ics", me, now=dt.datetime(2024, 6, 1), keep_text=True)
    got = sorted((t.at, t.party.email, t.channel, t.kind, t.direction) for t in found.touches)
    weekly = [utc(f"2024-01-{d:02d} 05:00:00") for d in (1, 8, 22)]  # 4 weekly, the 15th excluded
    dubai = dt.datetime(2024, 2, 10, 4, 0, tzinfo=dt.timezone.utc).astimezone().replace(tzinfo=None)
    assert got == sorted(
        [(w, "omar@example.com", "online_meeting", "meeting", "out") for w in weekly]
        + [(dubai, "layla@example.com", "one_to_one", "one-to-one", "in"),
           (utc("2024-02-11 08:00:00"), "dina@example.com", "one_to_one", "one-to-one", "out"),
           (utc("2024-02-12 08:00:00"), "zed@example.com", "in_person", "meeting", "out")])
    layla = next(t for t in found.touches if t.party.email == "layla@example.com")
    assert layla.fallback == "in_person" and layla.party.name == "Layla" and layla.first_line.startswith("1-2-1")
    # Re-reading gives the same origin keys (idempotence starts here).
    again = calendar.touches(cal, "cal.ics", me, now=dt.datetime(2024, 6, 1))
    assert {t.origin for t in again.touches} == {t.origin for t in found.touches}


def test_calendar_bad_input_names_the_line():
    with pytest.raises(HistoryReadError, match=r"x.ics, line 1: this is not an iCalendar file"):
        calendar.parse("hello\r\n", "x.ics")
    broken = ICS.replace("SUMMARY:Dentist", "Dentist without a property name")
    line = ICS.splitlines().index("SUMMARY:Dentist") + 1
    with pytest.raises(HistoryReadError, match=rf"x.ics, line {line}: this line is not iCalendar"):
        calendar.parse(broken, "x.ics")


# ---- mail ----------------------------------------------------------------------------------
def _lines(text: str):
    return io.BytesIO(text.encode("utf-8"))


def test_mbox_headers_only_lists_and_no_reply_skipped():
    found, me = mbox.read(_lines(MBOX), "mail.mbox", set())
    assert me == {"sam@example.com"}  # Delivered-To tells
    got = sorted((t.party.email, t.party.name, t.direction, t.count, t.at) for t in found.touches)
    assert got == sorted([
        ("omar@example.com", "Omar Haddad", "both", 2, utc("2024-01-01 10:00:00")),
        ("layla@example.com", "ليلى المنصوري", "out", 1, utc("2024-01-01 11:00:00")),
        ("zed@example.com", "Zed", "out", 1, utc("2024-01-01 11:00:00")),
    ])
    [bad] = found.bad_lines
    assert bad.line == MBOX.splitlines().index("From 1238@xxx Tue Jan 02 09:31:00 +0000 2024") + 1


def test_mbox_that_is_not_one_names_the_line():
    with pytest.raises(HistoryReadError, match=r"x.mbox, line 2: this is not a mail archive"):
        mbox.read(_lines("\nSubject: hi\n"), "x.mbox", set())
    with pytest.raises(NeedsAnswer):  # no Delivered-To and two people: who am I?
        mbox.read(_lines("From a\nFrom: a@x.com\nTo: b@x.com\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\n"
                         "From b\nFrom: b@x.com\nTo: a@x.com\nDate: Mon, 1 Jan 2024 10:00:00 +0000\n\n"), "x.mbox",
                  set())
