"""The queue: grouping for a fixed today, counts, and every action with its undo."""

import datetime as dt

import pytest

pytestmark = pytest.mark.both_engines

from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store import undo
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import Contact, FollowUp, Interaction, UndoEntry

TODAY = dt.date(2026, 3, 11)  # a Wednesday


def day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def layla(db):
    return Contact.create(first_name="Layla", last_name="Haddad", company="Haddad Print")


def add(contact, n, reason="Call", **kw):
    return followups.queue(contact.id, day(n), reason, **kw)


def test_next_business_day():
    assert followups.next_business_day(dt.date(2026, 3, 6)) == dt.date(2026, 3, 9)  # Fri -> Mon
    assert followups.next_business_day(dt.date(2026, 3, 7)) == dt.date(2026, 3, 9)  # Sat -> Mon
    assert followups.next_business_day(TODAY) == day(1)


def test_queue_is_idempotent_by_origin_key(layla):
    assert add(layla, 0, origin="visitor", origin_key="visitor:7") is not None
    assert add(layla, 1, origin="visitor", origin_key="visitor:7") is None
    assert FollowUp.select().count() == 1


def test_grouped_overdue_today_week_later(layla):
    ids = {n: add(layla, n, f"item {n}") for n in (-3, -1, 0, 1, 6, 7, 30)}
    shown = [(followups.group_of(i.due, TODAY), i.id) for i in followups.list_items("all", TODAY)]
    assert shown == [("Overdue", ids[-3]), ("Overdue", ids[-1]), ("Today", ids[0]), ("This week", ids[1]),
                     ("This week", ids[6]), ("Later", ids[7]), ("Later", ids[30])]
    assert list(followups.GROUPS) == ["Overdue", "Today", "This week", "Later"]
    assert followups.counts(TODAY) == followups.QueueCounts(2, 1, 2, 2)
    assert followups.overdue_count(TODAY) == 2
    assert followups.counts_of(followups.list_items(today=TODAY), TODAY) == followups.counts(TODAY)


def test_items_are_plain_records_with_words(layla):
    add(layla, 0, "Thank Layla", channel="phone", origin="visitor", origin_key="visitor:1")
    (item,) = followups.list_items(today=TODAY)
    assert item.contact_name == "Layla Haddad" and item.company == "Haddad Print"
    assert item.channel_label == "Phone" and item.origin_label == "Visited the chapter"
    assert item.group(TODAY) == "Today"


def test_due_filters_are_cumulative(layla):
    for n in (-2, 0, 3, 20):
        add(layla, n)
    assert [i.due for i in followups.list_items("overdue", TODAY)] == [day(-2)]
    assert [i.due for i in followups.list_items("today", TODAY)] == [day(-2), day(0)]
    assert [i.due for i in followups.list_items("week", TODAY)] == [day(-2), day(0), day(3)]
    assert len(followups.list_items("all", TODAY)) == 4
    with pytest.raises(ValidationError):
        followups.list_items("soon", TODAY)


def test_trashed_and_archived_contacts_leave_the_queue(layla):
    add(layla, 0)
    other = Contact.create(first_name="Omar", archived=True)
    followups.queue(other.id, TODAY, "x")
    assert len(followups.list_items(today=TODAY)) == 1
    layla.trashed_at = dt.datetime(2026, 3, 11, 9)
    layla.save()
    assert followups.list_items(today=TODAY) == []
    assert followups.counts(TODAY).total == 0


def test_done_logs_the_interaction_and_undo_removes_it(layla):
    item_id = add(layla, -1, "Thank Layla")
    touch_id = followups.mark_done(item_id, "messaging", "  sent a voice note ", today=TODAY)
    touch = Interaction.get_by_id(touch_id)
    assert (touch.channel, touch.note, touch.contact_id) == ("messaging", "sent a voice note", layla.id)
    assert touch.occurred_at.date() == TODAY
    row = FollowUp.get_by_id(item_id)
    assert row.status == "done" and row.interaction_id == touch_id and row.done_at.date() == TODAY
    assert followups.list_items(today=TODAY) == []
    assert undo.peek(followups.UNDO_SCOPE) == "Done: Layla Haddad"
    assert followups.undo_last() == "Done: Layla Haddad"
    assert FollowUp.get_by_id(item_id).status == "open"
    assert FollowUp.get_by_id(item_id).interaction_id is None
    assert Interaction.get_or_none(Interaction.id == touch_id) is None


def test_done_without_a_note_keeps_the_reason(layla):
    item_id = add(layla, 0, "Ask about the print job")
    touch_id = followups.mark_done(item_id, "phone", today=TODAY)
    assert Interaction.get_by_id(touch_id).note == "Ask about the print job"


def test_done_rejects_unknown_channel_and_gone_items(layla):
    item_id = add(layla, 0)
    with pytest.raises(ValidationError, match="Unknown channel"):
        followups.mark_done(item_id, "pigeon", today=TODAY)
    followups.dismiss(item_id)
    with pytest.raises(ValidationError, match="no longer in the queue"):
        followups.mark_done(item_id, "phone", today=TODAY)
    assert Interaction.select().count() == 0


def test_snooze_choices_and_snooze(layla):
    assert followups.snooze_choices(TODAY) == [("Tomorrow", day(1)), ("In 3 days", day(3)),
                                               ("Next week", dt.date(2026, 3, 16))]
    item_id = add(layla, -2)
    followups.snooze(item_id, day(3))
    (item,) = followups.list_items(today=TODAY)
    assert item.status == "snoozed" and item.due == day(3) and item.group(TODAY) == "This week"
    assert followups.counts(TODAY).overdue == 0
    followups.undo_last()
    (item,) = followups.list_items(today=TODAY)
    assert item.status == "open" and item.due == day(-2)


def test_reschedule_keeps_it_open(layla):
    item_id = add(layla, 0)
    followups.reschedule(item_id, day(10))
    (item,) = followups.list_items(today=TODAY)
    assert (item.status, item.due) == ("open", day(10))
    with pytest.raises(ValidationError):
        followups.reschedule(item_id, "tomorrow")


def test_dismiss_and_undo(layla):
    a, b = add(layla, 0, "a"), add(layla, 1, "b")
    assert followups.dismiss([a, b]) == 2
    assert followups.list_items(today=TODAY) == []
    assert FollowUp.get_by_id(a).status == "dismissed"
    assert undo.peek(followups.UNDO_SCOPE) == "Dismiss 2 follow-ups"
    followups.undo_last()
    assert [i.id for i in followups.list_items(today=TODAY)] == [a, b]
    assert followups.undo_last() is None


def test_dismissed_app_item_is_not_queued_again(layla):
    item_id = add(layla, 0, origin="visitor", origin_key="visitor:3")
    followups.dismiss(item_id)
    assert add(layla, 0, origin="visitor", origin_key="visitor:3") is None


def test_add_item_validates_and_undoes(layla):
    with pytest.raises(ValidationError, match="contact"):
        followups.add_item(None, TODAY, "Call")
    with pytest.raises(ValidationError, match="reason"):
        followups.add_item(layla.id, TODAY, "   ")
    with pytest.raises(ValidationError, match="date"):
        followups.add_item(layla.id, None, "Call")
    item_id = followups.add_item(layla.id, day(2), " Send the brochure ", channel="email")
    (item,) = followups.list_items(today=TODAY)
    assert (item.id, item.reason, item.origin, item.channel) == (item_id, "Send the brochure", "user", "email")
    followups.undo_last()
    assert FollowUp.select().count() == 0


def test_undo_history_is_pruned(layla, monkeypatch):
    from totalnet_desktop.core.store import undo

    monkeypatch.setattr(undo.SCOPES["followups"], "keep", 3)
    item_id = add(layla, 0)
    for n in range(6):
        followups.reschedule(item_id, day(n + 1))
    assert UndoEntry.select().where(UndoEntry.scope == "followups").count() == 3

