"""Recognising a file's format from its header and pre-filling the column mapping.

Column sets checked against the real exports: LinkedIn ``Connections.csv`` (First Name, Last Name,
URL, Email Address, Company, Position, Connected On, after a "Notes:" preamble); Google Contacts,
old layout (Name, Given Name, Family Name, E-mail 1 - Type/Value, Phone 1 - Type/Value,
Organization 1 - Name/Title, Group Membership) and new layout (First Name, Middle Name, Last Name,
Organization Name/Title, E-mail 1 - Label/Value, Phone 1 - Label/Value, Labels); Outlook
(First Name, Middle Name, Last Name, Title = Mr/Ms, Company, Job Title, E-mail Address,
E-mail 2 Address, Mobile Phone, Business Phone, Home Phone, Web Page, Categories, Notes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

IGNORE = "ignore"
# Fields a source column can go to, in the order the mapping combo lists them.
FIELDS = {
    IGNORE: "(ignore)",
    "first_name": "First name",
    "middle_name": "Middle name",
    "last_name": "Last name",
    "full_name": "Full name (split)",
    "company": "Company",
    "job_title": "Job title",
    "profession": "Profession / classification",
    "email": "E-mail",
    "phone": "Phone",
    "website": "Website",
    "linkedin": "LinkedIn",
    "x": "X (Twitter)",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "city": "City",
    "stage": "Stage",
    "source": "Source",
    "how_we_met": "How we met",
    "tags": "Tags",
    "notes": "Notes",
    "connected_on": "Connected on (date)",
    "role": "Chapter role",
    "next_followup": "Next follow-up (date)",
}
MULTI_FIELDS = ("email", "phone", "website", "linkedin", "x", "facebook", "instagram", "tags", "notes")

OWN_COLUMNS = (
    "First Name", "Last Name", "Company", "Job Title", "Profession", "Email", "Email 2", "Phone",
    "Phone 2", "Website", "LinkedIn", "X", "Facebook", "Instagram", "City", "Stage", "Source",
    "How We Met", "Tags", "Notes", "Next Follow-up",
)
OWN_FIELDS = (
    "first_name", "last_name", "company", "job_title", "profession", "email", "email", "phone",
    "phone", "website", "linkedin", "x", "facebook", "instagram", "city", "stage", "source",
    "how_we_met", "tags", "notes", "next_followup",
)

FORMAT_LABELS = {
    "linkedin": "LinkedIn Connections",
    "google": "Google Contacts",
    "outlook": "Outlook",
    "vcard": "vCard",
    "roster": "Chapter roster",
    "own": "TotalNet export",
    "csv": "Spreadsheet (columns guessed)",
}
FORMAT_SOURCES = {"linkedin": "LinkedIn", "google": "Google Contacts", "outlook": "Outlook",
                  "vcard": "vCard", "roster": "Chapter roster", "own": "", "csv": "Import"}

_ALIASES = {
    "first_name": ("first name", "given name", "first", "firstname", "fname", "forename", "given"),
    "middle_name": ("middle name", "additional name", "middle"),
    "last_name": ("last name", "family name", "surname", "last", "lastname", "lname"),
    "full_name": ("name", "full name", "contact name", "member name", "display name", "member",
                  "contact", "visitor name", "visitor"),
    "company": ("company", "organization", "organisation", "organization 1 name", "organization name",
                "business name", "company name", "employer", "business"),
    "job_title": ("job title", "position", "title", "organization 1 title", "organization title",
                  "designation", "job"),
    "profession": ("profession", "classification", "category", "industry", "speciality", "specialty",
                   "business category"),
    "city": ("city", "town", "business city", "home city", "address 1 city", "location",
             "address 1 locality"),
    "notes": ("notes", "note", "comments", "comment", "remarks"),
    "tags": ("tags", "tag", "labels", "categories", "group membership", "groups", "group"),
    "stage": ("stage",),
    "source": ("source", "lead source"),
    "how_we_met": ("how we met", "met where", "where we met", "met at"),
    "connected_on": ("connected on", "connection date", "connected"),
    "role": ("role", "chapter role", "leadership role"),
    "next_followup": ("next follow up", "next followup", "follow up", "follow up date"),
    "linkedin": ("linkedin", "linkedin url", "linkedin profile", "linked in"),
    "x": ("x", "twitter", "x handle", "twitter handle", "twitter url"),
    "facebook": ("facebook", "facebook url", "facebook profile"),
    "instagram": ("instagram", "instagram handle", "instagram url"),
}
_PATTERNS = (
    (re.compile(r"^e ?mail( \d+)?( address| value)?$|^(work |home |other )?e ?mail( address)?$"), "email"),
    (re.compile(r"^e ?mail( \d+)? (type|label|display name)$"), IGNORE),
    (re.compile(r"^(phone|mobile|mobile phone|cell|cell phone|telephone|tel|business phone|home phone|"
                r"work phone|whatsapp|primary phone|other phone|company main telephone|car phone|"
                r"phone number|mobile number|contact number)( \d+)?( value| number)?$"), "phone"),
    (re.compile(r"^phone( \d+)? (type|label)$"), IGNORE),
    (re.compile(r"^(website|web page|web site|url|homepage|home page|personal web page|web)( \d+)?"
                r"( value| url)?$"), "website"),
    (re.compile(r"^website( \d+)? (type|label)$"), IGNORE),
)
# Localized exports of Google Contacts and Outlook (German, French, Spanish, Arabic), normalised as
# norm_header does (case folded, punctuation to spaces; accents and Arabic letters are kept).
_LOCALIZED = {
    "first_name": ("vorname", "prénom", "nombre", "الاسم الأول"),
    "middle_name": ("zweiter vorname", "deuxième prénom", "segundo nombre", "الاسم الأوسط"),
    "last_name": ("nachname", "nom", "nom de famille", "apellidos", "apellido", "اسم العائلة"),
    "company": ("firma", "unternehmen", "société", "entreprise", "empresa", "compañía", "الشركة"),
    "job_title": ("berufsbezeichnung", "fonction", "puesto", "cargo", "المسمى الوظيفي"),
    "city": ("stadt", "ort", "ville", "ciudad", "المدينة"),
    "notes": ("notizen", "notiz", "remarques", "notas", "ملاحظات"),
    "email": ("e mail adresse", "e mail adresse 1", "adresse e mail", "adresse de messagerie",
              "correo electrónico", "dirección de correo electrónico", "البريد الإلكتروني"),
    "phone": ("telefon", "mobiltelefon", "téléphone", "téléphone mobile", "portable", "teléfono",
              "teléfono móvil", "móvil", "الهاتف", "الهاتف المحمول"),
}
_LOOKUP = {alias: field for field, aliases in _ALIASES.items() for alias in aliases}
_LOOKUP.update({alias: field for field, aliases in _LOCALIZED.items() for alias in aliases})

# Per-format departures from the generic guess (normalised header -> field).
_PRESETS = {
    "linkedin": {"url": "linkedin", "position": "job_title", "email address": "email"},
    "outlook": {"title": IGNORE, "categories": "tags", "web page": "website"},
    "google": {"name": IGNORE, "labels": "tags", "group membership": "tags"},
    "roster": {},
    "csv": {},
}


def norm_header(text: str) -> str:
    """Lower-case, punctuation to spaces, runs of spaces folded: 'E-mail 1 - Value' -> 'e mail 1 value'."""
    text = text.strip().lstrip("\ufeff").casefold()
    text = re.sub(r"[^\w]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def guess_field(header: str) -> str:
    """The field a column called ``header`` most likely holds (IGNORE when unknown)."""
    key = norm_header(header)
    if key in _LOOKUP:
        return _LOOKUP[key]
    for pattern, field in _PATTERNS:
        if pattern.match(key):
            return field
    return IGNORE


def header_score(cells: list[str]) -> int:
    """How many cells of a row look like known column names (finds the header row)."""
    return sum(1 for c in cells if c.strip() and len(c) < 60 and guess_field(c) != IGNORE)


@dataclass(frozen=True)
class Detected:
    """A recognised format and the mapping it suggests, one field per source column."""

    format: str
    mapping: tuple[str, ...]

    @property
    def label(self) -> str:
        return FORMAT_LABELS[self.format]


def detect_format(headers: list[str]) -> str:
    """Which known export ``headers`` come from ('csv' for any other spreadsheet)."""
    if set(OWN_COLUMNS) <= {h.strip() for h in headers}:
        return "own"
    keys = {norm_header(h) for h in headers}
    if {"first name", "last name", "url", "connected on"} <= keys:
        return "linkedin"
    if {"given name", "family name"} <= keys or (
        "e mail 1 value" in keys and keys & {"labels", "organization name", "first name", "phone 1 value"}
    ):
        return "google"
    if "e mail address" in keys or {"business phone", "mobile phone"} <= keys or {
        "job title", "home phone"} <= keys:
        return "outlook"
    if keys & {"classification", "chapter role", "role", "membership"} or (
        "category" in keys and keys & {"name", "member", "member name", "first name"}
    ):
        return "roster"
    return "csv"


def suggest_mapping(headers: list[str], fmt: str | None = None) -> Detected:
    """Detect the format (unless given) and pre-fill the mapping of each column."""
    fmt = fmt or detect_format(headers)
    if fmt == "own":
        own = dict(zip(OWN_COLUMNS, OWN_FIELDS))
        return Detected(fmt, tuple(own.get(h.strip(), guess_field(h)) for h in headers))
    preset = _PRESETS.get(fmt, {})
    mapping = []
    has_split_names = False
    for h in headers:
        key = norm_header(h)
        field = preset.get(key) or guess_field(h)
        has_split_names |= field in ("first_name", "last_name")
        mapping.append(field)
    if has_split_names:
        # A "Name" column beside First/Last names is a display name: not needed twice.
        mapping = [IGNORE if f == "full_name" else f for f in mapping]
    return Detected(fmt, tuple(mapping))
