"""The PySide6 reference defect: the app must survive many void Qt calls and bool signals, and the
work-around in qtfix must run exactly when the installed binding needs it (the canary)."""

import subprocess
import sys

from totalnet_desktop import qtfix

STRESS = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
{make_app}
from PySide6.QtWidgets import QWidget
from PySide6.QtCore import QObject, Signal
w = QWidget()
for _ in range(300_000):
    w.update()   # a void method: on 3.11 + PySide6 6.12.0 each call drops None's count by one
class Flags(QObject):
    changed = Signal(bool)
flags = Flags()
flags.changed.connect(lambda value: None)
for _ in range(300_000):
    flags.changed.emit(True)   # a bool signal drops True's count by one per emission
    flags.changed.emit(False)
del w, app, flags
print("survived")
"""
THROUGH_THE_APP = "from totalnet_desktop.app import create_application\napp = create_application()"
BARE = "from PySide6.QtWidgets import QApplication\napp = QApplication([])"


def _run(make_app: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", STRESS.format(make_app=make_app)], check=False,
                          capture_output=True, text=True, timeout=180)


def test_many_void_qt_calls_do_not_abort_the_app():
    result = _run(THROUGH_THE_APP)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout


def test_canary_the_work_around_runs_exactly_when_the_installed_binding_needs_it():
    """Without the work-around, the bare binding survives if and only if qtfix says it is not needed.

    Fails when a release that still leaks is not in BAD_RELEASES, and when the installed binding no
    longer leaks while qtfix would still patch it (then drop it from BAD_RELEASES, or the module)."""
    result = _run(BARE)
    survived = result.returncode == 0 and "survived" in result.stdout
    assert survived == (not qtfix.needs_workaround()), (qtfix.binding_version(), result.stderr[-500:])


def test_the_guard_names_only_the_bad_release_on_old_pythons():
    assert qtfix.needs_workaround("6.12.0", (3, 11))
    assert qtfix.needs_workaround("6.12.0", (3, 10))
    assert not qtfix.needs_workaround("6.12.0", (3, 12))
    assert not qtfix.needs_workaround("6.11.3", (3, 11))
    assert not qtfix.needs_workaround("6.12.1", (3, 13))
