"""Hypothesis fuzz of the CSV reader: written tables read back exactly; junk never crashes it."""

import csv
import io
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from totalnet_desktop.core.exchange.csv_read import open_csv
from totalnet_desktop.core.store.errors import ImportReadError

cell = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc"), whitelist_characters="\n\t"),
               max_size=12)
header_cell = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ", min_size=1,
                      max_size=10).map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    width=st.integers(min_value=2, max_value=5),
    data=st.data(),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]),
)
def test_round_trip_of_written_tables(width, data, delimiter, encoding):
    headers = data.draw(st.lists(header_cell, min_size=width, max_size=width, unique=True))
    rows = data.draw(st.lists(st.lists(cell, min_size=width, max_size=width), max_size=8))
    rows = [r for r in rows if any(c.strip() for c in r)]
    # Rows of several fields make the delimiter unambiguous, as real exports are.
    rows = [["x" + r[0], *r[1:]] for r in rows] + [["a"] * width, ["b"] * width]
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerows([headers, *rows])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.csv"
        path.write_bytes(buf.getvalue().encode(encoding))
        src = open_csv(path)
        assert src.headers == headers
        assert [r.cells for r in src.rows()] == rows


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=600))
def test_arbitrary_bytes_give_rows_or_a_clear_error(blob):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "junk.csv"
        path.write_bytes(blob)
        try:
            src = open_csv(path)
            for row in src.rows():
                assert isinstance(row.line, int) and row.line >= 1
        except ImportReadError as exc:
            assert str(path) in str(exc)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_gives_rows_or_a_clear_error(text):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "junk.csv"
        path.write_text(text, encoding="utf-8")
        try:
            src = open_csv(path)
            list(src.rows())
        except ImportReadError as exc:
            assert str(path) in str(exc)
