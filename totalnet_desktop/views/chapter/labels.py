"""The Chapter screen's words for keys that core names in English (segment kinds, speaking orders,
visitor stages, sheet sections), said in the language in use. Core keeps its keys; the screen shows
these labels, and an unknown key shows as it is."""

from __future__ import annotations

from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, tr_core, translate
from totalnet_desktop.views.shell.rich_text import html_table  # noqa: F401  (the tabs' tables)

SEGMENT_KINDS = {
    "networking": QT_TRANSLATE_NOOP("Agenda", "Open networking"),
    "welcome": QT_TRANSLATE_NOOP("Agenda", "Welcome"),
    "education": QT_TRANSLATE_NOOP("Agenda", "Education moment"),
    "presentations": QT_TRANSLATE_NOOP("Agenda", "Member 60-second presentations"),
    "visitors": QT_TRANSLATE_NOOP("Agenda", "Visitor introductions"),
    "feature": QT_TRANSLATE_NOOP("Agenda", "Feature presentation"),
    "referrals": QT_TRANSLATE_NOOP("Agenda", "Referral round"),
    "testimonials": QT_TRANSLATE_NOOP("Agenda", "Testimonials"),
    "close": QT_TRANSLATE_NOOP("Agenda", "Close"),
    "other": QT_TRANSLATE_NOOP("Agenda", "Other"),
}
ORDERS = {
    "roster": QT_TRANSLATE_NOOP("Agenda", "Roster order"),
    "continue": QT_TRANSLATE_NOOP("Agenda", "From where last week ended"),
    "classification": QT_TRANSLATE_NOOP("Agenda", "By classification"),
}
VISITOR_STAGES = {
    "visited": QT_TRANSLATE_NOOP("VisitorsTab", "visited"),
    "visited twice": QT_TRANSLATE_NOOP("VisitorsTab", "visited twice"),
    "applied": QT_TRANSLATE_NOOP("VisitorsTab", "applied"),
    "joined": QT_TRANSLATE_NOOP("VisitorsTab", "joined"),
    "declined": QT_TRANSLATE_NOOP("VisitorsTab", "declined"),
}
# A stage as a choice in a list (capitalised in English).
STAGE_CHOICES = {
    "visited": QT_TRANSLATE_NOOP("VisitorsTab", "Visited"),
    "applied": QT_TRANSLATE_NOOP("VisitorsTab", "Applied"),
    "declined": QT_TRANSLATE_NOOP("VisitorsTab", "Declined"),
}
SHEET_SECTIONS = {
    "Status": QT_TRANSLATE_NOOP("SheetTab", "Status"),
    "Referral": QT_TRANSLATE_NOOP("SheetTab", "Referral"),
    "TYFCB": QT_TRANSLATE_NOOP("SheetTab", "TYFCB"),
    "One-to-one": QT_TRANSLATE_NOOP("SheetTab", "One-to-one"),
    "CEU": QT_TRANSLATE_NOOP("SheetTab", "CEU"),
    "Visitor": QT_TRANSLATE_NOOP("SheetTab", "Visitor"),
    "Testimonial": QT_TRANSLATE_NOOP("SheetTab", "Testimonial"),
}
# A status line's detail: the PALMS status (translated where the roster shows it) or none yet.
PALMS = ("Present", "Absent", "Late", "Medical", "Substitute", "Visitor")
NO_STATUS = QT_TRANSLATE_NOOP("SheetTab", "no status")
SHEET_HEADERS = (QT_TRANSLATE_NOOP("SheetTab", "Section"), QT_TRANSLATE_NOOP("SheetTab", "Line"),
                 QT_TRANSLATE_NOOP("SheetTab", "Member"), QT_TRANSLATE_NOOP("SheetTab", "Other"),
                 QT_TRANSLATE_NOOP("SheetTab", "Detail"), QT_TRANSLATE_NOOP("SheetTab", "Amount"),
                 QT_TRANSLATE_NOOP("SheetTab", "Done"))
_CONTEXT = {id(SEGMENT_KINDS): "Agenda", id(ORDERS): "Agenda", id(VISITOR_STAGES): "VisitorsTab",
            id(STAGE_CHOICES): "VisitorsTab", id(SHEET_SECTIONS): "SheetTab"}


def label(table: dict[str, str], key: str) -> str:
    """The table's word for ``key`` in the language in use (the key itself when the table lacks it)."""
    return translate(_CONTEXT[id(table)], table[key]) if key in table else key


def segment_title(kind: str, title: str, english_kinds: dict[str, str]) -> str:
    """A segment's title: the standard title of its kind (as core writes it) shown in the language in
    use; a title the chapter wrote itself stays as written."""
    if english_kinds.get(kind) == title and kind in SEGMENT_KINDS:
        return label(SEGMENT_KINDS, kind)
    return title


def sheet_detail(section: str, detail: str) -> str:
    """A sheet line's detail in the language in use where the screen knows its words (a status)."""
    if section == "Status" and detail in PALMS:
        return translate("PALMS", detail)
    if section == "Status" and detail == "no status":
        return translate("SheetTab", NO_STATUS)
    return tr_core(detail)  # core's marked detail ('inside, prospect Omar', '2 credits'); a note as written


def sheet_headers() -> list[str]:
    return [translate("SheetTab", h) for h in SHEET_HEADERS]

