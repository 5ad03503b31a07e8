"""Import speed: 100,000 LinkedIn rows (duplicate detection, search index) against a raw csv +
sqlite3 executemany + FTS5 load of the same file; peak memory; and streaming a file of a few
hundred MB through the reader (progress and flat memory)."""

from __future__ import annotations

import csv
import datetime as dt
import itertools
import os
import random
import resource
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.synth import FIRST, JOBS, LAST

ROWS = 100_000
ROUNDS = int(os.environ.get("BENCH_IMPORT_ROUNDS", "5"))
BIG_MB = int(os.environ.get("BENCH_IMPORT_BIG_MB", "300"))
LARGE_ROWS = int(os.environ.get("BENCH_IMPORT_LARGE_ROWS", "1000000"))
NOTES = ('Notes:\n"When exporting your connection data, you may notice that some of the email addresses '
         'are missing."\n\n')
HEADER = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]


def write_linkedin(path: Path, rows: int, seed: int = 11) -> None:
    """A Connections.csv like LinkedIn's: preamble, ~25% e-mails, 1% repeated profiles."""
    rnd = random.Random(seed)
    start = dt.date(2015, 1, 1)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(NOTES)
        writer = csv.writer(fh)
        writer.writerow(HEADER)
        for i in range(rows):
            n = i if rnd.random() > 0.01 else rnd.randrange(max(i, 1))
            first, last = FIRST[n % len(FIRST)], LAST[(n // 7) % len(LAST)]
            url = f"https://www.linkedin.com/in/{first}-{last}-{n}".lower().replace(" ", "-")
            email = f"{first}.{n}@example.com".lower() if n % 4 == 0 else ""
            date = (start + dt.timedelta(days=n % 3650)).strftime("%d %b %Y")
            writer.writerow([first, last, url, email, f"{last} {JOBS[n % len(JOBS)]} LLC", JOBS[n % 13], date])


def raw_load(csv_path: Path, db_path: Path) -> int:
    """The floor: stdlib csv, one executemany per table in one transaction, one FTS5 build."""
    con = sqlite3.connect(db_path)
    con.executescript(
        "CREATE TABLE contact (id INTEGER PRIMARY KEY, first TEXT, last TEXT, company TEXT, title TEXT);"
        "CREATE TABLE point (id INTEGER PRIMARY KEY, contact_id INTEGER, kind TEXT, value TEXT, key TEXT);"
        "CREATE INDEX point_key ON point(kind, key); CREATE INDEX point_contact ON point(contact_id);"
        "CREATE VIRTUAL TABLE fts USING fts5(name, company, title, points);")
    with open(csv_path, encoding="utf-8", newline="") as fh:
        for _ in range(4):
            next(fh)
        contacts, points = [], []
        for i, row in enumerate(csv.reader(fh), start=1):
            contacts.append((i, row[0], row[1], row[4], row[5]))
            points.append((i, "social", row[2], row[2].lower()))
            if row[3]:
                points.append((i, "email", row[3], row[3].lower()))
    with con:
        con.executemany("INSERT INTO contact VALUES (?, ?, ?, ?, ?)", contacts)
        con.executemany("INSERT INTO point (contact_id, kind, value, key) VALUES (?, ?, ?, ?)", points)
        con.execute("INSERT INTO fts(rowid, name, company, title, points) SELECT c.id, c.first || ' ' || c.last,"
                    " c.company, c.title, (SELECT group_concat(value, ' ') FROM point p WHERE p.contact_id = c.id)"
                    " FROM contact c")
    con.close()
    return len(contacts)


def raw_merge(csv_path: Path, db_path: Path) -> int:
    """The floor of importing the same file again: read it, find each row's contact by its profile
    key, update company and title in one executemany, rebuild the FTS rows, one transaction."""
    con = sqlite3.connect(db_path)
    by_key = dict(con.execute("SELECT key, contact_id FROM point WHERE kind = 'social'"))
    updates = []
    with open(csv_path, encoding="utf-8", newline="") as fh:
        for _ in range(4):
            next(fh)
        for row in csv.reader(fh):
            cid = by_key.get(row[2].lower())
            if cid is not None:
                updates.append((row[4], row[5], cid))
    with con:
        con.executemany("UPDATE contact SET company = ?, title = ? WHERE id = ?", updates)
        con.execute("DELETE FROM fts")
        con.execute("INSERT INTO fts(rowid, name, company, title, points) SELECT c.id, c.first || ' ' || c.last,"
                    " c.company, c.title, (SELECT group_concat(value, ' ') FROM point p WHERE p.contact_id = c.id)"
                    " FROM contact c")
    con.close()
    return len(updates)


def _hwm_kb() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _rss_kb() -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def _reset_peak() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def run(report) -> None:
    from totalnet_desktop.core.exchange import importer, parallel
    from totalnet_desktop.core.exchange.csv_read import open_csv
    from totalnet_desktop.core.exchange.drafts import build_draft
    from totalnet_desktop.core.store import db as db_mod

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "Connections.csv"
        write_linkedin(source, ROWS)

        # Rounds of (raw load, import) pairs run back to back: on a shared machine whose speed drifts,
        # each pair sees the same moment. Medians of both, and each round's ratio, are printed.
        baselines, projects = [], []
        summary = None
        peak = 0.0
        base_rss = 0
        for attempt in range(ROUNDS):
            raw_path = folder / f"raw{attempt}.sqlite3"
            start = time.perf_counter()
            raw_load(source, raw_path)
            baselines.append(time.perf_counter() - start)
            db_mod.close_database()
            for leftover in folder.glob("app.sqlite3*"):
                leftover.unlink()
            database = db_mod.open_database(folder / "app.sqlite3")
            base_rss = _rss_kb()
            peak_ok = _reset_peak()
            start = time.perf_counter()
            summary = importer.execute(importer.open_import(source), importer.ImportOptions())
            projects.append(time.perf_counter() - start)
            peak = max(peak, (_hwm_kb() if peak_ok else _rss_kb()) / 1024)
        helper_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        baseline, project = statistics.median(baselines), statistics.median(projects)
        ratios = " ".join(f"{p / b:.2f}" for p, b in zip(projects, baselines))
        report(f"import {ROWS:,} LinkedIn rows (dedupe + FTS5)", project, baseline,
               f"{summary.line()}; medians of {ROUNDS} rounds, ratio per round {ratios}; best "
               f"{min(projects):.2f} s vs {min(baselines):.2f} s; peak RSS {peak:.0f} MB (start "
               f"{base_rss / 1024:.0f} MB), planning helper process {helper_peak:.0f} MB (used only when a "
               f"core is free: {'yes' if parallel.worth_it(source.stat().st_size) else 'not now'})")

        db_mod.close_database()
        for leftover in folder.glob("app.sqlite3*"):
            leftover.unlink()
        database = db_mod.open_database(folder / "app.sqlite3")
        start = time.perf_counter()
        importer.execute(importer.open_import(source), importer.ImportOptions(), parallel=False)
        report("the same, planned in-process (no helper)", time.perf_counter() - start, baseline)

        start = time.perf_counter()
        again = importer.execute(importer.open_import(source), importer.ImportOptions())
        merged = time.perf_counter() - start
        raw_path = folder / "raw-merge.sqlite3"
        raw_path.unlink(missing_ok=True)
        raw_load(source, raw_path)
        start = time.perf_counter()
        raw_merge(source, raw_path)
        report(f"same {ROWS:,} rows again (all merged)", merged, time.perf_counter() - start,
               f"{again.line()}; baseline: its own, raw_merge (csv, key lookup, one executemany UPDATE)")
        count = database.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
        db_mod.close_database()
        assert count == summary.imported

    if LARGE_ROWS:
        _large_import(report)

    big = Path(tempfile.gettempdir()) / "totalnet-bench-big.csv"
    try:
        rows = BIG_MB * 1_000_000 // 100
        start = time.perf_counter()
        write_linkedin(big, rows, seed=5)
        made = time.perf_counter() - start
        size_mb = big.stat().st_size / 1e6
        start = time.perf_counter()
        with open(big, encoding="utf-8", newline="") as fh:
            raw_rows = sum(1 for _ in csv.reader(fh))
        baseline = time.perf_counter() - start
        _reset_peak()
        before = _rss_kb()
        ticks = []
        start = time.perf_counter()
        src = open_csv(big)
        count = 0
        for row in src.rows(lambda done, total: ticks.append((time.perf_counter(), done))):
            build_draft(row.line, src.headers, row.cells, ("first_name", "last_name", "linkedin", "email",
                                                           "company", "job_title", "connected_on"))
            count += 1
        project = time.perf_counter() - start
        peak = _hwm_kb() / 1024
        gaps = [b[0] - a[0] for a, b in itertools.pairwise(ticks)]
        report(f"stream {size_mb:.0f} MB CSV to drafts ({count:,} rows)", project, baseline,
               f"raw csv.reader {raw_rows:,} records; peak RSS {peak:.0f} MB vs {before / 1024:.0f} MB before; "
               f"{len(ticks)} progress ticks, longest gap {max(gaps) if gaps else 0:.2f} s; "
               f"file written in {made:.0f} s")
    finally:
        big.unlink(missing_ok=True)


def _large_import(report) -> None:
    """A whole import of a large file: time, the progress it reports, and the memory of both processes
    (the duplicate check keeps about 0.5 KB per distinct row in the planning helper)."""
    from totalnet_desktop.core.exchange import importer
    from totalnet_desktop.core.store import db as db_mod

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "Connections.csv"
        write_linkedin(source, LARGE_ROWS, seed=7)
        size_mb = source.stat().st_size / 1e6
        start = time.perf_counter()
        raw_load(source, folder / "raw.sqlite3")
        baseline = time.perf_counter() - start
        db_mod.open_database(folder / "app.sqlite3")
        _reset_peak()
        ticks = []
        start = time.perf_counter()
        summary = importer.execute(importer.open_import(source), importer.ImportOptions(),
                                   progress=lambda done, total: ticks.append(time.perf_counter()))
        project = time.perf_counter() - start
        peak = _hwm_kb() / 1024
        helper = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        db_mod.close_database()
        gaps = [b - a for a, b in itertools.pairwise([start, *ticks])]
        report(f"import {LARGE_ROWS:,} LinkedIn rows ({size_mb:.0f} MB)", project, baseline,
               f"{summary.line()}; peak RSS {peak:.0f} MB here, helper {helper:.0f} MB; "
               f"{len(ticks)} progress ticks, longest gap {max(gaps):.2f} s")
