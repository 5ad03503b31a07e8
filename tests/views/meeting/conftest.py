"""Meeting day tests: a chapter that meets today with three members, me among them."""

from __future__ import annotations

import datetime as dt

import pytest

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.store import prefs


@pytest.fixture
def chapter(db):
    now = dt.datetime.now()
    # Start an hour ahead so a check-in now is Present, whatever the time of day the tests run.
    start = min(now + dt.timedelta(hours=1), now.replace(hour=23, minute=59))
    ch = chapters.create_chapter("Dubai Achievers", start_time=start.strftime("%H:%M"), weekday=now.weekday())
    layla = chapters.add_member(ch.id, name="Layla Haddad", company="Haddad Print", classification="Printer")
    chapters.add_member(ch.id, name="Zoë Dubois", company="Fleurs", classification="Florist")
    chapters.add_member(ch.id, name="Omar Khan", company="Khan Law", classification="Lawyer")
    prefs.set("me_contact_id", layla.contact_id)
    return ch
