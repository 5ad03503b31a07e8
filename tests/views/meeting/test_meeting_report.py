"""Report preview and PDF, meeting history, roster editor and the roster model."""

import datetime as dt
import shutil
import subprocess
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate

from totalnet_desktop.core.chapter import chapters, meetings, reports, slips, visitors
from totalnet_desktop.core.store.models import Contact, Membership
from totalnet_desktop.qtmodels.roster_model import RosterModel
from totalnet_desktop.render.meeting_report import report_html
from totalnet_desktop.views.meeting.history import MeetingHistoryDialog
from totalnet_desktop.views.meeting.report import MeetingReportDialog
from totalnet_desktop.views.meeting.roster import RosterDialog

DAY = dt.date(2026, 11, 25)


@pytest.fixture
def data(db, qapp):
    ch = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    layla = chapters.add_member(ch.id, name="Layla Haddad", classification="Printer").contact_id
    omar = chapters.add_member(ch.id, name="Omar Khan", classification="Lawyer").contact_id
    m1 = meetings.open_meeting(ch.id, DAY - dt.timedelta(days=7), today=DAY)
    meetings.close_meeting(m1.id)  # both absent
    m2 = meetings.open_meeting(ch.id, DAY, today=DAY)
    rows = {r.first_name: r for r in meetings.roster_rows(m2.id)}
    meetings.check_in(m2, rows["Layla"], now=dt.datetime.combine(DAY, dt.time(7, 20)))  # late
    visitors.add_visitor(m2, "Nadia Rahman", invited_by_id=omar)
    slips.add_thank_you(omar, layla, "2,000", day=DAY, meeting_id=m2.id)
    slips.add_one_to_one(layla, omar, day=DAY)
    return ch, m1, m2


def test_report_preview_and_pdf(data, tmp_path):
    _, _, m2 = data
    dialog = MeetingReportDialog(m2.id)
    html = dialog.preview.toPlainText()
    assert "Layla Haddad" in html and "Omar Khan" in html and "Nadia Rahman" in html
    path = dialog.save_pdf(tmp_path / "week.pdf")
    data_bytes = path.read_bytes()
    assert data_bytes.startswith(b"%PDF") and len(data_bytes) > 1000
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
        omar = next(line for line in text.splitlines() if "Omar Khan" in line).split()
        #           P    A    L    M    S    RGI  RGO  RRI  RRO  V    1-2-1 TYFCB  CEU  T (testimonials)
        assert omar[2:] == ["0", "0", "0", "0", "0", "0", "0", "0", "0", "1", "1", "2,000", "0", "0"]
        total = next(line for line in text.splitlines() if line.strip().startswith("Total")).split()
        assert total[1:] == ["0", "0", "1", "0", "0", "0", "0", "0", "0", "1", "2", "2,000", "0", "0"]
        assert "TYFCB (AED)" in text


def test_report_date_range(data):
    _, _, m2 = data
    dialog = MeetingReportDialog(m2.id)
    dialog.start.setDate(DAY - dt.timedelta(days=7))
    omar = next(line for line in dialog.summary.lines if line.first_name == "Omar")
    assert omar.counts["A"] == 1 and len(dialog.summary.meeting_dates) == 2
    assert "to" in report_html(dialog.summary)


def test_history_dialog(data, qtbot):
    ch, m1, m2 = data
    dialog = MeetingHistoryDialog(ch.id)
    qtbot.addWidget(dialog)
    assert dialog.meetings.rowCount() == 2
    assert dialog.chosen_meeting_id() == m2.id
    assert dialog.meetings.item(0, 4).text() == "1"  # one late
    assert dialog.meetings.item(1, 3).text() == "2"  # two absent at the first meeting
    dialog.meetings.selectRow(1)
    assert dialog.chosen_meeting_id() == m1.id
    rates = {dialog.members.item(r, 0).text(): dialog.members.item(r, 3).text() for r in range(2)}
    assert rates == {"Layla Haddad": "50%", "Omar Khan": "0%"}


def test_roster_dialog_add_edit_remove(data, qtbot):
    ch, _, _ = data
    dialog = RosterDialog(ch.id)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    dialog.person.setText("Zoë Dubois")
    dialog.classification.setText("Florist")
    dialog.add_member()
    assert [m.name for m in chapters.roster(ch.id)] == ["Layla Haddad", "Omar Khan", "Zoë Dubois"]
    dialog.table.item(2, 2).setText("Flowers")
    assert chapters.roster(ch.id)[2].classification == "Flowers"
    dialog.table.item(2, 3).setText("Emperor")
    assert "role" in dialog.error.text() and chapters.roster(ch.id)[2].role == "Member"
    dialog.person.setText("")
    dialog.add_member()
    assert "name" in dialog.error.text()
    dialog.grace.setValue(10)
    assert chapters.get_chapter(ch.id).grace_minutes == 10
    assert Membership.select().count() == 3 and Contact.get(Contact.first_name == "Zoë").profession == "Florist"


def test_chapter_settings_after_set_up_with_dates_and_a_fee_change(data, qtbot):
    from totalnet_desktop.core.chapter import fees

    ch, _, _ = data
    dialog = RosterDialog(ch.id)
    qtbot.addWidget(dialog)
    dialog.name.setText("Dubai Achievers Club")
    dialog.name.editingFinished.emit()
    dialog.weekday.setCurrentIndex(3)
    dialog.currency.setText("usd")
    dialog.currency.editingFinished.emit()
    chapter = chapters.get_chapter(ch.id)
    assert (chapter.name, chapter.weekday_name, chapter.currency) == ("Dubai Achievers Club", "Thursday", "USD")
    # Joined and Left are edited in place; a bad date is named with its column and nothing changes.
    dialog.table.item(0, 4).setText("2025-02-30")
    assert dialog.error.text() == "\"2025-02-30\" in Joined is not a date; write it like 2026-11-25."
    dialog.table.item(0, 4).setText("2025-03-01")
    dialog.table.item(0, 5).setText("2024-01-01")
    assert "leaving date cannot be before the joining date" in dialog.error.text()
    dialog.table.item(0, 5).setText("2026-06-30")
    layla = chapters.roster(ch.id)[0]
    assert (layla.joined_on, layla.left_on) == (dt.date(2025, 3, 1), dt.date(2026, 6, 30))
    # A new fee from a chosen day; the months before keep the old one.
    dialog.fee.setText("1,800")
    dialog.fee_from.setDate(QDate(2026, 1, 1))
    dialog.change_fee()
    assert fees.fee_on(ch.id, dt.date(2025, 12, 31)) == 0 and fees.fee_on(ch.id, DAY) == Decimal("1800.00")
    assert "1,800 from 1 Jan 2026" in dialog.fee_history.text().replace("USD ", "")
    dialog.fee.setText("-5")
    dialog.change_fee()
    assert "negative" in dialog.error.text()


def test_roster_model(data, qtmodeltester):
    _, _, m2 = data
    model = RosterModel()
    model.set_rows(meetings.roster_rows(m2.id))
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert [model.index(r, 3).data() for r in range(3)] == ["Late", "", "Visitor"]
    assert "invited by Omar Khan" in model.index(2, 5).data()
    model.set_filter("nobody here")
    assert model.rowCount() == 1 and model.add_visitor_text() == "nobody here"
    qtmodeltester.check(model)
    model.set_filter("")
    row = model.row_at(1)
    result = meetings.check_in(m2, row)
    assert model.update_row(result.row) == 1 and model.index(1, 3).data() == "Present"


def test_report_rows_never_split_across_pages_and_substitutes_are_listed(db, qapp):
    """60 members with long names on A4-landscape-sized pages: every line of every cell lies on
    one page (the layout moves a row that does not fit to the next page), and the substitutes are
    named with whom they replaced."""
    from PySide6.QtCore import QSizeF
    from PySide6.QtGui import QTextTable

    from totalnet_desktop.render.meeting_report import report_document

    ch = chapters.create_chapter("Big Chapter")
    for n in range(60):
        chapters.add_member(ch.id, name=f"Member{n:02d} Withaveryveryverylongfamilyname Andasecondone")
    meeting = meetings.open_meeting(ch.id, DAY, today=DAY)
    first = meetings.roster_rows(meeting.id)[0]
    meetings.set_substitute(meeting, first, name="Sami Nasser")
    document = report_document(reports.meeting_summary(meeting.id))
    document.setPageSize(QSizeF(1000, 700))
    page = document.pageSize().height()
    layout = document.documentLayout()
    assert document.pageCount() >= 2
    table = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    for r in range(table.rows()):
        pages = set()
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            block = cell.firstCursorPosition().block()
            while block.isValid() and block.position() <= cell.lastCursorPosition().position():
                rect = layout.blockBoundingRect(block)
                pages |= {int(rect.top() // page), int((rect.bottom() - 1) // page)}
                block = block.next()
        assert len(pages) == 1, f"row {r} is split across pages {sorted(pages)}"
    assert f"Substitutes: Sami Nasser for {first.name}" in document.toPlainText()
