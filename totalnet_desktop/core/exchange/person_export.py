"""Everything held about one person, for when they ask (``totalnet export-person CONTACT DIR``).

Three files in a new folder: ``contact.vcf`` (their card: names, phones, e-mails, profiles, company,
notes), ``timeline.csv`` (every touch, referral, thank-you, meeting and one-to-one, newest first, with
the notes) and ``chapter_records.csv`` (each chapter row that names them: memberships, attendance,
referrals, thank-yous, one-to-ones, CEUs, follow-ups). File names hold no name, so the log's line
about writing them does not either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from totalnet_desktop import paths
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.contacts.timeline import timeline
from totalnet_desktop.core.exchange.csv_write import write_table
from totalnet_desktop.core.exchange.vcard_write import contact_to_vcard
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import (
    CEU,
    Attendance,
    Chapter,
    Contact,
    FollowUp,
    Meeting,
    Membership,
    OneToOne,
    Referral,
    StageChange,
    ThankYou,
)
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

TIMELINE_HEADERS = ("When", "What", "Title", "Channel", "Note")
RECORD_HEADERS = ("Record", "Date", "Role of this person", "Other person", "Details", "Note")


@dataclass(frozen=True)
class PersonExport:
    folder: Path
    files: tuple[Path, ...]
    timeline_rows: int
    record_rows: int

    def line(self) -> str:
        return QT_TRANSLATE_NOOP(
            "Export", "Wrote {files} files to {folder}: their card, {timeline} timeline entries and {records} chapter "
                      "records.").format(files=len(self.files), folder=str(self.folder), timeline=self.timeline_rows,
                                         records=self.record_rows)


def _name(cid: int | None) -> str:
    if cid is None:
        return ""
    row = Contact.get_or_none(Contact.id == cid)
    return (row.full_name or "(no name)") if row else ""


def chapter_records(cid: int) -> list[tuple]:
    """Each chapter row that names the person, as (record, date, role, other person, details, note)."""
    rows: list[tuple] = []
    for m in Membership.select().where(Membership.contact == cid):
        chapter = Chapter.get_by_id(m.chapter_id)
        details = f"{chapter.name}; {m.classification}; {'active' if m.active else 'inactive'}"
        rows.append(("Membership", m.joined_on or "", m.role, "", details, ""))
    for a in Attendance.select().where((Attendance.contact == cid) | (Attendance.substitute == cid)
                                       | (Attendance.invited_by == cid)):
        meeting = Meeting.get_by_id(a.meeting_id)
        role = "attended" if a.contact_id == cid else "substitute" if a.substitute_id == cid else "invited"
        other = _name(a.contact_id) if a.contact_id != cid else ""
        rows.append(("Attendance", meeting.date, role, other, a.status, a.note))
    for r in Referral.select().where((Referral.giver == cid) | (Referral.receiver == cid)
                                     | (Referral.prospect == cid)):
        role = "gave" if r.giver_id == cid else "received" if r.receiver_id == cid else "was referred"
        other = _name(r.receiver_id if r.giver_id == cid else r.giver_id)
        rows.append(("Referral", r.date, role, other, f"{r.kind}, {r.status}, value {r.value or ''}", r.notes))
    for t in ThankYou.select().where((ThankYou.from_contact == cid) | (ThankYou.to_contact == cid)):
        role = "thanked" if t.from_contact_id == cid else "was thanked"
        other = _name(t.to_contact_id if t.from_contact_id == cid else t.from_contact_id)
        rows.append(("Thank-you", t.date, role, other, f"{t.currency} {t.amount} ({t.business})", t.notes))
    for o in OneToOne.select().where((OneToOne.member_a == cid) | (OneToOne.member_b == cid)):
        other = _name(o.member_b_id if o.member_a_id == cid else o.member_a_id)
        rows.append(("One-to-one", o.date, "met", other, o.location, o.notes))
    for c in CEU.select().where(CEU.contact == cid):
        rows.append(("CEU", c.date, "earned", "", f"{c.credits:g} credits", c.note))
    for f in FollowUp.select().where(FollowUp.contact == cid):
        rows.append(("Follow-up", f.due, f.status, "", f.reason, ""))
    for s in StageChange.select().where(StageChange.contact == cid):
        rows.append(("Stage change", s.changed_at, "", "", f"{s.from_stage or 'new'} -> {s.to_stage}", ""))
    rows.extend(_other_records(cid))
    return sorted(rows, key=lambda r: (r[0], str(r[1])))


_LISTED = (Membership, Attendance, Referral, ThankYou, OneToOne, CEU, FollowUp, StageChange)


def _other_records(cid: int) -> list[tuple]:
    """Every other table that points at the person (power teams, testimonials, speakers, time away...):
    one row each, with its own plain values."""
    from totalnet_desktop.core.contacts.forget import CHAPTER_LINKS

    rows = []
    for model, columns in CHAPTER_LINKS:
        if model in _LISTED:
            continue
        clause = None
        for name in columns:
            term = getattr(model, name) == cid
            clause = term if clause is None else (clause | term)
        label = " ".join(w for w in re.findall(r"[A-Z][a-z]*", model.__name__)).capitalize()
        for row in model.select().where(clause):
            role = ", ".join(name.replace("_", " ") for name in columns if getattr(row, f"{name}_id") == cid)
            values = [f"{f.name.replace('_', ' ')} {getattr(row, f.name)}" for f in model._meta.sorted_fields
                      if not f.primary_key and f.name not in columns and not f.name.endswith("_at")
                      and not hasattr(f, "rel_model")]
            when = next((getattr(row, n) for n in ("date", "start", "changed_on") if n in model._meta.fields), "")
            note = next((getattr(row, n) for n in ("notes", "note") if n in model._meta.fields), "")
            rows.append((label, when or "", role, "", "; ".join(v for v in values if not v.startswith(("notes", "note "))),
                         note))
    return rows


def export_person(contact_id: int, folder: Path) -> PersonExport:
    """Write the three files into ``folder`` (created owner-only; it must be empty or new)."""
    if Contact.get_or_none(Contact.id == contact_id) is None:
        raise ValidationError(f"There is no contact with id {contact_id}.")
    folder = Path(folder).expanduser()
    if folder.exists() and (not folder.is_dir() or any(folder.iterdir())):
        raise ValidationError(f"{folder} is not an empty folder; choose a new or empty folder.")
    paths.private_dir(folder)
    card = paths.private_file(folder / "contact.vcf")
    card.write_text(contact_to_vcard(contacts.get(contact_id)), encoding="utf-8", newline="")
    entries = timeline(contact_id, limit=1_000_000)
    write_table(folder / "timeline.csv", TIMELINE_HEADERS,
                [(e.when, e.kind, e.title, e.channel, e.note) for e in entries])
    records = chapter_records(contact_id)
    write_table(folder / "chapter_records.csv", RECORD_HEADERS, records)
    return PersonExport(folder, (card, folder / "timeline.csv", folder / "chapter_records.csv"),
                        len(entries), len(records))
