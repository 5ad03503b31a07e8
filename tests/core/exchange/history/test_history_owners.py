"""Two logins import the same history into one chapter server (schema step 20): both imports succeed,
each sees only their own touches, review list, imports and saved mappings, and the server refuses the
other's rows to raw SQL too (--engine postgres)."""

from __future__ import annotations

import datetime as dt

import pytest
from pglogins import login, raw

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.exchange import mappings
from totalnet_desktop.core.exchange.history import review, runner, storing
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import identity, private_history
from totalnet_desktop.core.store.models import Interaction

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")

CHAT = """01/02/2024, 09:00 - Maya Member: Coffee tomorrow?
01/02/2024, 09:05 - Sam Lee: Yes!
01/02/2024, 09:06 - +971 55 765 4321: who is this group?
14/02/2024, 18:00 - Maya Member: Thanks for the referral
"""
TODAY = dt.date(2024, 3, 1)


@pytest.fixture
def chat_and_logins(pg_cluster, empty_server, tmp_path):
    db_mod.open_server(empty_server)
    chapter = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    maya = chapters.add_member(chapter.id, name="Maya Member", classification="Printing").contact_id
    db_mod.close_database()
    chat = tmp_path / "WhatsApp Chat with Maya Member.txt"
    chat.write_text(CHAT, encoding="utf-8")
    return maya, chat, login(pg_cluster, empty_server, "alice"), login(pg_cluster, empty_server, "bob")


def _mine() -> tuple:
    """(touches with the member by day, people waiting, imports, mapping names) as this login sees them."""
    touches = sorted((i.occurred_at.date().isoformat(), i.count) for i in Interaction.select())
    return touches, [p.label for p in review.review_list()], len(storing.imports()), mappings.mapping_names()


@pytest.mark.postgres_only
def test_two_logins_import_the_same_chat_and_each_sees_only_their_own(chat_and_logins):
    maya, chat, alice, bob = chat_and_logins
    seen = {}
    for url, mapping in ((alice, "Alice's roster"), (bob, "Bob's roster")):
        db_mod.open_server(url)
        result = runner.import_history([chat], me=["Sam Lee"], today=TODAY)
        assert not result.failed and result.batch_ids, identity.who()
        mappings.save_mapping(mapping, ["Mobile"], ["phone"])
        mappings.save_mapping("Roster", ["Mobile"], ["email" if url == alice else "note"])
        seen[identity.who()] = _mine()
        again = runner.import_history([chat], me=["Sam Lee"], today=TODAY)  # adds nothing for them
        assert not again.batch_ids and _mine() == seen[identity.who()]
        db_mod.close_database()
    # Hand-counted: three people write, so it is a group chat: Maya's own messages, one on each of two
    # days; the unknown number waits for review.
    assert seen["alice"] == ([("2024-02-01", 1), ("2024-02-14", 1)], ["+971 55 765 4321"], 1,
                             ["Alice's roster", "Roster"])
    assert seen["bob"] == ([("2024-02-01", 1), ("2024-02-14", 1)], ["+971 55 765 4321"], 1,
                           ["Bob's roster", "Roster"])

    db_mod.open_server(alice)
    assert mappings.apply_mapping("Roster", ["Mobile"], ["phone"]) == ("email",)  # hers, not Bob's
    assert runner.remembered_me()["whatsapp"]  # who she is in her files: her own preference
    review.ignore(review.review_list()[0].id)  # she ignores the number; Bob still has it waiting
    batch = storing.imports()[0].id
    assert storing.undo_import(batch) == 2  # her undo removes her touches only
    db_mod.close_database()
    db_mod.open_server(bob)
    assert _mine() == seen["bob"]
    db_mod.close_database()

    # Raw SQL as Bob: each history table and the mappings hold his rows only.
    for table in (*private_history.TABLES, "interaction"):
        owners = raw(bob, f"SELECT DISTINCT owner FROM {table}")
        assert owners == ([] if table == "history_ignored" else [("bob",)]), table
    assert raw(alice, "SELECT owner FROM history_ignored") == [("alice",)]
    assert raw(bob, "SELECT count(*) FROM history_import WHERE owner = 'alice'") == [(0,)]
    assert raw(bob, "SELECT count(*) FROM setting WHERE key LIKE %s", ("history_me@%",)) == [(2,)]  # one per login
    del maya
