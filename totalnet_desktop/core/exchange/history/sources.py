"""What the member hands over: files, folders and the ZIPs the services deliver, read in memory.

Each readable file becomes an ``Entry`` that opens a binary stream (a ZIP member is decompressed as it
is read; nothing is written to disk). ``kind_of`` says which source reads it.
"""

from __future__ import annotations

import io
import logging
import os
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from totalnet_desktop.core.exchange.history.records import HistoryReadError

logger = logging.getLogger(__name__)

LINKEDIN_FILES = {
    "messages.csv", "invitations.csv", "connections.csv", "recommendations_given.csv",
    "recommendations_received.csv", "endorsement_given_info.csv", "endorsement_received_info.csv", "profile.csv",
}


@dataclass(frozen=True)
class Entry:
    """One file to read: a plain file, or a member of a ZIP."""

    path: str  # the file or ZIP the member chose (or found in a folder)
    member: str  # the name inside the ZIP ('' for a plain file)
    opener: Callable[[], IO[bytes]]
    size: int = 0  # bytes (a ZIP member's uncompressed size): what progress is measured in

    @property
    def display(self) -> str:
        return f"{self.path}: {self.member}" if self.member else self.path

    @property
    def name(self) -> str:
        return os.path.basename(self.member or self.path)

    @property
    def container(self) -> str:
        """The ZIP's own name without extension (WhatsApp names the chat there), else ''."""
        return Path(self.path).stem if self.member else ""


def kind_of(entry: Entry, explicit: bool = False) -> str:
    """'linkedin', 'whatsapp', 'calendar', 'mbox' or '' for a file no source reads."""
    name = entry.name.lower()
    if name in LINKEDIN_FILES:
        return "linkedin"
    if name.endswith(".ics"):
        return "calendar"
    if name.endswith(".mbox"):
        return "mbox"
    if name.endswith(".txt") and (name == "_chat.txt" or name.startswith("whatsapp chat") or explicit
                                  or entry.member and entry.container.lower().startswith("whatsapp chat")):
        return "whatsapp"
    return ""


def _zip_entries(path: str, data: IO[bytes] | None = None) -> list[Entry]:
    try:
        archive = zipfile.ZipFile(data if data is not None else path)
    except (zipfile.BadZipFile, EOFError) as exc:
        raise HistoryReadError(f"{path} is not a complete ZIP archive (it may have been cut short); "
                               "nothing was imported from it.") from exc
    entries = []
    for info in archive.infolist():
        if info.is_dir() or "__MACOSX" in info.filename:
            continue
        entries.append(Entry(path, info.filename, lambda info=info: archive.open(info), info.file_size))
    return entries


def expand(paths: list[str | Path]) -> list[Entry]:
    """Every file under the given files, folders and ZIPs (in the order given, folders sorted)."""
    entries: list[Entry] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for sub in sorted(p for p in path.rglob("*") if p.is_file()):
                entries += _zip_entries(str(sub)) if sub.suffix.lower() == ".zip" else [_file_entry(sub)]
        elif path.is_file():
            entries += _zip_entries(str(path)) if path.suffix.lower() == ".zip" else [_file_entry(path)]
        else:
            raise HistoryReadError(f"{path} does not exist.")
    return entries


def _file_entry(path: Path) -> Entry:
    return Entry(str(path), "", lambda: open(path, "rb"), path.stat().st_size)


def memory_entries(name: str, data: bytes) -> list[Entry]:
    """Entries over bytes already in memory (the sample chapter): a file, or a ZIP's members."""
    if name.lower().endswith(".zip"):
        return _zip_entries(name, io.BytesIO(data))
    return [Entry(name, "", lambda: io.BytesIO(data), len(data))]


def text_lines(entry: Entry, opened: Callable[[IO[bytes]], None] | None = None) -> Iterator[str]:
    """The entry's lines as UTF-8 text (a BOM is dropped); one sentence naming the line if it is not
    UTF-8 or the ZIP member is damaged. ``opened(raw)`` is handed the byte stream (its ``tell()`` says
    how far the reading is)."""
    try:
        with entry.opener() as raw, io.TextIOWrapper(raw, encoding="utf-8-sig", newline=None) as text:
            if opened is not None:
                opened(raw)
            yield from text
    except UnicodeDecodeError as exc:
        raise HistoryReadError(f"{entry.display}, line {_bad_utf8_line(entry)}: the text is not UTF-8 "
                               "(export it again from the app); nothing was imported from this file.") from exc
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise HistoryReadError(f"{entry.display} is damaged inside its ZIP archive (it may have been cut "
                               "short); nothing was imported from it.") from exc


def _bad_utf8_line(entry: Entry) -> int:
    """The first line that is not valid UTF-8 (rare path: read again, line by line)."""
    with entry.opener() as raw:
        for number, line in enumerate(raw, 1):
            try:
                line.decode("utf-8")
            except UnicodeDecodeError:
                return number
    return 1


def read_bytes(entry: Entry) -> bytes:
    """The whole entry (small files: LinkedIn CSVs, calendars)."""
    try:
        with entry.opener() as raw:
            return raw.read()
    except (zipfile.BadZipFile, EOFError, zlib.error) as exc:
        raise HistoryReadError(f"{entry.display} is damaged inside its ZIP archive (it may have been cut "
                               "short); nothing was imported from it.") from exc


def decode(entry: Entry, data: bytes) -> str:
    """UTF-8 text of a small file, or one sentence naming the first bad line."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[:exc.start].count(b"\n") + 1
        raise HistoryReadError(f"{entry.display}, line {line}: the text is not UTF-8 (export it again "
                               "from the app); nothing was imported from this file.") from exc
