"""Exporting contacts (CSV in the stable column set, or vCard) and other tables as CSV."""

from __future__ import annotations

import logging
import os
from collections import defaultdict
from collections.abc import Callable, Iterable

from totalnet_desktop.core.chapter import reports
from totalnet_desktop.core.exchange.csv_write import (
    PROGRESS_EVERY,
    ExportWriteError,
    atomic_text,
    write_table,
)
from totalnet_desktop.core.exchange.formats import OWN_COLUMNS
from totalnet_desktop.core.exchange.vcard_write import contact_to_vcard
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store import collation
from totalnet_desktop.core.store.errors import Cancelled
from totalnet_desktop.core.store.models import database
from totalnet_desktop.core.store.records import ContactRecord, PointRecord

logger = logging.getLogger(__name__)

__all__ = ["CONTACT_COLUMNS", "ExportCancelled", "ExportWriteError", "export_contacts_csv",
           "export_contacts_vcard", "export_table", "load_records"]

CONTACT_COLUMNS = OWN_COLUMNS
MULTI_SEP = "; "
# Other tables: what -> the function returning (headers, rows).
TABLES: dict[str, Callable[[], tuple[list[str], Iterable]]] = {
    "attendance": reports.attendance_table,
    "referrals": reports.referrals_table,
    "palms": reports.palms_table,
    "followups": followups.followups_table,
}


class ExportCancelled(Cancelled):
    """The user cancelled an export; the file was not written."""


def _chunks(ids: list[int], size: int = 500):
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def load_records(contact_ids: Iterable[int] | None = None) -> list[tuple[ContactRecord, str]]:
    """Contacts (all live ones, or the given ids) with points and tags, and each one's next follow-up."""
    where = "WHERE trashed_at IS NULL"
    if contact_ids is None:
        rows = database.execute_sql(
            "SELECT id, first_name, last_name, company, job_title, profession, city, notes, stage, source, "
            f"met_where FROM contact {where} ORDER BY last_name COLLATE NOCASE, first_name COLLATE NOCASE, id"
        ).fetchall()
        if not collation.sqlite_order_holds(rows, (1, 2)):
            # Last name, then first, as the locale sorts them (Łukasz with L, Émile with E).
            rows.sort(key=lambda r: (collation.key(r[2] or ""), collation.key(r[1] or ""), r[0]))
    else:
        rows = []
        wanted = list(dict.fromkeys(contact_ids))
        for chunk in _chunks(wanted):
            marks = ",".join("?" * len(chunk))
            rows.extend(database.execute_sql(
                "SELECT id, first_name, last_name, company, job_title, profession, city, notes, stage, "
                f"source, met_where FROM contact {where} AND id IN ({marks})", chunk).fetchall())
        order = {cid: i for i, cid in enumerate(wanted)}
        rows.sort(key=lambda r: order[r[0]])
    points: dict[int, list[PointRecord]] = defaultdict(list)
    for cid, kind, network, value, label in database.execute_sql(
            "SELECT contact_id, kind, network, value, label FROM contact_point "
            "ORDER BY contact_id, kind, position, id"):
        points[cid].append(PointRecord(kind=kind, value=value, network=network, label=label))
    tags: dict[int, list[str]] = defaultdict(list)
    for cid, name in database.execute_sql(
            "SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id "
            "ORDER BY ct.contact_id, t.name COLLATE NOCASE"):
        tags[cid].append(name)
    due = dict(database.execute_sql(
        "SELECT contact_id, min(due) FROM follow_up WHERE status IN ('open', 'snoozed') GROUP BY contact_id").fetchall())
    out = []
    for cid, first, last, company, job, profession, city, notes, stage, source, met_where in rows:
        record = ContactRecord(
            id=cid, first_name=first, last_name=last, company=company, job_title=job,
            profession=profession, city=city, notes=notes, stage=stage, source=source, met_where=met_where,
            points=tuple(points.get(cid, ())), tags=tuple(tags.get(cid, ())))
        out.append((record, str(due.get(cid) or "")))
    return out


def contact_row(record: ContactRecord, next_due: str) -> list[str]:
    """A contact in the stable column order of CONTACT_COLUMNS."""
    def values(kind: str, network: str | None = None) -> list[str]:
        return [p.value for p in record.points
                if p.kind == kind and (network is None or p.network == network)]

    emails, phones = values("email"), values("phone")
    websites = values("website") + values("social", "other") + [
        p.value for p in record.points if p.kind == "social" and p.network not in
        ("linkedin", "x", "facebook", "instagram", "other")]
    return [
        record.first_name, record.last_name, record.company, record.job_title, record.profession,
        emails[0] if emails else "", MULTI_SEP.join(emails[1:]),
        phones[0] if phones else "", MULTI_SEP.join(phones[1:]),
        MULTI_SEP.join(websites),
        MULTI_SEP.join(values("social", "linkedin")), MULTI_SEP.join(values("social", "x")),
        MULTI_SEP.join(values("social", "facebook")), MULTI_SEP.join(values("social", "instagram")),
        record.city, record.stage, record.source, record.met_where, MULTI_SEP.join(map(escape_tag, record.tags)),
        record.notes, next_due,
    ]


def escape_tag(tag: str) -> str:
    """A tag in the Tags column: a ';' inside it (vCard's ``Clients\\; VIP``) is written '\\;'."""
    return tag.replace("\\", "\\\\").replace(";", "\\;") if (";" in tag or "\\" in tag) else tag


Progress = Callable[[int, int], None] | None


def export_contacts_csv(path: str | os.PathLike, contact_ids: Iterable[int] | None = None,
                        columns: list[str] | None = None, excel: bool = False, progress: Progress = None) -> int:
    """Write contacts as CSV in the stable column set (or the chosen subset); return the count.

    ``progress(done, total)`` is called as rows are written; when it raises (a cancel), nothing is
    written.
    """
    chosen = [c for c in CONTACT_COLUMNS if columns is None or c in columns]
    index = [CONTACT_COLUMNS.index(c) for c in chosen]
    records = load_records(contact_ids)
    if progress is not None:
        progress(0, len(records))
    rows = (contact_row(r, due) for r, due in records)
    return write_table(path, chosen, ([row[i] for i in index] for row in rows), excel=excel,
                       progress=progress, total=len(records))


def export_contacts_vcard(path: str | os.PathLike, contact_ids: Iterable[int] | None = None,
                          version: str = "3.0", progress: Progress = None) -> int:
    """Write contacts as one .vcf file (3.0 or 4.0); return the count (``progress`` as for CSV)."""
    records = [r for r, _ in load_records(contact_ids)]
    total = len(records)
    with atomic_text(path) as fh:
        for done, record in enumerate(records):
            if progress is not None and done % PROGRESS_EVERY == 0:
                progress(done, total)
            fh.write(contact_to_vcard(record, version))
    return total


PERIOD_TABLES = ("attendance", "referrals", "palms")  # these take a reports.TableRange (None: the default)


def export_table(what: str, path: str | os.PathLike, excel: bool = False, progress: Progress = None,
                 period=None) -> int:
    """Write the attendance, referrals, PALMS or follow-ups table as CSV; return the row count.

    ``period`` (a ``core.chapter.reports.TableRange``) chooses the meetings of the chapter tables;
    None: the last closed meeting."""
    provider = TABLES[what]
    headers, rows = provider(period) if what in PERIOD_TABLES else provider()
    rows = list(rows)
    return write_table(path, headers, rows, excel=excel, progress=progress, total=len(rows))
