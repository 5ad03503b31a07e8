"""Whole commands as the user waits for them, each against its floor in pairs (process start to exit):

- start-up to the shown window (empty database; 100,000 contacts with the first rows visible): the app
  in smoke-test mode (it quits on the turn of the event loop after the window's first paint) against
  a bare PySide6 QMainWindow process doing the same; offscreen, and on a virtual X screen (Xvfb) when
  one can be started;
- ``totalnet import`` of 25,000 and 100,000 LinkedIn rows (5,000 with --quick) into a new data folder
  against the import floor
  (benchmarks/floor_import.py: csv.reader, one executemany into one 7-column table, one FTS5
  external-content build; no checks, no normalising), with where the time goes (profile_import);
- the same file again into the folder that already holds it ("all merged"), against the same floor;
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks import run as bench_run
from benchmarks.wholeproc import PYTHON, Pair, in_turn, paired, run_once

ROOT = Path(__file__).resolve().parent.parent
N_CONTACTS = 100_000
IMPORT_ROWS = 100_000
QUICK_IMPORT_ROWS = 5_000  # --quick: a smaller file (the figure names its size)
FIRST_IMPORT_ROWS = 25_000  # the full run's first size (then IMPORT_ROWS)

# Ends as the app's smoke test does: on the turn of the event loop after the window's first paint.
BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
class Window(QMainWindow):
    painted = False
    def paintEvent(self, event):
        super().paintEvent(event)
        if not self.painted:
            self.painted = True
            QTimer.singleShot(0, lambda: (print("shown", self.isVisible(), flush=True), app.exit(0)))
app = QApplication(sys.argv[:1])
window = Window()
window.setWindowTitle("bare")
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""


# The same bare window that also reads one value of PySide6's ``Qt`` namespace. The first use of that
# namespace builds its ~90 Python enums (about 0.04-0.07 s of CPU on this machine); the bare floor
# never pays it, and no real window can avoid it (item roles, alignments, focus policies, keys all
# live there). Both floors are printed; the second is the honest one for "a window that shows anything".
BARE_QT = BARE.replace("window.show()", "from PySide6.QtCore import Qt\n"
                       "window.setFocusPolicy(Qt.FocusPolicy.StrongFocus)\nwindow.show()")


def _env(**extra) -> dict:
    # "window": the app quits once its window is shown (the bundle's smoke test, "1", also builds every screen).
    env = {"PYTHONPATH": str(ROOT), "TOTALNET_SMOKE_TEST": "window", **extra}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed app runs from compiled bytecode
    return env


def _startup(report, folder: Path, label: str, runs: int, platform_env: dict) -> None:
    """The app against both floors, the three commands in turn (A B C A B C ...); with --quick one
    round and no uncounted warm-up round (the data folders were started once already)."""
    app = [PYTHON, "-m", "totalnet_desktop.app", "--data-dir", str(folder)]
    env = _env(**platform_env)
    product, bare, bare_qt = in_turn([(app, env, "main window shown"), ([PYTHON, "-c", BARE], env, "shown True"),
                                      ([PYTHON, "-c", BARE_QT], env, "shown True")], runs,
                                     warmup=not bench_run.QUICK)
    report(label, product.median, bare.median, Pair(product, bare).note("bare QMainWindow process, the same way"))
    report("  the same against a bare window that reads one Qt enum", product.median, bare_qt.median,
           Pair(product, bare_qt).note("bare QMainWindow + Qt namespace, in the same rounds"))


def _xvfb() -> tuple[subprocess.Popen, str] | None:
    if shutil.which("Xvfb") is None:
        return None
    for number in range(140, 160):
        if Path(f"/tmp/.X11-unix/X{number}").exists() or Path(f"/tmp/.X{number}-lock").exists():
            continue
        server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1440x900x24", "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                return server, f":{number}"
            time.sleep(0.05)
        server.kill()
    return None


def run(report) -> None:
    from benchmarks.bench_startup import _prepare_empty
    from benchmarks.synth import make_contacts

    quick = bench_run.QUICK
    runs = 1 if quick else 5
    n_contacts = bench_run.contacts(N_CONTACTS)
    with tempfile.TemporaryDirectory(prefix="bench-whole-") as tmp:
        tmp = Path(tmp)
        empty, big = tmp / "empty", tmp / "big"
        _prepare_empty(empty)
        big.mkdir()
        make_contacts(big / "totalnet.sqlite3", n_contacts)
        _prepare_empty(big)
        for folder in (empty, big):  # the first start of the day (check and backup) is not this figure
            run_once([PYTHON, "-m", "totalnet_desktop.app", "--data-dir", str(folder)], _env(QT_QPA_PLATFORM="offscreen"))
        offscreen = {"QT_QPA_PLATFORM": "offscreen"}
        _startup(report, empty, "start to shown window, empty database (whole process)", runs, offscreen)
        _startup(report, big, f"start to shown window, {n_contacts:,} contacts, first rows (whole process)",
                 runs, offscreen)
        xvfb = _xvfb()
        if xvfb is None:
            print("   (no Xvfb: the X-screen figure is skipped)", flush=True)
        else:
            server, display = xvfb
            try:
                _startup(report, big, f"the same on an X screen (Xvfb), {n_contacts:,} contacts", runs,
                         {"QT_QPA_PLATFORM": "xcb", "DISPLAY": display})
            finally:
                server.kill()
                server.wait()

        # ---- totalnet import, whole command ------------------------------------------------
        sizes = (QUICK_IMPORT_ROWS,) if quick else (FIRST_IMPORT_ROWS, IMPORT_ROWS)
        for rows in sizes:
            _import(report, tmp, rows, runs=1 if quick else 3, quick=quick, again=rows == sizes[-1])


def _import(report, tmp: Path, rows: int, runs: int, quick: bool, again: bool) -> None:
    """``totalnet import`` of ``rows`` LinkedIn rows against the floor, in pairs; where its time goes
    (one in-process run, benchmarks/profile_import.py); the same file again (all merged)."""
    from benchmarks.bench_import import write_linkedin

    source = tmp / f"Connections-{rows}.csv"
    write_linkedin(source, rows)
    data, floor_db = tmp / "import-data", tmp / "floor"

    def fresh() -> None:
        shutil.rmtree(data, ignore_errors=True)
        shutil.rmtree(floor_db, ignore_errors=True)
        floor_db.mkdir()

    product = [PYTHON, "-m", "totalnet_desktop", "--data-dir", str(data), "import", str(source)]
    floor = [PYTHON, "-m", "benchmarks.floor_import", str(source), str(floor_db / "floor.sqlite3")]
    pair = paired(product, floor, runs, env_a=_env(), env_b=_env(), prepare=fresh,
                  expect_a="imported", expect_b="rows", warmup=not quick)
    report(f"totalnet import of {rows:,} LinkedIn rows, new folder (whole command)", pair.a.median,
           pair.b.median, pair.note("csv.reader + one executemany + one FTS5 build, whole process"))
    if quick:
        print("   (where it goes: not with --quick; benchmarks/profile_import.py)", flush=True)
    else:
        _where_it_goes(source, data, fresh)
    if not again:
        return
    _all_merged(report, product, floor, runs, data, floor_db, fresh)


def _where_it_goes(source: Path, data: Path, fresh) -> None:
    fresh()
    profile = subprocess.run([PYTHON, "-m", "benchmarks.profile_import", str(source), str(data)], env={
        **os.environ, **_env()}, capture_output=True, text=True, check=False)
    print("   where it goes (one run, planned in-process):", flush=True)
    for line in (profile.stdout or profile.stderr).strip().splitlines():
        print("     " + line, flush=True)


def _all_merged(report, product: list[str], floor: list[str], runs: int, data: Path, floor_db: Path,
                fresh) -> None:
    """The same file again into the folder that holds it (every row merged), against the same floor."""
    def floor_only() -> None:
        shutil.rmtree(floor_db, ignore_errors=True)
        floor_db.mkdir()

    fresh()
    run_once(product, _env())
    pair = paired(product, floor, runs, env_a=_env(), env_b=_env(), prepare=floor_only,
                  expect_a="merged", expect_b="rows", warmup=False)
    report("  the same file again: all merged (whole command)", pair.a.median, pair.b.median,
           pair.note("the same floor"))
