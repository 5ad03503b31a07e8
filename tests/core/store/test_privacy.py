"""Who sees what on a shared PostgreSQL database (schema step 16, core.store.pg_privacy): two people,
each logged in as their own database role, on one chapter server (--engine postgres)."""

from __future__ import annotations

import datetime as dt

import pytest
from pglogins import login, raw

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.contacts import interactions, search
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.followups import queue
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import identity, undo
from totalnet_desktop.core.store.records import ContactRecord, PointRecord

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")

DAY = dt.date(2026, 1, 7)


@pytest.fixture
def shared(pg_cluster, empty_server):
    """A chapter server with one member (shared), and the addresses of Alice and Bob."""
    db_mod.open_server(empty_server)
    chapter = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    maya = chapters.add_member(chapter.id, name="Maya Member", classification="Printing").contact_id
    db_mod.close_database()
    return maya, login(pg_cluster, empty_server, "alice"), login(pg_cluster, empty_server, "bob")


@pytest.mark.postgres_only
def test_one_person_cannot_read_anothers_private_contacts(shared):
    maya, alice, bob = shared
    db_mod.open_server(alice)
    assert identity.who() == "alice"
    pat = contacts.create(ContactRecord(id=None, first_name="Patricia", last_name="Quill", company="Quill Law",
                                        points=(PointRecord("phone", "+971 50 111 2233"),)))
    queue.add_item(pat, DAY, "Send the contract")
    interactions.log_touch(pat, "phone", "Talked about the lease")
    interactions.log_touch(maya, "one_to_one", "Coffee with Maya")
    contacts.set_me(maya)
    assert search.search_ids(search.ContactFilter(text="quill")) == [pat]
    assert [i.contact_id for i in queue.list_items()] == [pat]
    db_mod.close_database()

    # Bob, through the app's own functions: no trace of Alice's contact, her queue, notes or "me".
    db_mod.open_server(bob)
    assert identity.who() == "bob"
    assert search.search_ids(search.ContactFilter(text="quill")) == []
    assert search.search_ids(search.ContactFilter(text="0501112233")) == []
    assert search.search_ids() == [maya]  # the chapter's member is everyone's
    assert search.count() == 1
    with pytest.raises(contacts.ContactNotFoundError):
        contacts.get(pat)
    assert queue.list_items() == [] and queue.counts(today=DAY).total == 0
    assert identity.me_id() is None  # Alice's "me" is hers
    assert not search.load_rows([maya])[0].is_me and not contacts.get(maya).is_me
    assert undo.peek() is None  # and so is her Ctrl+Z
    from totalnet_desktop.core.store.models import Interaction
    assert Interaction.select().count() == 0
    db_mod.close_database()

    # Bob with raw SQL: PostgreSQL itself refuses him the rows (row-level security).
    for table, column in (("contact", "id"), ("contact_point", "contact_id"), ("contact_search", "contact_id"),
                          ("stage_change", "contact_id"), ("follow_up", "contact_id"),
                          ("interaction", "contact_id")):
        assert raw(bob, f"SELECT count(*) FROM {table} WHERE {column} = %s", (pat,)) == [(0,)], table
    assert raw(bob, "UPDATE contact SET notes = 'mine now' WHERE id = %s", (pat,)) == [(0,)]
    assert raw(bob, "DELETE FROM contact WHERE id = %s", (pat,)) == [(0,)]
    with pytest.raises(psycopg.errors.InsufficientPrivilege):  # nor can he write a row as Alice's
        raw(bob, "INSERT INTO follow_up (contact_id, due, reason, channel, origin, link, status, created_at, owner)"
                 " VALUES (%s, '2026-01-08', 'x', '', 'user', '', 'open', now(), 'alice')", (maya,))

    # Alice still has everything; once her contact visits the chapter, Bob sees them too.
    db_mod.open_server(alice)
    assert contacts.get(pat).notes == "" and identity.me_id() == maya
    assert search.load_rows([maya])[0].is_me and contacts.get(maya).is_me
    assert len(queue.list_items()) == 1 and undo.peek() is not None
    from totalnet_desktop.core.chapter import meetings, visitors

    meeting = meetings.open_meeting(chapters.my_chapter_id(), DAY, today=DAY)
    visitors.add_visitor(meeting, "Patricia Quill", contact_id=pat)
    db_mod.close_database()
    assert raw(bob, "SELECT count(*) FROM contact WHERE id = %s", (pat,)) == [(1,)]
    assert raw(bob, "SELECT count(*) FROM follow_up WHERE contact_id = %s", (pat,)) == [(0,)]


@pytest.mark.postgres_only
def test_follow_up_rules_queue_for_each_person(shared):
    """Both people have Maya as a contact to keep warm: the cadence rule queues her for each of them,
    and each sees only their own item (one person's item does not stop the other's)."""
    from totalnet_desktop.core.followups import rules

    maya, alice, bob = shared
    seen = {}
    for url in (alice, bob, alice):
        db_mod.open_server(url)
        rules.run_rules(today=DAY + dt.timedelta(days=200))
        seen.setdefault(identity.who(), []).append([(i.contact_id, i.origin) for i in queue.list_items()])
        db_mod.close_database()
    assert seen["alice"][0] == seen["bob"][0] == seen["alice"][1] and seen["bob"][0][0][0] == maya
    owners = raw(alice.replace("alice@", "postgres@"), "SELECT owner, count(*) FROM follow_up GROUP BY owner ORDER BY owner")
    assert owners == [("alice", len(seen["bob"][0])), ("bob", len(seen["bob"][0]))]
