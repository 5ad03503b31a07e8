"""The queue exported as iCalendar (read back with the icalendar library) and as CSV."""

import csv
import datetime as dt

import icalendar
import pytest

pytestmark = pytest.mark.both_engines

from totalnet_desktop.core.followups import calendar as followups_ics
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store.models import Contact

TODAY = dt.date(2026, 3, 11)


@pytest.fixture
def queue_items(db):
    layla = Contact.create(first_name="Layla", last_name="Haddad", company="Haddad Print")
    omar = Contact.create(first_name="Omar", last_name="Khan")
    a = followups.queue(layla.id, TODAY - dt.timedelta(days=2), "Thank Layla Haddad for visiting and invite them back",
                        channel="phone", origin="visitor", origin_key="visitor:1")
    b = followups.queue(omar.id, TODAY + dt.timedelta(days=20), "=HYPERLINK(\"http://evil\")", channel="",
                        link="https://www.linkedin.com/in/omar-khan")
    gone = followups.queue(omar.id, TODAY, "dismissed one")
    followups.dismiss(gone)
    return a, b


def test_ics_reads_back_with_the_same_library(queue_items, tmp_path):
    a, b = queue_items
    path = tmp_path / "followups.ics"
    assert followups_ics.export_ics(path, today=TODAY) == 2
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    events = cal.walk("VEVENT")
    assert [str(e["uid"]) for e in events] == [f"followup-{a}@totalnet.local", f"followup-{b}@totalnet.local"]
    first = events[0]
    assert first.decoded("dtstart") == TODAY - dt.timedelta(days=2)
    assert first.decoded("dtend") == TODAY - dt.timedelta(days=1)
    assert str(first["summary"]) == "Thank Layla Haddad for visiting and invite them back"
    description = str(first["description"])
    assert "Layla Haddad (Haddad Print)" in description and "Suggested channel: Phone" in description
    assert "From: Visited the chapter" in description
    assert str(events[1]["url"]) == "https://www.linkedin.com/in/omar-khan"
    assert str(cal["version"]) == "2.0"


def test_ics_due_filter(queue_items, tmp_path):
    path = tmp_path / "overdue.ics"
    assert followups_ics.export_ics(path, due="overdue", today=TODAY) == 1
    assert len(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")) == 1


def test_followups_table_and_csv(queue_items, tmp_path):
    headers, rows = followups_ics.followups_table(today=TODAY)
    assert headers[:5] == ["Due", "When", "Contact", "Company", "Reason"]
    assert rows[0][:4] == ["2026-03-09", "Overdue", "Layla Haddad", "Haddad Print"]
    assert rows[0][5:7] == ["Phone", "Visited the chapter"]
    assert len(rows) == 2
    path = tmp_path / "followups.csv"
    assert followups_ics.export_csv(path, today=TODAY, excel=True) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with path.open(encoding="utf-8-sig", newline="") as fh:
        read = list(csv.reader(fh))
    assert read[0] == headers
    assert read[2][4] == "'=HYPERLINK(\"http://evil\")"  # neutralised, not a formula
    assert read[2][8] == "https://www.linkedin.com/in/omar-khan"


def test_unwritable_path_is_a_clear_error(queue_items, tmp_path):
    from totalnet_desktop.core.store.errors import TotalNetError

    with pytest.raises(TotalNetError, match="cannot be written"):
        followups_ics.export_ics(tmp_path / "missing" / "x.ics", today=TODAY)
    assert not (tmp_path / "missing").exists()
