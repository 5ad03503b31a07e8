"""Writing CSV files safely: UTF-8 (with a BOM "for Excel"), formula cells neutralised (OWASP).

A cell a spreadsheet would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage
return) gets a leading single quote; so does a cell that already starts with one, so the app's own
importer can take exactly one quote off and give back the value as it was.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import logging
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from decimal import Decimal
from typing import TextIO

from totalnet_desktop.core.store import write_guard
from totalnet_desktop.core.store.errors import TotalNetError

logger = logging.getLogger(__name__)

RISKY_START = ("=", "+", "-", "@", "\t", "\r")


class ExportWriteError(TotalNetError):
    """The export file cannot be written."""


def neutralise(value: str) -> str:
    """Prefix a quote to a cell a spreadsheet would evaluate (and to one already starting with a quote)."""
    if value and (value.startswith(RISKY_START) or (value.startswith("'") and value[1:2] in RISKY_START + ("'",))):
        return "'" + value
    return value


def cell_text(value: object) -> str:
    """A Python value as CSV text: dates ISO, decimals plain, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat(sep=" ") if isinstance(value, dt.datetime) else value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


PROGRESS_EVERY = 1000


@contextlib.contextmanager
def atomic_text(path: str | os.PathLike, encoding: str = "utf-8") -> Iterator[TextIO]:
    """A text file written beside ``path`` and put in its place only when the block ends well: an
    error or a cancel (any exception) leaves ``path`` as it was. The live database, its companions
    and folders are refused (write_guard); a failed write becomes ExportWriteError."""
    try:
        with write_guard.atomic_file(path, "w", encoding=encoding) as fh:
            yield fh
    except (write_guard.FileWriteError, write_guard.UnsafeTargetError) as exc:
        raise ExportWriteError(str(exc)) from exc


def write_table(path: str | os.PathLike, headers: Sequence[str], rows: Iterable[Sequence[object]],
                excel: bool = False, progress: Callable[[int, int], None] | None = None, total: int = 0) -> int:
    """Write ``rows`` under ``headers`` to ``path`` atomically; return the number of rows written.

    Numbers are not neutralised (a negative amount stays a number); text cells are. ``progress(done,
    total)`` is called every PROGRESS_EVERY rows; when it raises (a cancel), the file at ``path`` is
    left as it was.
    """
    count = 0
    with atomic_text(path, "utf-8-sig" if excel else "utf-8") as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow([neutralise(str(h)) for h in headers])
        for row in rows:
            writer.writerow([
                cell_text(v) if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)
                else neutralise(cell_text(v))
                for v in row
            ])
            count += 1
            if progress is not None and count % PROGRESS_EVERY == 0:
                progress(count, total)
    logger.info("wrote %d rows to %s", count, path)
    return count


def write_raw(path: str | os.PathLike, headers: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write cells exactly as given (no neutralising): for rows read from the user's own file."""
    count = 0
    with atomic_text(path) as fh:
        writer = csv.writer(fh, lineterminator="\r\n")
        writer.writerow(headers)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count
