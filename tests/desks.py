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


def write_connections(path, rows: int) -> None:
    """A LinkedIn Connections.csv of ``rows`` different people (no repeats: every row is a new contact)."""
    import csv

    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
        for n in range(rows):
            writer.writerow([f"Imported{n}", f"Person{n}", f"https://www.linkedin.com/in/imported-{n}",
                             f"imported.{n}@example.com" if n % 3 == 0 else "", f"Firm {n % 97}", "Consultant",
                             "07 Jan 2025"])


def import_holding_open(url: str, path: str, started, go_on, results) -> None:
    """Import a file; once its first rows are written (not committed), tell the other desk and wait for
    it before finishing: the other desk's work then happens while the import's transaction is open."""
    from totalnet_desktop.core.exchange import importer
    from totalnet_desktop.core.store import db

    db.open_server(url)
    first = [True]

    def progress(done: int, total: int) -> None:
        if first[0]:
            first[0] = False
            started.set()
            go_on.wait(120)

    summary = importer.execute(importer.open_import(path), importer.ImportOptions(), progress=progress,
                               parallel=False)
    db.close_database()
    results.put(("import", summary.imported))


def check_in_while_importing(url: str, meeting_id: int, started, go_on, results) -> None:
    """Wait until the other desk's import is under way, check in every roster row, then let it finish."""
    import time

    from totalnet_desktop.core.chapter import meetings
    from totalnet_desktop.core.store import db
    from totalnet_desktop.core.store.models import Contact

    db.open_server(url)
    meeting = meetings.get_meeting(meeting_id)
    rows = meetings.roster_rows(meeting_id)
    started.wait(120)
    waits, changed = [], 0
    try:
        for row in rows:
            begun = time.perf_counter()
            changed += meetings.check_in(meeting, row).changed
            waits.append(time.perf_counter() - begun)
        seen = Contact.select().count()  # the import's rows are not committed yet
    finally:
        go_on.set()
    db.close_database()
    results.put(("check-in", changed, seen, max(waits)))
