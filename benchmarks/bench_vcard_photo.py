"""Memory of importing a vCard that carries a 10 MB photo: the peak of the import (Python's own
allocations, tracemalloc; and the process's resident peak, each in a fresh process) against 3x the
file size, the issue's ceiling, and against merely reading the file line by line (the raw floor).
Printed, never asserted; the time is printed as well."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = r"""
import os, resource, sys, time, tracemalloc
os.environ["TOTALNET_DATA_DIR"] = sys.argv[2]
from totalnet_desktop.core.store.session import open_session
from totalnet_desktop.core.exchange import importer
open_session(sys.argv[2])
path = sys.argv[1]
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
tracemalloc.start()
start = time.perf_counter()
if sys.argv[3] == "raw":
    with open(path, encoding="utf-8", newline="") as fh:
        for line in fh:
            pass
else:
    importer.execute(importer.open_import(path), importer.ImportOptions())
seconds = time.perf_counter() - start
peak = tracemalloc.get_traced_memory()[1]
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
print(peak, max(0, after - before), seconds)
"""


def _measure(path: Path, mode: str) -> tuple[int, int, float]:
    data = tempfile.mkdtemp(prefix="totalnet-bench-photo-data-")
    out = subprocess.run([sys.executable, "-c", CHILD, str(path), data, mode], capture_output=True, text=True,
                         check=True).stdout.split()
    return int(out[0]), int(out[1]), float(out[2])


def run(report) -> None:
    from tests.core.exchange.test_vcard_photo import big_photo_card

    folder = Path(tempfile.mkdtemp(prefix="totalnet-bench-photo-"))
    path = folder / "photo.vcf"
    path.write_text(big_photo_card(10_000_000), encoding="utf-8", newline="")
    size = path.stat().st_size
    raw_peak, raw_rss, raw_seconds = _measure(path, "raw")
    peak, rss, seconds = _measure(path, "import")
    report(f"import a vCard with a 10 MB photo ({size / 1e6:.1f} MB)", seconds, raw_seconds,
           "baseline: reading the file line by line (both timed under tracemalloc)")
    print(f"  peak memory of the import: {peak / 1e6:.1f} MB traced ({peak / size:.2f}x the file), "
          f"+{rss / 1e6:.1f} MB resident ({rss / size:.2f}x); ceiling 3x = {3 * size / 1e6:.1f} MB; "
          f"raw read: {raw_peak / 1e6:.1f} MB traced, +{raw_rss / 1e6:.1f} MB resident", flush=True)
