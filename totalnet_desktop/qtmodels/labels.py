"""Words the core stores as keys (channels, point labels, touch kinds), shown in the user's language.

The core keeps English keys ('in_person', 'mobile', 'coffee'); the screens show them through the
catalogue. Network names (LinkedIn, X, Facebook, Instagram) are brand names and stay as they are.
"""

from __future__ import annotations

from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, translate

CHANNEL_NAMES = {
    "in_person": QT_TRANSLATE_NOOP("Channel", "In person"),
    "one_to_one": QT_TRANSLATE_NOOP("Channel", "One-to-one"),
    "online_meeting": QT_TRANSLATE_NOOP("Channel", "Online meeting"),
    "phone": QT_TRANSLATE_NOOP("Channel", "Phone"),
    "messaging": QT_TRANSLATE_NOOP("Channel", "WhatsApp / messaging"),
    "email": QT_TRANSLATE_NOOP("Channel", "E-mail"),
    "linkedin": "LinkedIn", "x": "X", "facebook": "Facebook", "instagram": "Instagram",
    "other": QT_TRANSLATE_NOOP("Channel", "Other"),
}
BRANDS = {"LinkedIn", "X", "Facebook", "Instagram"}

# The labels a phone, e-mail or website is offered with (stored in English, lower case).
POINT_LABELS = {"mobile": QT_TRANSLATE_NOOP("Point", "Mobile"), "work": QT_TRANSLATE_NOOP("Point", "Work"),
                "home": QT_TRANSLATE_NOOP("Point", "Home"), "other": QT_TRANSLATE_NOOP("Point", "Other")}

# The kinds of touch offered when logging one (stored in English; a typed kind is kept as typed).
TOUCH_KINDS = {"call": QT_TRANSLATE_NOOP("Touch", "call"), "message": QT_TRANSLATE_NOOP("Touch", "message"),
               "meeting": QT_TRANSLATE_NOOP("Touch", "meeting"), "coffee": QT_TRANSLATE_NOOP("Touch", "coffee"),
               "comment": QT_TRANSLATE_NOOP("Touch", "comment"),
               "connected": QT_TRANSLATE_NOOP("Touch", "connected"),
               "introduction": QT_TRANSLATE_NOOP("Touch", "introduction"),
               "e-mail": QT_TRANSLATE_NOOP("Touch", "e-mail")}


def channel_label(key: str) -> str:
    """'In person' / 'شخصياً' for a channel key; an unknown key as it is."""
    name = CHANNEL_NAMES.get(key)
    if name is None:
        return key
    return name if name in BRANDS else translate("Channel", name)


def point_label(label: str) -> str:
    """'Mobile' for 'mobile' (translated); a label the member typed, capitalised as it was typed."""
    known = POINT_LABELS.get(label.strip().lower())
    return translate("Point", known) if known else label[:1].upper() + label[1:]


def touch_kind(kind: str) -> str:
    known = TOUCH_KINDS.get(kind)
    return translate("Touch", known) if known else kind


def stage_label(stage: str) -> str:
    """Know / Like / Trust / Partner in the user's language (marked in core.store.labels.STAGE_TEXTS)."""
    return translate("Stage", stage) if stage else ""


# Where a contact came from: the suggestions offered in the editor (stored in English; typed ones as typed).
SOURCE_NAMES = {"LinkedIn": "LinkedIn", "Instagram": "Instagram", "Facebook": "Facebook", "X": "X",
                "Visitor": QT_TRANSLATE_NOOP("Source", "Visitor"), "Event": QT_TRANSLATE_NOOP("Source", "Event"),
                "Referral": QT_TRANSLATE_NOOP("Source", "Referral"), "Manual": QT_TRANSLATE_NOOP("Source", "Manual"),
                "Chapter": QT_TRANSLATE_NOOP("Source", "Chapter"),
                "Substitute": QT_TRANSLATE_NOOP("Source", "Substitute"),
                "Introduction": QT_TRANSLATE_NOOP("Source", "Introduction")}


def source_label(source: str) -> str:
    name = SOURCE_NAMES.get(source)
    if name is None or name in BRANDS:
        return source
    return translate("Source", name)


def source_key(shown: str) -> str:
    """The stored value for a source as shown (a translated suggestion goes back to its English key)."""
    shown = shown.strip()
    for key in SOURCE_NAMES:
        if source_label(key) == shown:
            return key
    return shown


def percent(rate: float) -> str:
    """0.87 -> '87%' in the locale's digits and percent sign."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    return locale.toString(round(rate * 100)) + locale.percent()


# Chapter roles (stored in English; the roster shows them translated and stores a typed role as typed).
ROLE_NAMES = {"President": QT_TRANSLATE_NOOP("Role", "President"),
              "Vice President": QT_TRANSLATE_NOOP("Role", "Vice President"),
              "Secretary/Treasurer": QT_TRANSLATE_NOOP("Role", "Secretary/Treasurer"),
              "Visitor Host": QT_TRANSLATE_NOOP("Role", "Visitor Host"),
              "Education Coordinator": QT_TRANSLATE_NOOP("Role", "Education Coordinator"),
              "Growth Coordinator": QT_TRANSLATE_NOOP("Role", "Growth Coordinator"),
              "Mentor Coordinator": QT_TRANSLATE_NOOP("Role", "Mentor Coordinator"),
              "Member": QT_TRANSLATE_NOOP("Role", "Member")}


def role_label(role: str) -> str:
    name = ROLE_NAMES.get(role)
    return translate("Role", name) if name else role


def role_key(shown: str) -> str:
    """The stored role for a role as shown (a translated one goes back to its English name)."""
    shown = shown.strip()
    for key in ROLE_NAMES:
        if role_label(key) == shown:
            return key
    return shown


def in_direction(rich: str) -> str:
    """Rich text laid out in the language's direction: Qt otherwise takes it from the first letter,
    so a Latin name would left-align an Arabic dialog's heading."""
    from totalnet_desktop.i18n import is_right_to_left

    return f"<div dir='{'rtl' if is_right_to_left() else 'ltr'}'>{rich}</div>"
