"""Names sort as the locale sorts them: the fallback key and the fast order that keeps SQLite's order
for plain names, against a full sort by key."""

import hypothesis.strategies as st
import pytest
from hypothesis import given, settings

from totalnet_desktop.core.store import collation

PEOPLE = ["Zoe", "Łukasz", "Lara", "Émile", "Eve", "Mark", "أحمد", "Ørsted", "emile", "O'Brien", "Obi"]
ALPHABET = "aAbBeEzZlL09 éÉŁłØöç'-أحمد\u00a0"


@pytest.fixture(autouse=True)
def _keep_collation():
    saved = dict(collation._state)
    yield
    collation._state.update(saved)


def nocase(text: str) -> bytes:
    """SQLite's COLLATE NOCASE: ASCII letters folded, everything else compared as UTF-8 bytes."""
    return "".join(c.lower() if c.isascii() else c for c in text).encode()


def sqlite_order(rows):
    return sorted(rows, key=lambda r: (nocase(r[1]), nocase(r[2]), r[0]))


def full_order(rows):
    return [r[0] for r in sorted(sorted(rows), key=lambda r: collation.name_key(r[1], r[2]))]


def test_fallback_sorts_letters_with_their_base_letter():
    collation.install(None)
    ordered = collation.sort_people(PEOPLE, lambda x: x)
    assert ordered.index("Lara") < ordered.index("Łukasz") < ordered.index("Mark")
    assert ordered.index("Émile") < ordered.index("Eve") < ordered.index("Lara")
    assert ordered.index("O'Brien") < ordered.index("Zoe") and ordered[-1] == "أحمد"
    assert collation.fold_key("Straße Ørsted") == "strasse orsted"


def test_first_name_then_last_name():
    collation.install(None)
    rows = [(1, "Ab", "Zed"), (2, "Ab c", "Aa"), (3, "ab", "Y"), (4, "Abc", "")]
    assert collation.order_by_name(sqlite_order(rows)) == [3, 1, 2, 4]
    assert collation.order_by_name(sqlite_order(rows), descending=True) == [4, 2, 1, 3]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(ALPHABET, max_size=5), st.text(ALPHABET, max_size=4)), max_size=60),
       st.booleans())
def test_fast_order_is_the_full_sort(names, mostly_plain):
    collation.install(None)
    if mostly_plain:  # the binary-search path: few names beyond plain ASCII
        names = [(f.encode("ascii", "ignore").decode(), last) if i % 9 else (f, last)
                 for i, (f, last) in enumerate(names)]
    rows = [(i, f, last) for i, (f, last) in enumerate(names, start=1)]
    assert collation.order_by_name(sqlite_order(rows)) == full_order(rows)


def test_a_locale_that_disagrees_on_plain_names_is_sorted_in_full():
    # A collation where 'ch' is one letter after 'h' (as in Czech): plain names can no longer keep
    # SQLite's order.
    collation.install(lambda t: t.lower().replace("ch", "h~"), "test-ch")
    try:
        rows = [(1, "Cz", ""), (2, "Cha", ""), (3, "Hz", "")]
        assert collation.order_by_name(sqlite_order(rows)) == [1, 3, 2]
    finally:
        collation.install(None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.text(ALPHABET, max_size=4), st.text(ALPHABET, max_size=4)), max_size=40))
def test_when_sqlite_order_holds_it_is_the_collation_order(names):
    """The one test export and the Contacts company/profession sort use to skip sorting by keys."""
    collation.install(None)
    rows = [(i, a, b) for i, (a, b) in enumerate(names, start=1)]
    by_sqlite = sqlite_order(rows)
    if collation.sqlite_order_holds(by_sqlite, (1, 2)):
        assert by_sqlite == sorted(rows, key=lambda r: (collation.key(r[1]), collation.key(r[2]), r[0]))
    plain = all(collation.PLAIN.fullmatch(a + b) for a, b in names)
    assert collation.sqlite_order_holds(rows, (1, 2)) == plain


def test_sqlite_order_never_holds_for_a_locale_that_reorders_plain_names():
    collation.install(lambda t: t.lower().replace("ch", "h~"), "test-ch")
    try:
        assert not collation.sqlite_order_holds([(1, "Cz", ""), (2, "Ab", "")], (1, 2))
    finally:
        collation.install(None)
    assert collation.sqlite_order_holds([(1, "Cz", ""), (2, "Ab", None)], (1, 2))
    assert not collation.sqlite_order_holds([(1, "Cz", "Ø")], (1, 2))
