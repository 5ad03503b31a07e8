"""Normalising what people type: e-mails, phone numbers, URLs, social handles, names.

``*_key`` functions give the form used to find duplicates; values themselves are always stored as
typed. Phone parsing uses the ``phonenumbers`` library (Google's libphonenumber metadata).
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

DEFAULT_REGION = "AE"

_SPACE = re.compile(r"\s+")
EMAIL_PATTERN = _EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class _LazyPhonenumbers:
    """``phonenumbers`` imported at the first phone number, not at start-up (about 50 ms and its
    metadata tables; the first screen only folds names for search)."""

    def __getattr__(self, name: str):
        import phonenumbers as module

        globals()["phonenumbers"] = module
        return getattr(module, name)


if TYPE_CHECKING:
    import phonenumbers
else:
    phonenumbers = _LazyPhonenumbers()


def clean(text: object) -> str:
    """NFC-normalise, trim and fold runs of white space (keeps case and accents)."""
    if text is None:
        return ""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", str(text))).strip()


def fold(text: object) -> str:
    """Case- and accent-insensitive form for matching: 'Zoë' -> 'zoe'. Arabic script is kept."""
    decomposed = unicodedata.normalize("NFKD", clean(text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


# ---- e-mail -------------------------------------------------------------------------------
def email_key(address: str) -> str:
    """Duplicate key of an e-mail: trimmed and case-folded."""
    return clean(address).casefold()


def is_valid_email(address: str) -> bool:
    """A plausible address (one @, a dot in the domain, no spaces)."""
    return bool(_EMAIL.match(clean(address)))


# ---- phone --------------------------------------------------------------------------------
def digits(text: str) -> str:
    """Only the digits of ``text``."""
    return "".join(ch for ch in str(text) if ch.isdigit())


def parse_phone(value: str, region: str = DEFAULT_REGION) -> phonenumbers.PhoneNumber | None:
    """Parse with libphonenumber; None when it is not a number at all."""
    try:
        return phonenumbers.parse(clean(value), region or None)
    except phonenumbers.NumberParseException:
        return None


def phone_key(value: str, region: str = DEFAULT_REGION) -> str:
    """E.164 form when the number is possible in ``region``, else its bare digits."""
    parsed = parse_phone(value, region)
    if parsed is not None and phonenumbers.is_possible_number(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return digits(value)


def is_valid_phone(value: str, region: str = DEFAULT_REGION) -> bool:
    """libphonenumber's verdict on a number."""
    parsed = parse_phone(value, region)
    return parsed is not None and phonenumbers.is_valid_number(parsed)


def is_mobile(value: str, region: str = DEFAULT_REGION) -> bool:
    """True for mobile numbers (and fixed-or-mobile ones), the numbers WhatsApp can reach."""
    parsed = parse_phone(value, region)
    if parsed is None:
        return False
    kind = phonenumbers.number_type(parsed)
    return kind in (phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE)


def format_phone(value: str, region: str = DEFAULT_REGION) -> str:
    """International display form for valid numbers; the value as typed otherwise."""
    parsed = parse_phone(value, region)
    if parsed is not None and phonenumbers.is_valid_number(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return clean(value)


def whatsapp_link(value: str, region: str = DEFAULT_REGION) -> str:
    """The wa.me link of a number ('' when it cannot be parsed)."""
    key = phone_key(value, region)
    return f"https://wa.me/{key.lstrip('+')}" if key.startswith("+") else ""


def phone_search_tokens(value: str, region: str = DEFAULT_REGION) -> str:
    """Digit suffixes (length >= 3) of the typed and the national/E.164 forms, space separated.

    A prefix query on these tokens finds a number by any run of its digits: '5550107' finds
    '03-5555-0107' because '5550107' is the start of its suffix '5550107'.
    """
    return suffix_tokens(digits(value), parse_phone(value, region))


def suffix_tokens(bare: str, parsed) -> str:
    """``phone_search_tokens`` of a number's typed digits ``bare`` and its parse (or None)."""
    forms = {bare}
    if parsed is not None:
        forms.add(str(parsed.national_number))
        forms.add(f"{parsed.country_code}{parsed.national_number}")
    tokens: set[str] = set()
    for form in forms:
        for start in range(max(len(form) - 2, 0)):
            tokens.add(form[start:])
    return " ".join(sorted(tokens, key=len, reverse=True))


# ---- URLs and social profiles --------------------------------------------------------------
SOCIAL_HOSTS = {
    "linkedin.com": "linkedin",
    "x.com": "x",
    "twitter.com": "x",
    "facebook.com": "facebook",
    "fb.com": "facebook",
    "instagram.com": "instagram",
}
SOCIAL_BASE = {
    "linkedin": "https://www.linkedin.com/in/",
    "x": "https://x.com/",
    "facebook": "https://www.facebook.com/",
    "instagram": "https://www.instagram.com/",
}


def url_key(url: str) -> str:
    """Duplicate key of a URL: no scheme, no ``www.``, lower-case host, no trailing ``/``, query or
    fragment; the path keeps its case except for case-insensitive social hosts."""
    text = clean(url)
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower()
    except ValueError:  # e.g. an unbalanced '[' read as an IPv6 host
        return text.casefold()
    for prefix in ("www.", "m.", "mobile.", "web."):
        if host.startswith(prefix):
            host = host[len(prefix):]
            break
    host = {"twitter.com": "x.com", "fb.com": "facebook.com"}.get(host, host)
    if host.endswith(".linkedin.com"):
        host = "linkedin.com"
    path = parts.path.rstrip("/")
    if host in SOCIAL_HOSTS:
        path = path.lower()
    return host + path


def network_of(url_or_handle: str) -> str:
    """Which social network a URL belongs to ('' when none)."""
    key = url_key(url_or_handle) if ("/" in url_or_handle or "." in url_or_handle) else ""
    host = key.split("/", 1)[0]
    return SOCIAL_HOSTS.get(host, "")


def social_url(network: str, value: str) -> str:
    """A full profile URL from a URL or a bare handle ('@layla' on X -> 'https://x.com/layla')."""
    text = clean(value)
    if not text:
        return ""
    if "://" in text or "." in text.split("/", 1)[0] and "/" in text:
        return text if "://" in text else "https://" + text
    handle = text.lstrip("@")
    base = SOCIAL_BASE.get(network)
    return base + handle if base else text


def social_key(network: str, value: str) -> str:
    """Duplicate key of a social profile given as URL or handle."""
    return url_key(social_url(network, value))
