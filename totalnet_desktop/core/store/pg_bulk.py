"""Bulk loads into PostgreSQL with COPY (psycopg's ``cursor.copy``), the server's fastest way in.

COPY FROM is refused on a table whose row-level security applies to the connected role (schema step
16's private rows, ``pg_privacy``), and it cannot skip rows that clash with a unique key. There the rows
go by COPY into a temporary staging table of the same columns, then into the table with one
``INSERT ... SELECT`` (``ON CONFLICT DO NOTHING`` when asked), which the policies check row by row.
The staging tables live until the transaction ends.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable, Sequence


def _quoted(cols: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


def _copy(cursor, table: str, cols: Sequence[str], rows: Iterable[Sequence]) -> None:
    with cursor.copy(f'COPY "{table}" ({_quoted(cols)}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(row)


def copy_rows(db, table: str, cols: Sequence[str], rows: Sequence[Sequence], *, ignore_conflicts: bool = False,
              rls: set[str] | None = None) -> None:
    """Write ``rows`` (tuples in ``cols`` order) into ``table`` inside the caller's transaction.

    ``rls``: the tables where row-level security filters this role (``pg_privacy.rls_tables``); None
    asks the server."""
    if not rows:
        return
    if rls is None:
        from totalnet_desktop.core.store import pg_privacy

        rls = pg_privacy.rls_tables(db)
    conn = db.connection()
    with conn.cursor() as cur:
        if not ignore_conflicts and table not in rls:
            _copy(cur, table, cols, rows)
            return
        stage = f"tn_stage_{table}_{zlib.crc32(','.join(cols).encode()):08x}"
        cur.execute(f'CREATE TEMP TABLE IF NOT EXISTS "{stage}" ON COMMIT DROP AS '
                    f'SELECT {_quoted(cols)} FROM "{table}" WITH NO DATA')
        _copy(cur, stage, cols, rows)
        ignore = " ON CONFLICT DO NOTHING" if ignore_conflicts else ""
        cur.execute(f'INSERT INTO "{table}" ({_quoted(cols)}) SELECT {_quoted(cols)} FROM "{stage}"{ignore}')
        cur.execute(f'TRUNCATE "{stage}"')
