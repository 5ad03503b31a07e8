"""Reading CSV files as they come: encoding, delimiter and header row found; rows streamed.

Rows carry the line number where they start in the file, so messages can point at it. Invalid bytes
in a UTF-8 file (mixed encodings) are read as Windows-1252 with a warning instead of failing.
"""

from __future__ import annotations

import csv
import io
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from totalnet_desktop.core.exchange import encoding as enc
from totalnet_desktop.core.store.errors import ImportReadError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

DELIMITERS = (",", ";", "\t", "|")
DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}
HEADER_SCAN_ROWS = 40
MAX_CELL = 32 * 1024 * 1024  # a longer cell is almost surely an unterminated quote

csv.field_size_limit(MAX_CELL)


HEADER_REPEAT = QT_TRANSLATE_NOOP("Import", "a repeat of the header row; skipped")


class CsvRow(NamedTuple):
    """One record: its first line number in the file, its cells, and a problem if damaged.

    A named tuple: made once per row of the file, it costs a tenth of a frozen dataclass."""

    line: int
    cells: list[str]
    problem: str = ""
    warnings: tuple[str, ...] = ()
    repeat_header: bool = False  # the header row again (files pasted together): not a contact


@dataclass
class CsvSource:
    """A CSV file opened for reading: what was detected, and a way to stream its rows."""

    path: Path
    encoding: str
    delimiter: str
    header_line: int
    headers: list[str]
    size: int
    mtime_ns: int
    preamble: list[str] = field(default_factory=list)

    def rows(self, progress=None) -> Iterator[CsvRow]:
        """Stream the data rows after the header; ``progress(bytes_read, size)`` is called now and then."""
        headers, width = self.headers, len(self.headers)
        first = headers[0] if headers else ""
        for row in _records(self, progress):
            if row.line <= self.header_line:
                continue
            cells = row.cells
            if not "".join(cells).strip():
                continue  # blank lines and rows of empty cells
            if len(cells) == width and cells[0].strip() == first and [c.strip() for c in cells] == headers:
                # The header again (files pasted together): never a contact called "First Name", and
                # not a rejected row either: the summary reports it as a repeated header.
                row = CsvRow(line=row.line, cells=row.cells, problem=HEADER_REPEAT, repeat_header=True)
            yield row
        self.check_unchanged()

    def check_unchanged(self) -> None:
        """Raise when the file was changed while it was being read."""
        try:
            st = os.stat(self.path)
        except OSError as exc:
            raise ImportReadError(QT_TRANSLATE_NOOP(
                "Errors", "The file {path} disappeared while it was being read.").format(path=self.path)) from exc
        if st.st_size != self.size or st.st_mtime_ns != self.mtime_ns:
            raise ImportReadError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The file {path} changed while it was being read; import it again once "
                    "it is saved.").format(path=self.path)
            )


def _decoded_lines(src: CsvSource, state: dict, progress) -> Iterator[str]:
    """Text lines (with their endings) from the file; tracks the line number and bad bytes."""
    if src.encoding.startswith("utf-16"):
        with open(src.path, encoding=src.encoding, newline="", errors="replace") as fh:
            for text in fh:
                state["line"] += 1
                yield text
        return
    fallback = "cp1252" if src.encoding in ("utf-8", "utf-8-sig") else None
    read = 0
    with open(src.path, "rb") as fh:
        first = True
        for raw in fh:
            read += len(raw)
            state["line"] += 1
            if first and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            first = False
            try:
                text = raw.decode(src.encoding)
            except UnicodeDecodeError:
                if fallback is None:
                    text = raw.decode(src.encoding, errors="replace")
                else:
                    text = raw.decode(fallback, errors="replace")
                state["warn"].append(
                    f"line {state['line']} is not valid UTF-8; it was read as Windows-1252"
                )
            if "\x00" in text:
                state["nul"].append(state["line"])
                text = text.replace("\x00", "")
            if progress is not None and state["line"] % 2000 == 0:
                progress(read, src.size)
            if "\r" in text and _LONE_CR.search(text):
                # Classic Mac (CR only) or mixed line ends: each CR ends a line of its own.
                pieces = _LONE_CR_SPLIT.split(text)
                state["line"] -= 1
                for piece in pieces:
                    if piece:
                        state["line"] += 1
                        yield piece
                continue
            yield text


_LONE_CR = re.compile(r"\r(?!\n)")
_LONE_CR_SPLIT = re.compile(r"(?<=\r)(?!\n)")


def _records(src: CsvSource, progress=None) -> Iterator[CsvRow]:
    state: dict = {"line": 0, "warn": [], "nul": [], "buf": []}
    lines = _buffered(_decoded_lines(src, state, progress), state["buf"])
    reader = csv.reader(lines, delimiter=src.delimiter, strict=False)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if "field larger" in str(exc):
                raise ImportReadError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The file {path} has a cell longer than {value} MB in row {start} "
                        "(or a quote that is never closed there).").format(
                        path=src.path, value=MAX_CELL // (1024 * 1024), start=start)
                ) from exc
            raise ImportReadError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The file {path} cannot be read from row {start} (most likely a quote "
                    "that is never closed there).").format(path=src.path, start=start)
            ) from exc
        end = state["line"]
        buf = state["buf"]
        problem = ""
        # A quote never closed: over several lines it swallowed the rest of the file; on the last line
        # (an odd number of quotes) only this record is glued together, and it alone is rejected.
        if (end > start or (buf and buf[0].count('"') % 2)) and _unterminated("".join(buf), src.delimiter):
            column = len(cells)
            name = src.headers[column - 1] if 0 < column <= len(src.headers) else f"#{column}"
            if end > start:
                raise ImportReadError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The file {path} has a quote that is never closed in row {start}, "
                        "column {column} ({name}); fix that cell and import again.").format(
                        path=src.path, start=start, column=column, name=name)
                )
            problem = QT_TRANSLATE_NOOP("Import", "unterminated quote in column {column} ({name})").format(
                column=str(column), name=name)
        buf.clear()
        if "\r" in "".join(cells):  # line breaks inside quoted cells are stored as \n
            cells = [c.replace("\r\n", "\n").replace("\r", "\n") for c in cells]
        if state["nul"]:
            problem = problem or QT_TRANSLATE_NOOP("Import", "holds NUL bytes (damaged data)")
            state["nul"].clear()
        warnings = ()
        if state["warn"]:
            warnings = tuple(state["warn"])
            state["warn"].clear()
        yield CsvRow(start, cells, problem, warnings)
        start = end + 1


def _buffered(lines: Iterator[str], buf: list[str]) -> Iterator[str]:
    for text in lines:
        buf.append(text)
        yield text


def _unterminated(raw: str, delimiter: str) -> bool:
    """True when a multi-line record ran to the end of the file inside a quoted cell."""
    try:
        for _ in csv.reader(io.StringIO(raw, newline=""), delimiter=delimiter, strict=True):
            pass
    except csv.Error as exc:
        return "unexpected end of data" in str(exc)
    return False


# ---- opening: sample, encoding, delimiter, header ------------------------------------------
def _sample_text(sample: bytes, encoding: str, complete: bool) -> str:
    if not complete:
        # Drop the last, probably cut, line so a split character or record does not confuse us.
        cut = sample.rfind(b"\n\x00" if encoding == "utf-16-le" else b"\n")
        if cut > 0:
            sample = sample[: cut + 1]
    return sample.decode(encoding, errors="replace").replace("\x00", "")


def detect_delimiter(text: str) -> str:
    """The delimiter among comma, semicolon, tab and pipe that splits the sample most consistently."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:200]
    best, best_score = ",", 0
    for delim in DELIMITERS:
        try:
            counts = [len(r) for r in csv.reader(lines, delimiter=delim) if r]
        except csv.Error:
            continue
        wide = [c for c in counts if c > 1]
        if not wide:
            continue
        mode = max(set(wide), key=wide.count)
        score = sum(c - 1 for c in wide if c == mode)
        if score > best_score:
            best, best_score = delim, score
    return best


def find_header(records: list[list[str]], score) -> int:
    """Index of the header record: the first wide row, unless a wider later row names known columns."""
    widths = [sum(1 for c in r if c.strip()) for r in records]
    if not widths:
        return 0
    widest = max(widths)
    wide = next((i for i, w in enumerate(widths) if w >= 2 and w >= widest * 0.6), None)
    scored = next((i for i, r in enumerate(records) if score(r) >= 2), None)
    if wide is None:
        return scored if scored is not None else next((i for i, w in enumerate(widths) if w), 0)
    if scored is not None and scored > wide and score(records[wide]) == 0 and widths[scored] > widths[wide]:
        return scored
    return wide


def open_csv(path: str | os.PathLike) -> CsvSource:
    """Open ``path``, detect encoding, delimiter and header; raise ImportReadError when unreadable."""
    from totalnet_desktop.core.exchange.formats import header_score

    path = Path(path)
    try:
        st = os.stat(path)
        with open(path, "rb") as fh:
            sample = fh.read(enc.SAMPLE_BYTES)
    except FileNotFoundError as exc:
        raise ImportReadError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} does not exist.").format(path=path)) from exc
    except IsADirectoryError as exc:
        raise ImportReadError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is a folder, not a file.").format(path=path)) from exc
    except OSError as exc:
        raise ImportReadError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} cannot be opened: {value}.").format(path=path, value=exc.strerror or exc)) from exc
    if not sample.strip(b" \t\r\n\xef\xbb\xbf"):
        raise ImportReadError(QT_TRANSLATE_NOOP("Errors", "The file {path} is empty.").format(path=path))
    kind = enc.binary_kind(sample)
    if kind is not None:
        what = f" it is {kind}" if kind else " it looks like a binary file"
        raise ImportReadError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is not a text CSV file:{what}.").format(path=path, what=what))
    encoding = enc.detect(sample)
    text = _sample_text(sample, encoding, complete=len(sample) >= st.st_size)
    text = text.removeprefix("\ufeff")
    delimiter = detect_delimiter(text)
    records = []
    line_of = []
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=False)
    start = 1
    try:
        for cells in reader:
            if cells and any(c.strip() for c in cells):
                records.append(cells)
                line_of.append(start)
            start = reader.line_num + 1
            if len(records) >= HEADER_SCAN_ROWS:
                break
    except csv.Error as exc:
        raise ImportReadError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} cannot be read near row {start}: {exc}.").format(
            path=path, start=start, exc=exc)) from exc
    if not records:
        raise ImportReadError(QT_TRANSLATE_NOOP("Errors", "The file {path} is empty.").format(path=path))
    index = find_header(records, header_score)
    headers = [h.strip().lstrip("\ufeff") for h in records[index]]
    preamble = [" ".join(r) for r in records[:index]]
    logger.info("%s: encoding %s, %s-separated, header on line %d",
                path, encoding, DELIMITER_NAMES[delimiter], line_of[index])
    return CsvSource(path=path, encoding=encoding, delimiter=delimiter, header_line=line_of[index],
                     headers=headers, size=st.st_size, mtime_ns=st.st_mtime_ns, preamble=preamble)
