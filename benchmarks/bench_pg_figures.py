"""The speed table on a chapter server (issue 18): keystroke search, check-in, the follow-up rules' first
run and Insights, on PostgreSQL beside SQLite, each engine against its own raw floor in the same run.

One data set: benchmarks/synth.py's contacts plus bench_insights' five years of chapter life (scaled to
the contact count) and a check-in desk's chapter of ROSTER members with an open meeting, made in an
SQLite file, then copied with ``copy_database`` into a database of a throwaway cluster (started as
tests/pgcluster.py starts it for the tests). Before any figure the cluster is restarted durable like a
real local server (fsync, synchronous_commit and full_page_writes on): the test cluster runs without.

Floors (written for the benchmark, not the product's SQL; on the same data through a plain connection):
- keystroke: the matching ids from the engine's search index (FTS5 prefix terms; a tsquery of prefix
  terms on the tsvector column), then the first page's names (what any search must read; the order
  comes from the list the screen already holds);
- check-in: one INSERT of an attendance row and its durable COMMIT, each right after one of the
  project's check-ins (interleaved); the slowest of each is printed with its COMMIT's share;
- follow-up rules: the last touch of every contact (one GROUP BY), through a new connection;
- insights: the sum of bench_insights' independent aggregates (RAW_SQL), adapted to PostgreSQL's types.

The cluster's superuser, which opens the PostgreSQL figures, bypasses row-level security; every desk
logs in as an ordinary role, which it filters. So the keystroke figure is also taken as an ordinary login
that wrote the book (``DESK_LOGIN``, on a copy of the database), its floor through a plain connection as
the same login: there the index table's policy keeps its GIN index out of every plan (``@@`` is not
leakproof), and each search reads the whole table.

Needs PostgreSQL's binaries; without them it prints one line and stops. Printed, never asserted.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

QUICK = os.environ.get("BENCH_QUICK") == "1"
CONTACTS = int(os.environ.get("BENCH_PG_FIGURES_CONTACTS", "2000" if QUICK else "20000"))
ROUNDS = 3  # fresh copies for the rules' first run
REPEAT = 3  # insights: best of
ROSTER = 60
TYPED = "layla hadd"
DESK_DAY = dt.date(2001, 1, 3)  # the desk's meeting: long before the bench's weekly meetings
TARGET = 0.016  # issue 18: a check-in under 16 ms on a local server


def _desk(db_path: Path) -> int:
    """A chapter of ROSTER members starting at 23:59 (every check-in Present) and its open meeting."""
    from totalnet_desktop.core.chapter import chapters, meetings
    from totalnet_desktop.core.store import db as db_mod

    db_mod.open_database(db_path)
    try:
        chapter = chapters.create_chapter("Bench Desk", start_time="23:59")
        for contact_id in range(100, 100 + ROSTER):
            chapters.add_member(chapter.id, contact_id, classification=f"Desk {contact_id}")
        return meetings.open_meeting(chapter.id, DESK_DAY, today=DESK_DAY).id
    finally:
        db_mod.close_database()


# ---- raw floors ------------------------------------------------------------------------------------
class RawSqlite:
    name = "SQLite"

    def __init__(self, path: Path) -> None:
        self.path = path
        self.con = sqlite3.connect(str(path), isolation_level=None)
        self.con.execute("PRAGMA cache_size=-32000")

    def search(self, text: str, page: int) -> int:
        query = " AND ".join(f'"{word}"*' for word in text.split())
        ids = [r[0] for r in self.con.execute(
            "SELECT rowid FROM contact_fts WHERE contact_fts MATCH ?", (query,))]
        first = ids[:page]
        self.con.execute(f"SELECT id, first_name, last_name, company, profession, stage FROM contact"
                         f" WHERE id IN ({','.join('?' * len(first))})", first).fetchall()
        return len(ids)

    def insert_meeting(self) -> int:
        """The floor's own meeting (its check-ins never clash with the project's)."""
        self.con.execute("PRAGMA journal_mode=wal")
        self.con.execute("PRAGMA synchronous=full")
        return self.con.execute("INSERT INTO meeting (chapter_id, date, status, notes)"
                                " VALUES (1, '2001-01-01', 'open', '')").lastrowid

    def insert(self, meeting: int, contact_id: int) -> tuple[float, float]:
        """One attendance row in its own durable transaction: (seconds in all, seconds of the COMMIT)."""
        now = dt.datetime.now().isoformat(sep=" ", timespec="seconds")
        start = time.perf_counter()
        self.con.execute("BEGIN")
        self.con.execute("INSERT INTO attendance (meeting_id, contact_id, status, checked_in_at, note)"
                         " VALUES (?, ?, 'Present', ?, '')", (meeting, contact_id, now))
        committing = time.perf_counter()
        self.con.execute("COMMIT")
        end = time.perf_counter()
        return end - start, end - committing

    def aggregate(self, sql: str, params: dict) -> None:
        self.con.execute(sql, params).fetchall()

    @staticmethod
    def last_touch(path: Path) -> None:
        con = sqlite3.connect(str(path))
        con.execute("SELECT contact_id, MAX(occurred_at) FROM interaction GROUP BY contact_id").fetchall()
        con.close()

    def close(self) -> None:
        self.con.close()


_NAMED = re.compile(r"(?<!:):([a-z]\w*)")
_MONTH = re.compile(r"substr\(([\w.]+), 1, 7\)")


def pg_sql(sql: str) -> str:
    """An SQLite aggregate of bench_insights for psycopg: named parameters, dates read as text, the
    subquery in FROM named."""
    sql = _MONTH.sub(r"substr(\1::text, 1, 7)", _NAMED.sub(r"%(\1)s", sql))
    return sql.replace(") GROUP BY other", ") AS touched GROUP BY other")


class RawPostgres:
    name = "PostgreSQL"

    def __init__(self, url: str) -> None:
        import psycopg

        self.url = url
        self.con = psycopg.connect(url, autocommit=True)
        self.con.execute("SET jit = off")  # as the app's sessions (a policy-filtered plan would compile)

    def search(self, text: str, page: int) -> int:
        query = " & ".join(f"{word}:*" for word in text.split())
        ids = [r[0] for r in self.con.execute(
            "SELECT contact_id FROM contact_search WHERE doc @@ to_tsquery('simple', %s)", (query,))]
        self.con.execute("SELECT id, first_name, last_name, company, profession, stage FROM contact"
                         " WHERE id = ANY(%s)", (ids[:page],)).fetchall()
        return len(ids)

    def insert_meeting(self) -> int:
        return self.con.execute("INSERT INTO meeting (chapter_id, date, status, notes)"
                                " VALUES (1, '2001-01-01', 'open', '') RETURNING id").fetchone()[0]

    def insert(self, meeting: int, contact_id: int) -> tuple[float, float]:
        """One attendance row in its own transaction, committed durably (the server runs with fsync and
        synchronous_commit on): (seconds in all, seconds of the COMMIT)."""
        now = dt.datetime.now().replace(microsecond=0)
        start = time.perf_counter()
        self.con.execute("BEGIN")
        self.con.execute("INSERT INTO attendance (meeting_id, contact_id, status, checked_in_at, note)"
                         " VALUES (%s, %s, 'Present', %s, '')", (meeting, contact_id, now))
        committing = time.perf_counter()
        self.con.execute("COMMIT")
        end = time.perf_counter()
        return end - start, end - committing

    def aggregate(self, sql: str, params: dict) -> None:
        self.con.execute(pg_sql(sql), params).fetchall()

    @staticmethod
    def last_touch(url: str) -> None:
        import psycopg

        with psycopg.connect(url) as con:
            con.execute("SELECT contact_id, MAX(occurred_at) FROM interaction GROUP BY contact_id").fetchall()

    def close(self) -> None:
        self.con.close()


# ---- the figures, per engine -----------------------------------------------------------------------
def _keystrokes(report, raw, label: str) -> None:
    """Each prefix of TYPED as the Contacts screen searches it: the cached searcher's ids (the list by
    name read once before, and its first page's rows, as when the screen is shown before one types),
    then the first page's rows."""
    from totalnet_desktop.core.contacts import search
    from totalnet_desktop.qtmodels.contacts_model import BATCH

    searcher = search.ContactSearcher()
    search.load_rows(searcher.base_ids(search.ContactFilter())[:BATCH])
    project, floor, found = [], [], []
    for n in range(1, len(TYPED) + 1):
        text = TYPED[:n]
        if text.endswith(" "):
            continue
        start = time.perf_counter()
        ids = searcher.ids(search.ContactFilter(text=text))
        search.load_rows(ids[:BATCH])
        project.append(time.perf_counter() - start)
        start = time.perf_counter()
        found.append((len(ids), raw.search(text, BATCH)))
        floor.append(time.perf_counter() - start)
    agree = "same counts" if all(a == b for a, b in found) else f"counts differ: {found}"
    report(f"{label}: keystroke search, worst of {len(project)} ('{TYPED}')", max(project), max(floor),
           f"floor: raw index query (matching ids) + first page; {agree}")
    report(f"{label}: keystroke search, median", statistics.median(project), statistics.median(floor),
           "each: " + " ".join(f"{k * 1000:.0f}" for k in project) + " ms")


class _CommitTimes:
    """The seconds each COMMIT of the app's database handle takes (an instrument of this benchmark:
    the worst check-in is compared with the durable commit it waits for)."""

    def __init__(self, db) -> None:
        self.db, self.seconds = db, []

    def __enter__(self) -> list[float]:
        original = type(self.db).commit

        def commit(handle=self.db):
            start = time.perf_counter()
            try:
                return original(handle)
            finally:
                self.seconds.append(time.perf_counter() - start)

        self.db.commit = commit  # this handle only, for this block
        return self.seconds

    def __exit__(self, *exc) -> None:
        del self.db.commit


def _checkins(report, raw, label: str, meeting_id: int) -> None:
    """Every member of the desk's roster checked in as the Meeting day screen does, each followed by the
    floor's own durable INSERT + COMMIT: interleaved, so that a load spike of the machine falls on both
    alike. The median and the slowest against the floor's, with the COMMIT's share of each slowest."""
    from totalnet_desktop.core.chapter import meetings
    from totalnet_desktop.core.store.models import database

    meeting = meetings.get_meeting(meeting_id)
    rows = [r for r in meetings.roster_rows(meeting_id) if r.is_member]
    floor_meeting = raw.insert_meeting()
    times, floors, changed = [], [], 0
    with _CommitTimes(database.obj) as commits:
        for row in rows:
            start = time.perf_counter()
            changed += meetings.check_in(meeting, row).changed
            times.append((time.perf_counter() - start, commits[-1]))
            floors.append(raw.insert(floor_meeting, row.contact_id))
    name = f"{label}: check-in (meetings.check_in, roster {len(rows)})"
    report(f"{name}, median", statistics.median(t for t, _ in times), statistics.median(t for t, _ in floors),
           f"floor: raw INSERT + durable COMMIT, interleaved; {changed} checked in; target < 16 ms")
    slowest, floor_slowest = max(times), max(floors)
    over = [sum(t > TARGET for t, _ in ts) for ts in (times, floors)]
    report(f"{name}, slowest", slowest[0], floor_slowest[0],
           f"its COMMIT {slowest[1] * 1000:.1f} ms, the floor's slowest's {floor_slowest[1] * 1000:.1f} ms;"
           f" COMMIT medians {statistics.median(c for _, c in times) * 1000:.1f} /"
           f" {statistics.median(c for _, c in floors) * 1000:.1f} ms; over 16 ms: {over[0]} / {over[1]} of"
           f" {len(rows)}; {_load()}")


def _insights(report, raw, label: str, today: dt.date) -> None:
    from benchmarks.bench_insights import _figures
    from benchmarks.run import timed
    from totalnet_desktop.core.insights import facade as insights

    period = insights.preset_period("Last 12 months", today)
    floor = sum(timed(raw.aggregate, sql, params, repeat=REPEAT)
                for _, _, sql, params in _figures(period, insights.viewpoint(), today))
    project = timed(insights.load_dashboard, period, today, repeat=REPEAT)
    report(f"{label}: insights load_dashboard (last 12 months)", project, floor,
           f"floor: the sum of bench_insights' raw aggregates, best of {REPEAT}")


def _rules(report, label: str, copies, floor_of) -> None:
    """The rules' first run on fresh copies (``copies()`` opens one as the app does and returns what
    ``floor_of`` reads afterwards through a new connection); medians of ROUNDS."""
    from totalnet_desktop.core.followups import rules
    from totalnet_desktop.core.store import db as db_mod

    walls, floors, created = [], [], 0
    for _ in range(ROUNDS):
        target = copies()
        start = time.perf_counter()
        created = sum(rules.run_rules(dt.date.today()).created.values())
        walls.append(time.perf_counter() - start)
        db_mod.close_database()
        start = time.perf_counter()
        floor_of(target)
        floors.append(time.perf_counter() - start)
    report(f"{label}: follow-up rules, first run (created {created})", statistics.median(walls),
           statistics.median(floors), f"floor: raw last touch per contact; medians of {ROUNDS} fresh copies")


def _durable(cluster) -> None:
    """Restart the cluster as a real local server runs: without the test cluster's fsync=off,
    synchronous_commit=off and full_page_writes=off (given on its command line, which ALTER SYSTEM
    cannot override)."""
    import subprocess
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
    import pgcluster

    subprocess.run(pgcluster._as_cluster_user([
        str(cluster.bin_dir / "pg_ctl"), "-D", str(cluster.data), "-l", str(cluster.folder / "log"), "-w",
        "-o", f"-p {cluster.port} -k {cluster.folder} -c listen_addresses=127.0.0.1 -c max_connections=60",
        "restart"]), check=True, capture_output=True)


DESK_LOGIN = "bench_layla"


def _ordinary_login(cluster, base: str) -> str:
    """A database like ``base`` opened by an ordinary login that wrote the book (as one who copied their
    file to the server): row-level security filters each of its statements, as it does for every desk
    (the cluster's superuser, which the other figures use, bypasses it). Its URL."""
    import psycopg

    name = cluster.new_database(base)
    with psycopg.connect(cluster.url(name), autocommit=True) as con:
        con.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{DESK_LOGIN}') THEN "
                    f"CREATE ROLE {DESK_LOGIN} LOGIN; END IF; END $$")
        con.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {DESK_LOGIN}")
        con.execute(f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {DESK_LOGIN}")
        con.execute(f"GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO {DESK_LOGIN}")
        with con.transaction():  # the rows become the login's, the stored last touches with them
            con.execute("SELECT set_config('totalnet.last_touch_deferred', 'on', true)")
            for table in ("contact", "interaction", "follow_up", "contact_touch"):
                con.execute(f"UPDATE {table} SET owner = '{DESK_LOGIN}'")
        con.execute("VACUUM ANALYZE")
    return cluster.url(name).replace("postgres@", f"{DESK_LOGIN}@")


def _load() -> str:
    return f"load {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores"


def run(report) -> None:
    from benchmarks import bench_insights, synth
    from benchmarks.bench_pg_import import _cluster
    from totalnet_desktop.core.store import db as db_mod
    from totalnet_desktop.core.store.copy import copy_database

    cluster = _cluster()
    if cluster is None:
        print("PostgreSQL figures skipped: no initdb/pg_ctl (install postgresql or set TOTALNET_PG_BIN)")
        return
    folder = Path(tempfile.mkdtemp(prefix="bench-pg-figures-"))
    try:
        started = time.perf_counter()
        path = folder / "bench.sqlite3"
        synth.make_contacts(path, CONTACTS)
        counts = bench_insights._activity(path, contacts=CONTACTS)
        meeting_id = _desk(path)
        with sqlite3.connect(str(path)) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        base = cluster.new_database()
        copy_database(path, cluster.url(base))
        _durable(cluster)
        import psycopg

        with psycopg.connect(cluster.url(base), autocommit=True) as con:
            con.execute("VACUUM ANALYZE")  # the copy's statistics, as autovacuum would leave them
            durable = ", ".join(f"{name} {con.execute(f'SHOW {name}').fetchone()[0]}"
                                for name in ("fsync", "synchronous_commit", "full_page_writes"))
            version = con.execute("SHOW server_version").fetchone()[0]
        print(f"   data: {CONTACTS:,} contacts, " + ", ".join(f"{v:,} {k}" for k, v in counts.items())
              + f"; SQLite file and PostgreSQL {version} copy ({durable}) made in {time.perf_counter() - started:.0f} s;"
              f" {_load()}",
              flush=True)

        # The rules' first run: each round on a fresh copy (a file copy; a database cloned from the copy).
        def sqlite_copy() -> Path:
            target = folder / "rules.sqlite3"
            for suffix in ("-wal", "-shm"):
                Path(f"{target}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(path, target)
            db_mod.open_database(target)
            return target

        def pg_copy() -> str:
            url = cluster.url(cluster.new_database(base))
            db_mod.open_server(url)
            return url

        _rules(report, "SQLite", sqlite_copy, RawSqlite.last_touch)
        _rules(report, "PostgreSQL", pg_copy, RawPostgres.last_touch)

        today = dt.date.today()
        desk = _ordinary_login(cluster, base)
        for label, opener, raw_of in (("SQLite", lambda: db_mod.open_database(path), lambda: RawSqlite(path)),
                                      ("PostgreSQL", lambda: db_mod.open_server(cluster.url(base)),
                                       lambda: RawPostgres(cluster.url(base))),
                                      (f"PostgreSQL as {DESK_LOGIN} (row-level security)",
                                       lambda: db_mod.open_server(desk), lambda: RawPostgres(desk))):
            opener()
            raw = raw_of()
            try:
                _keystrokes(report, raw, label)
                if "row-level" not in label:
                    _insights(report, raw, label, today)
                    _checkins(report, raw, label, meeting_id)
            finally:
                raw.close()
                db_mod.close_database()
            print(f"{'machine load (1-minute average)':<58} {os.getloadavg()[0]:10.2f}   on {os.cpu_count()} cores",
                  flush=True)
    finally:
        db_mod.close_database()
        cluster.stop()
        shutil.rmtree(folder, ignore_errors=True)
