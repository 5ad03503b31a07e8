"""``totalnet report meeting [--date D] --pdf FILE``: a PDF with the right numbers."""

import datetime as dt
import os
import shutil
import subprocess
import sys

import pytest

from totalnet_desktop.core.chapter import chapters, meetings, slips, visitors
from totalnet_desktop.core.store import db as db_mod

DAY = dt.date(2026, 11, 25)


def pdf_text(path) -> str:
    """The PDF's text via pdftotext when installed, else a check of the header and page count."""
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and b"/Type /Page" in data
    if shutil.which("pdftotext"):
        return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return ""


@pytest.fixture
def chapter_data(session):
    ch = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    layla = chapters.add_member(ch.id, name="Layla Haddad").contact_id
    omar = chapters.add_member(ch.id, name="Omar Khan").contact_id
    m = meetings.open_meeting(ch.id, DAY, today=DAY)
    rows = {r.first_name: r for r in meetings.roster_rows(m.id)}
    meetings.check_in(m, rows["Layla"], now=dt.datetime.combine(DAY, dt.time(6, 58)))
    visitors.add_visitor(m, "Nadia Rahman", invited_by_id=layla)
    slips.add_referral(layla, omar, kind="inside", day=DAY, meeting_id=m.id)
    slips.add_thank_you(layla, omar, "12,345.50", day=DAY, meeting_id=m.id)
    meetings.close_meeting(m.id)
    earlier = meetings.open_meeting(ch.id, DAY - dt.timedelta(days=7), today=DAY)
    meetings.close_meeting(earlier.id)
    db_mod.close_database()
    return ch


def run_cli(data_dir, *args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "totalnet_desktop", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, env=env, timeout=120, check=False)


def test_report_meeting_pdf_latest_and_by_date(chapter_data, data_dir, tmp_path):
    out = tmp_path / "report.pdf"
    result = run_cli(data_dir, "report", "meeting", "--pdf", str(out))
    assert result.returncode == 0, result.stderr
    assert "2026-11-25" in result.stdout
    text = pdf_text(out)
    if text:
        assert "Dubai Achievers" in text and "Nadia Rahman" in text
        layla = next(line for line in text.splitlines() if "Layla Haddad" in line).split()
        # Layla: P=1, A=0, L=0, M=0, S=0, RGI=1, RGO=0, RRI=0, RRO=0, V=1, 1-2-1=0, TYFCB, CEU=0
        assert layla[2:12] == ["1", "0", "0", "0", "0", "1", "0", "0", "0", "1"]
        assert "12,345.50" in " ".join(layla)
        omar = next(line for line in text.splitlines() if "Omar Khan" in line).split()
        assert omar[2:12] == ["0", "1", "0", "0", "0", "0", "0", "1", "0", "0"]
    earlier = tmp_path / "earlier.pdf"
    result = run_cli(data_dir, "report", "meeting", "--date", "2026-11-18", "--pdf", str(earlier))
    assert result.returncode == 0, result.stderr
    text = pdf_text(earlier)
    if text:
        omar = next(line for line in text.splitlines() if "Omar Khan" in line).split()
        assert omar[2:4] == ["0", "1"]  # absent at the earlier meeting


def test_report_errors_are_one_plain_line(chapter_data, data_dir, tmp_path):
    result = run_cli(data_dir, "report", "meeting", "--date", "2026-01-01", "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and result.stderr.strip() == "totalnet: There is no meeting on 2026-01-01."
    result = run_cli(data_dir, "report", "meeting", "--date", "25/11/2026", "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "is not a date" in result.stderr
    result = run_cli(data_dir, "report", "meeting", "--pdf", str(tmp_path / "nope" / "x.pdf"))
    assert result.returncode == 2 and "does not exist" in result.stderr


def test_report_without_chapter(data_dir, tmp_path):
    result = run_cli(data_dir, "report", "meeting", "--pdf", str(tmp_path / "x.pdf"))
    assert result.returncode == 2 and "no chapter" in result.stderr
