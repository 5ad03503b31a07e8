"""``totalnet demo``: the sample chapter generated into an empty, migrated database.

Baselines, measured in the same run:
- in process: the stdlib ``sqlite3`` module inserting the very same rows into the same tables of a
  fresh file with ``executemany`` in one transaction (no index triggers, no Python objects);
- as a command: a bare interpreter starting and exiting (``python -c pass``).
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.run import timed

TODAY = dt.date(2026, 11, 26)
REPEAT = 3


def _generate(folder: Path):
    from totalnet_desktop.core.demo import loader as demo
    from totalnet_desktop.core.store import db as db_mod

    db_mod.open_database(folder / "totalnet.sqlite3")
    try:
        start = time.perf_counter()
        summary = demo.generate(today=TODAY)
        return time.perf_counter() - start, summary
    finally:
        db_mod.close_database()


def _raw_copy(source: Path, target: Path) -> tuple[float, int]:
    """Insert the rows of ``source``'s tables into the same tables of a fresh file; (seconds, rows)."""
    src = sqlite3.connect(source)
    tables = [(name, sql) for name, sql in src.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='table' AND sql NOT LIKE 'CREATE VIRTUAL%' "
        "AND name NOT LIKE 'contact_fts%' AND name NOT LIKE 'sqlite_%'")]
    data = {name: src.execute(f'SELECT * FROM "{name}"').fetchall() for name, _ in tables}
    src.close()
    dst = sqlite3.connect(target)
    for _name, sql in tables:
        dst.execute(sql)
    dst.commit()
    rows = sum(len(v) for v in data.values())
    start = time.perf_counter()
    with dst:
        for name, values in data.items():
            if values:
                marks = ",".join("?" * len(values[0]))
                dst.executemany(f'INSERT INTO "{name}" VALUES ({marks})', values)
    elapsed = time.perf_counter() - start
    dst.close()
    return elapsed, rows


def _command(folder: Path) -> float:
    start = time.perf_counter()
    result = subprocess.run([sys.executable, "-m", "totalnet_desktop", "--data-dir", str(folder), "demo"],
                            check=False, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return elapsed


def run(report) -> None:
    from totalnet_desktop.core.store import db as db_mod

    with tempfile.TemporaryDirectory(prefix="tn-bench-demo-") as tmp:
        best, summary, raw_best, rows = float("inf"), None, float("inf"), 0
        for i in range(REPEAT):
            folder = Path(tmp) / f"gen{i}"
            folder.mkdir()
            db_mod.open_database(folder / "totalnet.sqlite3")  # migrate outside the clock
            db_mod.close_database()
            seconds, summary = _generate(folder)
            best = min(best, seconds)
            raw, rows = _raw_copy(folder / "totalnet.sqlite3", Path(tmp) / f"raw{i}.sqlite3")
            raw_best = min(raw_best, raw)
        report("demo.generate() into an empty database", best, raw_best,
               f"{rows:,} rows, {summary.contacts} contacts; baseline: sqlite3 executemany of the same rows")
        command = min(_command(Path(tmp) / f"cmd{i}") for i in range(REPEAT))
        bare = timed(subprocess.run, [sys.executable, "-c", "pass"], repeat=REPEAT)
        report("`totalnet demo` command, new data folder, start to exit", command, bare,
               "baseline: python -c pass")
