"""Issue 12: the import's helper process ends when its parent dies (SIGKILL), not half a minute later."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

PARENT = textwrap.dedent("""
    import multiprocessing, time
    from totalnet_desktop.core.exchange.parallel import watch_parent

    def helper():
        watch_parent()
        time.sleep(120)

    if __name__ == "__main__":
        proc = multiprocessing.get_context("spawn").Process(target=helper, daemon=True)
        proc.start()
        print(proc.pid, flush=True)
        time.sleep(120)
""")


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_helper_ends_when_its_parent_is_killed(tmp_path):
    script = tmp_path / "parent.py"
    script.write_text(PARENT)
    parent = subprocess.Popen([sys.executable, str(script)], stdout=subprocess.PIPE, text=True)
    helper_pid = int(parent.stdout.readline())
    try:
        time.sleep(0.5)
        assert alive(helper_pid)
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 5
        while alive(helper_pid) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not alive(helper_pid), "the helper outlived its parent"
    finally:
        if alive(helper_pid):
            os.kill(helper_pid, signal.SIGKILL)
