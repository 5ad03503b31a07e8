"""Publish a meeting recorded in a TotalNet file to the open database: the vice-president records
meeting day on a laptop at a venue without internet (their own SQLite file), then, back online and
connected to the chapter server, publishes that meeting: its attendance, visitors, slips (referrals,
thank-yous, one-to-ones, CEUs) and testimonials, in one transaction.

- **Idempotent.** Slips are known by their stable id (core.store.stable_ids), attendance and visitors by
  (meeting, person), the meeting by (chapter name, date). Publishing twice adds nothing the second time.
- **Never overwrites.** Where the server already says something else (another desk checked a member in
  as Late; a slip was edited there; the same referral was recorded at another desk), the server's record
  stays and the difference is listed in the report.
- **People** are matched, not copied by id (the file's ids mean nothing on the server): members on the
  server chapter's roster by name; anyone else by a phone or e-mail they share, then by name (as the
  visitor box does); a visitor or prospect the server does not know yet is created there.
- **Read only** on the file: it is opened with SQLite's read-only mode and never written.
- **Personal things stay personal**: follow-ups and undo entries the file holds are the recorder's own and
  are not published; nothing is pushed on anyone's Ctrl+Z.

``preview=True`` does all of it and rolls back, for the dialog's "what would be published".
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from peewee import IntegrityError

from totalnet_desktop.core.chapter import people as chapter_people
from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.store import migrations, stable_ids
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.core.store.labels import status_text
from totalnet_desktop.core.store.models import (
    CEU,
    Attendance,
    Chapter,
    Contact,
    ContactPoint,
    Meeting,
    Membership,
    OneToOne,
    Referral,
    Testimonial,
    ThankYou,
    database,
)
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP, Message, joined

logger = logging.getLogger(__name__)


class PublishError(TotalNetError):
    """Nothing was published (the file cannot be read, or the meeting cannot be placed)."""


# What a slip is, per table: its model, the columns naming people, the columns copied as they are, and
# which of them say "the same slip" when another desk recorded it too (besides the people).
@dataclass(frozen=True)
class SlipKind:
    table: str
    model: type
    people: tuple[str, ...]
    values: tuple[str, ...]
    same: tuple[str, ...]
    what: object  # the marked plural "%n referral(s)"


SLIPS = (
    SlipKind("referral", Referral, ("giver_id", "receiver_id", "prospect_id"),
             ("kind", "hotness", "status", "value", "notes", "created_at"), (),
             QT_TRANSLATE_NOOP("Publish", "%n referral(s)")),
    SlipKind("thank_you", ThankYou, ("from_contact_id", "to_contact_id"),
             ("amount", "currency", "business", "kind", "notes", "created_at"), ("amount",),
             QT_TRANSLATE_NOOP("Publish", "%n thank-you(s)")),
    SlipKind("one_to_one", OneToOne, ("member_a_id", "member_b_id"), ("location", "notes", "created_at"), (),
             QT_TRANSLATE_NOOP("Publish", "%n one-to-one(s)")),
    SlipKind("ceu", CEU, ("contact_id",), ("credits", "note", "created_at"), ("credits",),
             QT_TRANSLATE_NOOP("Publish", "%n CEU(s)")),
    SlipKind("testimonial", Testimonial, ("giver_id", "about_id"), ("notes", "created_at"), (),
             QT_TRANSLATE_NOOP("Publish", "%n testimonial(s)")),
)
SLIP_NAMES = {
    "referral": QT_TRANSLATE_NOOP("Publish", "The referral from {first} to {second}"),
    "thank_you": QT_TRANSLATE_NOOP("Publish", "The thank-you from {first} to {second}"),
    "one_to_one": QT_TRANSLATE_NOOP("Publish", "The one-to-one of {first} and {second}"),
    "ceu": QT_TRANSLATE_NOOP("Publish", "The CEU of {first}"),
    "testimonial": QT_TRANSLATE_NOOP("Publish", "The testimonial by {first}"),
}
ATTENDANCE = QT_TRANSLATE_NOOP("Publish", "%n attendance row(s)")
VISITORS = QT_TRANSLATE_NOOP("Publish", "%n visitor(s)")
NEW_PEOPLE = QT_TRANSLATE_NOOP("Publish", "%n new contact(s)")
PUBLISHED = QT_TRANSLATE_NOOP("Publish", "Published the meeting of {day} ({chapter}): {parts}.")
WOULD_PUBLISH = QT_TRANSLATE_NOOP("Publish", "Publishing the meeting of {day} ({chapter}) adds {parts}.")
NOTHING_NEW = QT_TRANSLATE_NOOP("Publish", "Nothing new to publish for the meeting of {day} ({chapter}): "
                                           "it is all there already.")
ALREADY = QT_TRANSLATE_NOOP("Publish", "Already there and left as they are: %n row(s).")
DIFFERENCES = QT_TRANSLATE_NOOP("Publish", "Differences with what is here, where the record here is kept: %n "
                                           "(listed below).")
SENTENCES = QT_TRANSLATE_NOOP("Publish", "{first} {second}")  # one sentence after another
STATUS_DIFFERS = QT_TRANSLATE_NOOP("Publish", "{name}: {mine} in the file, {theirs} here; kept {theirs}.")
CHANGED_THERE = QT_TRANSLATE_NOOP("Publish", "{slip} was changed here since it was published; kept as it is "
                                             "here.")
RECORDED_THERE = QT_TRANSLATE_NOOP("Publish", "{slip} is already recorded here (at another desk); not "
                                              "added twice.")
NOT_ON_ROSTER = QT_TRANSLATE_NOOP("Publish", "{name} is a member in the file but not on the roster of "
                                             "{chapter} here; their rows were not published.")
TWO_OF_THEM = QT_TRANSLATE_NOOP("Publish", "Two or more contacts here are called {name}; their rows were not "
                                           "published (merge them, then publish again).")


@dataclass(frozen=True)
class FileMeeting:
    """A meeting in the file, for choosing which to publish."""
    chapter: str
    day: dt.date
    rows: int  # attendance rows and slips


@dataclass
class PublishReport:
    chapter: str
    day: dt.date
    added: Counter = field(default_factory=Counter)  # attendance, visitor, new_person, and each slip table
    already: int = 0
    differences: list[Message] = field(default_factory=list)
    preview: bool = False

    @property
    def total_added(self) -> int:
        return sum(n for kind, n in self.added.items() if kind != "new_person")

    def text(self) -> Message:
        parts = [ATTENDANCE.format(n=self.added["attendance"]) if self.added["attendance"] else "",
                 VISITORS.format(n=self.added["visitor"]) if self.added["visitor"] else ""]
        parts += [kind.what.format(n=self.added[kind.table]) for kind in SLIPS if self.added[kind.table]]
        parts.append(NEW_PEOPLE.format(n=self.added["new_person"]) if self.added["new_person"] else "")
        if not self.total_added:
            head = NOTHING_NEW.format(day=self.day, chapter=self.chapter)
        else:
            head = (WOULD_PUBLISH if self.preview else PUBLISHED).format(
                day=self.day, chapter=self.chapter, parts=joined(parts, last_and=True))
        for more in (ALREADY.format(n=self.already) if self.already and self.total_added else "",
                     DIFFERENCES.format(n=len(self.differences)) if self.differences else ""):
            if more:
                head = SENTENCES.format(first=head, second=more)
        return head


# ---- the file (read only) ---------------------------------------------------------------------------
@contextlib.contextmanager
def _read_only(path: Path):
    path = Path(path).expanduser()
    if not path.is_file():
        raise PublishError(QT_TRANSLATE_NOOP("Errors", "There is no TotalNet database at {path}.").format(path=path))
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _unreadable(path) from exc
    try:
        con.row_factory = sqlite3.Row
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            con.execute("SELECT 1 FROM meeting LIMIT 1").fetchall()
        except sqlite3.Error as exc:
            raise _unreadable(path) from exc
        if version < migrations.CURRENT_VERSION:
            raise PublishError(QT_TRANSLATE_NOOP(
                "Errors", "{path} was written by an older TotalNet: open it once in this version (it is brought "
                          "up to date), then publish.").format(path=path))
        if version > migrations.CURRENT_VERSION:
            raise PublishError(QT_TRANSLATE_NOOP(
                "Errors", "{path} was written by a newer TotalNet: publish it from that version.").format(path=path))
        yield con
    finally:
        con.close()


def _unreadable(path: Path) -> PublishError:
    return PublishError(QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a TotalNet database that can be read (a file protected with a passphrase: "
                  "decrypt a copy first).").format(path=path))


def meetings_in(path: Path) -> list[FileMeeting]:
    """The file's meetings, newest first, with how many rows each holds."""
    with _read_only(path) as con:
        rows = con.execute(
            "SELECT c.name, m.date, "
            " (SELECT count(*) FROM attendance a WHERE a.meeting_id = m.id)"
            + "".join(f" + (SELECT count(*) FROM {k.table} s WHERE s.meeting_id = m.id)" for k in SLIPS)
            + " AS n FROM meeting m JOIN chapter c ON c.id = m.chapter_id ORDER BY m.date DESC, c.name").fetchall()
    return [FileMeeting(r["name"], dt.date.fromisoformat(str(r["date"])[:10]), r["n"]) for r in rows]


@dataclass
class _Person:
    first: str
    last: str
    company: str
    profession: str
    member: bool
    keys: list[tuple[str, str]]
    phone: str
    email: str

    @property
    def name(self) -> str:
        return normalize.clean(f"{self.first} {self.last}")


def _people(con, ids: set[int], chapter_id: int) -> dict[int, _Person]:
    if not ids:
        return {}
    marks = ", ".join("?" * len(ids))
    members = {r[0] for r in con.execute(
        f"SELECT contact_id FROM membership WHERE chapter_id = ? AND contact_id IN ({marks})", (chapter_id, *ids))}
    out: dict[int, _Person] = {}
    for r in con.execute(f"SELECT id, first_name, last_name, company, profession FROM contact WHERE id IN ({marks})",
                         tuple(ids)):
        out[r["id"]] = _Person(r["first_name"], r["last_name"], r["company"], r["profession"], r["id"] in members,
                               [], "", "")
    for r in con.execute(f"SELECT contact_id, kind, key, value FROM contact_point WHERE contact_id IN ({marks}) "
                         f"AND kind IN ('phone', 'email') ORDER BY position, id", tuple(ids)):
        person = out[r["contact_id"]]
        if r["key"]:
            person.keys.append((r["kind"], r["key"]))
        if r["kind"] == "phone" and not person.phone:
            person.phone = r["value"]
        if r["kind"] == "email" and not person.email:
            person.email = r["value"]
    return out


# ---- the open database ---------------------------------------------------------------------------------
class _Matcher:
    """Who a person of the file is here (created when the server does not know a non-member yet)."""

    def __init__(self, chapter: Chapter, day: dt.date, report: PublishReport) -> None:
        self.chapter, self.day, self.report = chapter, day, report
        self.roster: dict[str, list[int]] = {}
        for c in (Contact.select(Contact.id, Contact.first_name, Contact.last_name).join(Membership)
                  .where((Membership.chapter == chapter.id) & Contact.trashed_at.is_null())):
            self.roster.setdefault(normalize.fold(f"{c.first_name} {c.last_name}"), []).append(c.id)
        self.found: dict[int, int | None] = {}
        self.said: set[int] = set()

    def __call__(self, src_id: int | None, people: dict[int, _Person]) -> int | None:
        if src_id is None:
            return None
        if src_id not in self.found:
            self.found[src_id] = self._match(src_id, people[src_id])
        return self.found[src_id]

    def _by_keys(self, person: _Person, among: list[int] | None = None) -> list[int]:
        if not person.keys:
            return []
        cond = None
        for kind, key in person.keys:
            one = (ContactPoint.kind == kind) & (ContactPoint.key == key)
            cond = one if cond is None else cond | one
        query = (ContactPoint.select(ContactPoint.contact).join(Contact)
                 .where(cond & Contact.trashed_at.is_null()).distinct())
        ids = sorted({p.contact_id for p in query})
        return [i for i in ids if among is None or i in among]

    def _problem(self, src_id: int, text: Message) -> None:
        if src_id not in self.said:
            self.said.add(src_id)
            self.report.differences.append(text)

    def _match(self, src_id: int, person: _Person) -> int | None:
        if person.member:
            on_roster = self.roster.get(normalize.fold(person.name), [])
            if len(on_roster) > 1:
                on_roster = self._by_keys(person, on_roster) or on_roster
            if len(on_roster) == 1:
                return on_roster[0]
            self._problem(src_id, (NOT_ON_ROSTER if not on_roster else TWO_OF_THEM).format(
                name=person.name, chapter=self.chapter.name))
            return None
        by_keys = self._by_keys(person)
        if len(by_keys) == 1:
            return by_keys[0]
        found = chapter_people.find_by_name(person.name) if person.name else None
        if found is not None:
            return found
        if not person.name:
            return None
        self.report.added["new_person"] += 1
        return chapter_people.create_person(
            person.name, company=person.company, profession=person.profession, source="Visitor",
            phone=person.phone, email=person.email, met_on=self.day,
            met_where=f"{self.chapter.name} meeting", met_channel="in_person")


def _place_meeting(con, chapter_name: str | None, day: dt.date | None) -> sqlite3.Row:
    query = "SELECT m.*, c.name AS chapter_name FROM meeting m JOIN chapter c ON c.id = m.chapter_id"
    where, args = [], []
    if chapter_name:
        where.append("c.name = ?")
        args.append(chapter_name)
    if day:
        where.append("m.date = ?")
        args.append(day.isoformat())
    rows = con.execute(query + (" WHERE " + " AND ".join(where) if where else "")
                       + " ORDER BY m.date DESC", args).fetchall()
    if not rows:
        raise PublishError(QT_TRANSLATE_NOOP("Errors", "The file has no meeting on {day}.").format(day=day) if day
                           else QT_TRANSLATE_NOOP("Errors", "The file has no meeting to publish."))
    if not day and len({r["chapter_name"] for r in rows}) > 1 and not chapter_name:
        rows = [r for r in rows if r["date"] == rows[0]["date"]]
    if len(rows) > 1 and len({r["chapter_name"] for r in rows}) > 1:
        raise PublishError(QT_TRANSLATE_NOOP(
            "Errors", "The file holds meetings of several chapters on that day: say which chapter."))
    return rows[0]


def publish_meeting(path: Path, day: dt.date | None = None, chapter_name: str | None = None, *,
                    preview: bool = False) -> PublishReport:
    """Publish the file's meeting on ``day`` (the latest when None) into the open database."""
    with _read_only(path) as con:
        src = _place_meeting(con, chapter_name, day)
        day = dt.date.fromisoformat(str(src["date"])[:10])
        chapter = Chapter.get_or_none(Chapter.name == src["chapter_name"])
        if chapter is None:
            raise PublishError(QT_TRANSLATE_NOOP(
                "Errors", "There is no chapter called {chapter} here: the meeting was not published.").format(
                chapter=src["chapter_name"]))
        report = PublishReport(chapter.name, day, preview=preview)
        attendance = con.execute("SELECT * FROM attendance WHERE meeting_id = ? ORDER BY id", (src["id"],)).fetchall()
        slips = {k.table: con.execute(f"SELECT * FROM {k.table} WHERE meeting_id = ? ORDER BY id",
                                      (src["id"],)).fetchall() for k in SLIPS}
        referral_uids = {r["id"]: r["uid"] for r in con.execute("SELECT id, uid FROM referral")}
        ids = {r[c] for r in attendance for c in ("contact_id", "substitute_id", "invited_by_id") if r[c]}
        ids |= {r[c] for k in SLIPS for r in slips[k.table] for c in k.people if r[c]}
        people = _people(con, ids, src["chapter_id"])
    with database.atomic() as txn:
        meeting = Meeting.get_or_none((Meeting.chapter == chapter.id) & (Meeting.date == day))
        if meeting is None:
            meeting = Meeting.create(chapter=chapter.id, date=day, status=src["status"],
                                     closed_at=_value(Meeting, "closed_at", src["closed_at"]))
        match = _Matcher(chapter, day, report)
        for row in attendance:
            _attendance(row, meeting, match, people, report)
        for kind in SLIPS:
            for row in slips[kind.table]:
                _slip(kind, row, meeting, match, people, report, src["chapter_name"], day, referral_uids)
        if preview:
            txn.rollback()
    logger.info("published meeting %s of file into meeting %s: %s added, %s already, %s differences%s", src["id"],
                meeting.id, report.total_added, report.already, len(report.differences),
                " (preview, rolled back)" if preview else "")
    return report


def _attendance(row, meeting: Meeting, match: _Matcher, people: dict[int, _Person], report: PublishReport) -> None:
    contact = match(row["contact_id"], people)
    if contact is None:
        return
    substitute = match(row["substitute_id"], people)
    invited_by = match(row["invited_by_id"], people)
    there = Attendance.get_or_none((Attendance.meeting == meeting.id) & (Attendance.contact == contact))
    if there is None:
        try:
            with database.atomic():  # a savepoint: another desk may check them in this very moment
                Attendance.create(meeting=meeting.id, contact=contact, status=row["status"], substitute=substitute,
                                  invited_by=invited_by, note=row["note"] or "",
                                  checked_in_at=_value(Attendance, "checked_in_at", row["checked_in_at"]))
        except IntegrityError:
            there = Attendance.get_or_none((Attendance.meeting == meeting.id) & (Attendance.contact == contact))
            if there is None:
                raise
        else:
            report.added["visitor" if row["status"] == "Visitor" else "attendance"] += 1
            return
    if there.status == row["status"] and (row["status"] != "Substitute" or there.substitute_id == substitute):
        report.already += 1
        return
    report.differences.append(STATUS_DIFFERS.format(
        name=people[row["contact_id"]].name, mine=status_text(row["status"]), theirs=status_text(there.status)))


def _value(model, column: str, raw):
    """A value read from the file as the model's field holds it (dates, times and sums were text there)."""
    return model._meta.fields[column].python_value(raw) if raw is not None else None


def _same(value, other) -> bool:
    if isinstance(value, (Decimal, float, int)) or isinstance(other, (Decimal, float, int)):
        try:
            return Decimal(str(value)) == Decimal(str(other))
        except ArithmeticError:
            return False
    return str(value or "") == str(other or "")


def _slip(kind: SlipKind, row, meeting: Meeting, match: _Matcher, people: dict[int, _Person],
          report: PublishReport, chapter_name: str, day: dt.date, referral_uids: dict[int, str]) -> None:
    mapped = {c: match(row[c], people) for c in kind.people}
    if any(row[c] is not None and mapped[c] is None for c in kind.people):
        return  # someone of the slip cannot be placed here: said once in the differences
    names = [people[row[c]].name for c in kind.people if row[c] is not None]
    what = SLIP_NAMES[kind.table].format(first=names[0], second=names[1] if len(names) > 1 else "")
    uid = row["uid"] or stable_ids.derived_uid(kind.table, chapter_name, day, *names, row["created_at"])
    model = kind.model
    there = model.get_or_none(model.uid == uid)
    if there is not None:
        same = all(getattr(there, c) == mapped[c] for c in kind.people) and all(
            _same(row[c], getattr(there, c.removesuffix("_id"))) for c in kind.values if c != "created_at")
        if same:
            report.already += 1
        else:
            report.differences.append(CHANGED_THERE.format(slip=what))
        return
    fields = {getattr(model, c.removesuffix("_id")) if c.endswith("_id") else getattr(model, c): v
              for c, v in mapped.items()}
    similar = model.select().where((model.meeting == meeting.id), *[f == v for f, v in fields.items()],
                                   *[getattr(model, c) == row[c] for c in kind.same])
    if kind.table == "one_to_one":  # the pair either way round
        a, b = mapped["member_a_id"], mapped["member_b_id"]
        similar = model.select().where((model.meeting == meeting.id) & (
            ((model.member_a == a) & (model.member_b == b)) | ((model.member_a == b) & (model.member_b == a))))
    if similar.exists():
        report.differences.append(RECORDED_THERE.format(slip=what))
        return
    values = {c.removesuffix("_id"): v for c, v in mapped.items()}
    values.update({c: _value(model, c, row[c]) for c in kind.values})
    if kind.table == "thank_you" and row["referral_id"] is not None:
        ref_uid = referral_uids.get(row["referral_id"])
        found = Referral.get_or_none(Referral.uid == ref_uid) if ref_uid else None
        values["referral"] = found.id if found is not None else None
    model.create(date=_value(model, "date", row["date"]), meeting=meeting.id, uid=uid, **values)
    report.added[kind.table] += 1
