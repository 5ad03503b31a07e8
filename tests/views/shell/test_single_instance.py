"""One window per data folder: a second launch brings the first to the front; other folders run alongside."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from running_app import wait_listening

from totalnet_desktop.single_instance import (
    ACTIVATED,
    PRIMARY,
    SingleInstance,
    bring_to_front,
    instance_key,
)


def test_key_depends_on_the_data_folder(tmp_path):
    assert instance_key(tmp_path / "a") == instance_key(tmp_path / "a" / ".." / "a")
    assert instance_key(tmp_path / "a") != instance_key(tmp_path / "b")


def test_second_claim_on_the_same_folder_activates_the_first(qtbot, tmp_path):
    first = SingleInstance(tmp_path / "data")
    second = SingleInstance(tmp_path / "data")
    other = SingleInstance(tmp_path / "other-data")
    try:
        assert first.claim() == PRIMARY and first.is_primary
        with qtbot.waitSignal(first.activated, timeout=5000):
            assert second.claim(timeout=2) == ACTIVATED
        assert not second.is_primary
        assert other.claim() == PRIMARY
        # Once the first one is gone, the folder can be claimed again.
        first.release()
        assert SingleInstance(tmp_path / "data").claim() == PRIMARY
    finally:
        for instance in (first, second, other):
            instance.release()


def test_activation_restores_a_minimised_window(main_window, qtbot, tmp_path):
    instance = SingleInstance(tmp_path / "data")
    try:
        assert instance.claim() == PRIMARY
        instance.activated.connect(lambda: bring_to_front(main_window))
        main_window.showMinimized()
        qtbot.waitUntil(main_window.isMinimized, timeout=2000)
        with qtbot.waitSignal(instance.activated, timeout=5000):
            assert SingleInstance(tmp_path / "data").claim(timeout=2) == ACTIVATED
        qtbot.waitUntil(lambda: not main_window.isMinimized() and main_window.isVisible(), timeout=2000)
    finally:
        instance.release()


# ---- real processes -----------------------------------------------------------------------
def launch(folder, *extra):
    env = {k: v for k, v in os.environ.items() if k != "TOTALNET_DATA_DIR"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.Popen([sys.executable, "-m", "totalnet_desktop", "--data-dir", str(folder), *extra],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_second_launch_exits_0_and_another_folder_runs_alongside(tmp_path, qapp):
    folder = tmp_path / "data"
    first = launch(folder)
    try:
        wait_listening(folder, first)
        second = launch(folder)
        assert second.wait(30) == 0, second.communicate()
        assert first.poll() is None  # still running: the second one did not replace it
        deadline = time.monotonic() + 10
        log = folder / "logs" / "totalnet.log"
        while "asked for the window" not in (log.read_text() if log.exists() else ""):
            assert time.monotonic() < deadline, "the running window was not asked to come forward"
            time.sleep(0.1)
        alongside = launch(tmp_path / "other", "--smoke-test")
        out, err = alongside.communicate(timeout=60)
        assert alongside.returncode == 0 and "main window shown" in out, err
        # A crashed first instance (SIGKILL) leaves a stale lock and socket: the next launch opens.
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        after_crash = launch(folder, "--smoke-test")
        out, err = after_crash.communicate(timeout=60)
        assert after_crash.returncode == 0 and "main window shown" in out, err
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate()
