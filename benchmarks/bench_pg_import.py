"""Import on a PostgreSQL chapter server (issue 18): the COPY writer (core.exchange.copy_writer) against
the executemany writer and against a raw COPY floor, and what an import costs another desk checking
members in at the same time.

- floor: psycopg reads nothing but the CSV, then COPYs the contacts and their profile links into two
  bare tables (no index but the key, no trigger, no dedupe) in one transaction;
- project: ``importer.execute`` into a migrated database (dedupe, points, tags, search index, stage
  history, sequences), with the COPY writer, then with the executemany writer, on fresh databases;
- check-in: another process checks members in, one every 20 ms, while the import runs; the median
  and the slowest of those check-ins against the same desk's check-ins with no import.

Needs PostgreSQL's binaries (a throwaway cluster, as tests/pgcluster.py starts for the tests); without
them it prints one line and stops. Figures are printed, never asserted.
"""

from __future__ import annotations

import csv
import datetime as dt
import multiprocessing
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUICK = os.environ.get("BENCH_QUICK") == "1"
ROWS = int(os.environ.get("BENCH_PG_IMPORT_ROWS", "20000" if QUICK else "100000"))
ROUNDS = 1 if QUICK else 3
# BENCH_PG_IMPORT_ONLY=copy: the COPY writer's import against its floor only (no executemany writer, no
# check-in desk), for a quick before/after of a change to the COPY path.
COPY_ONLY = os.environ.get("BENCH_PG_IMPORT_ONLY") == "copy"
MEMBERS = 60


def _cluster():
    sys.path.insert(0, str(ROOT / "tests"))
    import pgcluster

    bin_dir = pgcluster.find_bin()
    if bin_dir is None:
        return None
    cluster = pgcluster.Cluster(bin_dir)
    cluster.start()
    return cluster


def raw_copy(url: str, source: Path) -> int:
    """The floor: the file's rows into two bare tables by COPY, one transaction."""
    import psycopg

    with open(source, encoding="utf-8", newline="") as fh:
        lines = fh.read().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("First Name,"))
    rows = list(csv.reader(lines[start + 1:]))
    now = dt.datetime.now().replace(microsecond=0)
    with psycopg.connect(url) as conn, conn.cursor() as cur:
        cur.execute("CREATE TABLE raw_contact (id integer PRIMARY KEY, first_name text, last_name text, "
                    "company text, job_title text, created_at timestamp)")
        cur.execute("CREATE TABLE raw_point (contact_id integer, kind text, value text)")
        with cur.copy("COPY raw_contact FROM STDIN") as copy:
            for n, r in enumerate(rows, 1):
                copy.write_row((n, r[0], r[1], r[4], r[5], now))
        with cur.copy("COPY raw_point FROM STDIN") as copy:
            for n, r in enumerate(rows, 1):
                copy.write_row((n, "social", r[2]))
                if r[3]:
                    copy.write_row((n, "email", r[3]))
    return len(rows)


def _prepare(url: str) -> tuple[int, int]:
    """A chapter with MEMBERS members and two meetings (one for the quiet check-ins, one during the
    import); their ids."""
    from totalnet_desktop.core.chapter import chapters, meetings
    from totalnet_desktop.core.store import db as db_mod

    db_mod.open_server(url)
    chapter = chapters.create_chapter("Bench Chapter", start_time="23:59")
    for n in range(MEMBERS):
        chapters.add_member(chapter.id, name=f"Member {n:02d} Bench", classification=f"Class {n}")
    day = dt.date(2026, 1, 7)
    quiet = meetings.open_meeting(chapter.id, day, today=day).id
    busy = meetings.open_meeting(chapter.id, day + dt.timedelta(days=7), today=day + dt.timedelta(days=7)).id
    db_mod.close_database()
    return quiet, busy


def checkin_desk(url: str, quiet: int, busy: int, started, finished, results) -> None:
    """Check in the quiet meeting's members; then, once the import has started, the busy meeting's,
    one every 20 ms (until the import ends or the roster is done); the seconds of each."""
    from totalnet_desktop.core.chapter import meetings
    from totalnet_desktop.core.store import db as db_mod

    db_mod.open_server(url)

    def check(meeting_id: int, during: bool) -> list[float]:
        meeting = meetings.get_meeting(meeting_id)
        out = []
        for row in meetings.roster_rows(meeting_id):
            if during and finished.is_set():
                break
            begun = time.perf_counter()
            meetings.check_in(meeting, row)
            out.append(time.perf_counter() - begun)
            time.sleep(0.02)
        return out

    idle = check(quiet, False)
    started.wait(600)
    busy_times = check(busy, True)
    db_mod.close_database()
    results.put((idle, busy_times))


def run(report) -> None:
    from benchmarks.bench_import import write_linkedin
    from totalnet_desktop.core.exchange import copy_writer, importer
    from totalnet_desktop.core.exchange.writer import BulkWriter
    from totalnet_desktop.core.store import db as db_mod

    cluster = _cluster()
    if cluster is None:
        print("PostgreSQL import benchmark skipped: no initdb/pg_ctl (install postgresql or set TOTALNET_PG_BIN)")
        return
    try:
        cluster.admin(f"CREATE DATABASE {cluster.template} TEMPLATE template0")
        db_mod.open_server(cluster.url(cluster.template))
        db_mod.close_database()
        with tempfile.TemporaryDirectory() as folder:
            source = Path(folder) / "Connections.csv"
            write_linkedin(source, ROWS)
            floors, copies, manys, helped = [], [], [], []
            summary = None
            original = copy_writer.writer_for

            def executemany_writer(db, maker, stage_rows=False):
                return BulkWriter(db, maker, stage_rows)

            for _ in range(ROUNDS):
                url = cluster.url(cluster.new_database())
                begun = time.perf_counter()
                raw_copy(url, source)
                floors.append(time.perf_counter() - begun)
                writers = ((copies, original, False),) if COPY_ONLY else (
                    (copies, original, False), (manys, executemany_writer, False), (helped, original, True))
                for times, writer, helper in writers:
                    copy_writer.writer_for = writer
                    try:
                        db_mod.open_server(cluster.url(cluster.new_database(cluster.template)))
                        begun = time.perf_counter()
                        summary = importer.execute(importer.open_import(source), importer.ImportOptions(),
                                                   parallel=helper)
                        times.append(time.perf_counter() - begun)
                        db_mod.close_database()
                    finally:
                        copy_writer.writer_for = original
            floor = statistics.median(floors)
            report(f"PostgreSQL: import {ROWS:,} LinkedIn rows, COPY writer", statistics.median(copies), floor,
                   f"{summary.line()}; raw COPY floor; medians of {ROUNDS}")
            if COPY_ONLY:
                return
            report(f"PostgreSQL: import {ROWS:,} LinkedIn rows, executemany writer", statistics.median(manys), floor,
                   "the same import before the COPY writer")
            report(f"PostgreSQL: import {ROWS:,} LinkedIn rows, COPY writer, rows planned by the helper process",
                   statistics.median(helped), statistics.median(copies),
                   f"against the same import planned in-process ({source.stat().st_size / 1e6:.1f} MB file)")

            # Another desk checks members in while an import runs.
            url = cluster.url(cluster.new_database(cluster.template))
            quiet, busy = _prepare(url)
            ctx = multiprocessing.get_context("spawn")
            started, finished, results = ctx.Event(), ctx.Event(), ctx.Queue()
            desk = ctx.Process(target=checkin_desk, args=(url, quiet, busy, started, finished, results))
            desk.start()
            db_mod.open_server(url)
            time.sleep(3)  # the desk's quiet check-ins first (MEMBERS x ~20 ms)
            started.set()
            try:
                importer.execute(importer.open_import(source), importer.ImportOptions(), parallel=False)
            finally:
                finished.set()
                db_mod.close_database()
            idle, during = results.get(timeout=600)
            desk.join(timeout=60)
            report("PostgreSQL: check-in while another desk imports (median)", statistics.median(during),
                   statistics.median(idle), f"{len(during)} check-ins during the import, slowest "
                   f"{max(during) * 1000:.1f} ms; baseline: the same desk with no import")
    finally:
        db_mod.close_database()
        cluster.stop()
