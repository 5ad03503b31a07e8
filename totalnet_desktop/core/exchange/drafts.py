"""Turning one source row (CSV cells or a vCard) into a contact draft, with warnings.

A draft is rejected only when it holds nothing to identify a person: no name, e-mail, phone or
profile. A bad e-mail or phone is kept as typed, with a warning.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import re
from dataclasses import dataclass, field

from totalnet_desktop.core.contacts import fastnorm as fn
from totalnet_desktop.core.contacts import normalize as nz
from totalnet_desktop.core.exchange import slug_names
from totalnet_desktop.core.exchange.formats import IGNORE, norm_header
from totalnet_desktop.core.store.models import STAGES
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

SOCIAL_FIELDS = ("linkedin", "x", "facebook", "instagram")
SCALAR_FIELDS = ("first_name", "last_name", "company", "job_title", "profession", "city", "stage",
                 "source", "met_where")
_DATE_FORMATS = ("%d %b %Y", "%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d-%b-%y", "%d %B %Y", "%b %d, %Y",
                 "%d.%m.%Y", "%Y/%m/%d")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "'")


@dataclass(slots=True)
class Draft:
    """A contact as it will be stored, built from one source record."""

    line: int
    first_name: str = ""
    last_name: str = ""
    company: str = ""
    job_title: str = ""
    profession: str = ""
    city: str = ""
    notes: str = ""
    stage: str = ""
    source: str = ""
    met_where: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (value, label)
    websites: list[str] = field(default_factory=list)
    socials: list[tuple[str, str]] = field(default_factory=list)  # (network, url)
    tags: list[str] = field(default_factory=list)
    connected_on: dt.date | None = None
    next_followup: dt.date | None = None
    role: str = ""
    warnings: list[str] = field(default_factory=list)
    problem: str = ""  # set when the row is rejected
    repeat_header: bool = False  # the file's header row again: reported apart, neither imported nor rejected
    cells: list[str] = field(default_factory=list)
    unmapped: list[str] = field(default_factory=list)  # headers of unmapped columns holding a value here
    # Normalised keys, computed once by finish(): aligned with emails, socials and phones.
    email_keys: list[str] = field(default_factory=list)
    match_emails: list[str] = field(default_factory=list)  # keys of the valid e-mails only
    social_keys: list[str] = field(default_factory=list)
    phone_keys: list[str] = field(default_factory=list)
    phone_tokens: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)

    def identifies_someone(self) -> bool:
        """A name, an e-mail, a phone or a profile: enough to keep the row."""
        return bool(self.first_name or self.last_name or self.emails or self.phones or self.socials)


_NEW = object.__new__


def blank_draft(line: int, cells: list[str]) -> Draft:
    """``Draft(line=line, cells=cells)`` without the generated ``__init__`` and its 29 defaults, which
    cost more than half of building a LinkedIn row's draft (tests keep the two equal)."""
    d = _NEW(Draft)
    d.line = line
    d.first_name = d.last_name = d.company = d.job_title = d.profession = d.city = d.notes = d.stage = ""
    d.source = d.met_where = d.role = d.problem = ""
    d.emails, d.phones, d.websites, d.socials, d.tags, d.warnings, d.unmapped = [], [], [], [], [], [], []
    d.email_keys, d.match_emails, d.social_keys, d.phone_keys, d.phone_tokens = [], [], [], [], []
    d.connected_on = d.next_followup = None
    d.repeat_header = False
    d.cells = cells
    return d


def unneutralise(value: str) -> str:
    """Undo the export's CSV-injection guard: a leading quote added before a risky character."""
    if value.startswith("'") and len(value) > 1 and value[1] in _FORMULA_START:
        return value[1:]
    return value


@functools.lru_cache(maxsize=8192)
def parse_date(text: str) -> dt.date | None:
    """A date in one of the common spreadsheet forms ('07 Mar 2024', '2024-03-07', ...)."""
    text = fn.clean(text)
    if not text:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def split_full_name(text: str) -> tuple[str, str]:
    """'Layla Al Mansouri' -> ('Layla', 'Al Mansouri'); 'Mansouri, Layla' -> ('Layla', 'Mansouri')."""
    text = nz.clean(text)
    if "," in text:
        last, _, first = text.partition(",")
        return first.strip(), last.strip()
    first, _, last = text.partition(" ")
    return first, last.strip()


def _split_multi(value: str, own: bool) -> list[str]:
    if own:
        return [p.strip() for p in value.split(";") if p.strip()]
    if ":::" in value:  # Google: "* myContacts ::: Friends"
        parts = [p.strip().lstrip("*").strip() for p in value.split(":::")]
        return [p for p in parts if p and p not in ("myContacts", "starred")]
    return [p.strip() for p in re.split(r"[;\n]|,(?=\s*\S)", value) if p.strip()]




def split_own_tags(value: str) -> list[str]:
    """The Tags cell of the app's own export: '; '-separated, a ';' inside a tag written '\\;'."""
    if "\\" not in value:
        return [p.strip() for p in value.split(";") if p.strip()]
    tags, current, i = [], [], 0
    while i < len(value):
        ch = value[i]
        if ch == "\\" and i + 1 < len(value) and value[i + 1] in ";\\":
            current.append(value[i + 1])
            i += 2
            continue
        if ch == ";":
            tags.append("".join(current).strip())
            current = []
        else:
            current.append(ch)
        i += 1
    tags.append("".join(current).strip())
    return [t for t in tags if t]


def _phone_label(header: str) -> str:
    key = norm_header(header)
    for word, label in (("mobile", "mobile"), ("cell", "mobile"), ("whatsapp", "mobile"),
                        ("business", "work"), ("work", "work"), ("home", "home")):
        if word in key:
            return label
    return ""


class RowBuilder:
    """Builds drafts from the records of one file; the mapping is worked out once, not per row."""

    def __init__(self, headers: list[str], mapping, own: bool = False, region: str = nz.DEFAULT_REGION,
                 keep_unmapped: bool = False):
        """``keep_unmapped``: the values of columns the mapping leaves out go to the notes as
        "Column: value" lines (otherwise they are only named in the summary)."""
        self.headers = headers
        self.width = len(mapping)
        self.own = own
        self.region = region
        self.keep_unmapped = keep_unmapped
        self.unmapped = [(index, headers[index].strip()) for index, target in enumerate(mapping)
                         if target == IGNORE and index < len(headers) and headers[index].strip()]
        self.columns = [
            (index, target, headers[index] if index < len(headers) else f"column {index + 1}",
             _phone_label(headers[index]) if target == "phone" and index < len(headers) else "")
            for index, target in enumerate(mapping) if target != IGNORE
        ]

    def build(self, line: int, cells: list[str]) -> Draft:
        """One CSV record to a draft; ``own`` undoes the app's export conventions exactly."""
        own = self.own
        draft = blank_draft(line, cells)
        extra = [c for c in cells[self.width:] if c.strip()] if len(cells) > self.width else []
        if extra:
            draft.warnings.append(f"{len(cells)} cells for {len(self.headers)} columns; "
                                  "the extra cells went to Notes")
        middle = ""
        notes: list[str] = []
        count = len(cells)
        for index, target, header, phone_label in self.columns:
            if index >= count:
                continue
            raw = cells[index]
            if not raw or raw.isspace():
                continue
            value = unneutralise(raw) if own else raw
            # Names and short fields are trimmed; notes keep their text exactly.
            if own or target == "notes":
                text = value
            elif value.isascii():  # fn.clean's fast path, inline: this runs for every cell
                text = " ".join(value.split())
            else:
                text = fn.clean(value)
            if target in _TEXT_FIELDS:
                current = getattr(draft, target)
                setattr(draft, target, f"{current} {text}".strip() if current else text)
            elif target == "email":
                for addr in _split_multi(text, True) if (own or ";" in text) else (text,):
                    if not fn.is_valid_email(addr):
                        # Not stored as an e-mail address: kept in the notes, and said so.
                        draft.warnings.append(f"{header}: {addr!r} is not an e-mail address; kept in the notes")
                        draft.notes = f"{draft.notes}\n{header}: {addr}".strip() if draft.notes else f"{header}: {addr}"
                        continue
                    draft.emails.append(addr)
            elif target in SOCIAL_FIELDS:
                for url in _split_multi(text, True) if own else (text,):
                    draft.socials.append((target, url))
            elif target == "phone":
                for number in _split_multi(text, True) if own else (text,):
                    if not nz.digits(number):
                        draft.warnings.append(f"{header}: {number!r} has no digits; kept as typed")
                    elif not fn.phone_facts(number, self.region)[1]:
                        draft.warnings.append(f"{header}: {number!r} may not be a valid phone number")
                    draft.phones.append((number, phone_label))
            elif target == "middle_name":
                middle = text
            elif target == "full_name":
                if not (draft.first_name or draft.last_name):
                    draft.first_name, draft.last_name = split_full_name(text)
            elif target == "how_we_met":
                draft.met_where = text
            elif target == "stage":
                match = next((st for st in STAGES if st.casefold() == text.casefold()), "")
                if match:
                    draft.stage = match
                else:
                    draft.warnings.append(f"{header}: unknown stage {text!r} (Know, Like, Trust, Partner)")
            elif target == "notes":
                notes.append(value)
            elif target == "tags":
                draft.tags.extend(t for t in (split_own_tags(text) if own else _split_multi(text, own))
                                  if t not in draft.tags)
            elif target == "website":
                for url in _split_multi(text, True) if own else (text,):
                    network = "" if own else nz.network_of(url)
                    if network:
                        draft.socials.append((network, url))
                    else:
                        draft.websites.append(url)
            elif target in ("connected_on", "next_followup"):
                date = parse_date(text)
                if date is None:
                    draft.warnings.append(f"{header}: {text!r} is not a date I can read")
                else:
                    setattr(draft, target, date)
            elif target == "role":
                draft.role = text
        if middle:
            draft.first_name = f"{draft.first_name} {middle}".strip()
        for index, header in self.unmapped:
            if index < count and (raw := cells[index]) and not raw.isspace():
                draft.unmapped.append(header)
                if self.keep_unmapped:
                    notes.append(f"{header}: {(unneutralise(raw) if own else raw).strip()}")
        if extra:
            notes.append("Extra cells: " + " | ".join(extra))
        if notes:
            # After any value kept there already (an e-mail cell that is not an address).
            draft.notes = "\n".join([draft.notes, *notes] if draft.notes else notes)
        finish(draft, self.region)
        return draft


_TEXT_FIELDS = frozenset(("first_name", "last_name", "company", "job_title", "profession", "city", "source"))


def build_draft(line: int, headers: list[str], cells: list[str], mapping: tuple[str, ...] | list[str],
                own: bool = False, region: str = nz.DEFAULT_REGION) -> Draft:
    """One CSV record to a draft (see RowBuilder for many rows)."""
    return RowBuilder(headers, mapping, own, region).build(line, list(cells))


def _name_from_profiles(draft: Draft) -> None:
    """Empty name columns: read the name from a LinkedIn profile address, tagged for review."""
    for network, url in draft.socials:
        if network == "linkedin" and (name := slug_names.name_from_profile(url)):
            draft.first_name, draft.last_name = name
            if slug_names.REVIEW_TAG not in draft.tags:
                draft.tags.append(slug_names.REVIEW_TAG)
            draft.warnings.append(f"no name: {' '.join(p for p in name if p)!r} read from the profile "
                                  f"address, tagged '{slug_names.REVIEW_TAG}'")
            return


def finish(draft: Draft, region: str = nz.DEFAULT_REGION) -> None:
    """Reject a draft that identifies no one; drop exact repeats of e-mails, phones and profiles."""
    if draft.emails:
        if len(draft.emails) > 1:
            draft.emails = list(dict.fromkeys(draft.emails))
        draft.email_keys = [fn.email_key(e) for e in draft.emails]
        # Only a real address identifies someone: 'n/a' or 'none' in fifty rows is not one person.
        draft.match_emails = [k for k, e in zip(draft.email_keys, draft.emails) if k and fn.is_valid_email(e)]
    seen: set[str] = set()
    if draft.socials:
        socials, social_keys = [], []
        for network, url in draft.socials:
            key = fn.social_key(network, url)
            if key and key not in seen:
                seen.add(key)
                socials.append((network, url))
                social_keys.append(key)
        draft.socials, draft.social_keys = socials, social_keys
    if draft.websites:
        # A website that is one of the profiles is not repeated (vCards carry both).
        draft.websites = [w for w in dict.fromkeys(draft.websites) if fn.url_key(w) not in seen]
    if draft.phones:
        phones, values = [], set()
        for value, label in draft.phones:
            if value not in values:
                values.add(value)
                phones.append((value, label))
        draft.phones = phones
        facts = [fn.phone_facts(value, region) for value, _ in phones]
        draft.phone_keys = [f[0] for f in facts]
        draft.phone_tokens = [f[2] for f in facts]
    if not (draft.first_name or draft.last_name) and draft.socials:
        _name_from_profiles(draft)
    if not draft.problem and not draft.identifies_someone():
        draft.problem = QT_TRANSLATE_NOOP("Import", "no name, e-mail, phone or profile")
