"""Import and export words for keys that core names in English (file formats, separators, the fields a
column can go to, the export's column names), said in the language in use. Core keeps its keys and the
files keep their English column names; only what the dialogs show is translated."""

from __future__ import annotations

from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, translate

CONTEXT = "Exchange"
FORMATS = {
    "linkedin": QT_TRANSLATE_NOOP("Exchange", "LinkedIn Connections"),
    "google": QT_TRANSLATE_NOOP("Exchange", "Google Contacts"),
    "outlook": QT_TRANSLATE_NOOP("Exchange", "Outlook"),
    "vcard": QT_TRANSLATE_NOOP("Exchange", "vCard"),
    "roster": QT_TRANSLATE_NOOP("Exchange", "Chapter roster"),
    "own": QT_TRANSLATE_NOOP("Exchange", "TotalNet export"),
    "csv": QT_TRANSLATE_NOOP("Exchange", "Spreadsheet (columns guessed)"),
}
SEPARATORS = {
    ",": QT_TRANSLATE_NOOP("Exchange", "comma"),
    ";": QT_TRANSLATE_NOOP("Exchange", "semicolon"),
    "\t": QT_TRANSLATE_NOOP("Exchange", "tab"),
    "|": QT_TRANSLATE_NOOP("Exchange", "pipe"),
}
FIELDS = {
    "ignore": QT_TRANSLATE_NOOP("Exchange", "(ignore)"),
    "first_name": QT_TRANSLATE_NOOP("Exchange", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("Exchange", "Middle name"),
    "last_name": QT_TRANSLATE_NOOP("Exchange", "Last name"),
    "full_name": QT_TRANSLATE_NOOP("Exchange", "Full name (split)"),
    "company": QT_TRANSLATE_NOOP("Exchange", "Company"),
    "job_title": QT_TRANSLATE_NOOP("Exchange", "Job title"),
    "profession": QT_TRANSLATE_NOOP("Exchange", "Profession / classification"),
    "email": QT_TRANSLATE_NOOP("Exchange", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Exchange", "Phone"),
    "website": QT_TRANSLATE_NOOP("Exchange", "Website"),
    "linkedin": QT_TRANSLATE_NOOP("Exchange", "LinkedIn"),
    "x": QT_TRANSLATE_NOOP("Exchange", "X (Twitter)"),
    "facebook": QT_TRANSLATE_NOOP("Exchange", "Facebook"),
    "instagram": QT_TRANSLATE_NOOP("Exchange", "Instagram"),
    "city": QT_TRANSLATE_NOOP("Exchange", "City"),
    "stage": QT_TRANSLATE_NOOP("Exchange", "Stage"),
    "source": QT_TRANSLATE_NOOP("Exchange", "Source"),
    "how_we_met": QT_TRANSLATE_NOOP("Exchange", "How we met"),
    "tags": QT_TRANSLATE_NOOP("Exchange", "Tags"),
    "notes": QT_TRANSLATE_NOOP("Exchange", "Notes"),
    "connected_on": QT_TRANSLATE_NOOP("Exchange", "Connected on (date)"),
    "role": QT_TRANSLATE_NOOP("Exchange", "Chapter role"),
    "next_followup": QT_TRANSLATE_NOOP("Exchange", "Next follow-up (date)"),
}
# The export's columns (the file keeps these English names, which TotalNet reads back).
COLUMNS = {
    "First Name": QT_TRANSLATE_NOOP("Exchange", "First name"),
    "Last Name": QT_TRANSLATE_NOOP("Exchange", "Last name"),
    "Company": QT_TRANSLATE_NOOP("Exchange", "Company"),
    "Job Title": QT_TRANSLATE_NOOP("Exchange", "Job title"),
    "Profession": QT_TRANSLATE_NOOP("Exchange", "Profession"),
    "Email": QT_TRANSLATE_NOOP("Exchange", "E-mail"),
    "Email 2": QT_TRANSLATE_NOOP("Exchange", "E-mail 2"),
    "Phone": QT_TRANSLATE_NOOP("Exchange", "Phone"),
    "Phone 2": QT_TRANSLATE_NOOP("Exchange", "Phone 2"),
    "Website": QT_TRANSLATE_NOOP("Exchange", "Website"),
    "LinkedIn": QT_TRANSLATE_NOOP("Exchange", "LinkedIn"),
    "X": QT_TRANSLATE_NOOP("Exchange", "X (Twitter)"),
    "Facebook": QT_TRANSLATE_NOOP("Exchange", "Facebook"),
    "Instagram": QT_TRANSLATE_NOOP("Exchange", "Instagram"),
    "City": QT_TRANSLATE_NOOP("Exchange", "City"),
    "Stage": QT_TRANSLATE_NOOP("Exchange", "Stage"),
    "Source": QT_TRANSLATE_NOOP("Exchange", "Source"),
    "How We Met": QT_TRANSLATE_NOOP("Exchange", "How we met"),
    "Tags": QT_TRANSLATE_NOOP("Exchange", "Tags"),
    "Notes": QT_TRANSLATE_NOOP("Exchange", "Notes"),
    "Next Follow-up": QT_TRANSLATE_NOOP("Exchange", "Next follow-up"),
}


def label(table: dict[str, str], key: str, fallback: str | None = None) -> str:
    """The table's word for ``key`` in the language in use (``fallback`` or the key when it lacks it)."""
    return translate(CONTEXT, table[key]) if key in table else (fallback if fallback is not None else key)
