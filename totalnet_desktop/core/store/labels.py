"""The words of the fixed vocabularies as the member reads them, marked for the catalogue.

Values stored in the file stay English keys ('Present', 'in_person'); these give the marked Text to show
(``i18n.tr_core`` translates it). Contexts match the ones the views already use: "PALMS", "Stage".
"""

from __future__ import annotations

from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP, Text

STATUS_TEXTS = {
    "Present": QT_TRANSLATE_NOOP("PALMS", "Present"), "Absent": QT_TRANSLATE_NOOP("PALMS", "Absent"),
    "Late": QT_TRANSLATE_NOOP("PALMS", "Late"), "Medical": QT_TRANSLATE_NOOP("PALMS", "Medical"),
    "Substitute": QT_TRANSLATE_NOOP("PALMS", "Substitute"), "Visitor": QT_TRANSLATE_NOOP("PALMS", "Visitor"),
}
STAGE_TEXTS = {
    "Know": QT_TRANSLATE_NOOP("Stage", "Know"), "Like": QT_TRANSLATE_NOOP("Stage", "Like"),
    "Trust": QT_TRANSLATE_NOOP("Stage", "Trust"), "Partner": QT_TRANSLATE_NOOP("Stage", "Partner"),
}
CHANNEL_TEXTS = {
    "in_person": QT_TRANSLATE_NOOP("Channel", "In person"),
    "one_to_one": QT_TRANSLATE_NOOP("Channel", "One-to-one"),
    "online_meeting": QT_TRANSLATE_NOOP("Channel", "Online meeting"),
    "phone": QT_TRANSLATE_NOOP("Channel", "Phone"),
    "messaging": QT_TRANSLATE_NOOP("Channel", "WhatsApp / messaging"),
    "email": QT_TRANSLATE_NOOP("Channel", "E-mail"),
    "linkedin": QT_TRANSLATE_NOOP("Channel", "LinkedIn"),
    "x": QT_TRANSLATE_NOOP("Channel", "X"),
    "facebook": QT_TRANSLATE_NOOP("Channel", "Facebook"),
    "instagram": QT_TRANSLATE_NOOP("Channel", "Instagram"),
    "other": QT_TRANSLATE_NOOP("Channel", "Other"),
}
REFERRAL_STATUS_TEXTS = {
    "New": QT_TRANSLATE_NOOP("Referral", "New"), "Pending": QT_TRANSLATE_NOOP("Referral", "Pending"),
    "Closed": QT_TRANSLATE_NOOP("Referral", "Closed"), "No sale": QT_TRANSLATE_NOOP("Referral", "No sale"),
}


def _lookup(table: dict[str, Text], value: str | None) -> str:
    return table.get(value or "", value or "")


def status_text(status: str | None) -> str:
    """'Present' as a marked Text (unknown values come back as they are)."""
    return _lookup(STATUS_TEXTS, status)


def stage_text(stage: str | None) -> str:
    return _lookup(STAGE_TEXTS, stage)
