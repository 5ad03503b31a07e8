"""``totalnet import`` / ``totalnet export``: summary line, exit codes, dry run, formats."""

import csv

import pytest
from dbsnap import raw_count

from totalnet_desktop.cli import main

LINKEDIN = (
    'Notes:\n"Some email addresses are missing."\n\n'
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Layla,Al Mansouri,https://www.linkedin.com/in/layla,,Acme,CEO,07 Mar 2024\n"
    "Omar,Haddad,https://www.linkedin.com/in/omar,omar@example.com,Big Co,CTO,01 Jan 2023\n"
    ",,,,Lonely Co,,\n"
)


def _db_counts(data_dir):
    return raw_count(data_dir, "contact")


def test_import_prints_one_summary_line(data_dir, tmp_path, capsys):
    path = tmp_path / "Connections.csv"
    path.write_text(LINKEDIN, encoding="utf-8")
    assert main(["import", str(path)]) == 0
    out, err = capsys.readouterr()
    assert out == "imported 2, merged 0, skipped 0, rejected 1\n"
    assert "row 7: rejected, no name, e-mail, phone or profile" in err
    assert main(["import", str(path), "--on-duplicate", "skip"]) == 0
    assert capsys.readouterr().out == "imported 0, merged 0, skipped 2, rejected 1\n"
    assert main(["import", str(path)]) == 0
    assert capsys.readouterr().out == "imported 0, merged 2, skipped 0, rejected 1\n"


def test_dry_run_writes_nothing(data_dir, tmp_path, capsys):
    path = tmp_path / "Connections.csv"
    path.write_text(LINKEDIN, encoding="utf-8")
    assert main(["import", str(path), "--dry-run"]) == 0
    assert capsys.readouterr().out == "would import 2, merge 0, skip 0, reject 1\n"
    assert _db_counts(data_dir) == 0


def test_unreadable_file_exit_2_one_sentence_nothing_written(data_dir, tmp_path, capsys):
    path = tmp_path / "photo.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    assert main(["import", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and "not a text CSV file" in lines[0]
    assert _db_counts(data_dir) == 0
    assert main(["import", str(tmp_path / "missing.csv")]) == 2
    assert "does not exist" in capsys.readouterr().err


def test_unterminated_quote_names_row_and_column(data_dir, tmp_path, capsys):
    path = tmp_path / "q.csv"
    path.write_text('Name,Email\nAna,a@example.com\nBo,"b@example.com\nCy,c@example.com\n', encoding="utf-8")
    assert main(["import", str(path)]) == 2
    err = capsys.readouterr().err
    assert "row 3, column 2 (Email)" in err
    assert _db_counts(data_dir) == 0


def test_chapter_and_forced_format(data_dir, tmp_path, capsys):
    path = tmp_path / "roster.csv"
    path.write_text("Name,Classification,Email\nAisha Al Zaabi,Accountant,aisha@example.com\n", encoding="utf-8")
    assert main(["import", str(path), "--chapter", "Dubai Pioneers", "--format", "csv"]) == 2
    err = capsys.readouterr().err
    assert err == ('totalnet: There is no chapter called "Dubai Pioneers" (known chapters: none yet); check the '
                   "name, or add --new-chapter to create it.\n")
    assert _db_counts(data_dir) == 0
    assert main(["import", str(path), "--chapter", "Dubai Pioneers", "--new-chapter", "--format", "csv"]) == 0
    assert capsys.readouterr().out == "imported 1, merged 0, skipped 0, rejected 0\n"
    # Known now, in any letter case; a typo names the chapters there are.
    assert main(["import", str(path), "--chapter", "dubai pioneers", "--format", "csv"]) == 0
    assert main(["import", str(path), "--chapter", "Dubai Pioner"]) == 2
    assert '(known chapters: "Dubai Pioneers")' in capsys.readouterr().err


def test_export_contacts_csv_excel_and_vcard(data_dir, tmp_path, capsys):
    path = tmp_path / "in.csv"
    path.write_text("Name,Phone,Notes\nAna Silva,+971 50 123 4567,=HYPERLINK(\"x\")\n", encoding="utf-8")
    assert main(["import", str(path)]) == 0
    out = tmp_path / "out.csv"
    assert main(["export", str(out), "--excel"]) == 0
    assert "exported 1 contacts" in capsys.readouterr().out
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["Phone"] == "'+971 50 123 4567" and rows[0]["Notes"] == "'=HYPERLINK(\"x\")"
    vcf = tmp_path / "out.vcf"
    assert main(["export", str(vcf), "--format", "vcard"]) == 0
    assert vcf.read_text(encoding="utf-8").count("BEGIN:VCARD") == 1


def test_export_tables(data_dir, tmp_path, capsys):
    for what in ("attendance", "referrals", "palms", "followups"):
        out = tmp_path / f"{what}.csv"
        code = main(["export", str(out), "--what", what])
        captured = capsys.readouterr()
        if code == 2:
            assert "not yet available" in captured.err
        else:
            assert code == 0 and out.exists() and "exported" in captured.out
    assert main(["export", str(tmp_path / "p.vcf"), "--what", "palms", "--format", "vcard"]) == 2


def _csv(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.reader(fh))


def test_chapter_tables_by_meeting_or_period_with_a_total_row(data_dir, tmp_path, capsys):
    """The sample chapter: every chapter slip has a giver and a receiver in the chapter, so the
    Total row's given inside/outside equal its received inside/outside (the LinkedIn referrals the
    sample holds are not chapter slips); the totals agree with the report the app shows."""
    import datetime as dt

    from totalnet_desktop.core.chapter import chapters, reports

    assert main(["demo"]) == 0
    out = tmp_path / "palms.csv"
    assert main(["export", str(out), "--what", "palms", "--from", "2000-01-01", "--to", "2100-12-31"]) == 0
    rows = _csv(out)
    header, total = rows[0], rows[-1]
    assert total[0] == "Total"
    figures = dict(zip(header, total))
    assert figures["RGI"] == figures["RRI"] and figures["RGO"] == figures["RRO"]
    for column in ("P", "A", "L", "M", "S", "RGI", "RGO", "1-2-1"):
        assert int(figures[column]) == sum(int(r[header.index(column)]) for r in rows[1:-1])
    summary = reports.chapter_summary(chapters.my_chapter_id(), dt.date(2000, 1, 1), dt.date(2100, 12, 31))
    assert int(figures["P"]) == summary.total.counts["P"] and int(figures["RRI"]) == summary.total.counts["RRI"]
    # One meeting: its attendance rows all carry that date.
    day = summary.meeting_dates[-2].isoformat()
    assert main(["export", str(tmp_path / "a.csv"), "--what", "attendance", "--meeting", day]) == 0
    assert {r[0] for r in _csv(tmp_path / "a.csv")[1:]} == {day}
    capsys.readouterr()
    assert main(["export", str(tmp_path / "x.csv"), "--what", "palms", "--meeting", "2001-01-01"]) == 2
    assert "There is no meeting on 2001-01-01." in capsys.readouterr().err
    assert main(["export", str(tmp_path / "x.csv"), "--what", "palms", "--from", "1 May"]) == 2
    assert "--from \"1 May\" is not a date" in capsys.readouterr().err
    assert main(["export", str(tmp_path / "x.csv"), "--what", "contacts", "--meeting", day]) == 2
    assert not (tmp_path / "x.csv").exists()


def test_ctrl_c_during_an_import_is_one_line_and_writes_nothing(data_dir, tmp_path):
    import os
    import signal
    import subprocess
    import sys
    import time

    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("First Name,Last Name,Email,Company,Notes\n")
        for i in range(150_000):
            fh.write(f"Person{i},Khan,p{i}@example.com,Company {i % 997},{'note ' * 8}\n")
    main(["search", "x"])  # the database exists before the import starts
    env = {**os.environ, "TOTALNET_DATA_DIR": str(data_dir)}
    child = subprocess.Popen([sys.executable, "-m", "totalnet_desktop", "import", str(path)], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    backups = data_dir / "backups"
    for _ in range(600):  # the pre-import backup is made just before the import's transaction
        if any(backups.glob("event-*pre-import*.sqlite3")) or child.poll() is not None:
            break
        time.sleep(0.05)
    time.sleep(0.3)
    child.send_signal(signal.SIGINT)
    out, err = child.communicate(timeout=120)
    if child.returncode == 0:
        pytest.skip("the import finished before Ctrl+C arrived")
    assert child.returncode == 130, err
    assert err.strip() == "totalnet: the import was interrupted; nothing was written." and out == ""
    assert _db_counts(data_dir) == 0


def test_possible_duplicates_are_listed_after_the_summary(data_dir, tmp_path, capsys):
    first = tmp_path / "a.csv"
    first.write_text("First Name,Last Name,Phone\nLayla,Haddad,+971 50 555 0107\n", encoding="utf-8")
    assert main(["import", str(first)]) == 0
    capsys.readouterr()
    second = tmp_path / "b.csv"
    second.write_text("First Name,Last Name,Phone\nL.,Haddad-Saleh,+971 50 555 0107\nOmar,Khan,\n",
                      encoding="utf-8")
    assert main(["import", str(second)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "imported 2, merged 0, skipped 0, rejected 0"
    assert out[1].startswith("1 possible duplicate (imported as new people")
    assert out[2] == "  row 2: L. Haddad-Saleh shares a phone number with Layla Haddad" and len(out) == 3


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_import_tags_rows_in_the_commands_language(data_dir, tmp_path, capsys, lang):
    import datetime as dt

    from totalnet_desktop import i18n
    from totalnet_desktop.core.store.models import Tag
    from totalnet_desktop.core.store.session import open_session

    path = tmp_path / "Connections.csv"
    path.write_text(LINKEDIN, encoding="utf-8")
    try:
        assert main(["--lang", lang, "import", str(path)]) == 0
        day = i18n.date_text(dt.date.today())
    finally:
        i18n.install("en")
    open_session(data_dir)
    names = [t.name for t in Tag.select()]
    if lang == "en":
        assert names == [f"Imported Connections.csv {day}"]
    else:
        assert len(names) == 1 and names[0].startswith("استيراد ") and names[0].endswith(day)
        assert "Connections.csv" in names[0] and "\u2068" not in names[0]
