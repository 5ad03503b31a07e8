"""Re-reading stored phone numbers in another default region (Edit > Preferences).

A number typed without a country code ("050 123 4567") is read in the default region, and its
duplicate ``key`` (E.164) and ``search`` tokens (digit suffixes) depend on that region. When the
region changes, every stored phone point is read again so duplicates and national-form searches
work for numbers entered before the change. Numbers in international form ("+971...") read the
same in every region, so their rows are left alone.

Parsing each distinct number with libphonenumber (~4.7 s for 100,000 on a 2-core machine) runs
outside any lock; the writes then happen in ONE immediate transaction that reads the rows again,
so a number added or edited meanwhile is read too. When most contacts change, that transaction is
mostly the search index rebuild (~4 s for 100,000; benchmarks/bench_rekey.py).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass

import phonenumbers

from totalnet_desktop.core.contacts.fastnorm import phone_key_and_tokens
from totalnet_desktop.core.store import prefs, search_index
from totalnet_desktop.core.store.errors import Cancelled, ValidationError
from totalnet_desktop.core.store.models import database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
STEP = 2000  # numbers parsed between two progress reports (about 0.1 s)


@dataclass(frozen=True)
class RekeyResult:
    """What a re-read did: numbers read, numbers whose key or search changed, contacts re-indexed."""

    region: str
    phones: int
    changed: int
    contacts: int


def check_region(region: str) -> str:
    """The region code in upper case; ValidationError when libphonenumber does not know it."""
    code = (region or "").strip().upper()
    if code not in phonenumbers.SUPPORTED_REGIONS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "\"{region}\" is not a phone region TotalNet knows (use a two-letter code such "
            "as GB).").format(region=region))
    return code


def _parse_all(region: str, progress: Progress | None, cancelled: Callable[[], bool] | None
               ) -> dict[str, tuple[str, str]]:
    """(key, search) of every distinct stored phone value; no lock is held while parsing."""
    values = [row[0] for row in database.execute_sql(
        "SELECT DISTINCT value FROM contact_point WHERE kind = 'phone'")]
    total = 2 * len(values)  # parsing is the first half; writing (as long when most numbers change) the second
    facts: dict[str, tuple[str, str]] = {}
    for start in range(0, len(values), STEP):
        if cancelled is not None and cancelled():
            raise Cancelled(QT_TRANSLATE_NOOP(
                "Errors", "Re-reading the phone numbers was cancelled; nothing was changed."))
        for value in values[start:start + STEP]:
            key, search = phone_key_and_tokens(value, region)
            facts[value] = (key, search)
        if progress is not None:
            progress(min(start + STEP, len(values)), total)
    return facts


def _write(region: str, facts: dict[str, tuple[str, str]], progress: Progress | None) -> RekeyResult:
    """Inside the caller's transaction: update the rows that change and their search index rows."""
    rows = database.execute_sql("SELECT id, contact_id, value, key, search FROM contact_point WHERE kind = 'phone'")
    updates: list[tuple[str, str, int]] = []
    touched: set[int] = set()
    phones = 0
    for point_id, contact_id, value, key, search in rows:
        phones += 1
        new = facts.get(value)
        if new is None:  # added or edited while the numbers were parsed
            new_key, new_search = phone_key_and_tokens(value, region)
            new = facts[value] = (new_key, new_search)
        if new != (key, search):
            updates.append((new[0], new[1], point_id))
            touched.add(contact_id)
    if updates:
        with search_index.suspended(database):
            database.cursor().executemany("UPDATE contact_point SET key = ?, search = ? WHERE id = ?", updates)
            if progress is not None:
                progress(len(facts) + len(facts) // 5, 2 * len(facts))
            contacts = database.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
            if 2 * len(touched) > contacts:
                search_index.recreate(database)  # cheaper than deleting most index rows one by one
            else:
                search_index.rebuild(database, sorted(touched))
    return RekeyResult(region, phones, len(updates), len(touched))


def rekey_phones(region: str, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None, store_region: bool = False) -> RekeyResult:
    """Recompute key and search of every phone point for ``region``, writing only rows that change.

    One transaction; idempotent (a second run changes nothing). ``progress(done, total)``: parsing
    fills the first half, writing the second. ``store_region`` also saves ``region`` as the default
    phone region in that transaction, so the preference and the stored keys never disagree.
    ``cancelled()`` is asked while parsing; when true, Cancelled is raised and nothing changes.
    """
    region = check_region(region)
    started = time.perf_counter()
    facts = _parse_all(region, progress, cancelled)
    parsed = time.perf_counter()
    with database.atomic("IMMEDIATE"):
        if cancelled is not None and cancelled():
            raise Cancelled(QT_TRANSLATE_NOOP(
                "Errors", "Re-reading the phone numbers was cancelled; nothing was changed."))
        if store_region:
            prefs.set("phone_region", region)
        result = _write(region, facts, progress)
    if progress is not None:
        progress(2 * len(facts), 2 * len(facts))
    logger.info("re-read %d phone numbers for %s: %d changed on %d contacts (parse %.2f s, write %.2f s)",
                result.phones, region, result.changed, result.contacts, parsed - started,
                time.perf_counter() - parsed)
    return result


def change_region(region: str, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None) -> RekeyResult:
    """Make ``region`` the default phone region and re-read every stored number in it (one transaction)."""
    return rekey_phones(region, progress, cancelled, store_region=True)
