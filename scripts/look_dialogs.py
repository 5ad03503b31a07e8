"""Grab every dialog in six variants to look at them (issue 19, "Looked at"): English and Arabic, light and
dark, and with string stretch (TOTALNET_STRING_STRETCH) in both languages, on an offscreen screen of a
chosen size, with the sample chapter in a temporary data folder.

    python scripts/look_dialogs.py OUTDIR [--screen 1024x700] [--only NAME,NAME]

Writes OUTDIR/<dialog>/<variant>.png, OUTDIR/<dialog>.png (the variants side by side, when ImageMagick's
``montage`` is installed) and OUTDIR/sizes.tsv (the size it opens with, sizeHint and minimumSizeHint per
variant); prints the dialogs that do not fit the screen (less the margin views/shell/sizing.py keeps).
Modal dialogs opened by a function (question boxes, input dialogs, About) are caught when they show and
closed with Escape's answer, so nothing is changed by them.
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
from collections.abc import Callable
from pathlib import Path

VARIANTS = [("en-light", "en", "light", False), ("ar-light", "ar", "light", False), ("ar-dark", "ar", "dark", False),
            ("en-dark", "en", "dark", False), ("en-stretch", "en", "light", True), ("ar-stretch", "ar", "light", True)]


def _screen(size: str) -> None:
    """Point Qt's offscreen platform at one screen of ``size`` (before QApplication exists)."""
    width, height = (int(v) for v in size.lower().split("x"))
    config = Path(tempfile.mkdtemp(prefix="look-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "look", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


class Modal:
    """A dialog that a function opens with exec(): caught when it shows, grabbed, then answered with
    Escape (reject)."""

    def __init__(self, call: Callable[[], object]):
        self.call = call


def _pump(ms: int = 30) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _wait_until(condition: Callable[[], bool], timeout: float = 15.0) -> None:
    import time

    end = time.monotonic() + timeout
    while not condition() and time.monotonic() < end:
        _pump(20)


def dialogs(ctx, window, work: Path) -> list[tuple[str, Callable[[], object]]]:
    """(name, factory): a factory returns a widget to show, or a Modal."""
    from PySide6.QtWidgets import QMessageBox

    from totalnet_desktop.core.chapter import chapters, meetings, traffic_lights
    from totalnet_desktop.core.chapter.people import PersonChoice
    from totalnet_desktop.core.contacts import service as contacts
    from totalnet_desktop.core.contacts.forget import ForgetResult
    from totalnet_desktop.core.followups import queue as followups
    from totalnet_desktop.core.store import backup, db, recovery
    from totalnet_desktop.i18n import tr_core, translate
    from totalnet_desktop.views.chapter.scheme_dialog import SchemeDialog
    from totalnet_desktop.views.contacts import bulk_actions, forget_dialog
    from totalnet_desktop.views.contacts.editor import ContactEditor
    from totalnet_desktop.views.contacts.log_touch_dialog import LogTouchDialog
    from totalnet_desktop.views.contacts.merge_dialog import MergeDialog
    from totalnet_desktop.views.contacts.my_card_dialog import MyCardDialog
    from totalnet_desktop.views.exchange.export_dialog import ExportDialog
    from totalnet_desktop.views.exchange.history_dialog import ContactPicker, HistoryDialog
    from totalnet_desktop.views.exchange.import_dialog import ImportDialog
    from totalnet_desktop.views.followups.dialog import AddFollowUpDialog, DatePickDialog, SnoozeDialog
    from totalnet_desktop.views.followups.done_dialog import FollowUpDoneDialog
    from totalnet_desktop.views.meeting.chapter_setup import ChapterSetupForm
    from totalnet_desktop.views.meeting.dialogs import MeetingDateDialog
    from totalnet_desktop.views.meeting.history import MeetingHistoryDialog
    from totalnet_desktop.views.meeting.report import MeetingReportDialog
    from totalnet_desktop.views.meeting.roster import RosterDialog
    from totalnet_desktop.views.meeting.slip_dialogs import (
        CEUDialog,
        OneToOneDialog,
        ReferralDialog,
        SubstituteDialog,
        ThankYouDialog,
        VisitorDialog,
    )
    from totalnet_desktop.views.meeting.testimonial_dialog import TestimonialDialog
    from totalnet_desktop.views.shell import backup_dialogs, privacy, recovery_dialog, server_password
    from totalnet_desktop.views.shell.crash_dialog import CrashDialog
    from totalnet_desktop.views.shell.preferences import PreferencesDialog
    from totalnet_desktop.views.shell.publish_dialog import PublishDialog
    from totalnet_desktop.views.shell.server_dialog import ConnectDialog
    from totalnet_desktop.views.shell.server_password import ServerPasswordDialog
    from totalnet_desktop.views.shell.shortcuts_dialog import ShortcutsDialog
    from totalnet_desktop.views.shell.who_am_i_dialog import WhoAmIDialog
    from totalnet_desktop.views.shell.work_dialog import WorkDialog

    me = contacts.me_id()
    chapter = chapters.get_chapter(chapters.my_chapter_id())
    members = [PersonChoice(m.contact_id, m.name, m.company, m.classification) for m in chapters.roster(chapter.id)]
    other = members[1].id
    item = followups.list_items("all")[0]
    meeting = meetings.list_meetings(chapter.id)[0]
    held = backup.list_backups(ctx.paths.backup_dir)
    latest = held[0] if held else None
    damaged = work / "damaged.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    diagnosis = recovery.diagnose(damaged)
    csv = work / "people.csv"
    csv.write_text("First Name,Last Name,Company,Email\nLayla,Haddad,Haddad Print,layla@example.com\n"
                   "Omar,Saeed,Saeed Legal,omar@example.com\nRania,Khalil,,rania@example.com\n,,,\n", encoding="utf-8")
    chat = work / "WhatsApp Chat with Chapter.txt"
    chat.write_text("[15/02/2024, 07:01:00] Layla Haddad: Good morning\n[15/02/2024, 07:02:00] \u202a+971 55 765 4321"
                    "\u202c: Who is presenting?\n[16/02/2024, 07:04:00] Zo\u00eb Dubois: me\n"
                    "[16/02/2024, 07:05:00] Sam Lee: great\n", encoding="utf-8")
    url = "postgresql://layla@chapter.example.com:5432/achievers"

    def nothing(_dialog):
        return None

    def say(_text, *_a):
        return None

    def import_page(step: int):
        def build():
            dialog = ImportDialog(ctx)
            dialog.show()
            dialog.files_page.add_paths([str(csv)])
            for at in range(step):
                dialog.go_next()
                if at == 1:
                    _wait_until(lambda: dialog.duplicates_page.ready())
                if at == 3:
                    _wait_until(lambda: dialog.stack.currentIndex() == 4)
                _pump(50)
            return dialog
        return build

    def history_done():
        dialog = HistoryDialog(ctx)
        dialog.show()
        dialog.set_paths([str(chat)])
        dialog.run_import(me=["Sam Lee"])
        return dialog

    def export_chapter():
        dialog = ExportDialog(ctx)
        dialog.select(what="attendance")
        return dialog

    def work_dialog():
        return WorkDialog(translate("Forget", "Forget this person"),
                          translate("Forget", "Forgetting {name}: their records, the mentions of them in "
                                    "other records, the search index and the log lines...").format(name="Layla Haddad"))

    def screen_call(key: str, method: str, prepare: Callable[[object], None] | None = None):
        def call():
            screen = window.show_screen(key)
            if prepare is not None:
                prepare(screen)
            getattr(screen, method)()
        return Modal(call)

    def open_today(screen):
        if screen.meeting is None or screen.meeting.is_closed or screen.meeting.date != dt.date.today():
            screen.open_date(dt.date.today())

    def with_trash(screen):
        if not screen.presenter.trash_count():
            contacts.trash([members[-1].id])

    def dirty_editor():
        editor = ContactEditor(ctx, me)
        editor.set_text("first_name", "Changed")
        return Modal(editor.confirm_discard)

    def scheme():
        return SchemeDialog(chapter.id, traffic_lights.find_scheme(traffic_lights.DEFAULT_SCHEME, chapter.id))

    return [
        # Contacts
        ("contact-new", lambda: ContactEditor(ctx)),
        ("contact-edit", lambda: ContactEditor(ctx, me)),
        ("contact-discard", dirty_editor),
        ("log-touch", lambda: LogTouchDialog(ctx, me)),
        ("merge", lambda: MergeDialog(ctx, [me, other])),
        ("my-card", lambda: MyCardDialog(ctx)),
        ("bulk-add-tag", lambda: Modal(lambda: bulk_actions.add_tag(ctx, window, [me, other], say))),
        ("bulk-remove-tag", lambda: Modal(lambda: bulk_actions.remove_tag(ctx, window, [me, other], say))),
        ("bulk-cadence", lambda: Modal(lambda: bulk_actions.set_cadence(ctx, window, [me, other], say))),
        ("empty-trash", lambda: screen_call("contacts", "empty_trash", with_trash)),
        ("forget-confirm", lambda: Modal(lambda: forget_dialog.forget_person(ctx, window, [other], say))),
        ("forget-work", work_dialog),
        ("forget-backups", lambda: forget_dialog.BackupRewriteDialog(None, held, tr_core(
            ForgetResult(removed={"contact": 1}, anonymised=0).line()))),
        # Meeting day
        ("slip-referral", lambda: ReferralDialog(nothing, members, me)),
        ("slip-thank-you", lambda: ThankYouDialog(nothing, members, me)),
        ("slip-one-to-one", lambda: OneToOneDialog(nothing, members, me)),
        ("slip-ceu", lambda: CEUDialog(nothing, members, me)),
        ("slip-testimonial", lambda: TestimonialDialog(nothing, members, me)),
        ("slip-substitute", lambda: SubstituteDialog(nothing, members[0].label)),
        ("slip-visitor", lambda: VisitorDialog(nothing, "Sam Visitor", members)),
        ("meeting-setup", ChapterSetupForm),
        ("meeting-date", lambda: MeetingDateDialog(dt.date.today())),
        ("meeting-close-confirm", lambda: screen_call("meeting", "close_meeting", open_today)),
        ("meeting-history", lambda: MeetingHistoryDialog(chapter.id)),
        ("meeting-report", lambda: MeetingReportDialog(meeting.id)),
        ("roster", lambda: RosterDialog(chapter.id)),
        ("scheme", scheme),
        # Follow-ups
        ("followup-add", lambda: AddFollowUpDialog()),
        ("followup-add-contact", lambda: AddFollowUpDialog(me)),
        ("followup-snooze", lambda: SnoozeDialog(dt.date.today())),
        ("followup-date-pick", lambda: DatePickDialog(translate("SnoozeDialog", "Snooze until"), dt.date.today())),
        ("followup-done", lambda: FollowUpDoneDialog(item)),
        ("followup-needs", lambda: screen_call("followups", "edit_needs")),
        # Shell
        ("preferences", lambda: PreferencesDialog(ctx)),
        ("protect", lambda: privacy.ProtectDialog(ctx)),
        ("passphrase-prompt", lambda: Modal(lambda: privacy.ask_passphrase(ctx.session.db_path))),
        ("backup-done", lambda: backup_dialogs.notify(None, QMessageBox.Icon.Information,
                                                     translate("Backup", "Backup done"), str(work / "b.zip"))),
        ("restore", lambda: backup_dialogs.RestoreDialog(ctx)),
        ("recovery", lambda: recovery_dialog.RecoveryDialog(diagnosis, latest)),
        ("recovery-no-backup", lambda: recovery_dialog.RecoveryDialog(diagnosis, None)),
        ("server-unreachable", lambda: Modal(lambda: recovery_dialog.ask_server_unreachable(
            db.server_lost_message("postgresql://layla@chapter.example.com/achievers",
                                   ConnectionRefusedError("connection refused")), None, has_copy=True))),
        ("server-connect", lambda: ConnectDialog()),
        ("server-password", lambda: ServerPasswordDialog(url)),
        ("server-no-password", lambda: Modal(lambda: server_password.ask_personal_or_quit(url))),
        ("who-am-i", lambda: WhoAmIDialog("chapter.example.com")),
        ("publish", lambda: PublishDialog(None)),
        ("publish-file", lambda: PublishDialog(ctx.session.db_path)),
        ("shortcuts", lambda: ShortcutsDialog(window)),  # its keys are the window's
        ("about", lambda: Modal(window.show_about)),
        ("crash", lambda: CrashDialog("TotalNet 1.0\nTraceback (most recent call last):\n  ...\nValueError: x",
                                      ctx.paths.log_dir)),
        # Import / export
        ("import-files", import_page(0)),
        ("import-mapping", import_page(1)),
        ("import-duplicates", import_page(2)),
        ("import-options", import_page(3)),
        ("import-report", import_page(4)),
        ("export", lambda: ExportDialog(ctx)),
        ("export-chapter", export_chapter),
        ("history-import", lambda: HistoryDialog(ctx)),
        ("history-review", history_done),
        ("history-picker", lambda: ContactPicker("Layla")),
    ]


def grab(widget, path: Path) -> dict:
    """Show, let it lay out, save a PNG; its sizes."""
    from PySide6.QtCore import Qt

    if not widget.isVisible():
        widget.show()
    _pump(60)
    widget.grab().save(str(path))
    size, hint, least = widget.size(), widget.sizeHint(), widget.minimumSizeHint()
    return {"size": (size.width(), size.height()), "hint": (hint.width(), hint.height()),
            "min": (least.width(), least.height()), "title": widget.windowTitle(), "latin": latin_words(widget),
            "rtl": widget.layoutDirection() == Qt.LayoutDirection.RightToLeft}


def latin_words(root) -> list[str]:
    """The texts on a dialog with Latin words in them (in Arabic: English left, or data and brands)."""
    import re

    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QLabel,
        QLineEdit,
        QTabWidget,
        QWidget,
    )

    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(min(widget.count(), 12))]
    return [t for t in texts if re.search(r"[A-Za-z]{3,}", t or "")]


def grab_modal(modal: Modal, path: Path) -> dict:
    """Run the call; grab the first modal dialog that shows up, then close it with Escape's answer."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    found: dict = {}
    running = [True]

    def poll(left: int = 300) -> None:
        if not running[0]:
            return
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QDialog) and widget.isVisible():
            _pump(60)
            found.update(grab(widget, path))
            widget.reject()
            return
        if left:
            QTimer.singleShot(10, lambda: poll(left - 1))

    QTimer.singleShot(0, poll)
    try:
        modal.call()
    finally:
        running[0] = False
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument("--screen", default="1024x700")
    parser.add_argument("--only", default="")
    args = parser.parse_args(argv)
    _screen(args.screen)
    os.environ.pop("TOTALNET_STRING_STRETCH", None)
    work = Path(tempfile.mkdtemp(prefix="look-dialogs-"))
    os.environ["TOTALNET_DATA_DIR"] = str(work / "data")

    from PySide6.QtWidgets import QApplication

    from totalnet_desktop import i18n
    from totalnet_desktop.core.demo import loader as demo
    from totalnet_desktop.core.store import backup
    from totalnet_desktop.core.store.session import open_session
    from totalnet_desktop.views.shell import theme
    from totalnet_desktop.views.shell.context import AppContext
    from totalnet_desktop.views.shell.main_window import MainWindow
    from totalnet_desktop.views.shell.sizing import MARGIN_H, MARGIN_W

    app = QApplication.instance() or QApplication(sys.argv[:1])
    i18n.install("en")
    session = open_session(work / "data")
    demo.generate()
    ctx = AppContext(session)
    backup.manual_backup(session.db_path, ctx.paths.backup_dir)  # the restore and forget dialogs list it
    window = MainWindow(ctx)
    window.resize(*(int(v) for v in args.screen.split("x")))
    window.show()
    _pump(200)
    only = {n for n in args.only.split(",") if n}
    screen = app.primaryScreen().availableGeometry()
    room = (screen.width() - MARGIN_W, screen.height() - MARGIN_H)
    rows, too_big, failed = [], [], []
    args.outdir.mkdir(parents=True, exist_ok=True)
    for variant, code, mode, stretch in VARIANTS:
        if stretch:
            os.environ["TOTALNET_STRING_STRETCH"] = "1"
        else:
            os.environ.pop("TOTALNET_STRING_STRETCH", None)
        i18n.install(code)
        theme.apply(mode)
        for name, factory in dialogs(ctx, window, work):
            if only and name not in only:
                continue
            folder = args.outdir / name
            folder.mkdir(exist_ok=True)
            png = folder / f"{variant}.png"
            try:
                made = factory()
                if made is None:
                    continue
                info = grab_modal(made, png) if isinstance(made, Modal) else grab(made, png)
                if not isinstance(made, Modal):
                    made.close()
                    made.deleteLater()
            except Exception as exc:  # noqa: BLE001 - a look-round reports and goes on
                failed.append(f"{name} {variant}: {type(exc).__name__}: {exc}")
                continue
            if not info:
                failed.append(f"{name} {variant}: no dialog showed")
                continue
            rows.append((name, variant, info))
            if info["min"][0] > room[0] or info["min"][1] > room[1] or info["size"][1] > room[1] \
                    or info["size"][0] > room[0]:
                too_big.append(f"{name} {variant}: opens {info['size']}, minimum {info['min']}, room {room}")
            if (code == "ar") != info["rtl"]:
                failed.append(f"{name} {variant}: layout direction {'RTL' if info['rtl'] else 'LTR'}")
            _pump(10)
    with open(args.outdir / "sizes.tsv", "w", encoding="utf-8") as out:
        out.write("dialog\tvariant\tsize\thint\tmin\ttitle\n")
        for name, variant, info in rows:
            out.write(f"{name}\t{variant}\t{info['size']}\t{info['hint']}\t{info['min']}\t{info['title']}\n")
    with open(args.outdir / "latin.txt", "w", encoding="utf-8") as out:
        for name, variant, info in rows:
            if variant.startswith("ar"):
                out.write(f"{name} {variant}: {info['latin']!r}\n")
    if shutil.which("montage"):
        for folder in sorted(p for p in args.outdir.iterdir() if p.is_dir()):
            shots = [str(folder / f"{v[0]}.png") for v in VARIANTS if (folder / f"{v[0]}.png").exists()]
            subprocess.run(["montage", "-label", "%t", *shots, "-tile", "2x", "-geometry", "+6+6",
                            "-background", "#888", str(args.outdir / f"{folder.name}.png")], check=False)
    print(f"{len(rows)} grabs in {args.outdir}; room {room}")
    for line in too_big:
        print("TOO BIG", line)
    for line in failed:
        print("FAILED", line)
    window.close()
    i18n.install("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
