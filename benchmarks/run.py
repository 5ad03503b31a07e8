"""Run the benchmarks: each prints one line with the project's time, a raw baseline measured in the
same process, and their ratio.

    python -m benchmarks.run                 all of them
    python -m benchmarks.run --quick         a quick look (under two minutes): every row of the speed
                                             table at smaller sizes (10,000 contacts, a 5,000-row import),
                                             one round of each whole command, no 1M-row or 300 MB file,
                                             no bundle builds
    python -m benchmarks.run startup search  only modules whose name contains a word
    python -m benchmarks.run pg              the chapter-server figures (import, search, check-in, rules,
                                             Insights on PostgreSQL beside SQLite; needs PostgreSQL's
                                             binaries; BENCH_QUICK=1: smaller sizes)

Whole commands (start-up, ``totalnet import``) are timed from process start to exit against a floor
command in pairs (benchmarks/wholeproc.py); in-process figures against a raw query in the same run.

Each figure is a module ``benchmarks/bench_<name>.py`` with ``run(report)``; ``report(label,
project_seconds, baseline_seconds, note="")`` prints the line. Figures are printed, never asserted.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
# --quick: modules scale their cases down (read this, or BENCH_QUICK=1 in a child process).
QUICK = os.environ.get("BENCH_QUICK") == "1"
# What --quick runs: every row of issue 15's table (whole commands, keystroke search, the big save,
# follow-up rules), with fewer rounds.
QUICK_MODULES = ("whole", "contacts", "editing", "followups", "vcard_photo")
# --quick: the cases of 100,000 contacts are built with this many (built once, shared by the modules;
# the figures name their size).
QUICK_CONTACTS = 10_000


def contacts(full: int) -> int:
    """How many contacts a case of ``full`` contacts has in this run."""
    return min(full, QUICK_CONTACTS) if QUICK else full


def report(label: str, project: float, baseline: float | None, note: str = "") -> None:
    """Print one figure: project time, baseline time, ratio."""
    if baseline:
        line = f"{label:<58} {project * 1000:10.1f} ms   baseline {baseline * 1000:9.1f} ms   x{project / baseline:6.2f}"
    else:
        line = f"{label:<58} {project * 1000:10.1f} ms"
    print(line + (f"   {note}" if note else ""), flush=True)


def timed(fn, *args, repeat: int = 1, **kwargs) -> float:
    """Best wall-clock seconds of ``repeat`` calls."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn(*args, **kwargs)
        best = min(best, time.perf_counter() - start)
    return best


def machine_line() -> str:
    """The machine the figures come from (quoted with them in the README)."""
    import platform

    model = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            model = next((line.split(":", 1)[1].strip() for line in fh if line.startswith("model name")), "")
    except OSError:
        pass
    return (f"machine: {model or platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
            f"load average {os.getloadavg()[0]:.2f} at the start")


def main(argv: list[str]) -> int:
    global QUICK
    if "--quick" in argv:
        argv = [a for a in argv if a != "--quick"]
        QUICK = True
        os.environ["BENCH_QUICK"] = "1"
    sys.path.insert(0, str(HERE.parent))
    started = time.perf_counter()
    print(machine_line(), flush=True)
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    if argv:
        names = [n for n in names if any(word in n for word in argv)]
    elif QUICK:
        names = [n for n in names if n.removeprefix("bench_") in QUICK_MODULES]
    for name in names:
        print(f"== {name}", flush=True)
        module_started, module_cpu = time.perf_counter(), time.process_time()
        module = importlib.import_module(f"benchmarks.{name}")
        module.run(report)
        print(f"   ({name}: {time.perf_counter() - module_started:.0f} s wall, this process's CPU"
              f" {time.process_time() - module_cpu:.0f} s)", flush=True)
    print(f"all figures in {time.perf_counter() - started:.0f} s of wall time; load average {os.getloadavg()[0]:.2f}"
          " at the end", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
