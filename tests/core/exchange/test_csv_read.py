"""The CSV reader: encodings, delimiters, header row, streaming, and every bad input of the issue."""

import os

import pytest
from exchange_samples import LINKEDIN_HEADER, csv_text

from totalnet_desktop.core.exchange.csv_read import open_csv
from totalnet_desktop.core.store.errors import ImportReadError

ROWS = [
    ["Name", "Email", "Phone", "Notes"],
    ["Zoë Müller", "zoe@example.com", "+971 050 123 4567", "café, crème"],
    ["Ahmad", "a@example.com", "0044123", "line one\nline two"],
]


def _read(path):
    src = open_csv(path)
    return src, [(r.line, r.cells) for r in src.rows()]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_encodings_read_exactly(write_file, encoding):
    path = write_file(f"people-{encoding}.csv", csv_text(ROWS), encoding)
    src, rows = _read(path)
    assert src.headers == ROWS[0]
    assert [cells for _, cells in rows] == ROWS[1:]


def test_utf16_without_bom(write_file):
    path = write_file("le.csv", csv_text(ROWS).encode("utf-16-le"))
    src, rows = _read(path)
    assert src.encoding == "utf-16-le"
    assert rows[0][1][0] == "Zoë Müller"


def test_windows_1252_is_recognised(write_file):
    text = csv_text([["First Name", "Last Name", "Company"], ["Renée", "Dupré", "Café Noël"]] * 3)
    src, rows = _read(write_file("outlook.csv", text, "cp1252"))
    assert src.encoding == "cp1252"
    assert rows[0][1] == ["Renée", "Dupré", "Café Noël"]


@pytest.mark.parametrize("delimiter", [",", ";", "\t", "|"])
def test_delimiters(write_file, delimiter):
    src, rows = _read(write_file("d.csv", csv_text(ROWS, delimiter)))
    assert src.delimiter == delimiter
    assert rows[1][1][3] == "line one\nline two"


def test_linkedin_preamble_is_skipped_and_rows_keep_file_line_numbers(linkedin_file):
    src, rows = _read(linkedin_file)
    assert src.headers == LINKEDIN_HEADER
    assert src.header_line == 4
    assert src.preamble and src.preamble[0].startswith("Notes:")
    assert [line for line, _ in rows] == [5, 6, 7]
    assert rows[2][1][1] == "Ñúñez 🎉"


def test_row_numbers_count_embedded_newlines(write_file):
    _src, rows = _read(write_file("n.csv", csv_text(ROWS + [["Last", "l@example.com", "1", ""]])))
    assert [line for line, _ in rows] == [2, 3, 5]


def test_empty_file(write_file):
    with pytest.raises(ImportReadError, match="empty"):
        open_csv(write_file("empty.csv", ""))


def test_blank_lines_only_file(write_file):
    with pytest.raises(ImportReadError, match="empty"):
        open_csv(write_file("blank.csv", "\r\n\r\n  \r\n"))


def test_header_with_no_rows(write_file):
    src, rows = _read(write_file("h.csv", "First Name,Last Name,Email\r\n"))
    assert src.headers == ["First Name", "Last Name", "Email"]
    assert rows == []


def test_binary_file_renamed_csv(write_file):
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20
    with pytest.raises(ImportReadError, match="not a text CSV file.*PNG"):
        open_csv(write_file("photo.csv", png))
    with pytest.raises(ImportReadError, match="binary"):
        open_csv(write_file("random.csv", bytes(range(256)) * 40))


def test_xlsx_renamed_csv_says_save_as_csv(write_file):
    with pytest.raises(ImportReadError, match="save it as CSV"):
        open_csv(write_file("book.csv", b"PK\x03\x04" + b"\x00" * 300))


def test_nul_bytes_in_a_row_reject_that_row_only(write_file):
    text = "Name,Email\r\nAna,a@example.com\r\nB\x00ob,b@example.com\r\nCy,c@example.com\r\n"
    src = open_csv(write_file("nul.csv", text))
    rows = list(src.rows())
    assert [r.problem for r in rows] == ["", "holds NUL bytes (damaged data)", ""]
    assert rows[2].cells == ["Cy", "c@example.com"]


def test_unterminated_quote_names_row_and_column(write_file):
    text = 'Name,Email,Notes\r\nAna,a@example.com,ok\r\nBob,b@example.com,"never closed\r\nCy,c@x.com,x\r\n'
    src = open_csv(write_file("q.csv", text))
    with pytest.raises(ImportReadError, match=r"row 3, column 3 \(Notes\)"):
        list(src.rows())


def test_ragged_rows_are_padded_or_kept(write_file):
    text = "Name,Email,Phone\r\nAna\r\nBob,b@example.com,1,extra,more\r\n"
    rows = list(open_csv(write_file("r.csv", text)).rows())
    assert rows[0].cells == ["Ana"]
    assert rows[1].cells == ["Bob", "b@example.com", "1", "extra", "more"]


def test_mixed_encodings_fall_back_per_line_with_a_warning(write_file):
    good = "Name,City\r\nZoë,Dubaï\r\n".encode()
    bad = "Renée,Sharjah\r\n".encode("cp1252")
    rows = list(open_csv(write_file("mixed.csv", good + bad)).rows())
    assert rows[0].cells == ["Zoë", "Dubaï"] and not rows[0].warnings
    assert rows[1].cells == ["Renée", "Sharjah"]
    assert "Windows-1252" in rows[1].warnings[0]


def test_file_changed_while_being_read(write_file):
    path = write_file("grow.csv", csv_text(ROWS))
    src = open_csv(path)
    rows = src.rows()
    next(rows)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("Extra,e@example.com,1,\r\n")
    os.utime(path, ns=(src.mtime_ns + 10**9, src.mtime_ns + 10**9))
    with pytest.raises(ImportReadError, match="changed while it was being read"):
        list(rows)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ImportReadError, match="does not exist"):
        open_csv(tmp_path / "nope.csv")
    with pytest.raises(ImportReadError, match="folder"):
        open_csv(tmp_path)


def test_big_sample_cut_mid_character_is_fine(write_file):
    rows = [["Name", "Note"]] + [[f"Zoë {i}", "عربي " * 30] for i in range(3000)]
    src, read = _read(write_file("big.csv", csv_text(rows)))
    assert src.encoding == "utf-8"
    assert len(read) == 3000 and read[-1][1][0] == "Zoë 2999"
