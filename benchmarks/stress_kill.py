"""Kill the writer (SIGKILL) at many random points; every time the database must be consistent and
hold exactly the operations committed before the kill.

    python benchmarks/stress_kill.py [--kills 100] [--ops 30] [--seed N] [--control]

The writer is ``tests/reliability/workload.py`` (imports, merges and check-ins, one transaction
each, with the app's own database settings); the suite runs a few of these kills, this script many.
``--control`` runs the same writer with every statement committed on its own, to show that the
checks catch half-done operations (expect failures there).
"""

from __future__ import annotations

import argparse
import collections
import random
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests" / "reliability"))
import workload


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--ops", type=int, default=30)
    parser.add_argument("--seed", type=int, default=None)
    parser.add_argument("--control", action="store_true", help="non-transactional writer (must fail)")
    args = parser.parse_args(argv)
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rnd = random.Random(seed)
    folder = Path(tempfile.mkdtemp(prefix="totalnet-stress-kill-"))
    digests, duration = workload.reference(folder, args.ops)
    print(f"seed {seed}; reference run: {args.ops} operations in {duration:.2f} s; {args.kills} kills", flush=True)
    in_flight: collections.Counter[str] = collections.Counter()
    outcome: collections.Counter[str] = collections.Counter()
    failures = []
    start = time.perf_counter()
    for n in range(args.kills):
        db_path = folder / f"killed-{n}.sqlite3"
        last_done = workload.run_killed(db_path, args.ops, rnd.uniform(0, duration), unsafe=args.control)
        kind = workload.kind_of(last_done) if last_done < args.ops else "finished"
        in_flight[kind] += 1
        try:
            held = workload.verify(db_path, digests, last_done)
        except AssertionError as exc:
            failures.append((n, last_done, str(exc)[:120]))
            outcome["FAILED"] += 1
        else:
            outcome["in-flight operation rolled back" if held == last_done
                    else "in-flight operation committed before its report"] += 1
        for side in folder.glob(f"killed-{n}.sqlite3*"):
            side.unlink()
    elapsed = time.perf_counter() - start
    print(f"operation in flight at the kill: {dict(in_flight)}")
    print(f"outcomes: {dict(outcome)}")
    print(f"{args.kills} kills in {elapsed:.1f} s; {len(failures)} inconsistent")
    for n, last_done, message in failures[:10]:
        print(f"  kill {n} after {last_done} operations: {message}")
    return 1 if failures and not args.control else 0


if __name__ == "__main__":
    sys.exit(main())
