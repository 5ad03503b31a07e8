"""What an unexpected error tells the member (and a bug report): no personal data in it.

``details()`` gives the version, the platform, the trace (file, line, function; the error's message
with quoted text, e-mail addresses, long numbers and the home folder masked) and the last lines of
the log, masked the same way. ``record()`` appends it to ``crash.log`` in the log folder, which
rotates (five files of 256 kB), separate from the everyday log.
"""

from __future__ import annotations

import logging
import logging.handlers
import platform
import re
import sys
import traceback
from pathlib import Path

from totalnet_desktop import __version__, paths

logger = logging.getLogger(__name__)

CRASH_LOG = "crash.log"
RECENT_LINES = 25
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_NUMBER = re.compile(r"\+?\d[\d ()./-]{5,}\d")
_QUOTED = re.compile(r"(['\"])(?:(?!\1).){1,200}\1")
# The log line's own time (app.LOG_FORMAT), kept: it is not personal, and a report needs it.
_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2},\d{3} ")
# A frame as the log writes it (app.frames_only): its file is a program file, shortened, not masked.
_FRAME = re.compile(r'^(\s*File ")([^"]+)(", line \d+, in [\w<>.]+)$')


def mask(text: str) -> str:
    """Hide what could be personal: quoted text, e-mails, phone-like numbers, the home folder's name."""
    home = str(Path.home())
    if home and home != "/":
        text = text.replace(home, "~")
    text = _EMAIL.sub("<e-mail>", text)
    text = _NUMBER.sub("<number>", text)
    return _QUOTED.sub(lambda m: f"{m.group(1)}…{m.group(1)}", text)


def short_file(name: str) -> str:
    """A program file as a report shows it: from the package or the library folder on, else its name."""
    for marker in ("totalnet_desktop", "site-packages"):
        if marker in name:
            return name[name.index(marker):]
    return Path(name).name


def trace_text(exc_type, exc, tb) -> str:
    """The trace: each frame's file (inside the package or the library), line and function, then the error."""
    lines = ["Traceback (most recent call last):"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{short_file(frame.filename)}", line {frame.lineno}, in {frame.name}')
    lines.append(f"{exc_type.__name__}: {mask(str(exc))}")
    return "\n".join(lines)


def recent_log_lines(log_file: Path | None, count: int = RECENT_LINES) -> list[str]:
    """The last lines of the everyday log, masked (empty when there is no log)."""
    if log_file is None:
        return []
    try:
        with open(log_file, encoding="utf-8", errors="replace") as handle:
            tail = handle.readlines()[-count:]
    except OSError:
        return []
    return [log_line(line.rstrip("\n")) for line in tail]


def log_line(line: str) -> str:
    """One log line for a report: its time and a frame's file kept, everything else masked."""
    frame = _FRAME.match(line)
    if frame:
        return f"{frame.group(1)}{short_file(frame.group(2))}{frame.group(3)}"
    stamp = _STAMP.match(line)
    if stamp:
        return stamp.group(0) + mask(line[stamp.end():])
    return mask(line)


def details(exc_type, exc, tb, log_file: Path | None = None) -> str:
    """Everything a bug report needs, nothing about the member's contacts."""
    try:
        from PySide6 import __version__ as pyside_version
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {pyside_version}, Qt {qVersion()}"
    except ImportError:  # pragma: no cover - the GUI always has PySide6
        qt = "no Qt"
    parts = [
        f"TotalNet {__version__}",
        f"{platform.system()} {platform.release()} ({platform.machine()}), Python {sys.version.split()[0]}, {qt}",
        "",
        trace_text(exc_type, exc, tb),
    ]
    recent = recent_log_lines(log_file)
    if recent:
        parts += ["", "Recent log lines:", *recent]
    return "\n".join(parts)


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The crash log and each new one after a rollover are owner-only."""

    def _open(self):
        paths.private_file(self.baseFilename)
        return super()._open()


def record(text: str, log_dir: Path) -> Path | None:
    """Append one crash's details to the rotating crash log; its path (None when it cannot be written)."""
    path = log_dir / CRASH_LOG
    try:
        paths.private_dir(log_dir)  # owner-only, like the app's other files (issue 20)
        handler = _PrivateRotatingFileHandler(path, maxBytes=256_000, backupCount=5, encoding="utf-8")
    except OSError:
        return None
    try:
        entry = logging.LogRecord("crash", logging.ERROR, __file__, 0, "%s", (text + "\n" + "-" * 60,), None)
        handler.setFormatter(logging.Formatter("%(asctime)s\n%(message)s"))
        handler.emit(entry)
    finally:
        handler.close()
    return path
