"""The set-based search documents (an import's block, a copy's whole rebuild) hold exactly the words the
per-contact path (``tn_search_doc``, the triggers') gives, for contacts with accents, non-Latin names,
several points, tags, notes and none of these."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import pg_search
from totalnet_desktop.core.store.models import database
from totalnet_desktop.core.store.records import ContactRecord, PointRecord

pytestmark = pytest.mark.postgres_only

WORDS = st.text(alphabet=st.sampled_from("abcÉéŁłøßÇ ق ع ح 0123456789-.@'"), max_size=12)


def _both() -> tuple[dict, dict]:
    per_contact = dict(database.execute_sql("SELECT id, tn_search_doc(id)::text FROM contact").fetchall())
    stored = dict(database.execute_sql(f"SELECT contact_id, doc::text FROM {pg_search.TABLE}").fetchall())
    return per_contact, stored


def _add(first: str, company: str, email: str, phone: str, tags: tuple[str, ...], notes: str) -> int:
    points = tuple(p for p in (PointRecord("email", email) if "@" in email else None,
                               PointRecord("phone", phone) if sum(ch.isdigit() for ch in phone) >= 5 else None) if p)
    return contacts.create(ContactRecord(id=None, first_name=first or "x", company=company, points=points,
                                         tags=tags, notes=notes), undoable=False)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(WORDS, WORDS, st.sampled_from(["", "layla@cedar.ae", "Élodie@Café.fr"]),
                          st.sampled_from(["", "050 555 0107", "+971 4 123 4567"]),
                          st.sampled_from([(), ("vip",), ("printing", "Çafé")]), WORDS), min_size=1, max_size=6))
def test_a_blocks_documents_match_the_per_contact_path(empty_server, data_dir, people):
    from totalnet_desktop.core.store import db as db_mod

    if database.is_closed() or getattr(database.obj, "database", None) != empty_server:
        db_mod.open_server(empty_server)
    database.execute_sql("TRUNCATE contact CASCADE")
    ids = [_add(*person) for person in people]
    database.execute_sql(f"DELETE FROM {pg_search.TABLE}")
    pg_search.rebuild_range(database, min(ids), max(ids))
    per_contact, stored = _both()
    assert stored == per_contact and set(stored) == set(ids)
    database.execute_sql(f"DELETE FROM {pg_search.TABLE}")
    pg_search.rebuild(database, ids[::-1])
    assert _both()[1] == per_contact
    pg_search.rebuild(database)
    assert _both()[1] == per_contact
