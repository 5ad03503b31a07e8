"""Follow-up queue on 100,000 contacts with 20,000 open items: showing the queue and running the rules.

Baselines, measured in the same run on the same file with the stdlib ``sqlite3`` module:
- the queue: one raw SELECT of the same 20,000 pending rows joined to their contacts;
- the rules: the raw aggregate every cadence decision needs (last interaction per contact);
- the screen: the raw queue SELECT put into a bare QTableView over a minimal model, painted.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from benchmarks.run import timed
from benchmarks.synth import make_contacts

N_CONTACTS = 100_000
N_ITEMS = 20_000
TODAY = dt.date(2026, 3, 11)


def _add_activity(db_path: Path, n_contacts: int = N_CONTACTS, seed: int = 11) -> None:
    """Interactions, a chapter with meetings and visitors, referrals and one open item per 5 contacts
    (20,000 on 100,000)."""
    rnd = random.Random(seed)
    con = sqlite3.connect(db_path)
    stamp = "2026-01-01 09:00:00"
    with con:
        # Half of the contacts have 1-3 touches over the last year, on any channel.
        channels = ["linkedin", "email", "phone", "messaging", "in_person", "instagram", "one_to_one"]
        rows = []
        for cid in range(1, n_contacts + 1, 2):
            for _ in range(rnd.randint(1, 3)):
                when = TODAY - dt.timedelta(days=rnd.randint(1, 365))
                rows.append((cid, f"{when} 10:00:00", rnd.choice(channels), "", "", stamp))
        con.executemany("INSERT INTO interaction (contact_id, occurred_at, channel, kind, note, created_at)"
                        " VALUES (?,?,?,?,?,?)", rows)
        con.execute("INSERT INTO chapter (id, name, city, weekday, start_time, grace_minutes, venue, currency,"
                    " annual_fee, is_mine, created_at) VALUES (1, 'Bench', 'Dubai', 2, '07:00', 5, '', 'AED', 0,"
                    " 1, ?)", (stamp,))
        con.executemany("INSERT INTO membership (chapter_id, contact_id, classification, role, active)"
                        " VALUES (1, ?, '', 'Member', 1)", [(cid,) for cid in range(2, 42)])
        con.execute("UPDATE contact SET is_me = 1 WHERE id = 1")
        for week in range(8):
            day = TODAY - dt.timedelta(days=7 * week)
            mid = con.execute("INSERT INTO meeting (chapter_id, date, status, notes) VALUES (1, ?, 'closed', '')",
                              (day.isoformat(),)).lastrowid
            con.executemany("INSERT INTO attendance (meeting_id, contact_id, status, note) VALUES (?, ?, ?, '')",
                            [(mid, cid, "Present") for cid in range(1, 42)]
                            + [(mid, 1000 + week * 10 + k, "Visitor") for k in range(3)])
        con.executemany("INSERT INTO referral (date, giver_id, receiver_id, prospect_id, kind, hotness, status,"
                        " notes, created_at) VALUES (?, ?, ?, ?, 'outside', 3, 'New', '', ?)",
                        [((TODAY - dt.timedelta(days=k)).isoformat(), 1 if k % 2 else 2 + k, 2 + k if k % 2 else 1,
                          5000 + k, stamp) for k in range(40)])
        items = []
        for k in range(n_contacts * N_ITEMS // N_CONTACTS):
            due = TODAY + dt.timedelta(days=rnd.randint(-30, 60))
            items.append((rnd.randint(2, n_contacts), due.isoformat(), f"Bench item {k}", "phone", "user", stamp))
        con.executemany("INSERT INTO follow_up (contact_id, due, reason, channel, origin, link, status, created_at)"
                        " VALUES (?, ?, ?, ?, ?, '', 'open', ?)", items)
    con.close()


def _raw_queue(db_path: Path) -> int:
    con = sqlite3.connect(db_path)
    rows = con.execute(
        "SELECT f.id, f.contact_id, c.first_name, c.last_name, c.company, f.reason, f.channel, f.due, f.origin,"
        " f.status, f.link FROM follow_up f JOIN contact c ON c.id = f.contact_id WHERE f.status IN ('open',"
        " 'snoozed') AND c.trashed_at IS NULL AND c.archived = 0 ORDER BY f.due, f.id").fetchall()
    con.close()
    return len(rows)


def _raw_last_touch(db_path: Path) -> int:
    con = sqlite3.connect(db_path)
    rows = con.execute("SELECT contact_id, MAX(occurred_at) FROM interaction GROUP BY contact_id").fetchall()
    con.close()
    return len(rows)


def run(report) -> None:
    from benchmarks import run as bench_run
    from totalnet_desktop.core.followups import queue as followups
    from totalnet_desktop.core.followups import rules as followup_rules
    from totalnet_desktop.core.store import db as db_mod

    n_contacts = bench_run.contacts(N_CONTACTS)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.sqlite3"
        make_contacts(db_path, n_contacts)
        _add_activity(db_path, n_contacts)
        db_mod.open_database(db_path)
        followup_rules.set_referral_needs(["Mortgage broker", "Caterer"])

        baseline = timed(_raw_queue, db_path, repeat=3)
        project = timed(followups.list_items, "all", TODAY, repeat=3)
        n = len(followups.list_items("all", TODAY))
        report(f"queue: list {n:,} pending items (core records)", project, baseline)
        report("queue: counts per group (navigation badge)", timed(followups.counts, TODAY, repeat=3), None)
        _bench_view(report, db_path, n)

        db_mod.close_database()
        _bench_first_run(report, db_path, Path(tmp) / "first.sqlite3", n_contacts)
        db_mod.open_database(db_path)
        followup_rules.run_rules(TODAY)
        rules_base = timed(_raw_last_touch, db_path, repeat=3)
        again = timed(followup_rules.run_rules, TODAY, repeat=3)
        report("rules: second run (idempotent, creates nothing)", again, rules_base)
        later = timed(followup_rules.run_rules, TODAY + dt.timedelta(days=40))
        report("rules: run 40 days later (closes and refills)", later, rules_base)
        db_mod.close_database()


def _bench_first_run(report, db_path: Path, copy: Path, n_contacts: int) -> None:
    """The rules' first run, in rounds against the floor: each round a fresh copy of the database
    (no follow-up rule has run on it), opened as the app opens it, the rules run once; then the raw
    GROUP BY on the same file through a new connection. Medians of the pair ratios, wall and CPU."""
    from benchmarks import run as bench_run
    from totalnet_desktop.core.followups import rules as followup_rules
    from totalnet_desktop.core.store import db as db_mod

    walls, cpus, created = [], [], {}
    load = os.getloadavg()[0]
    for _ in range(3 if bench_run.QUICK else 5):
        shutil.copyfile(db_path, copy)
        db_mod.open_database(copy)
        start, cpu_start = time.perf_counter(), time.process_time()
        created = followup_rules.run_rules(TODAY).created
        wall, cpu = time.perf_counter() - start, time.process_time() - cpu_start
        db_mod.close_database()
        start, cpu_start = time.perf_counter(), time.process_time()
        _raw_last_touch(copy)
        walls.append((wall, time.perf_counter() - start))
        cpus.append((cpu, time.process_time() - cpu_start))
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
    wall = statistics.median(a for a, _ in walls)
    floor = statistics.median(b for _, b in walls)
    report(f"rules: first run on {n_contacts:,} contacts (created {sum(created.values())})", wall, floor,
           f"median of {len(walls)} rounds on fresh copies, pair ratio x{statistics.median(a / b for a, b in walls):.2f};"
           f" CPU {statistics.median(a for a, _ in cpus) * 1000:.0f} ms vs"
           f" {statistics.median(b for _, b in cpus) * 1000:.0f} ms, pair ratio"
           f" x{statistics.median(a / b for a, b in cpus):.2f}; load {load:.1f} to {os.getloadavg()[0]:.1f}")


def _bare_table(app, db_path: Path):
    """The paint floor: a plain QTableView over a minimal Python table model holding the raw queue
    SELECT's rows (contact, reason, channel, due, from), the screen's size. Returns a refresh function."""
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class Rows(QAbstractTableModel):
        rows: list

        def rowCount(self, parent=QModelIndex()):  # noqa: B008 - Qt's default argument
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()):  # noqa: B008
            return 0 if parent.isValid() else 5

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.rows[index.row()][index.column()]
            return None

    model = Rows()
    model.rows = []
    table = QTableView()
    table.setModel(model)
    table.resize(1280, 800)
    table.show()
    app.processEvents()

    def refresh() -> None:
        con = sqlite3.connect(db_path)
        rows = con.execute(
            "SELECT c.first_name || ' ' || c.last_name, f.reason, f.channel, f.due, f.origin FROM follow_up f"
            " JOIN contact c ON c.id = f.contact_id WHERE f.status IN ('open', 'snoozed') AND c.trashed_at IS NULL"
            " AND c.archived = 0 ORDER BY f.due, f.id").fetchall()
        con.close()
        model.beginResetModel()
        model.rows = rows
        model.endResetModel()
        app.processEvents()

    return table, refresh


def _bench_view(report, db_path: Path, n_items: int) -> None:
    """The Follow-ups screen built and filled, as Ctrl+3 shows it, against a bare table of the same rows."""
    from totalnet_desktop.app import create_application

    app = create_application()
    from totalnet_desktop.views.followups.view import FollowUpsView

    class _Ctx:  # the view only needs the bus and paths here
        from totalnet_desktop.views.shell.context import DataBus

        bus = DataBus()

    table, bare_refresh = _bare_table(app, db_path)
    bare = timed(bare_refresh, repeat=3)
    table.close()
    view = FollowUpsView(_Ctx(), None, run_rules_on_start=False)
    view.resize(1280, 800)
    view.today_override = TODAY
    view.show()
    app.processEvents()

    def refresh() -> None:
        view.refresh()
        app.processEvents()

    report(f"queue: Follow-ups screen refresh and paint ({n_items:,} items)", timed(refresh, repeat=3), bare,
           "baseline: raw SELECT into a bare QTableView, painted")
    view.close()
