"""Run the benchmarks: each prints one line with the project's time, a raw baseline measured in the
same process, and their ratio.

    python -m benchmarks.run                 all of them
    python -m benchmarks.run startup search  only modules whose name contains a word

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


def main(argv: list[str]) -> int:
    sys.path.insert(0, str(HERE.parent))
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    if argv:
        names = [n for n in names if any(word in n for word in argv)]
    for name in names:
        print(f"== {name}", flush=True)
        module = importlib.import_module(f"benchmarks.{name}")
        module.run(report)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
