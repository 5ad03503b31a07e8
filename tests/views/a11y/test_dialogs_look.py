"""What the look round of every dialog found (scripts/look_dialogs.py): each dialog fits a 1024x700
laptop with strings 40% longer, in English and Arabic; a right-to-left table selects its first row;
the report preview stays readable in dark mode; calendars' weekends use the palette's colour."""

from __future__ import annotations

import datetime as dt
from itertools import pairwise

import pytest
from dbsnap import back_up_now
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCalendarWidget, QTableWidget
from test_dialogs_language import _dialogs as language_dialogs

from totalnet_desktop import i18n
from totalnet_desktop.core.chapter import chapters, meetings
from totalnet_desktop.core.demo import loader as demo
from totalnet_desktop.theme import palette
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.sizing import MARGIN_H, MARGIN_W

ROOM = (1024 - MARGIN_W, 700 - MARGIN_H)  # what fit_resize leaves a dialog on a 1024x700 screen


@pytest.fixture
def sample(session):
    demo.generate()


def _more_dialogs(ctx):
    """The shell, exchange and chapter dialogs (the Contacts, Meeting day and Follow-ups ones come from
    the language test)."""
    from totalnet_desktop.core.chapter import traffic_lights
    from totalnet_desktop.views.chapter.scheme_dialog import SchemeDialog
    from totalnet_desktop.views.exchange.export_dialog import ExportDialog
    from totalnet_desktop.views.exchange.history_dialog import ContactPicker, HistoryDialog
    from totalnet_desktop.views.exchange.import_dialog import ImportDialog
    from totalnet_desktop.views.shell.backup_dialogs import RestoreDialog
    from totalnet_desktop.views.shell.crash_dialog import CrashDialog
    from totalnet_desktop.views.shell.preferences import PreferencesDialog
    from totalnet_desktop.views.shell.privacy import ProtectDialog
    from totalnet_desktop.views.shell.publish_dialog import PublishDialog
    from totalnet_desktop.views.shell.server_dialog import ConnectDialog
    from totalnet_desktop.views.shell.server_password import ServerPasswordDialog
    from totalnet_desktop.views.shell.shortcuts_dialog import ShortcutsDialog
    from totalnet_desktop.views.shell.who_am_i_dialog import WhoAmIDialog

    chapter_id = chapters.my_chapter_id()
    return [
        ("preferences", lambda: PreferencesDialog(ctx)),
        ("protect", lambda: ProtectDialog(ctx)),
        ("restore", lambda: RestoreDialog(ctx)),
        ("connect", ConnectDialog),
        ("server password", lambda: ServerPasswordDialog("postgresql://layla@chapter.example.com/achievers")),
        ("who am i", lambda: WhoAmIDialog("chapter.example.com")),
        ("publish", lambda: PublishDialog(ctx.session.db_path)),
        ("shortcuts", ShortcutsDialog),
        ("crash", lambda: CrashDialog("TotalNet 1.0", None)),
        ("import", lambda: ImportDialog(ctx)),
        ("export", lambda: ExportDialog(ctx)),
        ("history import", lambda: HistoryDialog(ctx)),
        ("contact picker", lambda: ContactPicker("Layla")),
        ("scheme", lambda: SchemeDialog(chapter_id, traffic_lights.find_scheme(traffic_lights.DEFAULT_SCHEME,
                                                                                 chapter_id))),
    ]


@pytest.mark.parametrize("code", ["en", "ar"])
def test_every_dialog_fits_a_small_laptop_with_long_strings(sample, ctx, qtbot, monkeypatch, code):
    monkeypatch.setenv(i18n.STRETCH_ENV, "1")
    i18n.install(code)
    try:
        too_big = {}
        for name, factory in [*language_dialogs(ctx), *_more_dialogs(ctx)]:
            dialog = factory()
            qtbot.addWidget(dialog)
            dialog.show()
            least = dialog.minimumSizeHint()
            if least.width() > ROOM[0] or least.height() > ROOM[1]:
                too_big[name] = (least.width(), least.height())
            dialog.close()
        assert too_big == {}
    finally:
        monkeypatch.delenv(i18n.STRETCH_ENV)
        i18n.install("en")


def test_right_to_left_dialogs_select_their_first_row(sample, ctx, qtbot):
    from totalnet_desktop.views.meeting.history import MeetingHistoryDialog
    from totalnet_desktop.views.shell.backup_dialogs import RestoreDialog
    from totalnet_desktop.views.shell.rows import select_row

    back_up_now(ctx.session)
    i18n.install("ar")
    try:
        restore = RestoreDialog(ctx)
        history = MeetingHistoryDialog(chapters.my_chapter_id())
        bare = QTableWidget(3, 2)
        for widget in (restore, history, bare):
            qtbot.addWidget(widget)
        select_row(bare, 1)
        assert restore.selected_path() is not None and restore.restore_button.isEnabled()
        assert [i.row() for i in history.meetings.selectionModel().selectedRows()] == [0]
        assert [i.row() for i in bare.selectionModel().selectedRows()] == [1]
    finally:
        i18n.install("en")


def test_the_report_preview_is_readable_in_dark_mode(sample, ctx, qtbot):
    from PySide6.QtGui import QPalette

    from totalnet_desktop.views.meeting.report import MeetingReportDialog

    meeting = meetings.list_meetings(chapters.my_chapter_id())[0]
    theme.apply(theme.DARK)
    try:
        dialog = MeetingReportDialog(meeting.id)
        qtbot.addWidget(dialog)
        ink = dialog.preview.palette().color(QPalette.ColorRole.Text).name()
        paper = dialog.preview.palette().color(QPalette.ColorRole.Base).name()
        for shade in (paper, palette.REPORT["row_shade"], palette.REPORT["head_row"], palette.REPORT["total_row"]):
            assert palette.contrast_ratio(ink, shade) >= 4.5, shade
    finally:
        theme.apply(theme.LIGHT)


@pytest.mark.parametrize("mode", [theme.LIGHT, theme.DARK])
def test_calendars_show_weekends_in_a_readable_colour(sample, ctx, qtbot, mode):
    from PySide6.QtGui import QPalette

    from totalnet_desktop.views.followups.dialog import AddFollowUpDialog, DatePickDialog
    from totalnet_desktop.views.meeting.dialogs import MeetingDateDialog

    theme.apply(mode)
    try:
        base = QCalendarWidget().palette().color(QPalette.ColorRole.Base).name()
        calendars = [MeetingDateDialog(dt.date.today()).calendar, DatePickDialog("", dt.date.today()).calendar,
                     AddFollowUpDialog().due.calendarWidget()]
        for calendar in calendars:
            qtbot.addWidget(calendar.window())
            for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
                colour = calendar.weekdayTextFormat(day).foreground().color().name()
                assert colour == palette.text("calendar.weekend", mode)
                assert palette.contrast_ratio(colour, base) >= 4.5
    finally:
        theme.apply(theme.LIGHT)


def test_the_about_box_reads_right_to_left_in_arabic(ctx, qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

    from totalnet_desktop.views.shell.main_window import MainWindow

    i18n.install("ar")
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        seen: list[str] = []

        def read_and_close():
            box = QApplication.activeModalWidget()
            if not isinstance(box, QMessageBox):
                QTimer.singleShot(20, read_and_close)
                return
            seen.extend(label.text() for label in box.findChildren(QLabel) if "TotalNet Desktop" in label.text())
            box.reject()

        QTimer.singleShot(0, read_and_close)
        window.show_about()
        document = QTextDocument()
        document.setHtml(seen[0])
        block = document.firstBlock()  # the Latin heading "TotalNet Desktop x.y": on the right, as the rest
        assert "TotalNet Desktop" in block.text()
        assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    finally:
        i18n.install("en")


def test_the_recovery_dialog_says_what_is_wrong_in_arabic(qtbot, tmp_path):
    from totalnet_desktop.core.store import recovery
    from totalnet_desktop.views.shell.recovery_dialog import RecoveryDialog

    damaged = tmp_path / "damaged.sqlite3"
    damaged.write_bytes(b"not a database at all" * 100)
    diagnosis = recovery.diagnose(damaged)
    assert "is not a TotalNet database" in diagnosis.message  # the English stays for logs and the CLI
    i18n.install("ar")
    try:
        dialog = RecoveryDialog(diagnosis, None)
        qtbot.addWidget(dialog)
        assert "TotalNet database" not in dialog.text() and "ليس قاعدة بيانات" in dialog.text()
        assert str(damaged) in dialog.text()
    finally:
        i18n.install("en")


def _visual_order(text: str, word: str) -> bool:
    """Whether ``word`` inside ``text`` laid out right to left shows its characters left to right."""
    from PySide6.QtGui import QTextLayout, QTextOption
    from PySide6.QtWidgets import QApplication

    layout = QTextLayout(text, QApplication.font())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(4000)
    layout.endLayout()
    start = text.index(word)
    xs = [min(p.x() for run in layout.glyphRuns(i, 1) for p in run.positions()) for i in range(start, start + len(word))]
    return all(a < b for a, b in pairwise(xs))


def test_latin_file_names_keep_their_order_in_arabic_sentences(ctx, qtbot):
    from totalnet_desktop.views.contacts.my_card_dialog import MyCardDialog

    assert not _visual_order("تصدير ملف .vcf الخاص بي", ".vcf")  # the check sees the bidi problem...
    i18n.install("ar")
    try:
        dialog = MyCardDialog(ctx)
        qtbot.addWidget(dialog)
        assert _visual_order(dialog.export_button.text(), ".vcf")  # ...and its translation is free of it
    finally:
        i18n.install("en")
