"""A guarded fallback for one defective Qt binding release, applied where the Qt application is made.

PySide6 6.12.0 on Python 3.10/3.11 returns ``None`` from its void methods without taking a reference
(harmless on 3.12+, where ``None`` is immortal). Each call drops ``None``'s reference count by one;
after some tens of thousands of calls (one scroll through a long table) the count reaches zero and
the interpreter aborts with "deallocating None". Emitting a signal with a ``bool`` argument does the
same to ``True`` or ``False``. The project excludes that release on Python < 3.12 (pyproject.toml);
this fallback exists only for an environment that installed it anyway. It gives the three singletons a
huge count, which makes them as immortal as they are on 3.12, and logs a warning. The upstream report
is docs/upstream/pyside6-6.12-none-refcount.md; tests/test_qtfix.py holds the canary.
"""

from __future__ import annotations

import ctypes
import logging
import sys

logger = logging.getLogger(__name__)

# Binding releases known to drop references to None/True/False on Python < 3.12.
BAD_RELEASES = frozenset({"6.12.0"})
_applied = False


def binding_version() -> str:
    """The installed PySide6 version, without importing Qt itself."""
    loaded = getattr(sys.modules.get("PySide6"), "__version__", None)
    if isinstance(loaded, str) and loaded:
        # Already imported (the app's start): its own version, without importlib.metadata, which
        # pulls in the email package and scans site-packages (about 40 ms of every start).
        return loaded
    from importlib import metadata

    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            continue
    return ""


def needs_workaround(version: str | None = None, python: tuple[int, int] | None = None) -> bool:
    """True only for a known-bad binding release on a Python whose singletons are mortal."""
    python = python or sys.version_info[:2]
    return python < (3, 12) and (binding_version() if version is None else version) in BAD_RELEASES


def apply_if_needed() -> bool:
    """Apply the work-around when ``needs_workaround()``; idempotent. Returns whether it is active."""
    global _applied
    if _applied or not needs_workaround():
        return _applied
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    _applied = True
    logger.warning("PySide6 %s on Python %s drops references to None/True/False: reference work-around "
                   "applied; install another PySide6 release (see README)", binding_version(),
                   sys.version.split()[0])
    return True
