"""The Conversations card and the Contacts "Warm, gone quiet" filter: one definition, hand-counted."""

from __future__ import annotations

import datetime as dt

from totalnet_desktop.core.contacts import search
from totalnet_desktop.core.insights import conversations, period
from totalnet_desktop.core.insights.viewpoint import viewpoint
from totalnet_desktop.core.store.models import Contact, Interaction

TODAY = dt.date(2026, 6, 30)


def touch(contact, day: str, channel: str = "messaging", direction: str = "both") -> None:
    Interaction.create(contact=contact, occurred_at=dt.datetime.fromisoformat(day + " 10:00"), channel=channel,
                       direction=direction, source="whatsapp" if channel == "messaging" else "")


def test_touches_per_month_per_channel_and_people_gone_quiet(db):
    warm = Contact.create(first_name="Omar", last_name="Haddad")  # 6 touches, last in January: quiet
    group = Contact.create(first_name="Layla")  # 6 touches but all in a group chat: never warm
    recent = Contact.create(first_name="Sam")  # 5 touches, last in June: not quiet
    few = Contact.create(first_name="Dina")  # 2 touches long ago: never warm
    gone = Contact.create(first_name="Zed", trashed_at=dt.datetime(2026, 1, 1))  # in the trash: never shown
    for day in ("2025-11-02", "2025-11-03", "2025-12-01", "2026-01-05", "2026-01-06"):
        touch(warm, day)
    touch(warm, "2026-01-07", "email")
    for i in range(6):
        touch(group, f"2026-02-0{i + 1}", direction="group")
    for day in ("2026-03-01", "2026-04-01", "2026-05-01", "2026-06-01"):
        touch(recent, day, "linkedin")
    touch(recent, "2026-06-02", "phone")
    touch(few, "2025-10-01")
    touch(few, "2025-10-02")
    for i in range(6):
        touch(gone, f"2025-09-0{i + 1}")

    p = period.Period(dt.date(2026, 1, 1), dt.date(2026, 6, 30))
    conv = conversations.conversations(p, viewpoint(), TODAY)
    assert conv.channels == ("phone", "messaging", "email", "linkedin")  # in the app's channel order
    assert conv.totals == {"messaging": 8, "email": 1, "linkedin": 4, "phone": 1}  # Omar 2 + Layla 6
    assert [(m.bucket, m.total) for m in conv.months] == [
        ("2026-01", 3), ("2026-02", 6), ("2026-03", 1), ("2026-04", 1), ("2026-05", 1), ("2026-06", 2)]
    assert [(q.name, q.touches, q.last) for q in conv.quiet] == [("Omar Haddad", 6, dt.date(2026, 1, 7))]
    assert conv.quiet_count == 1


def test_the_card_and_the_contacts_filter_list_the_same_people(db):
    today = dt.date.today()
    people = [Contact.create(first_name=f"P{i}") for i in range(4)]
    for i, person in enumerate(people):
        # P0: 5 touches ending 91 days ago (quiet); P1: 5 ending 89 days ago (not yet); P2: 4 (not warm);
        # P3: 5 ending 200 days ago (quiet).
        last = {0: 91, 1: 89, 2: 120, 3: 200}[i]
        for k in range(4 if i == 2 else 5):
            touch(person, (today - dt.timedelta(days=last + 7 * k)).isoformat())
    conv = conversations.conversations(period.preset_period("Last 12 months", today), viewpoint(), today)
    assert sorted(q.contact_id for q in conv.quiet) == sorted(search.search_ids(
        search.ContactFilter(gap="warm_quiet"))) == [people[0].id, people[3].id]
