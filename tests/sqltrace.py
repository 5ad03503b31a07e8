"""Counting the SQL statements a piece of code runs, on either engine (tests only)."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator

from totalnet_desktop.core.store import engine


@contextlib.contextmanager
def statements(db) -> Iterator[list[str]]:
    """Collect every statement sent through ``db`` while the block runs (clear the list at will)."""
    seen: list[str] = []
    if engine.is_postgres(db):
        handle = getattr(db, "obj", db)
        original = handle._execute_cursor

        def traced(sql, params, **options):
            seen.append(sql)
            return original(sql, params, **options)

        handle._execute_cursor = traced
        try:
            yield seen
        finally:
            del handle._execute_cursor
        return
    connection = db.connection()
    connection.set_trace_callback(seen.append)
    try:
        yield seen
    finally:
        connection.set_trace_callback(None)


@contextlib.contextmanager
def round_trips(db) -> Iterator[list[str]]:
    """On a PostgreSQL handle: each time the real connection waited for the server while the block ran
    (an extended-protocol Sync or a simple Query: BEGIN and COMMIT included), read from libpq's own trace
    of the messages it sent. Each item names the statement of that round trip (its text, or the
    name of the prepared statement psycopg reused)."""
    from psycopg import pq

    pgconn = getattr(db, "obj", db).connection().pgconn
    trips: list[str] = []
    with tempfile.TemporaryFile("w+", encoding="utf-8", errors="replace") as trace:
        pgconn.trace(trace.fileno())
        pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS)
        try:
            yield trips
        finally:
            pgconn.untrace()  # flushes the trace
            trace.seek(0)
            trips.extend(_waits(trace.read().splitlines()))


def _waits(lines: list[str]) -> list[str]:
    statement = ""
    waits = []
    for line in lines:
        parts = line.split("\t")
        if len(parts) < 3 or parts[0] != "F":
            continue  # the server's answers
        kind, rest = parts[2], "\t".join(parts[3:]).strip()
        if kind == "Parse":
            statement = rest  # "" "INSERT ..." (an unnamed statement)
        elif kind == "Bind" and not statement:
            statement = rest.split(" ")[1]  # "" "_pg3_4" (a prepared one, reused)
        elif kind == "Query":
            waits.append(rest)
        elif kind == "Sync":
            waits.append(statement)
            statement = ""
    return waits
