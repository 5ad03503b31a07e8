"""Two logins choosing the same member as "me" at the same moment: the database's unique index (schema step
23) makes the second wait for the first and refuses it, in the app's sentence naming the first login (real
cluster, two real logins)."""

from __future__ import annotations

import json
import threading

import pytest

from totalnet_desktop.core.chapter import chapters, whoami
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import identity
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.session import open_session

pytestmark = pytest.mark.postgres_only


def test_the_second_of_two_simultaneous_choices_is_refused(pg_cluster, empty_server, data_dir, monkeypatch):
    import psycopg
    from pglogins import login

    monkeypatch.setenv("TOTALNET_DATABASE", empty_server)
    open_session(data_dir)
    chapter = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    maya = chapters.add_member(chapter.id, name="Maya Member", classification="Printing").contact_id
    db_mod.close_database()
    alice, bob = login(pg_cluster, empty_server, "alice"), login(pg_cluster, empty_server, "bob")

    # Bob's choice is under way in his own transaction (not committed yet, so not visible to Alice) ...
    bob_conn = psycopg.connect(bob)
    bob_conn.execute("INSERT INTO setting (key, value) VALUES ('me_contact_id@bob', %s)", (json.dumps(maya),))
    # ... when Alice chooses the same member: she waits for him, then sees his choice.
    monkeypatch.setenv("TOTALNET_DATABASE", alice)
    open_session(data_dir)
    outcome: list[BaseException | None] = []

    def alice_chooses() -> None:
        try:
            contacts.set_me(maya)
            outcome.append(None)
        except ValidationError as error:
            outcome.append(error)

    worker = threading.Thread(target=alice_chooses)
    worker.start()
    worker.join(1.0)
    assert worker.is_alive()  # waiting on his row in the index, not deciding on what she could see
    bob_conn.commit()
    bob_conn.close()
    worker.join(30)
    assert str(outcome[0]) == ("Maya Member is already 'me' for the login bob; "
                               "ask your chapter's leadership if that is wrong.")
    assert identity.me_id() is None
    assert maya not in [e.contact_id for e in whoami.roster()]
    assert identity.chosen_by_others() == {maya: "bob"}
    db_mod.close_database()


def test_a_choice_given_up_leaves_the_member_free(pg_cluster, empty_server, data_dir, monkeypatch):
    import psycopg
    from pglogins import login

    monkeypatch.setenv("TOTALNET_DATABASE", empty_server)
    open_session(data_dir)
    chapter = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    maya = chapters.add_member(chapter.id, name="Maya Member", classification="Printing").contact_id
    db_mod.close_database()
    alice, bob = login(pg_cluster, empty_server, "alice"), login(pg_cluster, empty_server, "bob")

    bob_conn = psycopg.connect(bob)  # Bob starts choosing Maya, then cancels (his transaction rolls back)
    bob_conn.execute("INSERT INTO setting (key, value) VALUES ('me_contact_id@bob', %s)", (json.dumps(maya),))
    monkeypatch.setenv("TOTALNET_DATABASE", alice)
    open_session(data_dir)
    worker = threading.Thread(target=contacts.set_me, args=(maya,))
    worker.start()
    worker.join(1.0)
    assert worker.is_alive()
    bob_conn.rollback()
    bob_conn.close()
    worker.join(30)
    assert identity.me_id() == maya and identity.chosen_by_others() == {}
    db_mod.close_database()
