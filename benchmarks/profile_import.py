"""Where the time of a whole ``totalnet import`` goes: ``python -m benchmarks.profile_import FILE DATA_DIR``.

Runs the command as ``python -m totalnet_desktop --data-dir DATA_DIR import FILE`` does, in this
process (no planning helper, so every phase is on this clock), and prints the CPU and wall seconds of
each phase: interpreter start and imports, opening (and creating) the database, the pre-import backup,
reading and planning the rows, writing them, the search rows, the bulk switches put back (secondary
indexes built, enum guards checked) with the commit, and closing (the WAL checkpoint). Figures are
printed, never asserted. For the import's own modules, run it under ``-X importtime`` or cProfile.
"""

from __future__ import annotations

import functools
import os
import sys
import time

_START = (time.perf_counter(), time.process_time())
_BOOT_CPU = time.process_time()  # the interpreter's own start, before this line


def main(argv: list[str]) -> int:
    source, data_dir = argv[0], argv[1]
    from totalnet_desktop.cli import main as cli_main
    from totalnet_desktop.core.exchange import importer, parallel, planner, writer
    from totalnet_desktop.core.store import backup, db, session

    imported = (time.perf_counter(), time.process_time())
    spent: dict[str, list[float]] = {}

    def add(label: str, wall: float, cpu: float) -> None:
        entry = spent.setdefault(label, [0.0, 0.0])
        entry[0] += wall
        entry[1] += cpu

    def timed(owner, name: str, label: str) -> None:
        original = getattr(owner, name)

        @functools.wraps(original)
        def wrapper(*args, **kwargs):
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                return original(*args, **kwargs)
            finally:
                add(label, time.perf_counter() - wall, time.process_time() - cpu)

        setattr(owner, name, wrapper)

    def timed_chunks(original):
        @functools.wraps(original)
        def wrapper(self, *args, **kwargs):
            it = original(self, *args, **kwargs)
            while True:
                wall, cpu = time.perf_counter(), time.process_time()
                try:
                    chunk = next(it)
                except StopIteration:
                    add("read and plan rows", time.perf_counter() - wall, time.process_time() - cpu)
                    return
                add("read and plan rows", time.perf_counter() - wall, time.process_time() - cpu)
                yield chunk

        return wrapper

    parallel.MIN_BYTES = 1 << 62  # planned in this process: one clock for every phase
    timed(session, "open_session", "open (create, migrate) the database")
    timed(backup, "before_event", "pre-import backup")
    timed(importer, "execute", "import transaction (all of it)")
    timed(writer.BulkWriter, "write", "write rows (executemany)")
    timed(writer.BulkWriter, "merge", "write rows (executemany)")
    timed(writer.BulkWriter, "after_new", "write rows (executemany)")
    timed(writer.BulkWriter, "index_new", "search rows (one INSERT ... SELECT)")
    timed(db, "close_database", "close (WAL checkpoint)")
    planner.ChunkPlanner.chunks = timed_chunks(planner.ChunkPlanner.chunks)  # type: ignore[method-assign]
    with open(os.devnull, "w") as quiet:
        stdout, sys.stdout = sys.stdout, quiet
        try:
            status = cli_main(["--data-dir", data_dir, "import", source])
        finally:
            sys.stdout = stdout
    end = (time.perf_counter(), time.process_time())
    whole = spent.pop("import transaction (all of it)")
    inner = [v for k, v in spent.items() if k in ("read and plan rows", "write rows (executemany)",
                                                   "search rows (one INSERT ... SELECT)")]
    spent["indexes built, guards checked, commit"] = [whole[0] - sum(v[0] for v in inner),
                                                       whole[1] - sum(v[1] for v in inner)]
    rows = [("interpreter start", 0.0, _BOOT_CPU),
            ("imports", imported[0] - _START[0], imported[1] - _START[1]), *((k, w, c) for k, (w, c) in spent.items())]
    rest_wall = end[0] - _START[0] - sum(r[1] for r in rows)
    rest_cpu = end[1] - _BOOT_CPU - sum(r[2] for r in rows[1:])
    rows.append(("the rest (parse arguments, language, print)", rest_wall, rest_cpu))
    print(f"{'phase':<46} {'CPU s':>7} {'wall s':>7}")
    for label, wall, cpu in rows:
        print(f"{label:<46} {cpu:7.3f} {wall:7.3f}")
    print(f"{'total':<46} {end[1]:7.3f} {end[0] - _START[0]:7.3f}   (status {status}, load "
          f"{os.getloadavg()[0]:.1f})")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
