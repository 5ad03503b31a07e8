"""The Follow-ups presenter without a window: when the rules run, the summary, and the actions on an
item with the sentence each one returns."""

from __future__ import annotations

import datetime as dt

import pytest

from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.core.store.models import Contact, FollowUp, Meeting
from totalnet_desktop.i18n import weekday_text
from totalnet_desktop.views.followups.presenter import FollowUpsPresenter

# The application object carries the English catalogue (plural forms); no widget is made here.
pytestmark = pytest.mark.usefixtures("qapp")

TODAY = dt.date(2026, 3, 11)  # a Wednesday


def day(n: int) -> dt.date:
    return TODAY + dt.timedelta(days=n)


@pytest.fixture
def presenter(db):
    told: list[str] = []
    p = FollowUpsPresenter(told.append)
    p.today_override = TODAY
    p.told = told  # type: ignore[attr-defined]
    return p


@pytest.fixture
def layla(db):
    return Contact.create(first_name="Layla", last_name="Haddad", source="LinkedIn")


def item_of(presenter: FollowUpsPresenter, item_id: int) -> followups.FollowUpItem:
    return next(i for i in presenter.load() if i.id == item_id)


def test_summary_counts_each_group(presenter, layla):
    for n in (-3, -1, 0, 3, 30):
        followups.queue(layla.id, day(n), f"item {n}")
    items = presenter.load()
    assert presenter.summary(items) == ("<b>2</b> overdue</span> · <b>1</b> today · <b>1</b> this week · "
                                        "<b>1</b> later")
    assert presenter.badge() == "2" and not presenter.needs_reload()
    presenter.today_override = day(1)  # a new day: the groups move
    assert presenter.needs_reload()


def test_rules_run_when_stale_and_tell_the_app_only_about_changes(presenter, layla):
    assert presenter.rules_due()
    assert presenter.run_rules() is False and presenter.told == []  # nothing to create for a LinkedIn contact
    assert not presenter.rules_due()  # ran a moment ago
    assert presenter.data_changed("followups") is False and not presenter.rules_due()
    assert presenter.data_changed("meeting") is True and presenter.rules_due() and presenter.dirty


def test_actions_return_their_sentence_and_undo_brings_the_item_back(presenter, layla):
    item_id = followups.queue(layla.id, day(-1), "Send the brochure")
    assert presenter.snooze(item_of(presenter, item_id), day(2)) == f"Snoozed until {weekday_text(day(2))}."
    assert FollowUp.get_by_id(item_id).due == day(2)
    message, select_id = presenter.undo()
    assert message.startswith("Undone: ") and select_id == item_id
    assert FollowUp.get_by_id(item_id).due == day(-1)
    assert presenter.dismiss(item_of(presenter, item_id)) == "Dismissed: Send the brochure"
    assert FollowUp.get_by_id(item_id).status == "dismissed"
    presenter.undo()
    presenter.rules_stale = False
    done = presenter.done(item_of(presenter, item_id), "phone", "")
    assert done == "Done: Layla Haddad, logged as a touch." and presenter.rules_stale  # may close others
    assert presenter.undo() == ("Undone: Done: Layla Haddad.", item_id)
    assert FollowUp.get_by_id(item_id).status == "open"
    assert presenter.undo() is None  # the three actions are undone


def test_an_action_on_a_vanished_item_raises_in_the_apps_words(presenter, layla):
    item_id = followups.queue(layla.id, day(0), "Call")
    item = item_of(presenter, item_id)
    FollowUp.delete_by_id(item_id)
    with pytest.raises(TotalNetError):
        presenter.reschedule(item, day(4))


def test_exports_and_needs(presenter, layla, tmp_path):
    followups.queue(layla.id, day(0), "Call")
    path = tmp_path / "queue.csv"
    count = presenter.export(path, "csv")
    assert count == 1 and path.exists() and presenter.exported_text(count, path) == \
        "Exported 1 follow-up to queue.csv."
    assert presenter.export_path("ics").endswith("totalnet-followups-2026-03-11.ics")
    assert presenter.save_needs("Dentist\nPlumber\n") == "2 referral needs saved."
    assert presenter.needs_text() == "Dentist\nPlumber"
    assert Meeting.select().count() == 0  # nothing else written
