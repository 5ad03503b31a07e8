"""A name read from a LinkedIn profile address, for an imported row whose name columns are empty.

LinkedIn makes a profile's address from the person's name ('/in/layla-al-mansouri-4a1b2c3d'), so a
row holding only the profile is still someone with a name. The name is a guess: the importer tags the
contact ``REVIEW_TAG`` and warns, so the member can check it; the row is never stored as '(no name)'.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

REVIEW_TAG = "check name"
_IN_PATH = re.compile(r"^/(?:in|pub)/([^/?#]+)", re.IGNORECASE)
# LinkedIn's suffixes that make an address unique: digits or a run of hex characters.
_PARTICLES = frozenset(("al", "el", "bin", "ibn", "bint", "abu", "ben", "van", "von", "de", "da", "di", "du",
                        "del", "della", "der", "den", "dos", "das", "la", "le", "st"))
_SUFFIX = re.compile(r"^(?=.*\d)[0-9a-z]+$|^[0-9a-f]{8,}$", re.IGNORECASE)


def slug_of(url: str) -> str:
    """The profile part of a LinkedIn address ('' when it is not a personal profile address)."""
    text = (url or "").strip()
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text.lstrip("/")
    parts = urlsplit(text)
    if "linkedin." not in parts.netloc.lower():
        return ""
    match = _IN_PATH.match(parts.path)
    return unquote(match.group(1)) if match else ""


def _word(part: str) -> str:
    """'layla' -> 'Layla', 'al' -> 'Al'; a part that already has capitals is kept as written."""
    return part if any(c.isupper() for c in part) else part[:1].upper() + part[1:]


def name_from_profile(url: str) -> tuple[str, str] | None:
    """(first name, last name) read from a LinkedIn profile address, or None when it holds no name.

    '/in/layla-haddad-12ab34cd' -> ('Layla', 'Haddad'); '/in/%C5%82ukasz-nowak' -> ('Łukasz', 'Nowak');
    '/in/layla' -> ('Layla', ''); '/in/12345678' -> None.
    """
    words = [w for w in re.split(r"[-_.\s]+", slug_of(url)) if w]
    while len(words) > 1 and _SUFFIX.match(words[-1]):
        words.pop()
    words = [w for w in words if any(c.isalpha() for c in w) and not _SUFFIX.match(w)]
    if not words:
        return None
    words = [_word(w) for w in words]
    if len(words) == 1:
        return words[0], ""
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].casefold() in _PARTICLES:  # 'Omar Al Farsi': last name 'Al Farsi'
        cut -= 1
    return " ".join(words[:cut]), " ".join(words[cut:])
