"""A "referral received" follow-up belongs to the receiver's login on a chapter server, not to the desk
that records the slip (two real logins on the throwaway cluster, --engine postgres).

The desk queues the follow-up only when it is itself the receiver; another login's queue is theirs to
write (row-level security keeps it private). The receiver's own rules queue it: at their next start,
when their Follow-ups screen hears the new referral, and at once when a login first says who they are
(core.chapter.whoami.choose runs the rules)."""

from __future__ import annotations

import datetime as dt

import pytest
from pglogins import login, raw

from totalnet_desktop.core.chapter import chapters, slips, whoami
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.followups import queue, rules
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import identity

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")

DAY = dt.date(2026, 1, 7)


@pytest.fixture
def desks(pg_cluster, empty_server):
    db_mod.open_server(empty_server)
    chapter = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    ids = {name: chapters.add_member(chapter.id, name=name, classification=what).contact_id
           for name, what in (("Maya Member", "Printing"), ("Rami Saad", "Law"), ("Sara Ali", "Catering"),
                              ("Vera Vice", "Coaching"))}
    db_mod.close_database()
    return ids, *(login(pg_cluster, empty_server, role) for role in ("vera", "rami", "sara"))


def _queue() -> list[tuple[int, str, str, dt.date]]:
    return [(i.contact_id, i.origin, i.reason, i.due) for i in queue.list_items()]


@pytest.mark.postgres_only
def test_the_referral_follow_up_goes_to_the_receivers_login(desks):
    ids, vera, rami, sara = desks
    db_mod.open_server(rami)
    contacts.set_me(ids["Rami Saad"])  # Rami has said who he is; Sara has not connected yet
    db_mod.close_database()

    # Vera (the vice-president's desk) records two slips at the meeting.
    db_mod.open_server(vera)
    contacts.set_me(ids["Vera Vice"])
    to_rami = slips.add_referral(ids["Maya Member"], ids["Rami Saad"], new_prospect=slips.NewPerson("Hana Saleh"),
                                 day=DAY)
    to_sara = slips.add_referral(ids["Maya Member"], ids["Sara Ali"], kind="inside", day=DAY)
    assert to_rami.followup_id is None and to_sara.followup_id is None  # not hers to queue
    rules.run_rules(today=DAY)
    assert [q for q in _queue() if q[1] == "referral_received"] == []  # nor do her rules queue them
    hana = next(c for c, name in contacts.names(range(1, 50)).items() if name == "Hana Saleh")
    db_mod.close_database()

    # Rami's desk: his rules queue "Contact Hana (from Maya)" for the next day, in his queue only.
    db_mod.open_server(rami)
    rules.run_rules(today=DAY)
    assert [q for q in _queue() if q[1] == "referral_received"] == [
        (hana, "referral_received", "Contact Hana Saleh (from Maya Member)", DAY + dt.timedelta(days=1))]
    db_mod.close_database()
    assert raw(vera, "SELECT count(*) FROM follow_up WHERE origin = 'referral_received'") == [(0,)]
    assert raw(rami, "SELECT owner FROM follow_up WHERE origin_key = %s",
               (f"referral_received:{to_rami.id}",)) == [("rami",)]

    # Sara connects two days later and says who she is: her inside referral is queued at once.
    db_mod.open_server(sara)
    assert whoami.needs_asking() and identity.me_id() is None
    whoami.choose(ids["Sara Ali"], today=DAY + dt.timedelta(days=2))
    assert [q for q in _queue() if q[1] == "referral_received"] == [
        (ids["Maya Member"], "referral_received", "Contact Maya Member about the referral they passed you",
         DAY + dt.timedelta(days=1))]
    db_mod.close_database()


@pytest.mark.postgres_only
def test_a_desk_that_is_the_receiver_queues_at_once(desks):
    ids, vera, _rami, _sara = desks
    db_mod.open_server(vera)
    contacts.set_me(ids["Vera Vice"])
    result = slips.add_referral(ids["Maya Member"], ids["Vera Vice"], kind="inside", day=DAY)
    assert result.followup_id is not None
    assert [q[:2] for q in _queue()] == [(ids["Maya Member"], "referral_received")]
    db_mod.close_database()
    assert raw(vera, "SELECT owner FROM follow_up") == [("vera",)]
