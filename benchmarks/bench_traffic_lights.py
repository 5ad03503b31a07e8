"""Traffic lights on the sample chapter (25 members): the whole report with a what-if line per member,
against its floor, the PALMS count it is built on (``reports.chapter_summary`` over the same period)."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile

from benchmarks.run import timed


def run(report) -> None:
    from totalnet_desktop.core.chapter import chapters, reports, traffic_lights, traffic_report
    from totalnet_desktop.core.demo import loader as demo
    from totalnet_desktop.core.store import db as db_mod
    from totalnet_desktop.core.store.session import open_session

    folder = tempfile.mkdtemp()
    try:
        open_session(folder)
        demo.generate()
        chapter_id = chapters.my_chapter_id()
        today = dt.date.today()
        start, end = traffic_lights.current_months(today)
        floor = timed(reports.chapter_summary, chapter_id, start, end, repeat=5)
        for name in ("UK 2012", "Power of One"):
            scheme = traffic_lights.find_scheme(name, chapter_id)
            took = timed(traffic_report.chapter_scores, chapter_id, scheme, start, end, today, repeat=5)
            report(f"traffic lights + what-if, 25 members ({name})", took, floor, "floor: the PALMS count alone")
    finally:
        db_mod.close_database()
        shutil.rmtree(folder, ignore_errors=True)
