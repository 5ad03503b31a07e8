"""The PySide6 reference work-around: many void Qt calls and bool signals must not exhaust the counts
of None, True and False."""

import subprocess
import sys

SCRIPT = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from totalnet_desktop.app import create_application
from PySide6.QtWidgets import QWidget
from PySide6.QtCore import QObject, Signal
app = create_application()
w = QWidget()
for _ in range(300_000):
    w.update()   # a void method: on 3.11 + PySide6 6.12 each call drops None's count by one
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


def test_many_void_qt_calls_do_not_abort_the_interpreter():
    result = subprocess.run([sys.executable, "-c", SCRIPT], check=False, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "survived" in result.stdout
