"""Work-arounds for defects in the Qt binding, applied once before any widget exists.

PySide6 6.12 on Python 3.10/3.11 returns ``None`` from its void methods without taking a reference
(harmless on 3.12+, where ``None`` is immortal). Each call drops ``None``'s reference count by one;
after some tens of thousands of calls (one scroll through a long table) the count reaches zero and
the interpreter aborts with "deallocating None". Emitting a signal with a ``bool`` argument does the
same to ``True`` or ``False`` ("deallocating True or False"). Giving the three singletons a huge
count makes them as immortal as they are on 3.12.
"""

from __future__ import annotations

import ctypes
import logging
import sys

logger = logging.getLogger(__name__)
_done = False


def protect_none() -> None:
    """Make ``None``, ``True`` and ``False`` effectively immortal on Python < 3.12 (idempotent)."""
    global _done
    if _done or sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40
    _done = True
    logger.info("PySide6 None/True/False reference work-around active (Python %s)", sys.version.split()[0])
