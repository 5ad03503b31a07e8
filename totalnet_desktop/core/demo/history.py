"""The sample chapter's history files: a little of every source, imported like the member's own.

WhatsApp chats (Android, one-to-one, and the chapter's iOS group with two unknown numbers), a LinkedIn
archive, a calendar with a weekly 1-2-1 and a video call, and a mail archive, all built in memory and
read through Import history, so the Conversations card, the review list and the "Warm, gone quiet"
filter show something. A function of (seed, today) only: wall-clock stamps are replaced.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
import zipfile

from totalnet_desktop.core.exchange.history import runner, sources
from totalnet_desktop.core.store.models import database


def _contacts() -> list[tuple[int, str, str, str, str, bool]]:
    """(id, name, e-mail, phone, LinkedIn URL, is member) of every contact but me, in id order."""
    rows = database.execute_sql(
        "SELECT c.id, TRIM(c.first_name || ' ' || c.last_name),"
        " (SELECT value FROM contact_point p WHERE p.contact_id = c.id AND p.kind = 'email' ORDER BY position LIMIT 1),"
        " (SELECT value FROM contact_point p WHERE p.contact_id = c.id AND p.kind = 'phone' ORDER BY position LIMIT 1),"
        " (SELECT value FROM contact_point p WHERE p.contact_id = c.id AND p.kind = 'social'"
        "  AND p.network = 'linkedin' LIMIT 1),"
        " EXISTS (SELECT 1 FROM membership m WHERE m.contact_id = c.id AND m.active = 1)"
        " FROM contact c WHERE c.is_me = 0 AND c.trashed_at IS NULL ORDER BY c.id").fetchall()
    return [(r[0], r[1], r[2] or "", r[3] or "", r[4] or "", bool(r[5])) for r in rows]


def _zip(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in members.items():
            z.writestr(name, text)
    return buf.getvalue()


def _chat(rnd: random.Random, me: str, other: str, days: list[dt.date]) -> str:
    lines = []
    for day in days:
        t = dt.datetime.combine(day, dt.time(rnd.randint(8, 20), rnd.randint(0, 59)))
        for _ in range(rnd.randint(1, 4)):
            who = rnd.choice((me, other))
            lines.append(f"{t:%d/%m/%Y, %H:%M} - {who}: {rnd.choice(('See you Wednesday', 'Thanks!', 'Call me', 'Sent it'))}")
            t += dt.timedelta(minutes=rnd.randint(1, 30))
    return "\n".join(lines) + "\n"


def build_files(rnd: random.Random, today: dt.date, me_name: str, me_email: str) -> dict[str, bytes]:
    """The sample's history files, by name."""
    people = _contacts()
    members = [p for p in people if p[5]]
    with_email = [p for p in people if p[2] and not p[5]]
    with_url = [p for p in people if p[4]]
    files: dict[str, bytes] = {}
    ago = lambda n: today - dt.timedelta(days=n)

    # One-to-one chats: a busy member, a regular one, and one who was warm and went quiet.
    for person, days in ((members[1], sorted({ago(rnd.randint(1, 300)) for _ in range(40)})),
                         (members[2], sorted({ago(rnd.randint(1, 200)) for _ in range(12)})),
                         (members[3], sorted({ago(rnd.randint(130, 330)) for _ in range(14)}))):
        files[f"WhatsApp Chat with {person[1]}.txt"] = _chat(rnd, me_name, person[1], days).encode()

    # The chapter's group (iOS), with two numbers nobody saved.
    lines = [f"\u200e[{dt.datetime.combine(ago(90), dt.time(7)):%d/%m/%Y, %H:%M:%S}] Dubai Pioneers: \u200eMessages and calls are end-to-end encrypted."]
    voices = [m[1] for m in members[:8]] + ["\u202a+971 50 555 0999\u202c", "\u202a+971 52 555 0777\u202c"]
    for n in range(90, 0, -1):
        if ago(n).weekday() not in (1, 2):
            continue
        t = dt.datetime.combine(ago(n), dt.time(6, 30))
        for who in rnd.sample(voices, 4):
            t += dt.timedelta(minutes=rnd.randint(1, 20))
            lines.append(f"[{t:%d/%m/%Y, %H:%M:%S}] {who}: {rnd.choice(('Good morning!', 'On my way', 'Welcome!'))}")
    files["WhatsApp Chat - Dubai Pioneers.zip"] = _zip({"_chat.txt": "\n".join(lines) + "\n"})

    # LinkedIn: messages with three connections and one stranger, an invitation.
    buf = io.StringIO()
    out = csv.writer(buf)
    out.writerow(["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                  "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER"])
    me_url = "https://www.linkedin.com/in/nadia-rahman-demo"
    stranger = (0, "Farid Osei", "", "", "https://www.linkedin.com/in/farid-osei-demo", False)
    for i, person in enumerate([*with_url[:3], stranger]):
        for k in range(3 + i):
            day = ago(rnd.randint(5, 250))
            mine = k % 2 == 1
            sender, to = ((me_name, me_url), person[1:5:3]) if mine else (person[1:5:3], (me_name, me_url))
            out.writerow([f"conv-{i}", "", sender[0], sender[1], to[0], to[1], f"{day:%Y-%m-%d} 09:{k:02d}:00 UTC",
                          "", "Hello", "INBOX"])
    inv = io.StringIO()
    csv.writer(inv).writerows([["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl",
                                "inviteeProfileUrl"],
                               ["Grace Mensah", me_name, f"{ago(20):%m/%d/%y}, 10:02 AM", "", "INCOMING",
                                "https://www.linkedin.com/in/grace-mensah-demo", me_url]])
    files["Basic_LinkedInDataExport.zip"] = _zip({"messages.csv": buf.getvalue(), "Invitations.csv": inv.getvalue()})

    # The calendar: a weekly 1-2-1 with a member, a video call with a client, someone unknown.
    partner, client = members[4], with_email[0]
    start = dt.datetime.combine(ago(60), dt.time(7, 30))
    files["calendar.ics"] = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//TotalNet sample//EN", f"X-WR-CALNAME:{me_email}",
        "BEGIN:VEVENT", "UID:sample-121@totalnet", f"DTSTART:{start:%Y%m%dT%H%M%S}", "RRULE:FREQ=WEEKLY;COUNT=6",
        f"SUMMARY:1-2-1 coffee with {partner[1]}", f"ORGANIZER:mailto:{me_email}",
        f"ATTENDEE;CN={partner[1]}:mailto:{partner[2] or 'partner@example.com'}", "END:VEVENT",
        "BEGIN:VEVENT", "UID:sample-zoom@totalnet", f"DTSTART:{ago(12):%Y%m%d}T100000",
        "SUMMARY:Proposal review", "LOCATION:https://us02web.zoom.us/j/5550100", f"ORGANIZER:mailto:{me_email}",
        f"ATTENDEE;CN={client[1]}:mailto:{client[2]}", "END:VEVENT",
        "BEGIN:VEVENT", "UID:sample-expo@totalnet", f"DTSTART:{ago(33):%Y%m%d}T140000", "SUMMARY:Expo debrief",
        f"ORGANIZER:mailto:{me_email}", "ATTENDEE;CN=Lena Petrova:mailto:lena.petrova@example.com", "END:VEVENT",
        "END:VCALENDAR", ""]).encode()

    # Mail: a few exchanges, a newsletter and a no-reply that are skipped.
    mails = []
    for i, person in enumerate(with_email[1:5]):
        for k in range(1 + i):
            t = dt.datetime.combine(ago(rnd.randint(3, 200)), dt.time(9 + k))
            sender, to = (me_email, person[2]) if k % 2 else (person[2], me_email)
            mails.append(f"From x {t:%a %b %d %H:%M:%S %Y}\nDelivered-To: {me_email}\nFrom: {sender}\nTo: {to}\n"
                         f"Date: {t:%a, %d %b %Y %H:%M:%S} +0400\nSubject: Proposal\n\nHello\n")
    t = dt.datetime.combine(ago(4), dt.time(8))
    mails.append(f"From x {t:%a %b %d %H:%M:%S %Y}\nDelivered-To: {me_email}\nFrom: news@chamber.example\n"
                 f"To: {me_email}\nList-Id: <news.chamber.example>\nDate: {t:%a, %d %b %Y %H:%M:%S} +0400\n\nNews\n")
    files["All mail Including Spam and Trash.mbox"] = "\n".join(mails).encode()
    return files


def add_history(rnd: random.Random, today: dt.date, me_name: str, me_email: str, stamp: dt.datetime) -> int:
    """Import the sample's history files; return the touches stored with contacts."""
    entries = [entry for name, data in build_files(rnd, today, me_name, me_email).items()
               for entry in sources.memory_entries(name, data)]
    result = runner.import_history([], entries=entries, me=[me_name, me_email], keep_text=False, today=today,
                                   undoable=False, refresh_followups=False)
    when = stamp.isoformat(" ")
    database.execute_sql("UPDATE history_import SET imported_at = ?", (when,))
    database.execute_sql("UPDATE history_person SET created_at = ?", (when,))
    database.execute_sql("UPDATE interaction SET created_at = ? WHERE batch_id IS NOT NULL", (when,))
    database.execute_sql("UPDATE one_to_one SET created_at = ? WHERE history_batch_id IS NOT NULL", (when,))
    return sum(f.touches for f in result.stored)
