"""Counting the SQL statements a piece of code runs, on either engine (tests only)."""

from __future__ import annotations

import contextlib
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
