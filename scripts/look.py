"""Grab every main screen of the desktop app as PNGs, to look at them as a member would.

    python scripts/look.py OUTDIR [--lang en|ar] [--theme light|dark] [--stretch] [--size 1440x900]

One run is one variant (language, colours, string stretch) at one window size, on Qt's offscreen
platform with a virtual screen of that size (so dialogs fit themselves to it as they would on a real
one). It builds a throwaway data folder, grabs the welcome page on the empty database, then loads the
sample chapter (``totalnet demo``) and grabs: Contacts with a contact selected; Meeting day (the last
meeting, then today's meeting open with a few members checked in, the check-in box filtering, and the
"Add visitor" entry); the agenda window with its timer running; Follow-ups; Insights (the window and the
whole dashboard); every Chapter tab; the import wizard's steps and the export dialog; the lost-server
banner and a read-only copy (File > Open a copy read-only...). Each PNG is named
``NN-screen-VARIANT-SIZE.png``. Look at every one (an image viewer), one screen at a time across the
variants: clipped or overlapping text, English left in Arabic, left-to-right parts in a right-to-left
window, unreadable colours in dark mode, numbers and dates not in the locale's way.

The round: ``for l in en ar; for t in light dark; ...``; see ``--all``, which runs the six variants the
issue asks for (English and Arabic light, Arabic and English dark, English and Arabic stretched) at
1440x900 and 1024x700, one process each.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

VARIANTS = (("en", "light", False), ("ar", "light", False), ("ar", "dark", False), ("en", "dark", False),
            ("en", "light", True), ("ar", "light", True))
SIZES = ("1440x900", "1024x700")


def variant_name(lang: str, mode: str, stretch: bool) -> str:
    return f"{lang}-{mode}" + ("-stretch" if stretch else "")


def run_all(out: Path) -> int:
    """Every variant at every size, one process each (the stretch and the screen are process-wide)."""
    failed = 0
    for lang, mode, stretch in VARIANTS:
        for size in SIZES:
            args = [sys.executable, __file__, str(out), "--lang", lang, "--theme", mode, "--size", size]
            if stretch:
                args.append("--stretch")
            print(" ".join(args[2:]), flush=True)
            failed += subprocess.run(args, check=False).returncode != 0
    return 1 if failed else 0


def _screen_config(size: str) -> str:
    width, height = (int(n) for n in size.split("x"))
    config = {"screens": [{"name": "look", "x": 0, "y": 0, "width": width, "height": height,
                           "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}
    path = Path(tempfile.mkdtemp(prefix="look-screen-")) / "screen.json"
    path.write_text(json.dumps(config))
    return str(path)


class Looker:
    """Grabs one variant at one size."""

    def __init__(self, out: Path, tag: str, size: str) -> None:
        self.out, self.tag = out, tag
        self.width, self.height = (int(n) for n in size.split("x"))
        self.size = size
        self.count = 0

    def wait(self, ms: int = 150) -> None:
        from PySide6.QtCore import QCoreApplication, QEventLoop

        end = time.monotonic() + ms / 1000
        while time.monotonic() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
            time.sleep(0.01)

    def grab(self, widget, name: str) -> None:
        self.wait()
        self.count += 1
        path = self.out / f"{self.count:02d}-{name}-{self.tag}-{self.size}.png"
        widget.grab().save(str(path))
        print(path, flush=True)

    def window(self, ctx):
        from totalnet_desktop.views.shell.main_window import MainWindow

        window = MainWindow(ctx)
        window.resize(self.width, self.height)
        window.show()
        self.wait(300)
        return window


def _linkedin_file(folder: Path) -> Path:
    """A small LinkedIn export: two people new, two already in the sample chapter (duplicates)."""
    path = folder / "Connections.csv"
    path.write_text(
        "Notes:\n\"When exporting your connection data, you may notice...\"\n\n"
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Kevin,Li,https://www.linkedin.com/in/kevinli,,Li Logistics,Managing Director,12 Mar 2024\n"
        "Noor,Haddad,https://www.linkedin.com/in/noorhaddad,,,Architect,02 Jan 2025\n"
        "Samira,Nasser,https://www.linkedin.com/in/samiranasser,samira@example.com,Nasser Legal,Partner,"
        "05 Feb 2025\n"
        "يوسف,الحمادي,https://www.linkedin.com/in/yousef,,شركة الحمادي,مدير,07 Jun 2025\n", encoding="utf-8")
    return path


def look(out: Path, lang: str, mode: str, stretch: bool, size: str) -> None:
    from PySide6.QtCore import QCoreApplication, QTimer

    from totalnet_desktop import i18n, paths
    from totalnet_desktop.app import create_application
    from totalnet_desktop.core.store.session import open_session
    from totalnet_desktop.views.shell import theme
    from totalnet_desktop.views.shell.context import AppContext

    create_application(["look"])
    work = Path(tempfile.mkdtemp(prefix="look-"))
    empty, sample = work / "empty", work / "sample"
    looker = Looker(out, variant_name(lang, mode, stretch), size)
    try:
        i18n.install(lang)
        theme.apply(mode)
        # 1. the welcome page on an empty database
        window = looker.window(AppContext(open_session(empty)))
        looker.grab(window, "welcome")
        window.close()
        window.deleteLater()
        looker.wait()
        # 2. the sample chapter
        subprocess.run([sys.executable, "-m", "totalnet_desktop", "--data-dir", str(sample), "demo"], check=True,
                       stdout=subprocess.DEVNULL, env={**os.environ, "TOTALNET_STRING_STRETCH": ""})
        ctx = AppContext(open_session(sample))
        window = looker.window(ctx)
        _contacts(looker, window)
        _meeting(looker, window)
        _followups(looker, window)
        _insights(looker, window)
        _chapter(looker, window)
        _exchange(looker, window, ctx, work)
        _banners(looker, window, ctx, paths.resolve(str(sample)), work)
        QTimer.singleShot(0, window.close)
        looker.wait()
    finally:
        QCoreApplication.processEvents()
        shutil.rmtree(work, ignore_errors=True)


def _contacts(looker: Looker, window) -> None:
    view = window.show_screen("contacts")
    looker.wait(300)
    looker.grab(window, "contacts")
    view.open_contact(_contact_id("Kevin", "Li"))  # the sample's busiest timeline
    looker.wait(300)
    looker.grab(window, "contacts-selected")
    looker.grab(view.detail, "contacts-detail")


def _contact_id(first: str, last: str) -> int:
    from totalnet_desktop.core.store import models

    return int(models.Contact.get(first_name=first, last_name=last).get_id())


def _meeting(looker: Looker, window) -> None:
    from totalnet_desktop.core.store import models

    view = window.show_screen("meeting")
    view.confirm = lambda *_args: True  # a question would block an offscreen run
    looker.wait(300)
    looker.grab(window, "meeting-last")
    view.presenter.open_date(dt.date.today(), view.confirm)
    view._show_page()
    rows = view.model.all_rows()
    for i, row in enumerate([row for row in rows if row.is_member][:7]):
        if i % 3:
            view.presenter.check_in(row)
        else:
            view.presenter.set_status(row, "ALM"[i // 3 % 3])
    view.reload()
    looker.grab(window, "meeting-open")
    first = models.Contact.get_by_id(rows[-1].contact_id).first_name if rows else "a"
    view.box.setText(first[:3])
    looker.grab(window, "meeting-checkin-filter")
    view.box.setText("Zed Quux")
    looker.grab(window, "meeting-add-visitor")
    view.box.clear()
    view.agenda_clock = time.monotonic
    agenda = view.show_agenda()
    if agenda is not None:
        agenda.resize(looker.width, looker.height)
        looker.wait(300)
        looker.grab(agenda, "agenda")
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        QTest.keyClick(agenda, Qt.Key.Key_Space)
        looker.wait(1200)
        QTest.keyClick(agenda, Qt.Key.Key_N)
        looker.wait(400)
        looker.grab(agenda, "agenda-running")
        agenda.close()
        looker.wait()
    looker.grab(window, "meeting-after-agenda")


def _followups(looker: Looker, window) -> None:
    window.show_screen("followups")
    looker.wait(500)
    looker.grab(window, "followups")


def _insights(looker: Looker, window) -> None:
    view = window.show_screen("insights")
    looker.wait(1500)
    looker.grab(window, "insights")
    inner = view.scroll_area.widget()
    if inner is not None:
        looker.grab(inner, "insights-all")


def _chapter(looker: Looker, window) -> None:
    view = window.show_screen("chapter")
    looker.wait(500)
    for index in range(view.tabs.count()):
        view.tabs.setCurrentIndex(index)
        looker.wait(600)
        name = view.tabs.widget(index).objectName() or view.tabs.widget(index).__class__.__name__.lower()
        looker.grab(window, f"chapter-{index}-{name}")


def _exchange(looker: Looker, window, ctx, work: Path) -> None:
    from totalnet_desktop.views.exchange.export_dialog import ExportDialog
    from totalnet_desktop.views.exchange.import_dialog import ImportDialog

    window.show_screen("contacts")
    dialog = ImportDialog(ctx, window)
    dialog.show()
    looker.grab(dialog, "import-1-files")
    dialog.files_page.add_paths([str(_linkedin_file(work))])
    looker.grab(dialog, "import-1-files-added")
    dialog.go_next()
    looker.wait(800)
    looker.grab(dialog, "import-2-mapping")
    dialog.go_next()
    for _ in range(100):
        if dialog.duplicates_page.ready():
            break
        looker.wait(100)
    looker.grab(dialog, "import-3-duplicates")
    dialog.go_next()
    looker.grab(dialog, "import-4-options")
    dialog.go_next()
    for _ in range(150):
        if dialog.page() == 5:
            break
        looker.wait(100)
    looker.grab(dialog, "import-5-summary")
    dialog.close()
    export = ExportDialog(ctx, window)
    export.show()
    looker.grab(export, "export")
    export.close()
    looker.wait()


def _banners(looker: Looker, window, ctx, resolved, work: Path) -> None:
    window.show_screen("contacts")
    window.server_link._set_lost(True, "connection refused")
    looker.grab(window, "banner-server-lost")
    window.server_link._set_lost(False)
    copy = work / "copy.sqlite3"
    shutil.copy2(resolved.db_path, copy)
    window.server_link.open_copy(copy)
    looker.wait(500)
    looker.grab(window, "banner-read-only-copy")
    window.show_screen("chapter")
    looker.wait(500)
    looker.grab(window, "banner-read-only-chapter")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="en")
    parser.add_argument("--theme", default="light", choices=("light", "dark"))
    parser.add_argument("--stretch", action="store_true")
    parser.add_argument("--size", default="1440x900")
    parser.add_argument("--all", action="store_true", help="the six variants at both sizes")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    if args.all:
        return run_all(args.out)
    if args.stretch:
        os.environ["TOTALNET_STRING_STRETCH"] = "1"
    else:
        os.environ.pop("TOTALNET_STRING_STRETCH", None)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen_config(args.size)}"
    look(args.out, args.lang, args.theme, args.stretch, args.size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
