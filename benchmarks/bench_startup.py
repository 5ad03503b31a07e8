"""Start-up: process start to the main window shown, with an empty database and with 100,000 contacts.

Each figure runs a fresh interpreter (as a user's double-click does) and stops the clock when the
child prints after the window's first show (a 0-ms timer runs after the first turn of the event loop).
Baseline, measured the same way in the same run: a bare QMainWindow in the same kind of process.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.synth import make_contacts

REPEAT = 3
N_CONTACTS = 100_000

APP_CHILD = """
import sys
from PySide6.QtCore import QTimer
from totalnet_desktop.app import create_application
from totalnet_desktop.core.store.session import open_session
from totalnet_desktop.views.shell.context import AppContext
from totalnet_desktop.views.shell.main_window import MainWindow
app = create_application()
window = MainWindow(AppContext(open_session(sys.argv[1])))
window.show()
QTimer.singleShot(0, lambda: (print("shown", window.isVisible(), flush=True), app.quit()))
app.exec()
"""

BARE_CHILD = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("shown", window.isVisible(), flush=True), app.quit()))
app.exec()
"""


def time_to_shown(code: str, *args: str) -> float:
    """Seconds from starting a child interpreter to its 'shown' line (best of REPEAT)."""
    best = float("inf")
    for _ in range(REPEAT):
        start = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, text=True)
        line = child.stdout.readline()
        elapsed = time.perf_counter() - start
        _out, err = child.communicate(timeout=120)
        if not line.startswith("shown True"):
            raise RuntimeError(f"the window was not shown: {line!r} {err[-2000:]}")
        best = min(best, elapsed)
    return best


def _prepare_empty(folder: Path) -> None:
    """A migrated empty database, so that first-run migration is not part of the figure."""
    from totalnet_desktop.core.store import db as db_mod
    from totalnet_desktop.core.store.session import open_session

    open_session(folder)
    db_mod.close_database()


def run(report) -> None:
    with tempfile.TemporaryDirectory(prefix="tn-bench-startup-") as tmp:
        empty = Path(tmp) / "empty"
        _prepare_empty(empty)
        big = Path(tmp) / "big"
        big.mkdir()
        make_contacts(big / "totalnet.sqlite3", N_CONTACTS)
        _prepare_empty(big)
        bare = time_to_shown(BARE_CHILD)
        report("start-up to shown window, empty database", time_to_shown(APP_CHILD, str(empty)), bare,
               "baseline: bare QMainWindow process")
        report(f"start-up to shown window, {N_CONTACTS:,} contacts", time_to_shown(APP_CHILD, str(big)), bare,
               "baseline: bare QMainWindow process")
