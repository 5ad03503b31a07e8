"""Saving one big contact: a new contact with 1,000 tags and 1 MB of notes, through the app's save
(validation, points, tags, its search row, undo entry, one transaction) against the raw floor on the
same kind of file: one transaction that inserts the contact row, the 1,000 tags and their links and
the contact's FTS5 row, with plain ``sqlite3``."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from pathlib import Path

from benchmarks import run as bench_run

TAGS = 1000
NOTES = ("Met at the chamber breakfast; follow up about the print job for the spring fair. " * 13000)[:1_000_000]


def _floor(db_path: Path, n: int) -> float:
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=FULL")  # as the app writes
    con.executescript(
        "CREATE TABLE IF NOT EXISTS c (id INTEGER PRIMARY KEY, first TEXT, last TEXT, company TEXT, notes TEXT);"
        "CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, name TEXT UNIQUE COLLATE NOCASE);"
        "CREATE TABLE IF NOT EXISTS ct (c INTEGER, t INTEGER, UNIQUE (c, t));"
        "CREATE VIRTUAL TABLE IF NOT EXISTS f USING fts5(name, company, tags, notes, detail=none);")
    start = time.perf_counter()
    con.execute("BEGIN")
    cid = con.execute("INSERT INTO c (first, last, company, notes) VALUES ('Layla', 'Haddad', 'Cedar', ?)",
                      (NOTES,)).lastrowid
    names = [f"tag {n} {k}" for k in range(TAGS)]
    con.executemany("INSERT INTO t (name) VALUES (?)", [(name,) for name in names])
    con.execute("INSERT INTO ct (c, t) SELECT ?, id FROM t WHERE name LIKE ?", (cid, f"tag {n} %"))
    con.execute("INSERT INTO f (rowid, name, company, tags, notes) VALUES (?, 'Layla Haddad', 'Cedar', ?, ?)",
                (cid, " ".join(names), NOTES))
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def run(report) -> None:
    from totalnet_desktop.core.contacts import service
    from totalnet_desktop.core.contacts.search import ContactFilter, search_ids
    from totalnet_desktop.core.store import db as db_mod
    from totalnet_desktop.core.store.records import ContactRecord, PointRecord
    from totalnet_desktop.core.store.session import open_session

    rounds = 3 if bench_run.QUICK else 5
    with tempfile.TemporaryDirectory(prefix="bench-editing-") as tmp:
        open_session(Path(tmp) / "data")
        project, floor = [], []
        for n in range(rounds):
            record = ContactRecord(id=None, first_name="Layla", last_name="Haddad", company="Cedar", notes=NOTES,
                                   tags=tuple(f"tag {n} {k}" for k in range(TAGS)),
                                   points=(PointRecord("email", f"layla{n}@example.com"),))
            start = time.perf_counter()
            cid = service.create(record)
            project.append(time.perf_counter() - start)
            floor.append(_floor(Path(tmp) / "floor.sqlite3", n))
        assert cid in search_ids(ContactFilter(text=f"tag {rounds - 1} 999 spring fair"))  # indexed
        db_mod.close_database()
    pairs = sorted(p / f for p, f in zip(project, floor))
    report(f"new contact with {TAGS:,} tags and 1 MB of notes (one save)", sorted(project)[rounds // 2],
           sorted(floor)[rounds // 2], f"floor: raw sqlite3 rows + FTS5 row, one transaction; median of "
           f"{rounds}, pair ratio x{pairs[rounds // 2]:.2f}")
