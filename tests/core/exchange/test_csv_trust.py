"""CSV files that used to be refused or changed on import: CR-only and mixed line ends, huge cells,
CRLF inside quoted cells, and a quote left open on the last line."""

from __future__ import annotations

import pytest

from totalnet_desktop.core.exchange import csv_read, importer
from totalnet_desktop.core.store.errors import ImportReadError
from totalnet_desktop.core.store.models import Contact


def rows_of(path):
    source = csv_read.open_csv(path)
    return source.headers, [(r.line, r.cells, r.problem) for r in source.rows()]


def test_classic_mac_cr_only_file_is_read(tmp_path):
    path = tmp_path / "mac.csv"
    path.write_bytes(b"First Name,Last Name,Company\rAmal,Saleh,Cedar\rOmar,Khan,Khan Law\r")
    headers, rows = rows_of(path)
    assert headers == ["First Name", "Last Name", "Company"]
    assert rows == [(2, ["Amal", "Saleh", "Cedar"], ""), (3, ["Omar", "Khan", "Khan Law"], "")]


def test_a_file_mixing_cr_lf_and_crlf_is_read_with_its_line_numbers(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"First Name,Last Name\r\nAmal,Saleh\rOmar,Khan\nZoe,Dubois\r\n")
    _, rows = rows_of(path)
    assert rows == [(2, ["Amal", "Saleh"], ""), (3, ["Omar", "Khan"], ""), (4, ["Zoe", "Dubois"], "")]


def test_line_breaks_inside_quoted_cells_are_stored_as_newlines(db, tmp_path):
    path = tmp_path / "crlf.csv"
    path.write_bytes(b'First Name,Last Name,Notes\r\nAmal,Saleh,"first line\r\nsecond line\rthird"\r\n')
    summary = importer.execute(importer.open_import(path), importer.ImportOptions())
    assert summary.imported == 1
    assert Contact.get(Contact.first_name == "Amal").notes == "first line\nsecond line\nthird"


def test_a_cell_of_two_megabytes_is_accepted(tmp_path):
    path = tmp_path / "big.csv"
    big = "x" * (2 * 1024 * 1024)
    path.write_text(f'First Name,Notes\nAmal,"{big}"\n', encoding="utf-8")
    _, rows = rows_of(path)
    assert rows == [(2, ["Amal", big], "")]


def test_a_quote_never_closed_on_the_last_line_rejects_that_record(db, tmp_path):
    path = tmp_path / "open.csv"
    path.write_text('First Name,Last Name,Company\nOmar,Khan,Khan Law\nAmal,"Saleh,Cedar Print\n',
                    encoding="utf-8")
    _, rows = rows_of(path)
    assert rows[0] == (2, ["Omar", "Khan", "Khan Law"], "")
    assert rows[1][0] == 3 and rows[1][2] == "unterminated quote in column 2 (Last Name)"
    summary = importer.execute(importer.open_import(path), importer.ImportOptions())
    assert summary.imported == 1 and [(r.line, r.reason) for r in summary.rejected] == [
        (3, "unterminated quote in column 2 (Last Name)")]
    assert not Contact.select().where(Contact.first_name == "Amal").exists()


def test_a_cell_over_the_limit_says_what_and_where_in_the_apps_words(tmp_path, monkeypatch):
    import csv

    limit = csv_read.MAX_CELL
    monkeypatch.setattr(csv_read, "MAX_CELL", 1024 * 1024)  # a smaller limit, to keep the test small
    csv.field_size_limit(1024 * 1024)
    try:
        path = tmp_path / "huge.csv"
        path.write_text('First Name,Notes\nAmal,ok\nOmar,"' + "y" * (1024 * 1024 + 10) + '"\n', encoding="utf-8")
        with pytest.raises(ImportReadError) as caught:
            list(csv_read.open_csv(path).rows())
        message = str(caught.value)
        assert "row 3" in message and "cell longer than 1 MB" in message and "field larger" not in message
    finally:
        csv.field_size_limit(limit)


def test_a_header_row_repeated_in_the_middle_is_skipped_and_said(db, tmp_path):
    path = tmp_path / "pasted.csv"
    path.write_text("First Name,Last Name\nAmal,Saleh\nFirst Name,Last Name\nOmar,Khan\n", encoding="utf-8")
    summary = importer.execute(importer.open_import(path), importer.ImportOptions())
    assert summary.imported == 2
    # Reported as a repeated header, not counted as a rejected row (issue 12).
    assert summary.rejected == [] and summary.header_repeats == [3]
    assert not Contact.select().where(Contact.first_name == "First Name").exists()


# ---- a tag holding the separator survives a CSV round trip ------------------------------------------
def test_a_vcard_tag_with_a_semicolon_stays_one_tag_through_a_csv_round_trip(db, tmp_path):
    from totalnet_desktop.core.contacts import service as contacts
    from totalnet_desktop.core.exchange import export

    card = tmp_path / "in.vcf"
    card.write_text("BEGIN:VCARD\r\nVERSION:3.0\r\nN:Saleh;Amal;;;\r\nFN:Amal Saleh\r\n"
                    "EMAIL:amal@example.com\r\nCATEGORIES:Clients\\; VIP,Golf\r\nEND:VCARD\r\n", encoding="utf-8")
    importer.execute(importer.open_import(card), importer.ImportOptions())
    amal = Contact.get(Contact.first_name == "Amal").id
    def own_tags(cid):  # without the "Imported FILE DATE" tag every import adds
        return sorted(t for t in contacts.get(cid).tags if not t.startswith("Imported "))

    assert own_tags(amal) == ["Clients; VIP", "Golf"]
    out = tmp_path / "out.csv"
    export.export_contacts_csv(out)
    assert "Clients\\; VIP; Golf" in out.read_text(encoding="utf-8")
    contacts.trash([amal])
    contacts.empty_trash()
    importer.execute(importer.open_import(out), importer.ImportOptions())
    again = Contact.get(Contact.first_name == "Amal").id
    assert own_tags(again) == ["Clients; VIP", "Golf"]


def test_tag_escaping_reads_back_exactly_any_tags():
    from hypothesis import given
    from hypothesis import strategies as st

    from totalnet_desktop.core.exchange.drafts import split_own_tags
    from totalnet_desktop.core.exchange.export import MULTI_SEP, escape_tag

    tag = st.text(alphabet=st.sampled_from("ab ;\\,é"), min_size=1, max_size=8).map(str.strip).filter(bool)

    @given(st.lists(tag, max_size=5))
    def round_trip(tags):
        tags = [t for t in tags if t == " ".join(t.split())]  # cells are whitespace-normalised on import
        assert split_own_tags(MULTI_SEP.join(map(escape_tag, tags))) == tags

    round_trip()
