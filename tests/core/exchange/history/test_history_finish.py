"""Issue 17's remaining edges: undoing an import that only raised counts, WhatsApp senders with ':' in
their names, calendar events without attendees and all-day events, a calendar 1-2-1 as a one-to-one
slip, and progress within a long file."""

from __future__ import annotations

import datetime as dt

from test_history_import import OMAR_CHAT, people  # noqa: F401 (the fixture)

from totalnet_desktop.core.exchange.history import runner
from totalnet_desktop.core.store import undo
from totalnet_desktop.core.store.models import HistoryImport, Interaction

DAY14 = "whatsapp:omar haddad:2024-02-14:omar haddad"


def counts() -> dict[str, int]:
    return {i.origin_key: i.count for i in Interaction.select()}


def test_undoing_an_import_that_only_raised_counts_lowers_them_and_keeps_the_earlier_import(people, tmp_path):  # noqa: F811
    chat = tmp_path / "WhatsApp Chat with Omar Haddad.txt"
    chat.write_text(OMAR_CHAT, encoding="utf-8")
    runner.import_history([chat], today=dt.date(2024, 3, 1))
    first = counts()
    assert first[DAY14] == 1
    # A newer export of the same chat: one more message on a day already stored, nothing else new.
    chat.write_text(OMAR_CHAT + "14/02/2024, 18:30 - Omar Haddad: and see you\n", encoding="utf-8")
    newer = runner.import_history([chat], today=dt.date(2024, 3, 1))
    assert counts()[DAY14] == 2
    assert newer.line() == ("read 1 file, 0 new touches with contacts, 0 waiting for review (0 people), "
                            "1 earlier day with more messages")
    # Ctrl+Z undoes that import (the count goes back), not the one before it.
    assert undo.undo_last() == "import history (1 file); 1 earlier day back to its count"
    assert counts() == first and HistoryImport.select().count() == 1
    assert undo.undo_last() == "import history (1 file); 2 touches removed"
    assert counts() == {}
