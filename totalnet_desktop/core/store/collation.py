"""How names sort: the user's locale's collation, shared by every list of people in the app and the CLI.

Core imports no Qt, so the collation is installed from outside: ``i18n.install`` (run by the app and by
the CLI alike) installs a key from ``QCollator`` for the language's locale, so the two can never
disagree. Without one (a bare core test, a script) the fallback is ``fold_key``: letters without their
accents ('Émile' with E), the letters Unicode does not decompose mapped to their base ('Łukasz' with L,
'Ørsted' with O, 'ß' as 'ss'), then case-folded; other scripts in code-point order (for Arabic that is
alphabetical order).

Sorting 100,000 contacts by collation keys costs over a second, while the name-order index gives SQLite's
``COLLATE NOCASE`` order in 0.06 s. The two agree on names made only of ASCII letters, digits and spaces
(checked for each installed collation against ``_PROBES``; when a locale disagrees, e.g. one where 'ch'
is a letter of its own, everything is sorted by key). So ``order_by_name`` keeps SQLite's order for
those names and places only the others (accents, other scripts, punctuation) by binary search.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any, TypeVar

T = TypeVar("T")
KeyFunc = Callable[[str], Any]

# Letters that NFKD leaves whole, by the base letter an alphabet sorts them with.
_BASE = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "ħ": "h", "Ħ": "H",
    "ı": "i", "ŀ": "l", "Ŀ": "L", "ŧ": "t", "Ŧ": "T", "ß": "ss", "ẞ": "SS", "æ": "ae", "Æ": "AE",
    "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "TH", "ƒ": "f",
})
# Names that SQLite's NOCASE order already sorts as every supported locale does.
PLAIN = re.compile(r"[A-Za-z0-9 ]*")
_NOT_PLAIN = re.compile(r"[^A-Za-z0-9 ]")
NOT_PLAIN_GLOB = "*[^A-Za-z0-9 ]*"  # the same test in SQLite
# Pairs of plain names whose order some locales change (digraph letters, y as i, aa as å, ...).
_PROBES = ("", " a", "0", "1 a", "9", "a", "a b", "aa", "ab", "az", "b", "c", "ch", "cz", "d", "dz", "h",
           "hz", "i", "ij", "iz", "j", "l", "ll", "lz", "n", "ny", "o", "oe", "oz", "u", "v", "w", "x", "y",
           "ya", "z", "za", "zz")


def fold_key(text: str) -> str:
    """The fallback sort key: 'Łukasz' -> 'lukasz', 'Émile' -> 'emile' (no locale needed)."""
    decomposed = unicodedata.normalize("NFKD", (text or "").translate(_BASE))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


_state: dict[str, Any] = {"key": fold_key, "name": "fallback", "plain_agrees": True}


def person_text(first: str, last: str) -> str:
    """One string for a person's name that sorts as (first, last): the tab sorts before every letter,
    digit and space in every collation used, so 'Ab' + anything comes before 'Ab c'."""
    return f"{first or ''}\t{last or ''}"


def install(key: KeyFunc | None, name: str = "") -> None:
    """Sort names by ``key`` from now on (None: back to the fallback)."""
    key = key or fold_key
    pairs = [(a, b) for a in _PROBES for b in ("", "a", "b a")]
    expected = sorted(pairs, key=lambda p: (p[0].lower(), p[1].lower()))
    got = sorted(expected, key=lambda p: key(person_text(*p)))
    _state.update(key=key, name=name or ("fallback" if key is fold_key else "custom"),
                  plain_agrees=_same_order(got, expected, key))


def _same_order(got: list, expected: list, key: KeyFunc) -> bool:
    """True when ``got`` differs from ``expected`` only among names the key calls equal."""
    for a, b in zip(got, expected, strict=True):
        ka, kb = key(person_text(*a)), key(person_text(*b))
        if ka < kb or kb < ka:
            return False
    return True


def keeps_plain_order() -> bool:
    """Whether the installed collation orders plain ASCII names as SQLite's NOCASE does."""
    return bool(_state["plain_agrees"])


def sqlite_order_holds(rows: Iterable[Sequence[Any]], columns: Sequence[int]) -> bool:
    """Whether rows SQLite sorted with ``COLLATE NOCASE`` on ``columns`` are already in the installed
    collation's order: the locale keeps plain order and every one of those values is plain ASCII.
    When it is not, the caller sorts the rows by collation keys."""
    if not _state["plain_agrees"]:
        return False
    fullmatch = PLAIN.fullmatch
    return all(fullmatch("".join(row[c] or "" for c in columns)) is not None for row in rows)


def name() -> str:
    """Which collation sorts names ('fallback', or the locale's name)."""
    return str(_state["name"])


def key(text: str) -> Any:
    """The sort key of one piece of text under the installed collation."""
    return _state["key"](text or "")


def name_key(first: str, last: str) -> Any:
    """The sort key of a person: first name, then last name."""
    return _state["key"](person_text(first, last))


def sort_people(items: Iterable[T], first: Callable[[T], str], last: Callable[[T], str] | None = None,
                reverse: bool = False) -> list[T]:
    """``items`` sorted by name (first, then last; ``first`` alone for a whole name) under the
    installed collation; equal names keep their given order."""
    k = _state["key"]
    if last is None:
        return sorted(items, key=lambda x: k(first(x) or ""), reverse=reverse)
    return sorted(items, key=lambda x: k(person_text(first(x), last(x))), reverse=reverse)


def order_by_name(rows: Sequence[tuple[int, str, str]], descending: bool = False) -> list[int]:
    """Ids of ``rows`` (id, first, last), given in SQLite's ``first, last COLLATE NOCASE, id`` order,
    in the collation's order (equal names by id)."""
    k = _state["key"]
    fullmatch = PLAIN.fullmatch
    plain: list[tuple[int, str, str]] = []
    other: list[tuple[int, str, str]] = []
    if _state["plain_agrees"]:
        if not _NOT_PLAIN.search("".join([f"{r[1] or ''}{r[2] or ''}" for r in rows])):
            return [r[0] for r in reversed(rows)] if descending else [r[0] for r in rows]
        for row in rows:
            (plain if fullmatch(row[1] or "") and fullmatch(row[2] or "") else other).append(row)
    if other and len(other) * 8 <= len(rows):
        plain = _insert(plain, other, k)
    elif other or not _state["plain_agrees"]:
        by_id = sorted(rows)
        plain = sorted(by_id, key=lambda r: k(person_text(r[1], r[2])))
    ids = [r[0] for r in plain]
    if descending:
        ids.reverse()
    return ids


def _insert(plain: list[tuple[int, str, str]], other: list[tuple[int, str, str]], k: KeyFunc) -> list:
    """Merge ``other`` into the sorted ``plain`` rows.

    Each other row's place is first guessed without the collation (its accent-free form among the plain
    names, a C-level binary search), then checked with the collation against its two neighbours; only a
    wrong guess (another script, a locale's own letters) pays a binary search with collation keys.
    """
    cache: dict[int, Any] = {}

    def plain_key(index: int) -> Any:
        found = cache.get(index)
        if found is None:
            r = plain[index]
            found = cache[index] = k(person_text(r[1], r[2]))
        return found

    def before(index: int, wanted: Any, cid: int) -> bool:
        """Whether plain row ``index`` sorts before (wanted, cid)."""
        probe = plain_key(index)
        return bool(probe < wanted or (not wanted < probe and plain[index][0] < cid))

    folded = [person_text(r[1], r[2]).lower() for r in plain]  # SQLite's NOCASE order, as Python compares
    keyed = sorted(((k(person_text(r[1], r[2])), r) for r in sorted(other)), key=lambda x: x[0])
    out: list[tuple[int, str, str]] = []
    start, n = 0, len(plain)
    for wanted, row in keyed:
        guess = max(start, bisect.bisect_left(folded, person_text(fold_key(row[1]), fold_key(row[2])), start))
        if (guess == start or before(guess - 1, wanted, row[0])) and (guess == n or not before(guess, wanted, row[0])):
            lo = guess
        else:
            lo, hi = start, n
            while lo < hi:  # the first plain row after (wanted, id)
                mid = (lo + hi) // 2
                if before(mid, wanted, row[0]):
                    lo = mid + 1
                else:
                    hi = mid
        out.extend(plain[start:lo])
        out.append(row)
        start = lo
    out.extend(plain[start:])
    return out
