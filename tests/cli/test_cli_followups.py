"""``totalnet followups --due ...`` prints the queue as a table."""

import datetime as dt

from totalnet_desktop.cli import main
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store.session import open_session


def seed(data_dir):
    from totalnet_desktop.core.store import db
    from totalnet_desktop.core.store.models import Attendance, Chapter, Contact, Meeting

    open_session(data_dir)
    layla = Contact.create(first_name="Layla", last_name="Haddad")
    omar = Contact.create(first_name="Omar", last_name="Khan")
    followups.queue(layla.id, dt.date(2026, 3, 9), "Send Layla the brochure", channel="email")
    followups.queue(omar.id, dt.date(2026, 3, 11), "Call Omar", channel="phone")
    followups.queue(omar.id, dt.date(2026, 3, 14), "Coffee with Omar")
    followups.queue(layla.id, dt.date(2026, 4, 30), "Renewal chat")
    chapter = Chapter.create(name="Marina")
    meeting = Meeting.create(chapter=chapter, date=dt.date(2026, 3, 10))
    Attendance.create(meeting=meeting, contact=Contact.create(first_name="Zoë", last_name="Novak", source="LinkedIn"),
                      status="Visitor")
    db.close_database()


def table_lines(out):
    return [line for line in out.splitlines() if line.strip()]


def test_all_runs_the_rules_and_prints_every_group(data_dir, capsys):
    seed(data_dir)
    assert main(["--data-dir", str(data_dir), "followups", "--today", "2026-03-11"]) == 0
    out = capsys.readouterr().out
    lines = table_lines(out)
    assert lines[0].split() == ["When", "Due", "Contact", "Reason", "Channel", "From"]
    assert set(lines[1]) == {"-", " "}
    assert lines[2].startswith("Overdue") and "Layla Haddad" in lines[2] and "Send Layla the brochure" in lines[2]
    assert lines[3].startswith("Today") and "Call Omar" in lines[3] and "Phone" in lines[3]
    # The visitor rule ran: Zoë visited on Tuesday, thank her on Wednesday (today).
    assert "Thank Zoë Novak for visiting and invite them back" in lines[4]
    assert "Visited the chapter" in lines[4]
    assert lines[5].startswith("This week") and lines[6].startswith("Later")
    assert "5 shown · 1 overdue, 2 today, 1 this week, 1 later" in out


def test_due_filters(data_dir, capsys):
    seed(data_dir)
    assert main(["followups", "--due", "overdue", "--today", "2026-03-11"]) == 0
    rows = table_lines(capsys.readouterr().out)[2:-1]
    assert len(rows) == 1 and "Send Layla the brochure" in rows[0]
    assert main(["followups", "--due", "week", "--today", "2026-03-11", "--no-rules"]) == 0
    rows = table_lines(capsys.readouterr().out)[2:-1]
    assert [r.split()[0] for r in rows] == ["Overdue", "Today", "Today", "This"]  # + the visitor item


def test_empty_queue_says_so(data_dir, capsys):
    open_session(data_dir)
    assert main(["followups", "--due", "today"]) == 0
    assert capsys.readouterr().out.strip() == "Nothing due today."


def test_bad_date_is_a_usage_error(data_dir, capsys):
    try:
        main(["followups", "--today", "11/03/2026"])
    except SystemExit as exc:
        assert exc.code == 2
    assert "is not a date like 2026-03-11" in capsys.readouterr().err


def test_export_what_followups_writes_the_queue_table(data_dir, tmp_path, capsys):
    import csv

    seed(data_dir)
    out = tmp_path / "followups.csv"
    assert main(["export", str(out), "--what", "followups"]) == 0
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:5] == ["Due", "When", "Contact", "Company", "Reason"]
    assert {r[4] for r in rows[1:]} >= {"Send Layla the brochure", "Call Omar", "Renewal chat"}
