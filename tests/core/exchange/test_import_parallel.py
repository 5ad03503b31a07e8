"""A large import planned in a helper process: the same result as planning in-process; cancel,
a read error and a helper that dies all leave the database as it was."""

import datetime as dt
import multiprocessing
import re

import pytest
from dbsnap import table_rows
from exchange_samples import csv_text

from totalnet_desktop.core.exchange import importer, parallel
from totalnet_desktop.core.exchange.importer import ImportCancelled, ImportOptions
from totalnet_desktop.core.exchange.planner import CHUNK
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import search_index
from totalnet_desktop.core.store.errors import ImportReadError
from totalnet_desktop.core.store.models import database

TABLES = ["contact", "contact_point", "tag", "contact_tag", "interaction", "membership", "chapter", "follow_up",
          "contact_fts", "stage_change"]
HEADER = ["Name", "Email", "Mobile", "LinkedIn", "Company", "Tags", "Stage", "Notes", "Next Follow-up",
          "Connected On"]


def _rows(count: int) -> list[list[str]]:
    """Rows of every kind: new, repeats of earlier rows (also across chunks), matches of existing
    contacts, possible duplicates (shared phone, same name), rejects, warnings, tags, stages."""
    rows = [HEADER]
    for i in range(count):
        n = i if i % 10 else i // 3  # every tenth row repeats an earlier person's e-mail
        rows.append([
            f"Person{n % 700} Family{n % 13}",
            f"p{n}@example.com" if i % 4 else "",
            f"+971 50 {1000000 + (i % 900):07d}" if i % 5 == 0 else "",
            f"https://www.linkedin.com/in/person-{n}" if i % 3 else "",
            f"Company {n % 50}",
            "Chapter;Warm lead" if i % 7 == 0 else "",
            "Like" if i % 11 == 0 else "",
            f"note {i}" if i % 17 == 0 else "",
            "2026-12-01" if i % 19 == 0 else "",
            "07 Mar 2024" if i % 3 else "",
        ])
        if i % 97 == 0:
            rows.append(["", "", "", "", "Nobody Inc", "", "", "", "", ""])  # identifies no one
        if i % 89 == 0:
            rows.append([f"Bad Mail {i}", f"bad{i}-at-example", "", "", "", "", "", "", "", ""])
    return rows


_NOW = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$")


def _snapshot() -> dict:
    today = dt.date.today()

    def mask(value):
        if isinstance(value, str) and _NOW.match(value) and value.startswith(today.isoformat()):
            return "NOW"
        if isinstance(value, dt.datetime) and value.date() == today:  # PostgreSQL gives typed values
            return "NOW"
        return value

    return {t: [tuple(mask(v) for v in row) for row in table_rows(database, t)] for t in TABLES}


def _import_into(target, files, parallel_mode, **options):
    db_mod.open_target(target)
    summaries = []
    for source in files:
        summary = importer.execute(importer.open_import(source), ImportOptions(**options), parallel=parallel_mode)
        summaries.append(summary)
    return summaries, _snapshot()


def _facts(summary):
    return (summary.line(), summary.rows, summary.matches, summary.repeats, summary.possible_count,
            summary.possible, summary.warning_count, summary.warnings, summary.rejected,
            [(d.line, dec.action, dec.reason) for d, dec in summary.preview])


def test_helper_process_gives_exactly_the_in_process_result(session, fresh_target, write_file):
    first = write_file("first.csv", csv_text(_rows(300)))
    big = write_file("big.csv", csv_text(_rows(3 * CHUNK + 500)))
    serial, serial_db = _import_into(fresh_target("serial"), [first, big], False, chapter="Pioneers")
    helper, helper_db = _import_into(fresh_target("helper"), [first, big], True, chapter="Pioneers")

    assert [_facts(s) for s in helper] == [_facts(s) for s in serial]
    assert helper_db == serial_db
    big_summary = serial[1]
    # The file really exercised every path.
    assert big_summary.imported and big_summary.merged and big_summary.repeats and big_summary.matches
    assert big_summary.rejected and big_summary.warning_count and big_summary.possible_count
    assert {t[1] for t in serial_db["tag"]} >= {"Chapter", "Warm lead"}
    assert serial_db["follow_up"] and serial_db["membership"]
    assert len(serial_db["contact_fts"]) == len(serial_db["contact"])
    assert not multiprocessing.active_children()


def test_large_files_use_the_helper_by_default(session, write_file, monkeypatch, engine_name):
    """On an SQLite file; on a chapter server the importer plans in-process (the server writes in a
    process of its own already; docs/decisions/import-helper-process.md), unless asked explicitly."""
    monkeypatch.setattr(parallel, "spare_cores", lambda: 1.5)  # a second core is free
    path = write_file("big.csv", csv_text(_rows(2 * CHUNK)))
    assert path.stat().st_size < parallel.MIN_BYTES
    helpers_seen = []

    def watch(done, total):
        helpers_seen.append(len(multiprocessing.active_children()))

    importer.execute(importer.open_import(path), progress=watch)
    assert helpers_seen and max(helpers_seen) == 0
    monkeypatch.setattr(parallel, "MIN_BYTES", path.stat().st_size)
    helpers_seen.clear()
    importer.execute(importer.open_import(path), progress=watch)
    assert max(helpers_seen) == (0 if engine_name == "postgres" else 1)
    helpers_seen.clear()
    importer.execute(importer.open_import(path), progress=watch, parallel=True)  # asked: it works there too
    assert max(helpers_seen) == 1
    assert not multiprocessing.active_children()


def test_no_helper_when_no_core_is_free(session, write_file, monkeypatch):
    """A busy machine: the helper would only add its own start and the pickling (issue 15)."""
    path = write_file("big.csv", csv_text(_rows(2 * CHUNK)))
    monkeypatch.setattr(parallel, "MIN_BYTES", path.stat().st_size)
    monkeypatch.setattr(parallel, "spare_cores", lambda: 0.4)
    assert not parallel.worth_it(path.stat().st_size)
    helpers_seen = []
    summary = importer.execute(importer.open_import(path),
                               progress=lambda done, total: helpers_seen.append(len(multiprocessing.active_children())))
    assert helpers_seen and max(helpers_seen) == 0
    assert summary.rows > 2 * CHUNK - 100
    monkeypatch.setattr(parallel, "spare_cores", lambda: 1.0)
    assert parallel.worth_it(path.stat().st_size)


def test_spare_cores_reads_the_load_of_this_machine():
    import os

    if not hasattr(os, "getloadavg"):
        assert parallel.spare_cores() == parallel.usable_cores() - 1
    else:
        assert abs(parallel.spare_cores() - (parallel.usable_cores() - os.getloadavg()[0])) < 1.0


def test_cancel_stops_the_helper_and_writes_nothing(session, write_file):
    path = write_file("big.csv", csv_text(_rows(3 * CHUNK)))
    before = _snapshot()
    with pytest.raises(ImportCancelled):
        importer.execute(importer.open_import(path), cancelled=lambda: True, parallel=True)
    assert _snapshot() == before
    assert not multiprocessing.active_children()
    assert database.execute_sql("SELECT count(*) FROM search_index_suspend").fetchone() == (0,)


def test_read_error_in_the_helper_is_reported_and_writes_nothing(session, write_file):
    path = write_file("late.csv", csv_text(_rows(3 * CHUNK)) + 'Late,"never closed\r\nmore,stuff\r\n')
    before = _snapshot()
    with pytest.raises(ImportReadError, match="never closed in row"):
        importer.execute(importer.open_import(path), parallel=True)
    assert _snapshot() == before


def test_file_changing_while_the_helper_reads_it_rolls_back(session, write_file):
    path = write_file("moving.csv", csv_text(_rows(3 * CHUNK)))
    imp = importer.open_import(path)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("Extra Person,extra@example.com\r\n")
    with pytest.raises(ImportReadError, match="changed while it was being read"):
        importer.execute(imp, parallel=True)
    assert database.execute_sql("SELECT count(*) FROM contact").fetchone() == (0,)


def test_helper_that_dies_midway_leaves_the_database_as_before(session, write_file):
    path = write_file("big.csv", csv_text(_rows(6 * CHUNK)))
    before = _snapshot()

    def kill_helper(done, total):
        for child in multiprocessing.active_children():
            child.kill()

    with pytest.raises(parallel.ImportWorkerError, match="helper process ended unexpectedly"):
        importer.execute(importer.open_import(path), progress=kill_helper, parallel=True)
    assert _snapshot() == before
    assert not multiprocessing.active_children()


def test_a_helper_that_cannot_start_falls_back_to_planning_in_process(session, write_file, caplog):
    from multiprocessing import spawn

    path = write_file("big.csv", csv_text(_rows(CHUNK)))
    expected = importer.plan(importer.open_import(path)).line()
    was = spawn.get_executable()
    spawn.set_executable(str(path.parent / "no-such-python"))  # as where starting a process is refused
    try:
        summary = importer.execute(importer.open_import(path), parallel=True)
    finally:
        spawn.set_executable(was)
    assert summary.line() == expected
    assert summary.imported and database.execute_sql("SELECT count(*) FROM contact").fetchone()[0] == summary.imported
    assert "planning in-process" in caplog.text


def test_the_plan_before_an_import_is_the_same_from_the_helper(session, write_file):
    first = write_file("first.csv", csv_text(_rows(300)))
    importer.execute(importer.open_import(first))
    big = write_file("big.csv", csv_text(_rows(3 * CHUNK + 500)))
    before = _snapshot()
    seen = []
    here = importer.plan(importer.open_import(big), parallel=False)
    helper = importer.plan(importer.open_import(big), parallel=True, progress=lambda done, total: seen.append(
        (done, total, len(multiprocessing.active_children()))))
    assert _facts(helper) == _facts(here)
    assert here.matches and here.repeats and here.possible_count and here.rejected
    assert max(helpers for _, _, helpers in seen) == 1 and seen[-1][0] == seen[-1][1]
    assert _snapshot() == before  # a plan writes nothing


@pytest.mark.skipif(not hasattr(__import__("os"), "sched_getaffinity"), reason="no CPU affinity here")
def test_no_helper_when_this_process_may_use_one_core_only(session, write_file, monkeypatch):
    import os

    path = write_file("big.csv", csv_text(_rows(CHUNK)))
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    monkeypatch.setattr(parallel, "spare_cores", lambda: 1.5)  # the machine is otherwise idle
    allowed = os.sched_getaffinity(0)
    helpers = []
    try:
        os.sched_setaffinity(0, {min(allowed)})
        assert not parallel.worth_it(path.stat().st_size)
        importer.execute(importer.open_import(path),
                         progress=lambda done, total: helpers.append(len(multiprocessing.active_children())))
    finally:
        os.sched_setaffinity(0, allowed)
    assert helpers and max(helpers) == 0
    assert parallel.worth_it(path.stat().st_size) == (len(allowed) > 1)


@pytest.mark.parametrize("helper", [False, True])
def test_a_row_merges_into_a_row_of_an_earlier_chunk(session, write_file, helper):
    rows = [["Name", "Email", "Company"], ["Ann Lee", "ann@example.com", ""]]
    rows += [[f"Pad {i}", f"pad{i}@example.com", ""] for i in range(CHUNK + 1)]
    rows += [["Ann Lee", "ann@example.com", "Zephyr Studio"]]
    path = write_file("late.csv", csv_text(rows))
    summary = importer.execute(importer.open_import(path), parallel=helper)
    assert summary.line() == f"imported {CHUNK + 2}, merged 1, skipped 0, rejected 0"
    anns = database.execute_sql("SELECT id, company FROM contact WHERE first_name = 'Ann'").fetchall()
    assert len(anns) == 1 and anns[0][1] == "Zephyr Studio"
    assert search_index.indexed_ids(database, "zephyr") == [anns[0][0]]
