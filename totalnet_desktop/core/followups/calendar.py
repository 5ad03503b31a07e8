"""Exports of the follow-up queue: an iCalendar file for a phone's calendar, and a CSV table.

``core.followups.followups_table()`` is the one table both the CSV export here and ``totalnet export
--what followups`` write, so the two always agree.
"""

from __future__ import annotations

import csv
import datetime as dt
import logging
from pathlib import Path

import icalendar

from totalnet_desktop import __version__
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.followups.queue import TABLE_HEADERS, followups_table  # noqa: F401 - re-exported
from totalnet_desktop.core.store import write_guard
from totalnet_desktop.core.store.errors import TotalNetError

logger = logging.getLogger(__name__)

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """A cell a spreadsheet would run as a formula gets a leading apostrophe."""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def export_csv(path: str | Path, due: str = "all", today: dt.date | None = None, excel: bool = False) -> int:
    """Write the queue as CSV (UTF-8, a BOM for Excel when asked); how many items were written."""
    headers, rows = followups_table(due, today)
    path = Path(path)
    _write_atomically(path, lambda fh: _csv_rows(fh, headers, rows), "utf-8-sig" if excel else "utf-8")
    return len(rows)


def _csv_rows(fh, headers: list[str], rows: list[list[str]]) -> None:
    writer = csv.writer(fh)
    writer.writerow(headers)
    writer.writerows([neutralise(cell) for cell in row] for row in rows)


def build_calendar(due: str = "all", today: dt.date | None = None) -> icalendar.Calendar:
    """The pending items as all-day events on their due dates (UID stable per item)."""
    today = today or dt.date.today()
    cal = icalendar.Calendar()
    cal.add("prodid", f"-//TotalNet Desktop {__version__}//Follow-ups//EN")
    cal.add("version", "2.0")
    cal.add("x-wr-calname", "TotalNet follow-ups")
    stamp = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    for item in followups.list_items(due, today):
        event = icalendar.Event()
        event.add("uid", f"followup-{item.id}@totalnet.local")
        event.add("dtstamp", stamp)
        event.add("dtstart", item.due)
        event.add("dtend", item.due + dt.timedelta(days=1))
        event.add("summary", item.reason)
        lines = [f"Contact: {item.contact_name}" + (f" ({item.company})" if item.company else "")]
        if item.channel:
            lines.append(f"Suggested channel: {item.channel_label}")
        lines.append(f"From: {item.origin_label}")
        if item.link:
            lines.append(item.link)
            event.add("url", item.link)
        event.add("description", "\n".join(lines))
        event.add("categories", ["Follow-up"])
        event.add("transp", "TRANSPARENT")  # a reminder, not busy time
        cal.add_component(event)
    return cal


def export_ics(path: str | Path, due: str = "all", today: dt.date | None = None) -> int:
    """Write the pending items as an iCalendar file; how many events were written."""
    cal = build_calendar(due, today)
    count = len(cal.walk("VEVENT"))
    data = cal.to_ical()
    _write_atomically(Path(path), lambda fh: fh.write(data), None)
    return count


def _write_atomically(path: Path, write, encoding: str | None) -> None:
    """Write to a fresh temporary file beside ``path`` and rename it (write_guard): no half-written
    file on failure, never the live database."""
    try:
        with write_guard.atomic_file(path, "wb" if encoding is None else "w", encoding=encoding) as fh:
            write(fh)
    except write_guard.FileWriteError as exc:
        raise TotalNetError(str(exc)) from exc