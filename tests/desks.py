"""Work another desk does at the same time, in its own process (tests of several people at once)."""

from __future__ import annotations


def check_in_everyone(url: str, meeting_id: int, reverse: bool, barrier, results) -> None:
    """Open the shared database, wait for the other desk, then check in every roster row."""
    from totalnet_desktop.core.chapter import meetings
    from totalnet_desktop.core.store import db

    db.open_server(url)
    meeting = meetings.get_meeting(meeting_id)
    rows = meetings.roster_rows(meeting_id)
    if reverse:
        rows.reverse()
    barrier.wait()
    changed = {row.contact_id: meetings.check_in(meeting, row).changed for row in rows}
    db.close_database()
    results.put(changed)



def save_company(url: str, contact_id: int, company: str, barrier, results) -> None:
    """Open a contact, wait until the other desk has opened it too, then save a new company."""
    from dataclasses import replace

    from totalnet_desktop.core.contacts import service
    from totalnet_desktop.core.store import db
    from totalnet_desktop.core.store.errors import EditConflictError

    db.open_server(url)
    record = service.get(contact_id)
    barrier.wait()
    try:
        service.update(replace(record, company=company), undoable=False)
        results.put(("saved", company))
    except EditConflictError as exc:
        results.put(("told", str(exc)))
    db.close_database()
