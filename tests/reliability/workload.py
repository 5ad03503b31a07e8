"""A deterministic writer for the kill tests: imports, merges and check-ins, one transaction each.

    python workload.py DB_PATH [--ops N] [--digests FILE]

It opens DB_PATH with the app's own settings (``core.db.open_database``: WAL, synchronous=FULL,
foreign keys), prints ``ready``, then runs N operations shaped like the app's (a CSV import of a
batch of contacts with their points and tags; a merge of two contacts moving everything to the
survivor; a meeting check-in with its interaction and visitor follow-up), printing ``done K`` after
each commit. Every value, timestamps included, comes from the operation number, so two runs write
byte-identical rows and the state after K operations has one digest. ``--digests`` writes the
digest after each operation (line 0 is the state before any), for the killed runs to compare with.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sqlite3
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
sys.path.insert(0, str(HERE.parents[2]))  # the project, when run as a script from anywhere

from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import models as m

IMPORT_BATCH = 60
BASE_TIME = dt.datetime(2026, 3, 2, 7, 0, 0)
TABLES = ("contact", "contact_point", "tag", "contact_tag", "interaction", "chapter", "membership",
          "meeting", "attendance", "follow_up")


def stamp(op: int, i: int = 0) -> dt.datetime:
    return BASE_TIME + dt.timedelta(minutes=op, seconds=i)


def kind_of(op: int) -> str:
    """Imports, merges and check-ins interleaved (imports first so there is something to merge)."""
    return "import" if op < 2 else ("import", "merge", "checkin", "checkin", "merge")[op % 5]


def op_import(op: int) -> None:
    """A batch of imported contacts with e-mail, phone and a tag: all or nothing."""
    with m.database.atomic():
        tag, _ = m.Tag.get_or_create(name=f"import-{op % 3}")
        for i in range(IMPORT_BATCH):
            when = stamp(op, i)
            contact = m.Contact.create(
                first_name=f"First{op}-{i}", last_name=f"Last{i % 17}", company=f"Company {i % 11}",
                city="Dubai", source="Import", notes=f"imported in operation {op}", created_at=when,
                updated_at=when)
            email = f"person{op}.{i}@example.com"
            m.ContactPoint.create(contact=contact, kind="email", value=email, key=email, position=0)
            phone = f"+9715{op:03d}{i:05d}"
            m.ContactPoint.create(contact=contact, kind="phone", value=phone, key=phone, search=phone[-7:],
                                  position=0)
            m.ContactTag.create(contact=contact, tag=tag)


def op_merge(op: int) -> None:
    """Merge the newest imported contact into the oldest one still there, the way a merge does."""
    with m.database.atomic():
        alive = m.Contact.select(m.Contact.id).order_by(m.Contact.id)
        keep = alive.first()
        drop = alive.order_by(m.Contact.id.desc()).first()
        if keep is None or drop is None or keep.id == drop.id:
            return
        m.ContactPoint.update(contact=keep.id, position=m.ContactPoint.position + 1).where(
            m.ContactPoint.contact == drop.id).execute()
        m.Interaction.update(contact=keep.id).where(m.Interaction.contact == drop.id).execute()
        m.FollowUp.update(contact=keep.id).where(m.FollowUp.contact == drop.id).execute()
        for link in m.ContactTag.select().where(m.ContactTag.contact == drop.id):
            m.ContactTag.insert(contact=keep.id, tag=link.tag_id).on_conflict_ignore().execute()
        kept_meetings = m.Attendance.select(m.Attendance.meeting).where(m.Attendance.contact == keep.id)
        m.Attendance.update(contact=keep.id).where(
            (m.Attendance.contact == drop.id) & m.Attendance.meeting.not_in(kept_meetings)).execute()
        m.Contact.update(notes=m.Contact.notes.concat(f"\nmerged #{drop.id} in operation {op}"),
                         updated_at=stamp(op)).where(m.Contact.id == keep.id).execute()
        m.Contact.get_by_id(drop.id).delete_instance(recursive=False)


def op_checkin(op: int) -> None:
    """Meeting-day check-in: the meeting (made on first use), attendance, interaction, follow-up."""
    with m.database.atomic():
        chapter, _ = m.Chapter.get_or_create(name="Dubai Connectors", defaults={"created_at": BASE_TIME})
        day = (BASE_TIME + dt.timedelta(days=7 * (op // 10))).date()
        meeting, _ = m.Meeting.get_or_create(chapter=chapter, date=day)
        present = m.Attendance.select(m.Attendance.contact).where(m.Attendance.meeting == meeting)
        contact = (m.Contact.select().where(m.Contact.id.not_in(present)).order_by(m.Contact.id)
                   .offset(op % 7).first())
        if contact is None:
            return
        visitor = op % 2 == 0
        m.Attendance.create(meeting=meeting, contact=contact, status="Visitor" if visitor else "Present",
                            checked_in_at=stamp(op))
        interaction = m.Interaction.create(contact=contact, occurred_at=stamp(op), channel="in_person",
                                           kind="meeting", note=f"checked in, operation {op}",
                                           created_at=stamp(op))
        if visitor:
            m.FollowUp.create(contact=contact, due=day + dt.timedelta(days=1), reason="Thank the visitor",
                              origin="visitor", origin_key=f"visitor:{meeting.id}:{contact.id}",
                              interaction=interaction, created_at=stamp(op))


OPERATIONS = {"import": op_import, "merge": op_merge, "checkin": op_checkin}


class _NoTransaction:
    """--unsafe: every statement commits on its own (what the app must never do). Used as a negative
    control to show that the checks do catch a half-done operation."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def digest(con: sqlite3.Connection) -> str:
    """One hash of every row of the tables the operations write, in id order."""
    h = hashlib.sha256()
    for table in TABLES:
        for row in con.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
            h.update(repr(row).encode())
        h.update(b"|")
    return h.hexdigest()


# ---- used by the kill test and benchmarks/stress_kill.py ------------------------------------
def reference(folder: Path, ops: int) -> tuple[list[str], float]:
    """Run the workload to the end once; return the digest after each operation and its duration."""
    import subprocess
    import time

    digests = folder / "digests.txt"
    proc = subprocess.Popen([sys.executable, str(HERE), str(folder / "reference.sqlite3"), "--ops", str(ops),
                             "--digests", str(digests)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "ready"
    start = time.perf_counter()  # the kills are timed from "ready" too
    proc.communicate()
    assert proc.returncode == 0
    return digests.read_text().split(), time.perf_counter() - start


def run_killed(db_path: Path, ops: int, delay: float, unsafe: bool = False) -> int:
    """Start the workload, SIGKILL it ``delay`` seconds after it is ready; return the last op it
    reported committed."""
    import subprocess
    import time

    extra = ["--unsafe"] if unsafe else []
    proc = subprocess.Popen([sys.executable, str(HERE), str(db_path), "--ops", str(ops), *extra],
                            stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    ready = proc.stdout.readline()
    assert ready.strip() == "ready", ready
    time.sleep(delay)
    proc.kill()  # SIGKILL on POSIX: no cleanup, no atexit, no checkpoint
    rest, _ = proc.communicate()
    done = [int(line.split()[1]) for line in rest.splitlines() if line.startswith("done ")]
    return max(done, default=0)


def verify(db_path: Path, digests: list[str], last_done: int) -> int:
    """Check a killed database; return K, the number of operations it holds (a whole prefix)."""
    con = sqlite3.connect(str(db_path))
    try:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.execute("INSERT INTO contact_fts(contact_fts) VALUES ('integrity-check')")
        indexed = con.execute("SELECT count(*) FROM contact_fts").fetchone()[0]
        assert indexed == con.execute("SELECT count(*) FROM contact").fetchone()[0]
        state = digest(con)
    finally:
        con.close()
    assert state in digests, "the database is not the state after any whole number of operations"
    held = digests.index(state)
    # Everything reported committed is there; at most the one in flight also made it.
    assert last_done <= held <= last_done + 1, (last_done, held)
    return held


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("db_path")
    parser.add_argument("--ops", type=int, default=30)
    parser.add_argument("--digests")
    parser.add_argument("--unsafe", action="store_true")
    args = parser.parse_args(argv)
    database = db_mod.open_database(Path(args.db_path))
    if args.unsafe:
        # The handle is the models' DatabaseProxy (engine switch): patch its class in this process.
        type(database).atomic = lambda self, *a, **k: _NoTransaction()  # type: ignore[method-assign]
    out = open(args.digests, "w", encoding="utf-8") if args.digests else None  # noqa: SIM115
    if out:
        out.write(digest(database.connection()) + "\n")
    print("ready", flush=True)
    for op in range(args.ops):
        OPERATIONS[kind_of(op)](op)
        print(f"done {op + 1}", flush=True)
        if out:
            out.write(digest(database.connection()) + "\n")
    if out:
        out.close()
    db_mod.close_database()
    return 0


if __name__ == "__main__":
    sys.exit(main())
