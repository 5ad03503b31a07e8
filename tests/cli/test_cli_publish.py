"""``totalnet publish-meeting FILE [--date D] [--preview]``: a meeting recorded in a laptop's file goes into
the app's database (the chapter server on a PostgreSQL run) with the counts said; the second run adds
nothing; a bad file or date is one sentence and exit code 1."""

import datetime as dt

import pytest
from test_cli_report import run_cli

from totalnet_desktop.core.chapter import chapters, meetings, slips
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.models import Attendance, Referral
from totalnet_desktop.core.store.session import open_session

DAY = dt.date(2026, 11, 25)


@pytest.fixture
def laptop(session, tmp_path):
    """The chapter on the app's database, and a laptop file where the meeting was recorded offline."""
    chapters.create_chapter("Dubai Achievers", start_time="07:00")
    db_mod.close_database()
    path = tmp_path / "laptop.sqlite3"
    db_mod.open_target(path)
    ch = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    layla = chapters.add_member(ch.id, name="Layla Haddad").contact_id
    omar = chapters.add_member(ch.id, name="Omar Khan").contact_id
    m = meetings.open_meeting(ch.id, DAY, today=DAY)
    rows = {r.first_name: r for r in meetings.roster_rows(m.id)}
    meetings.check_in(m, rows["Layla"], now=dt.datetime.combine(DAY, dt.time(6, 58)))
    slips.add_referral(layla, omar, kind="inside", day=DAY, meeting_id=m.id)
    db_mod.close_database()
    return path


def test_publish_meeting_from_the_command_line(laptop, data_dir):
    # Layla and Omar are not members on the app's database yet: said, nothing published.
    result = run_cli(data_dir, "publish-meeting", str(laptop), "--preview")
    assert result.returncode == 0, result.stderr
    assert "Nothing new to publish for the meeting of 25 Nov 2026 (Dubai Achievers)" in result.stdout
    assert "Layla Haddad is a member in the file but not on the roster of Dubai Achievers here" in result.stdout

    open_session(data_dir)
    ch = chapters.my_chapter_id()
    chapters.add_member(ch, name="Layla Haddad")
    chapters.add_member(ch, name="Omar Khan")
    db_mod.close_database()
    first = run_cli(data_dir, "publish-meeting", str(laptop), "--date", "2026-11-25")
    assert first.returncode == 0, first.stderr
    assert first.stdout.startswith("Published the meeting of 25 Nov 2026 (Dubai Achievers): 1 attendance row and "
                                   "1 referral."), first.stdout
    second = run_cli(data_dir, "publish-meeting", str(laptop))
    assert second.stdout.startswith("Nothing new to publish"), second.stdout
    open_session(data_dir)
    assert Attendance.select().count() == 1 and Referral.select().count() == 1
    db_mod.close_database()


def test_publish_meeting_refuses_a_bad_date_or_file_in_one_sentence(laptop, data_dir, tmp_path):
    result = run_cli(data_dir, "publish-meeting", str(laptop), "--date", "25/11/2026")
    assert result.returncode == 2 and "write it like 2026-11-25" in result.stderr + result.stdout
    result = run_cli(data_dir, "publish-meeting", str(laptop), "--date", "2026-12-02")
    assert result.returncode == 2 and "The file has no meeting on" in result.stderr + result.stdout
    (tmp_path / "notes.txt").write_text("hello")
    result = run_cli(data_dir, "publish-meeting", str(tmp_path / "notes.txt"))
    assert result.returncode == 2 and "is not a TotalNet database that can be read" in result.stderr + result.stdout
    assert "Traceback" not in result.stderr
