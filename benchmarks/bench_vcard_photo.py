"""Memory of importing a vCard that carries a 10 MB photo: the peak of the import (Python's own
allocations, tracemalloc; and the process's resident peak, each in a fresh process) against 3x the
file size, the issue's ceiling, and against merely reading the file line by line (the raw floor).
Printed, never asserted; the time is printed as well."""

from __future__ import annotations

import base64
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_whole import _env
from benchmarks.wholeproc import PYTHON

CHILD = r"""
import os, sys, time, tracemalloc
os.environ["TOTALNET_DATA_DIR"] = sys.argv[2]
from totalnet_desktop.core.store.session import open_session
from totalnet_desktop.core.exchange import importer
open_session(sys.argv[2])
path = sys.argv[1]
def hwm():  # VmHWM: getrusage's ru_maxrss survives exec on Linux (it would be the runner's size)
    return next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM")) * 1024
before = hwm()
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
after = hwm()
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
    _whole_process(folder)


def _whole_process(tmp: Path) -> None:
    """``totalnet import`` of the card as a user runs it: the process's peak resident memory, beside the
    same command on the same card without its photo (the process's own floor: interpreter, modules,
    database), so the photo's share is the difference."""
    data = tmp / "whole-data"
    card, bare_card = tmp / "whole-photo.vcf", tmp / "no-photo.vcf"
    _vcard_with_photo(card, 10)
    bare_card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Layla Haddad\r\nN:Haddad;Layla;;;\r\n"
                         "EMAIL:layla@example.com\r\nEND:VCARD\r\n", encoding="ascii", newline="")
    peaks = [_import_peak(data, path) for path in (card, bare_card)]
    size = card.stat().st_size
    print(f"{'vCard with a 10 MB photo: whole-process peak (MB, not ms)':<58} {peaks[0] / 1e6:10.1f} MB   "
          f"file {size / 1e6:9.1f} MB   x{peaks[0] / size:6.2f}   the same card without the photo "
          f"{peaks[1] / 1e6:.1f} MB: the photo adds {max(peaks[0] - peaks[1], 0) / 1e6:.1f} MB "
          f"(x{max(peaks[0] - peaks[1], 0) / size:.2f} the file)", flush=True)


def _vcard_with_photo(path: Path, photo_mb: int) -> None:
    rnd = random.Random(3)
    photo = base64.b64encode(rnd.randbytes(photo_mb * 1_000_000)).decode("ascii")
    folded = "\r\n ".join(photo[i:i + 74] for i in range(0, len(photo), 74))
    path.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Layla Haddad\r\nN:Haddad;Layla;;;\r\n"
                    "EMAIL:layla@example.com\r\nPHOTO;ENCODING=b;TYPE=JPEG:" + folded + "\r\nEND:VCARD\r\n",
                    encoding="ascii", newline="")


def _import_peak(data: Path, card: Path) -> int:
    """Peak resident bytes of the process running ``totalnet import card`` into a new data folder."""
    shutil.rmtree(data, ignore_errors=True)
    # VmHWM, not getrusage's ru_maxrss: on Linux ru_maxrss survives exec, so a child started by this
    # (large) benchmark process would report the parent's size at the fork.
    measure = ("import runpy, sys; sys.argv = sys.argv[1:]\n"
               "try:\n    runpy.run_module('totalnet_desktop', run_name='__main__')\n"
               "except SystemExit:\n    pass\n"
               "print('peak_kb', next(line.split()[1] for line in open('/proc/self/status') if line.startswith('VmHWM')))")
    child = subprocess.run([PYTHON, "-c", measure, "totalnet", "--data-dir", str(data), "import", str(card)],
                           env={**os.environ, **_env()}, capture_output=True, text=True, check=False)
    return next((int(line.split()[1]) for line in child.stdout.splitlines() if line.startswith("peak_kb")), 0) * 1024

