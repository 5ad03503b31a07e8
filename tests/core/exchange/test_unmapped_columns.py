"""Issue 12: columns the mapping leaves out are named in the summary (CLI included) and, when asked,
kept in the contact's notes; a header row repeated inside the file is reported as such, not rejected."""

from __future__ import annotations

import pytest

from totalnet_desktop.cli import main
from totalnet_desktop.core.exchange import importer
from totalnet_desktop.core.store.models import Contact

GERMAN = ("Vorname,Nachname,Firma,Geburtstag,Lieblingsessen,Notizen\n"
          "Anna,Schmidt,Bäckerei Schmidt,1980-04-01,Brezel,Kundin seit 2019\n"
          "Jonas,Weber,Weber GmbH,,,\n"
          "Vorname,Nachname,Firma,Geburtstag,Lieblingsessen,Notizen\n"
          "Lea,Fischer,,1992-11-30,,\n")


def _file(tmp_path, text=GERMAN, name="kontakte.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("parallel", [False, True])
def test_unmapped_columns_are_listed_with_the_rows_that_held_a_value(db, tmp_path, parallel):
    imp = importer.open_import(_file(tmp_path))
    assert imp.unmapped_headers() == ["Geburtstag", "Lieblingsessen"]
    planned = importer.plan(imp, importer.ImportOptions(), parallel=parallel)
    assert planned.unmapped == {"Geburtstag": 2, "Lieblingsessen": 1} and not planned.kept_unmapped
    summary = importer.execute(imp, importer.ImportOptions(), parallel=parallel)
    assert summary.unmapped == {"Geburtstag": 2, "Lieblingsessen": 1}
    assert summary.imported == 3
    anna = Contact.get(Contact.first_name == "Anna")
    assert anna.notes == "Kundin seit 2019"  # nothing added without the option


@pytest.mark.parametrize("parallel", [False, True])
def test_keep_unmapped_puts_column_and_value_lines_in_the_notes(db, tmp_path, parallel):
    imp = importer.open_import(_file(tmp_path))
    summary = importer.execute(imp, importer.ImportOptions(keep_unmapped=True), parallel=parallel)
    assert summary.kept_unmapped and summary.unmapped == {"Geburtstag": 2, "Lieblingsessen": 1}
    assert Contact.get(Contact.first_name == "Anna").notes == (
        "Kundin seit 2019\nGeburtstag: 1980-04-01\nLieblingsessen: Brezel")
    assert Contact.get(Contact.first_name == "Jonas").notes == ""
    assert Contact.get(Contact.first_name == "Lea").notes == "Geburtstag: 1992-11-30"


def test_a_repeated_header_row_is_reported_apart_not_rejected(db, tmp_path):
    summary = importer.execute(importer.open_import(_file(tmp_path)), importer.ImportOptions())
    assert summary.rejected == [] and summary.header_repeats == [4]
    assert summary.line() == "imported 3, merged 0, skipped 0, rejected 0"
    assert not Contact.select().where(Contact.first_name == "Vorname").exists()


def test_a_value_that_is_not_an_email_and_the_notes_column_are_both_kept(db, tmp_path):
    path = _file(tmp_path, "First Name,Email,Notes\nAmal,n/a,met at the fair\n", "mail.csv")
    importer.execute(importer.open_import(path), importer.ImportOptions())
    assert Contact.get(Contact.first_name == "Amal").notes == "Email: n/a\nmet at the fair"


def test_the_cli_lists_unmapped_columns_and_keeps_them_when_asked(data_dir, tmp_path, capsys):
    path = _file(tmp_path)
    assert main(["import", str(path), "--dry-run"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "would import 3, merge 0, skip 0, reject 0"
    assert out[1] == ("Columns not imported: Geburtstag (2 rows), Lieblingsessen (1 row); add --keep-unmapped "
                      "to keep their values in the notes.")
    assert out[2] == "The header row came again on 1 line (4); skipped, not a contact."
    assert main(["import", str(path), "--keep-unmapped"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "imported 3, merged 0, skipped 0, rejected 0"
    assert out[1] == 'Kept in the notes as "Column: value" lines: Geburtstag (2 rows), Lieblingsessen (1 row).'
