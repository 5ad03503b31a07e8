"""Import history speed: a WhatsApp group export of 1,000,000 lines (a few years of a busy chapter
group) through ``import_history`` against a raw floor measured in the same run: read the lines,
match each with one compiled regular expression, count per day and sender in a dict, and
``executemany`` the per-day rows in one transaction. Memory: the parser's peak on a tenth of the
file and on the whole file (flat when the two are close). Printed, never asserted."""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import sqlite3
import tempfile
import time
import tracemalloc
from pathlib import Path

LINES = int(os.environ.get("BENCH_HISTORY_LINES", "1000000"))
SENDERS = [f"Member {i:02d}" for i in range(30)] + [f"\u202a+971 50 555 01{i:02d}\u202c" for i in range(10)]
FLOOR_RX = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{2,4}), (\d{1,2}):(\d{2}) ([AP]M) - ([^:]+): ")


def write_chat(path: Path, lines: int, seed: int = 17) -> None:
    """An Android group export: ~3.5 years, bursts of messages, 10% continuation lines."""
    rnd = random.Random(seed)
    start = dt.datetime(2021, 1, 1, 7, 0)
    step = dt.timedelta(days=1300) / lines
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("1/1/21, 7:00 AM - Messages and calls are end-to-end encrypted. No one outside of this chat, "
                 "not even WhatsApp, can read or listen to them. Tap to learn more.\n")
        for i in range(lines - 1):
            if rnd.random() < 0.1:
                fh.write("and another thing about the meeting tomorrow\n")
                continue
            t = start + step * i
            h = t.hour % 12 or 12
            fh.write(f"{t.month}/{t.day}/{t:%y}, {h}:{t:%M} {'AM' if t.hour < 12 else 'PM'} - "
                     f"{SENDERS[rnd.randrange(len(SENDERS))]}: see you at the chapter meeting {i}\n")


def floor(path: Path, db_path: Path) -> int:
    """Read lines, one compiled regex, per-day dict, executemany in one transaction."""
    days: dict[tuple, list] = {}
    match = FLOOR_RX.match
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            m = match(line)
            if m is None:
                continue
            key = (m.group(1), m.group(2), m.group(3), m.group(7))
            entry = days.get(key)
            if entry is None:
                days[key] = [1, m.group(4), m.group(5)]
            else:
                entry[0] += 1
    con = sqlite3.connect(db_path)
    con.execute("CREATE TABLE IF NOT EXISTS t (d TEXT, who TEXT, n INTEGER, at TEXT, k TEXT UNIQUE)")
    with con:
        con.executemany("INSERT OR IGNORE INTO t VALUES (?, ?, ?, ?, ?)",
                        [(f"{k[2]}-{k[0]}-{k[1]}", k[3], v[0], f"{v[1]}:{v[2]}", "/".join(k)) for k, v in days.items()])
    con.close()
    return len(days)


def run(report) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        chat = tmp / "WhatsApp Chat with Dubai Pearl.txt"
        write_chat(chat, LINES)
        os.environ["TOTALNET_DATA_DIR"] = str(tmp / "data")
        from totalnet_desktop.core.contacts import service as contacts
        from totalnet_desktop.core.exchange.history import runner, sources, whatsapp
        from totalnet_desktop.core.store import db as db_mod
        from totalnet_desktop.core.store.records import ContactRecord, PointRecord
        from totalnet_desktop.core.store.session import open_session

        open_session(tmp / "data")
        for i, name in enumerate(SENDERS[:25]):  # most senders are contacts, the rest go to review
            points = (PointRecord("phone", name.strip("\u202a\u202c")),) if "+" in name else ()
            contacts.create(ContactRecord(id=None, first_name=name if not points else f"Phone{i}", points=points),
                            undoable=False)
        floors = []
        for _ in range(2):
            start = time.perf_counter()
            rows = floor(chat, tmp / f"floor{len(floors)}.sqlite3")
            floors.append(time.perf_counter() - start)
        start = time.perf_counter()
        result = runner.import_history([chat], me=["Member 00"])
        project = time.perf_counter() - start
        report(f"history: WhatsApp export of {LINES:,} lines", project, min(floors),
               f"{result.line()}; floor per-day rows {rows:,}")
        start = time.perf_counter()
        runner.import_history([chat], me=["Member 00"])
        report("history: the same export again (adds nothing)", time.perf_counter() - start, min(floors))
        db_mod.close_database()

        peaks = []
        small = tmp / "small.txt"
        write_chat(small, LINES // 10)
        for path in (small, chat):
            [entry] = sources.expand([path])
            tracemalloc.start()
            whatsapp.parse(sources.text_lines(entry), entry.display, "Dubai Pearl")
            peaks.append(tracemalloc.get_traced_memory()[1])
            tracemalloc.stop()
        size = chat.stat().st_size
        report(f"history: parser peak memory, {LINES // 10:,} vs {LINES:,} lines", 0, None,
               f"{peaks[0] / 1e6:.1f} MB vs {peaks[1] / 1e6:.1f} MB (file {size / 1e6:.0f} MB)")
