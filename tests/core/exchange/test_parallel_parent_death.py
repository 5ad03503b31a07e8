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


def descendants(pid: int) -> set[int]:
    """Every living process below ``pid`` (children, their children...), from /proc."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    fields = handle.read().rsplit(")", 1)[1].split()
            except (FileNotFoundError, ProcessLookupError):
                continue
            if fields[0] != "Z":
                parents[int(entry)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as handle:
            return handle.read().replace(b"\0", b" ").decode(errors="replace")
    except FileNotFoundError:
        return ""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_a_real_import_killed_leaves_no_helper_and_no_resource_tracker(tmp_path):
    """``totalnet import`` of a file large enough for the planning helper, killed with SIGKILL while the
    helper runs: the helper and Python's resource tracker (started with it) are gone within seconds."""
    from totalnet_desktop.core.exchange.parallel import usable_cores

    if usable_cores() < 2:
        pytest.skip("the helper is used only with two cores")
    big = tmp_path / "big.csv"
    with big.open("w", encoding="utf-8") as fh:
        fh.write("First Name,Last Name,Email,Company,Notes\n")
        for i in range(150_000):
            fh.write(f"Person{i},Family{i % 977},p{i}@example.com,Company {i % 311},note {i}\n")
    env = {k: v for k, v in os.environ.items() if k != "TOTALNET_DATA_DIR"}
    env["TOTALNET_DATA_DIR"] = str(tmp_path / "data")
    # `totalnet import FILE`, told that a second core is free (on a busy machine the import plans in-process)
    code = ("import sys\nfrom totalnet_desktop.core.exchange import parallel\n"
            "parallel.spare_cores = lambda: 2.0\nfrom totalnet_desktop.cli import main\n"
            f"sys.exit(main(['import', {str(big)!r}]))\n")
    app = subprocess.Popen([sys.executable, "-c", code], env=env, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    children: set[int] = set()
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and app.poll() is None:
            children = descendants(app.pid)
            kinds = " ".join(cmdline(p) for p in children)
            if "spawn_main" in kinds and "resource_tracker" in kinds:
                break
            time.sleep(0.05)
        else:
            pytest.fail(f"the import ended (or never started its helper) first: {app.poll()}")
        time.sleep(0.3)
        children = descendants(app.pid)
        app.send_signal(signal.SIGKILL)
        app.wait(10)
        deadline = time.monotonic() + 5
        while any(alive(p) for p in children) and time.monotonic() < deadline:
            time.sleep(0.05)
        left = {p: cmdline(p) for p in children if alive(p)}
        assert not left, f"left running after the app was killed: {left}"
    finally:
        for p in children:
            if alive(p):
                os.kill(p, signal.SIGKILL)
