"""The window for long work (forget a person, protect with a passphrase): the work runs off the GUI
thread (the window keeps painting and answering), the bar moves, and Cancel stops it."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer

from totalnet_desktop.core.store.errors import Cancelled
from totalnet_desktop.views.shell.work_dialog import WorkDialog


def test_work_runs_off_the_gui_thread_shows_progress_and_cancel_stops_it(qtbot):
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    dialog = WorkDialog("Working", "Doing the long thing...")
    threads: list[int] = []
    seen: dict = {}

    def work(progress, cancelled):
        threads.append(threading.get_ident())
        step = 0
        while not cancelled():
            progress(step % 100, 100)
            step += 1
            time.sleep(0.01)
        raise Cancelled("stopped")

    def press_cancel():
        seen["value"] = dialog.bar.value()
        seen["visible"] = dialog.isVisible()
        dialog.cancel_button.click()
        seen["status"] = dialog.status.text()

    QTimer.singleShot(400, press_cancel)
    outcome = dialog.run(work, "test")
    timer.stop()
    assert outcome == {"cancelled": True}
    assert threads and threads[0] != threading.get_ident()
    assert len(ticks) > 5  # the GUI thread's timers kept running while the work ran
    assert seen["visible"] and seen["value"] >= 0 and dialog.bar.maximum() == 100
    assert seen["status"] == "Cancelling... nothing will be changed."


def test_work_that_ends_gives_its_result_and_an_error_its_sentence(qtbot):
    assert WorkDialog("Working", "...").run(lambda progress, cancelled: 42, "test") == {"result": 42}
    from totalnet_desktop.core.store.errors import TotalNetError

    def fails(progress, cancelled):
        raise TotalNetError("The file F is damaged; nothing was changed.")

    assert WorkDialog("Working", "...").run(fails, "test") == {"error": "The file F is damaged; nothing was changed."}
