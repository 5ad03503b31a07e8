"""The Contacts searcher for an ordinary login on a server (--engine postgres): row-level security filters
the index table there, so a search that narrows the last one reads only the last one's rows, by id
(``pg_search.IDS_WITHIN_SQL``). Letter by letter it must give exactly the SQL search's ids."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from people import add
from pglogins import login

from totalnet_desktop.core.contacts import search as cs
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.models import Contact
from totalnet_desktop.core.store.records import PointRecord

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")
pytestmark = pytest.mark.postgres_only

NAMES = ("Layla", "Lara", "Laith", "Lana", "Amal", "Adam", "Zoë", "Hala", "Dana", "Sam", "Omar", "Priya")


@pytest.fixture
def alice(pg_cluster, empty_server):
    db_mod.open_server(empty_server)  # the schema, made by the owner
    db_mod.close_database()
    db_mod.open_server(login(pg_cluster, empty_server, "alice"))
    yield
    db_mod.close_database()


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(people=st.lists(st.tuples(st.sampled_from(NAMES), st.sampled_from(NAMES), st.booleans(), st.booleans()),
                       min_size=1, max_size=40),
       typed=st.lists(st.text(alphabet="laiodmhsz 0", min_size=0, max_size=6), min_size=1, max_size=4))
def test_narrowing_among_the_last_ids_agrees_with_sql_search(alice, people, typed):
    Contact.delete().execute()
    made = [add(first, last, points=(PointRecord("email", f"{first.lower()}@lahham.ae"),) if mail else ())
            for first, last, mail, _ in people]
    gone = [cid for cid, (*_, trashed) in zip(made, people, strict=True) if trashed]
    if gone:
        contacts.trash(gone)
    searcher = cs.ContactSearcher()
    searcher.base_ids(cs.ContactFilter())
    assert searcher._policed  # this login's statements are filtered: the path under test is taken
    for word in typed:
        for n in range(len(word) + 1):
            flt = cs.ContactFilter(text=word[:n])
            assert searcher.ids(flt) == cs.search_ids(flt), word[:n]
        for n in range(len(word), -1, -1):  # and back, letter by letter (each a search afresh)
            flt = cs.ContactFilter(text=word[:n])
            assert searcher.ids(flt) == cs.search_ids(flt), word[:n]
