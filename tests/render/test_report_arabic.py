"""The PALMS report in the member's language: Arabic words, right to left (the member's name in the
rightmost column), numbers and dates through QLocale; English unchanged; the PDF stays light."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
import unicodedata

import pytest

from totalnet_desktop import i18n
from totalnet_desktop.core.chapter import chapters, meetings, reports, slips, visitors
from totalnet_desktop.render.meeting_report import report_document, report_html, write_pdf
from totalnet_desktop.theme.palette import REPORT

DAY = dt.date(2026, 11, 25)


@pytest.fixture
def summary(db, qapp):
    ch = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    layla = chapters.add_member(ch.id, name="Layla Haddad", classification="Printer").contact_id
    omar = chapters.add_member(ch.id, name="Omar Khan", classification="Lawyer").contact_id
    m = meetings.open_meeting(ch.id, DAY, today=DAY)
    rows = {r.first_name: r for r in meetings.roster_rows(m.id)}
    meetings.check_in(m, rows["Layla"], now=dt.datetime.combine(DAY, dt.time(7, 20)))
    visitors.add_visitor(m, "Nadia Rahman", invited_by_id=omar)
    slips.add_thank_you(omar, layla, "12,500", day=DAY, meeting_id=m.id)
    yield reports.meeting_summary(m.id)
    i18n.install("en")


def _rows(text: str) -> list[list[str]]:
    rows = text.split("<tbody>")[1].split("</tbody>")[0].split("</tr>")[:-1]
    return [re.findall(r"<td[^>]*>(.*?)</td>", row) for row in rows]


def test_english_report_reads_left_to_right(summary):
    i18n.install("en")
    text = report_html(summary)
    assert "dir='ltr'" in text and "chapter report" in text and "meeting of Wednesday 25 November 2026" in text
    layla, omar = _rows(text)[:2]
    assert layla[0] == "Layla Haddad" and omar[0] == "Omar Khan" and omar[12] == "12,500"


def test_arabic_report_is_translated_and_mirrored(summary):
    i18n.install("ar", digits="arabic")
    text = report_html(summary)
    assert "dir='rtl'" in text and "تقرير الفرع" in text and "الزوار:" in text and "المجموع" in text
    assert "الأربعاء" in text  # the meeting's weekday as the locale writes it
    layla, omar = _rows(text)[:2]
    assert layla[-1] == "Layla Haddad" and omar[-1] == "Omar Khan"  # the name column is on the right
    assert omar[-13] == "١٢٬٥٠٠"  # the thank-you in Arabic-Indic digits, mirrored column
    assert REPORT["head_row"] in text  # still the light, printable set
    document = report_document(summary)
    assert document.defaultTextOption().textDirection().name == "RightToLeft"


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="needs pdftotext (poppler-utils)")
def test_arabic_pdf_holds_arabic_text(summary, tmp_path):
    i18n.install("ar")
    path = write_pdf(summary, tmp_path / "report.pdf")
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "Layla Haddad" in text and "12,500" in text
    letters = unicodedata.normalize("NFKC", text)  # the PDF holds Arabic presentation forms
    assert "تقرير الفرع" in letters and "المجموع" in letters
