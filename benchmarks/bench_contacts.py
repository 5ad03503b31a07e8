"""Contacts screen with 100,000 contacts: first rows, each keystroke's search, scrolling, memory.

Each figure is printed beside a raw ``sqlite3`` query on the same file in the same run.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

N = 100_000
TYPED = "layla hadd"


def _rss_mb() -> float:
    """Current resident memory of this process in MB (Linux /proc; peak RSS elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3


def run(report) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from benchmarks import synth
    from totalnet_desktop import paths as paths_mod
    from totalnet_desktop.core.contacts import search as contact_search
    from totalnet_desktop.core.store import data_folder, db
    from totalnet_desktop.core.store.session import Session

    folder = Path(tempfile.mkdtemp(prefix="bench-contacts-"))
    resolved = data_folder.ensure(paths_mod.resolve(folder))
    from benchmarks import run as bench_run

    synth.make_contacts(resolved.db_path, bench_run.contacts(N))
    raw = sqlite3.connect(str(resolved.db_path))
    app = QApplication.instance() or QApplication([])
    db.open_database(resolved.db_path)
    from totalnet_desktop.views.contacts.view import ContactsView
    from totalnet_desktop.views.shell.context import AppContext

    ctx = AppContext(Session(paths=resolved))
    rss_before = _rss_mb()

    # ---- first rows shown: build the screen, show it, paint the first page ------------------
    start, cpu = time.perf_counter(), time.process_time()
    view = ContactsView(ctx)
    view.resize(1280, 800)
    view.show()
    view.on_shown()
    view.table.viewport().repaint()
    first_rows = time.perf_counter() - start
    first_cpu = time.process_time() - cpu
    shown = view.model.rowCount()
    start = time.perf_counter()
    while view._completing:  # the whole sorted list and the filter choices, right after the first page
        app.processEvents()
    full_list = time.perf_counter() - start
    start = time.perf_counter()
    ids = [r[0] for r in raw.execute("SELECT id FROM contact WHERE trashed_at IS NULL "
                                     "ORDER BY first_name COLLATE NOCASE, last_name COLLATE NOCASE, id")]
    raw.execute(f"SELECT id, first_name, last_name, company FROM contact WHERE id IN ({','.join(map(str, ids[:40]))})"
                ).fetchall()
    baseline_first = time.perf_counter() - start
    report(f"contacts: first rows shown ({shown} of {view.model.rowCount():,} rows)", first_rows, baseline_first,
           f"baseline: raw sorted id list + first page; CPU {first_cpu * 1000:.0f} ms")
    start = time.perf_counter()  # its own floor: the whole sorted list and the three choice lists, raw
    [r[0] for r in raw.execute("SELECT id FROM contact WHERE trashed_at IS NULL "
                               "ORDER BY first_name COLLATE NOCASE, last_name COLLATE NOCASE, id")]
    raw.execute("SELECT name FROM tag ORDER BY name").fetchall()
    raw.execute("SELECT DISTINCT source FROM contact WHERE source != '' ORDER BY source").fetchall()
    raw.execute("SELECT id, name FROM chapter ORDER BY name").fetchall()
    report("contacts: then the whole sorted list and filter choices", full_list, time.perf_counter() - start,
           "baseline: raw sorted id list + tag, source and chapter lists")

    # ---- each keystroke: search, reset the model, paint the first page ------------------------
    keystrokes, baselines, cpus = [], [], []
    for n in range(1, len(TYPED) + 1):
        text = TYPED[:n]
        start, cpu = time.perf_counter(), time.process_time()
        view.search.blockSignals(True)
        view.search.setText(text)
        view.search.blockSignals(False)
        view.reload()
        view.table.viewport().repaint()
        keystrokes.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
        query = contact_search.build_fts_query(text)
        start = time.perf_counter()
        raw.execute("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rank LIMIT 100",
                    (query,)).fetchall()
        baselines.append(time.perf_counter() - start)
    report(f"contacts: keystroke search, worst of {len(TYPED)} ('{TYPED}')", max(keystrokes), max(baselines),
           f"baseline: raw FTS5 ranked top-100; CPU worst {max(cpus) * 1000:.0f} ms, "
           f"median {statistics.median(cpus) * 1000:.0f} ms")
    report("contacts: keystroke search, median", statistics.median(keystrokes), statistics.median(baselines),
           "each: " + " ".join(f"{k * 1000:.0f}" for k in keystrokes) + " ms")
    _key_to_paint(report, view)
    phone = "0500001"
    start = time.perf_counter()
    view.search.setText(phone)
    view.reload()
    view.table.viewport().repaint()
    phone_time = time.perf_counter() - start
    start = time.perf_counter()
    raw.execute("SELECT rowid FROM contact_fts WHERE contact_fts MATCH ? ORDER BY rank LIMIT 100",
                (contact_search.build_fts_query(phone),)).fetchall()
    report(f"contacts: phone digits '{phone}' ({view.model.rowCount():,} found)", phone_time,
           time.perf_counter() - start)

    # ---- scrolling to the end, page by page (not with --quick) ---------------------------------
    if bench_run.QUICK:
        view.close()
        raw.close()
        db.close_database()
        return
    view.search.setText("")
    view.reload()
    bar = view.table.verticalScrollBar()
    fetches = view.model.fetches
    pages = 0
    worst_page = 0.0
    start = time.perf_counter()
    value = 0
    while value < bar.maximum():
        value = min(bar.maximum(), value + bar.pageStep() * 25)  # a fast fling: 25 pages per step
        page_start = time.perf_counter()
        bar.setValue(value)
        view.table.viewport().repaint()
        worst_page = max(worst_page, time.perf_counter() - page_start)
        pages += 1
    scroll = time.perf_counter() - start
    start = time.perf_counter()
    raw.execute("SELECT c.id, c.first_name, c.last_name, c.company, c.profession, c.stage FROM contact c "
                "ORDER BY c.first_name COLLATE NOCASE").fetchall()
    baseline_scroll = time.perf_counter() - start
    report(f"contacts: scroll to the end ({pages} jumps, {view.model.fetches - fetches} batch queries)", scroll,
           baseline_scroll, "baseline: raw read of every row once")
    report("contacts: slowest single jump while scrolling", worst_page, None)
    rss_after = _rss_mb()
    print(f"{'machine load (1-minute average)':<58} {os.getloadavg()[0]:10.2f}   on {os.cpu_count()} cores",
          flush=True)
    print(f"{'contacts: memory (resident)':<58} {rss_after:10.1f} MB   before the screen {rss_before:7.1f} MB"
          f"   screen +{rss_after - rss_before:.1f} MB", flush=True)
    view.close()
    raw.close()
    db.close_database()


def _key_to_paint(report, view) -> None:
    """Each key of TYPED pressed in the real search box, to the end of the table's first paint of the
    new rows (debounce, search, model reset, row fetch and paint), against a bare QTableView whose search
    box resets it to the same number of rows; a typist's pause (0.2 s) between keys."""
    from benchmarks.keypaint import BareSearch, key_to_paint, pause

    view.search.clear()
    view.reload()
    view.window().activateWindow()
    view.search.setFocus()
    pause(0.3)
    reset = [False]
    view.model.modelReset.connect(lambda: reset.__setitem__(0, True))
    walls, cpus, found = [], [], {}
    for n, char in enumerate(TYPED, 1):
        pause(0.2)
        reset[0] = False
        wall, cpu = key_to_paint(view.search, view.table, char,
                                 lambda n=n: reset[0] and view.search.text() == TYPED[:n])
        walls.append(wall)
        cpus.append(cpu)
        found[TYPED[:n]] = view.model.rowCount()
    bare = BareSearch(view.table.size(), view.model.columnCount(), lambda text: found.get(text, 0))
    bare.show()
    bare.box.setFocus()
    pause(0.3)
    floor_walls, floor_cpus = [], []
    for char in TYPED:
        pause(0.2)
        wall, cpu = key_to_paint(bare.box, bare.table, char, bare.ready)
        floor_walls.append(wall)
        floor_cpus.append(cpu)
    bare.close()
    report(f"contacts: key press to painted row, worst of {len(TYPED)}", max(walls), max(floor_walls),
           f"floor: bare QTableView reset to as many rows, worst {max(floor_walls) * 1000:.0f} ms; "
           f"CPU worst {max(cpus) * 1000:.0f} ms vs {max(floor_cpus) * 1000:.0f} ms, "
           f"median {statistics.median(cpus) * 1000:.0f} ms vs {statistics.median(floor_cpus) * 1000:.0f} ms")
    report("contacts: key press to painted row, median", statistics.median(walls), statistics.median(floor_walls),
           "each: " + " ".join(f"{w * 1000:.0f}" for w in walls) + " ms")
    print(f"{'machine load (1-minute average)':<58} {os.getloadavg()[0]:10.2f}   on {os.cpu_count()} cores",
          flush=True)
