"""Chapters and their rosters: set-up, "my chapter", members with classification and role."""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from decimal import Decimal

from peewee import Case

from totalnet_desktop.core.chapter import amounts
from totalnet_desktop.core.chapter import people as chapter_people
from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.store import collation, engine, prefs
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.identity import my_chapter_id
from totalnet_desktop.core.store.models import ROLES, Chapter, Contact, Membership, database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

WEEKDAYS = (QT_TRANSLATE_NOOP("Weekday", "Monday"), QT_TRANSLATE_NOOP("Weekday", "Tuesday"),
            QT_TRANSLATE_NOOP("Weekday", "Wednesday"), QT_TRANSLATE_NOOP("Weekday", "Thursday"),
            QT_TRANSLATE_NOOP("Weekday", "Friday"), QT_TRANSLATE_NOOP("Weekday", "Saturday"),
            QT_TRANSLATE_NOOP("Weekday", "Sunday"))  # marked Texts: show them through i18n.tr_core
_HHMM = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")


@dataclass(frozen=True)
class ChapterRecord:
    id: int
    name: str
    city: str = ""
    weekday: int = 2
    start_time: str = "07:00"
    grace_minutes: int = 5
    venue: str = ""
    currency: str = "AED"
    annual_fee: Decimal = Decimal(0)
    is_mine: bool = False

    @property
    def weekday_name(self) -> str:
        return WEEKDAYS[self.weekday % 7]


@dataclass(frozen=True)
class MemberRecord:
    membership_id: int
    contact_id: int
    first_name: str
    last_name: str
    company: str = ""
    classification: str = ""
    role: str = "Member"
    joined_on: dt.date | None = None
    renewal_due: dt.date | None = None
    active: bool = True
    left_on: dt.date | None = None

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


def _record(row: Chapter, mine_id: int | None) -> ChapterRecord:
    return ChapterRecord(row.id, row.name, row.city, row.weekday, row.start_time, row.grace_minutes, row.venue,
                         row.currency, Decimal(row.annual_fee or 0), row.id == mine_id)


def parse_start_time(text: str) -> str:
    """'7:00' or '07.00' -> '07:00'; raise ValidationError for anything else."""
    match = _HHMM.match(normalize.clean(text))
    if not match:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Chapter", "The start time \"{text}\" is not a time; write it like 07:00.").format(text=text))
    return f"{int(match.group(1)):02d}:{match.group(2)}"


def _validated(fields: dict) -> dict:
    out = dict(fields)
    if "name" in out:
        out["name"] = normalize.clean(out["name"])
        if not out["name"]:
            raise ValidationError(QT_TRANSLATE_NOOP("Chapter", "The chapter needs a name."))
    if "start_time" in out:
        out["start_time"] = parse_start_time(out["start_time"])
    if "weekday" in out and not 0 <= int(out["weekday"]) <= 6:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Chapter", "The meeting weekday must be Monday to Sunday."))
    if "grace_minutes" in out:
        out["grace_minutes"] = int(out["grace_minutes"])
        if not 0 <= out["grace_minutes"] <= 180:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Chapter", "The grace period must be between 0 and 180 minutes."))
    if "annual_fee" in out:
        out["annual_fee"] = amounts.parse_amount(out["annual_fee"] or 0, "annual fee")
    if "currency" in out:
        out["currency"] = normalize.clean(out["currency"]).upper() or "AED"
    for key in ("city", "venue"):
        if key in out:
            out[key] = normalize.clean(out[key])
    return out


def list_chapters() -> list[ChapterRecord]:
    """Every chapter, by name."""
    mine = my_chapter_id()
    return [_record(row, mine) for row in Chapter.select().order_by(Chapter.name)]


def get_chapter(chapter_id: int) -> ChapterRecord:
    """One chapter; ValidationError when it does not exist."""
    row = Chapter.get_or_none(Chapter.id == chapter_id)
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Chapter", "The chapter #{chapter_id} does not exist.").format(chapter_id=chapter_id))
    return _record(row, my_chapter_id())


def create_chapter(name: str, *, mine: bool | None = None, **fields) -> ChapterRecord:
    """Create a chapter; it becomes mine when asked or when it is the first one."""
    data = _validated({"name": name, **fields})
    if Chapter.select().where(Chapter.name == data["name"]).exists():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Chapter", "A chapter named \"{name}\" already exists.").format(name=data['name']))
    with database.atomic():
        first_or_unchosen = my_chapter_id() is None
        row = Chapter.create(**data)
        if mine or (mine is None and first_or_unchosen):
            _set_mine(row.id)
    logger.info("created chapter %s", row.name)
    return get_chapter(row.id)


def set_up_chapter(name: str, members: list[tuple[str, str, str]], **fields) -> ChapterRecord:
    """Create my chapter and its first members ((name, classification, company)) in one transaction."""
    with database.atomic():
        chapter = create_chapter(name, mine=True, **fields)
        for member_name, classification, company in members:
            add_member(chapter.id, name=member_name, classification=classification, company=company)
    return chapter


def update_chapter(chapter_id: int, **fields) -> ChapterRecord:
    """Change a chapter's settings (name, city, weekday, start_time, grace_minutes, venue, ...)."""
    get_chapter(chapter_id)
    data = _validated(fields)
    if "name" in data and Chapter.select().where(
            (Chapter.name == data["name"]) & (Chapter.id != chapter_id)).exists():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Chapter", "A chapter named \"{name}\" already exists.").format(name=data['name']))
    with database.atomic():
        Chapter.update(**data).where(Chapter.id == chapter_id).execute()
    return get_chapter(chapter_id)


# ---- my chapter ---------------------------------------------------------------------------
def _set_mine(chapter_id: int) -> None:
    # 1/0, not a comparison: the flag is an integer column on both engines. On a shared server the
    # flag is the chapter's ("our chapter"); each person's choice is their own preference.
    if not engine.is_postgres():
        Chapter.update(is_mine=Case(None, [(Chapter.id == chapter_id, 1)], 0)).execute()
    prefs.set("my_chapter_id", chapter_id)


def set_my_chapter(chapter_id: int) -> None:
    """Make ``chapter_id`` my chapter (the one meeting day opens)."""
    get_chapter(chapter_id)
    with database.atomic():
        _set_mine(chapter_id)


# ---- roster -------------------------------------------------------------------------------
def _member(m: Membership, c: Contact) -> MemberRecord:
    return MemberRecord(m.id, c.id, c.first_name, c.last_name, c.company, m.classification, m.role,
                        m.joined_on, m.renewal_due, m.active, m.left_on)


def roster(chapter_id: int, include_inactive: bool = False) -> list[MemberRecord]:
    """The chapter's members (live contacts), by first then last name."""
    query = (Membership.select(Membership, Contact).join(Contact)
             .where((Membership.chapter == chapter_id) & Contact.trashed_at.is_null()))
    if not include_inactive:
        query = query.where(Membership.active == True)
    members = [_member(m, m.contact) for m in query]
    return collation.sort_people(members, lambda m: m.first_name, lambda m: m.last_name)


def _check_member_fields(role: str | None, joined_on, renewal_due, left_on=None) -> None:
    if role is not None and role not in ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Chapter", "The role \"{role}\" is not one of: {items}.").format(role=role, items=', '.join(ROLES)))
    if joined_on and renewal_due and renewal_due < joined_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Chapter", "The renewal date cannot be before the joining date."))
    if joined_on and left_on and left_on < joined_on:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Chapter", "The leaving date cannot be before the joining date."))


def add_member(chapter_id: int, contact_id: int | None = None, *, name: str = "", company: str = "",
               classification: str = "", role: str = "Member", joined_on: dt.date | None = None,
               renewal_due: dt.date | None = None, phone: str = "", email: str = "") -> MemberRecord:
    """Add an existing contact, or a new one made from ``name``, to the roster."""
    get_chapter(chapter_id)
    _check_member_fields(role, joined_on, renewal_due)
    classification = normalize.clean(classification)
    with database.atomic():
        if contact_id is None:
            contact_id = chapter_people.create_person(name, company=company, profession=classification,
                                                      source="Chapter", phone=phone, email=email)
        else:
            chapter_people.require_contact(contact_id, "member")
            chapter_people.fill_blank_details(contact_id, company, classification)
        existing = Membership.get_or_none((Membership.chapter == chapter_id) & (Membership.contact == contact_id))
        if existing is not None:
            if existing.active:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Chapter", "{name} is already on the roster.").format(
                    name=chapter_people.person_name(contact_id)))
            existing.active = True
            existing.left_on = None  # back on the roster: a member again
            existing.classification = classification or existing.classification
            existing.role = role
            existing.save()
            membership_id = existing.id
        else:
            membership_id = Membership.create(chapter=chapter_id, contact=contact_id,
                                              classification=classification, role=role,
                                              joined_on=joined_on or dt.date.today(),
                                              renewal_due=renewal_due).id
    return get_member(membership_id)


def get_member(membership_id: int) -> MemberRecord:
    """One roster entry."""
    m = Membership.get_or_none(Membership.id == membership_id)
    if m is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Chapter", "The roster entry #{membership_id} does not exist.").format(membership_id=membership_id))
    return _member(m, m.contact)


def update_member(membership_id: int, **fields) -> MemberRecord:
    """Change classification, role, joined_on, renewal_due, left_on or active."""
    current = get_member(membership_id)
    allowed = {"classification", "role", "joined_on", "renewal_due", "active", "left_on"}
    unknown = set(fields) - allowed
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Chapter", "Unknown roster field(s): {items}.").format(items=', '.join(sorted(unknown))))
    _check_member_fields(fields.get("role"), fields.get("joined_on", current.joined_on),
                         fields.get("renewal_due", current.renewal_due), fields.get("left_on", current.left_on))
    if "classification" in fields:
        fields["classification"] = normalize.clean(fields["classification"])
    with database.atomic():
        Membership.update(**fields).where(Membership.id == membership_id).execute()
    return get_member(membership_id)


def member_ids(chapter_id: int) -> set[int]:
    """Contact ids of the chapter's active members."""
    return {m.contact_id for m in Membership.select(Membership.contact)
            .where((Membership.chapter == chapter_id) & (Membership.active == True))}
