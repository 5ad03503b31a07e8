"""Whole commands timed as the user waits for them: process start to exit, in pairs against a floor.

``paired()`` runs the product's command and its floor in turn (A B A B ...), each in a fresh process,
and returns the medians of both and the median of the pair-by-pair ratios: on a shared machine whose
speed drifts, each pair sees the same moment. CPU seconds (user + system, from the OS accounting of
the finished child) are kept beside the wall clock, since they drift less with the machine's load.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass

PYTHON = sys.executable


@dataclass
class Figure:
    wall: list[float]
    cpu: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)


@dataclass
class Pair:
    a: Figure
    b: Figure

    @property
    def ratio(self) -> float:
        """Median of the pair-by-pair wall-clock ratios A/B."""
        return statistics.median(x / y for x, y in zip(self.a.wall, self.b.wall))

    @property
    def cpu_ratio(self) -> float:
        return statistics.median(x / y for x, y in zip(self.a.cpu, self.b.cpu))

    def note(self, floor: str) -> str:
        return (f"floor: {floor}; median of {len(self.a.wall)} pairs, pair ratio x{self.ratio:.2f}, "
                f"CPU {self.a.cpu_median:.2f} s vs {self.b.cpu_median:.2f} s (x{self.cpu_ratio:.2f})")


def run_once(cmd: list[str], env: dict | None = None, expect: str | None = None,
             timeout: float = 600) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run of ``cmd`` from start to exit."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(cmd, env={**os.environ, **(env or {})}, capture_output=True, text=True,
                          timeout=timeout, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0 or (expect is not None and expect not in done.stdout):
        raise RuntimeError(f"{' '.join(cmd)} failed ({done.returncode}): {done.stdout[-500:]} {done.stderr[-1500:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def paired(a: list[str], b: list[str], runs: int, env_a: dict | None = None, env_b: dict | None = None,
           prepare: Callable[[], None] | None = None, expect_a: str | None = None,
           expect_b: str | None = None, warmup: bool = True) -> Pair:
    """Run A and B in turn ``runs`` times each (after one uncounted warm-up of each)."""
    fa, fb = in_turn([(a, env_a, expect_a), (b, env_b, expect_b)], runs, prepare, warmup)
    return Pair(fa, fb)


def in_turn(commands: list[tuple[list[str], dict | None, str | None]], runs: int,
            prepare: Callable[[], None] | None = None, warmup: bool = True) -> list[Figure]:
    """Run each (command, env, expected output) in turn, ``runs`` rounds (after one uncounted warm-up
    round): A B C A B C ..., so that every round sees the same moment of the machine."""
    figures = [Figure([], []) for _ in commands]
    for n in range(runs + (1 if warmup else 0)):
        for (cmd, env, expect), fig in zip(commands, figures, strict=True):
            if prepare is not None:
                prepare()
            wall, cpu = run_once(cmd, env, expect)
            if n > 0 or not warmup:
                fig.wall.append(wall)
                fig.cpu.append(cpu)
    return figures
