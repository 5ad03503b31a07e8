"""History files as the services write them, built by the tests (nothing is copied from real people)."""

from __future__ import annotations

import csv
import io
import zipfile

ME_URL = "https://www.linkedin.com/in/sam-lee"
OMAR_URL = "https://www.linkedin.com/in/omar-haddad"
LAYLA_URL = "https://www.linkedin.com/in/layla-almansouri"
ZED_URL = "https://www.linkedin.com/in/zed-rocket"

MESSAGES_HEADER = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO",
                   "RECIPIENT PROFILE URLS", "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS"]


def csv_text(rows: list[list[str]], notes: str = "") -> str:
    buf = io.StringIO()
    if notes:
        buf.write(notes)
    csv.writer(buf, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


def messages_csv() -> str:
    m = MESSAGES_HEADER
    return csv_text([
        m,
        ["c1", "", "Omar Haddad", OMAR_URL, "Sam Lee", ME_URL, "2023-06-11 09:33:58 UTC", "", "Coffee next week?",
         "INBOX", ""],
        ["c1", "", "Sam Lee", ME_URL, "Omar Haddad", OMAR_URL, "2023-06-11 10:00:00 UTC", "",
         "Sure!\nCONVERSATION ID,CONVERSATION TITLE,FROM\n2023-06-11 15:33:58 UTC - a line that looks like a header",
         "INBOX", ""],
        ["c1", "", "Sam Lee", ME_URL, "Omar Haddad", OMAR_URL, "2023-06-14 08:00:00 UTC", "", "See you", "SENT", ""],
        ["c2", "Chapter leaders", "ليلى المنصوري", LAYLA_URL, "Sam Lee,Zed 🚀", f"{ME_URL},{ZED_URL}",
         "2023-07-01 12:00:00 UTC", "", "مرحبا", "INBOX", ""],
        ["c2", "Chapter leaders", "Zed 🚀", ZED_URL, "Sam Lee,ليلى المنصوري", f"{ME_URL},{LAYLA_URL}",
         "2023-07-01 12:05:00 UTC", "", "hi all", "INBOX", ""],
        ["c2", "Chapter leaders", "Sam Lee", ME_URL, "ليلى المنصوري,Zed 🚀", f"{LAYLA_URL},{ZED_URL}",
         "2023-07-01 12:06:00 UTC", "", "hello", "INBOX", ""],
        ["c3", "", "Spammer", "https://www.linkedin.com/in/spam", "Sam Lee", ME_URL, "2023-07-02 12:00:00 UTC",
         "Offer", "Buy now", "SPAM", ""],
        ["c1", "", "Omar Haddad", OMAR_URL, "Sam Lee", ME_URL, "yesterday", "", "broken date", "INBOX", ""],
    ])


def invitations_csv() -> str:
    return csv_text([
        ["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"],
        ["Sam Lee", "Nadia Karim", "6/11/23, 3:33 PM", "Met you at the expo", "OUTGOING", ME_URL,
         "https://www.linkedin.com/in/nadia-karim"],
        ["Zed 🚀", "Sam Lee", "1/5/24, 10:02 AM", "", "INCOMING", ZED_URL, ME_URL],
    ])


def connections_csv() -> str:
    notes = ('Notes:\r\n"When exporting your connection data, you may notice that some of the email addresses '
             'are missing."\r\n\r\n')
    return csv_text([
        ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
        ["Omar", "Haddad", OMAR_URL, "", "Haddad Law", "Partner", "11 Jun 2023"],
        ["Nadia", "Karim", "https://www.linkedin.com/in/nadia-karim", "", "", "", "12 Jun 2023"],
    ], notes)


def endorsements_csv() -> str:
    return csv_text([
        ["Endorsement Date", "Skill Name", "Endorser First Name", "Endorser Last Name", "Endorser Public Url",
         "Endorsement Status"],
        ["2023/06/20 09:00:00 UTC", "Negotiation", "Omar", "Haddad", "www.linkedin.com/in/omar-haddad", "ACCEPTED"],
        ["2023/06/20 09:00:05 UTC", "Law", "Omar", "Haddad", "www.linkedin.com/in/omar-haddad", "ACCEPTED"],
    ])


def recommendations_csv() -> str:
    return csv_text([
        ["First Name", "Last Name", "Company", "Job Title", "Text", "Creation Date", "Status"],
        ["Layla", "Al Mansouri", "Acme", "CEO", "Sam is great", "07/02/23, 11:00 AM", "VISIBLE"],
    ])


def linkedin_zip() -> bytes:
    return zip_bytes({"messages.csv": messages_csv(), "Invitations.csv": invitations_csv(),
                      "Connections.csv": connections_csv(), "Endorsement_Received_Info.csv": endorsements_csv(),
                      "Recommendations_Received.csv": recommendations_csv(), "Profile.csv": csv_text(
                          [["First Name", "Last Name", "Headline"], ["Sam", "Lee", "Printer"]]),
                      "Rich_Media.csv": "Date/Time,Media Link\r\n"})


def zip_bytes(members: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()


ICS = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Google Inc//Google Calendar 70.9054//EN
X-WR-CALNAME:sam@example.com
BEGIN:VEVENT
UID:weekly-1@example.com
DTSTART:20240101T050000Z
DTEND:20240101T060000Z
RRULE:FREQ=WEEKLY;COUNT=4
EXDATE:20240115T050000Z
SUMMARY:Weekly call with Omar
ORGANIZER;CN=Sam Lee:mailto:sam@example.com
ATTENDEE;CN=Omar Haddad;PARTSTAT=ACCEPTED:mailto:omar@example.com
ATTENDEE;CN=Sam Lee;PARTSTAT=ACCEPTED:mailto:sam@example.com
DESCRIPTION:Join Zoom Meeting https://us02web.zoom.us/j/123456
END:VEVENT
BEGIN:VEVENT
UID:121@example.com
DTSTART;TZID=Asia/Dubai:20240210T080000
DTEND;TZID=Asia/Dubai:20240210T090000
SUMMARY:1-2-1 coffee with Layla
ORGANIZER;CN=Layla:mailto:layla@example.com
ATTENDEE;CN=Layla;PARTSTAT=ACCEPTED:mailto:layla@example.com
ATTENDEE;CN=Sam;PARTSTAT=ACCEPTED:mailto:sam@example.com
LOCATION:Café Nero, Dubai Marina
END:VEVENT
BEGIN:VEVENT
UID:coffee@example.com
DTSTART:20240211T080000Z
SUMMARY:Coffee with a stranger
ATTENDEE;CN=Dina Stranger:mailto:dina@example.com
ATTENDEE:mailto:sam@example.com
END:VEVENT
BEGIN:VEVENT
UID:declined@example.com
DTSTART:20240212T080000Z
SUMMARY:Board meeting
ORGANIZER:mailto:sam@example.com
ATTENDEE;PARTSTAT=DECLINED:mailto:omar@example.com
ATTENDEE;CN=Zed 🚀:mailto:zed@example.com
END:VEVENT
BEGIN:VEVENT
UID:cancelled@example.com
DTSTART:20240213T080000Z
STATUS:CANCELLED
SUMMARY:Lunch
ATTENDEE:mailto:omar@example.com
ATTENDEE:mailto:sam@example.com
END:VEVENT
BEGIN:VEVENT
UID:future@example.com
DTSTART:20990101T080000Z
SUMMARY:Far future
ATTENDEE:mailto:omar@example.com
ATTENDEE:mailto:sam@example.com
END:VEVENT
BEGIN:VEVENT
UID:alone@example.com
DTSTART:20240214T080000Z
SUMMARY:Dentist
END:VEVENT
END:VCALENDAR
""".replace("\n", "\r\n")


MBOX = """From 1234@xxx Mon Jan 01 10:00:00 +0000 2024
X-GM-THRID: 1
X-Gmail-Labels: Inbox
Delivered-To: sam@example.com
From: Omar Haddad <omar@example.com>
To: Sam Lee <sam@example.com>
Date: Mon, 1 Jan 2024 10:00:00 +0000
Subject: Hello

From: this body line looks like a header
Date: so does this one

From 1235@xxx Mon Jan 01 11:00:00 +0000 2024
Delivered-To: sam@example.com
From: Sam Lee <sam@example.com>
To: =?UTF-8?B?2YTZitmE2Ykg2KfZhNmF2YbYtdmI2LHZig==?= <layla@example.com>,
 Omar Haddad <omar@example.com>
Cc: Zed <zed@example.com>
Date: Mon, 1 Jan 2024 11:00:00 +0000
Subject: Re: Hello

>From the archive's escaped body line
body

From 1236@xxx Tue Jan 02 09:00:00 +0000 2024
Delivered-To: sam@example.com
From: Chapter News <news@chapter.example>
To: sam@example.com
List-Id: <chapter.example>
Date: Tue, 2 Jan 2024 09:00:00 +0000

newsletter

From 1237@xxx Tue Jan 02 09:30:00 +0000 2024
Delivered-To: sam@example.com
From: LinkedIn <no-reply@linkedin.com>
To: sam@example.com
Date: Tue, 2 Jan 2024 09:30:00 +0000

notification

From 1238@xxx Tue Jan 02 09:31:00 +0000 2024
Delivered-To: sam@example.com
From: Omar Haddad <omar@example.com>
To: sam@example.com
Date: not a date

x
"""
