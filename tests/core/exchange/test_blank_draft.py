"""The fast draft constructor the CSV reader uses agrees with the dataclass."""

import dataclasses

from totalnet_desktop.core.exchange.drafts import Draft, blank_draft


def test_a_blank_draft_equals_the_dataclass_default():
    """The fast constructor sets every field as ``Draft(line, cells)`` does, each list its own."""
    fast, slow = blank_draft(7, ["a", "b"]), Draft(line=7, cells=["a", "b"])
    assert fast == slow
    for f in dataclasses.fields(Draft):
        assert getattr(fast, f.name) == getattr(slow, f.name), f.name
    lists = [getattr(fast, f.name) for f in dataclasses.fields(Draft) if isinstance(getattr(fast, f.name), list)]
    assert len({id(x) for x in lists}) == len(lists)
