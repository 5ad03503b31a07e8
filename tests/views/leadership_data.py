"""A constructed chapter whose members sit on every band edge of both traffic-light schemes.

40 weekly meetings (Wednesdays 1 Jan to 1 Oct 2025), so "per week" divides by 40. Each member's raw
figures are written out below and the expected points were counted by hand from the issue's tables
(not by the code under test). Shared by the core, CLI and view tests.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

FIRST = dt.date(2025, 1, 1)
HELD = 40
START, END = dt.date(2025, 1, 1), dt.date(2025, 10, 31)
TODAY = dt.date(2025, 12, 1)
DATES = [FIRST + dt.timedelta(weeks=i) for i in range(HELD)]

# name: (A, L, M, S, referrals given, visitors, testimonials, TYFCB, CEUs, one-to-ones); P is the rest.
MEMBERS = {
    "Alpha":    (0, 0, 0, 0, 19, 3, 0, "999.99", 0, 0),
    "Bravo":    (1, 0, 0, 0, 20, 4, 1, "1000", 0.5, 10),
    "Charlie":  (2, 0, 0, 0, 29, 6, 2, "2499.99", 1, 40),
    "Delta":    (3, 0, 0, 0, 30, 7, 3, "2500", 1.5, 41),
    "Echo":     (4, 1, 0, 0, 39, 9, 3, "4999.99", 2, 20),
    "Foxtrot":  (0, 0, 2, 3, 40, 10, 3, "5000", 3, 0),
    "Golf":     (1, 0, 2, 3, 47, 19, 2, "0", 4, 40),
    "Hotel":    (0, 0, 0, 0, 48, 20, 3, "5000", 40, 40),
    "India":    (0, 0, 0, 0, 48, 7, 0, "2500", 2, 0),
    "Kilo":     (0, 0, 0, 0, 40, 0, 0, "0", 20, 40),
    "Lima":     (0, 0, 0, 0, 40, 0, 0, "0", 19.8, 40),
    "Mike":     (0, 0, 0, 0, 20, 0, 0, "0", 0, 40),
    "November": (0, 0, 0, 0, 20, 0, 1, "0", 0, 0),
    "Oscar":    (0, 0, 0, 0, 19, 0, 0, "0", 0.8, 0),
}

# Hand-counted: absenteeism, referrals, TYFCB, visitors, testimonials, on time, training; total; colour.
UK_2012 = {
    "Alpha":    ((15, 0, 0, 0, 0, 5, 0), 20, "grey"),
    "Bravo":    ((10, 5, 5, 5, 5, 5, 0), 35, "red"),
    "Charlie":  ((5, 5, 5, 5, 5, 5, 5), 35, "red"),
    "Delta":    ((0, 10, 10, 10, 10, 5, 5), 50, "amber"),
    "Echo":     ((0, 10, 10, 10, 10, 0, 10), 50, "amber"),
    "Foxtrot":  ((15, 15, 15, 15, 10, 5, 15), 90, "green"),
    "Golf":     ((10, 15, 0, 15, 5, 5, 15), 65, "amber"),
    "Hotel":    ((15, 20, 15, 20, 10, 5, 15), 100, "green"),
    "India":    ((15, 20, 10, 10, 0, 5, 10), 70, "green"),
    "Kilo":     ((15, 15, 0, 0, 0, 5, 15), 50, "amber"),
    "Lima":     ((15, 15, 0, 0, 0, 5, 15), 50, "amber"),
    "Mike":     ((15, 5, 0, 0, 0, 5, 0), 25, "grey"),
    "November": ((15, 5, 0, 0, 5, 5, 0), 30, "red"),
    "Oscar":    ((15, 0, 0, 0, 0, 5, 0), 20, "grey"),
}

# Hand-counted: attendance, referrals, visitors, one-to-ones, CEUs; total; colour (one decimal, half up).
POWER_OF_ONE = {
    "Alpha":    (("20.0", "9.5", "6.5", "0.0", "0.0"), "36.0", "red"),
    "Bravo":    (("19.5", "10.0", "8.7", "5.0", "0.3"), "43.5", "red"),
    "Charlie":  (("19.0", "14.5", "13.0", "20.0", "0.5"), "67.0", "amber"),
    "Delta":    (("18.5", "15.0", "15.2", "20.0", "0.8"), "69.5", "amber"),
    "Echo":     (("18.0", "19.5", "19.5", "10.0", "1.0"), "68.0", "amber"),
    "Foxtrot":  (("20.0", "20.0", "20.0", "0.0", "1.5"), "61.5", "amber"),
    "Golf":     (("19.5", "20.0", "20.0", "20.0", "2.0"), "81.5", "green"),
    "Hotel":    (("20.0", "20.0", "20.0", "20.0", "20.0"), "100.0", "green"),
    "India":    (("20.0", "20.0", "15.2", "0.0", "1.0"), "56.2", "amber"),
    "Kilo":     (("20.0", "20.0", "0.0", "20.0", "10.0"), "70.0", "green"),
    "Lima":     (("20.0", "20.0", "0.0", "20.0", "9.9"), "69.9", "amber"),
    "Mike":     (("20.0", "10.0", "0.0", "20.0", "0.0"), "50.0", "amber"),
    "November": (("20.0", "10.0", "0.0", "0.0", "0.0"), "30.0", "red"),
    "Oscar":    (("20.0", "9.5", "0.0", "0.0", "0.4"), "29.9", "grey"),
}


def build() -> int:
    """Write the chapter into the open database (rows written directly: no follow-ups, no undo)."""
    from totalnet_desktop.core.chapter import chapters
    from totalnet_desktop.core.store.models import (
        CEU,
        Attendance,
        Contact,
        Meeting,
        OneToOne,
        Referral,
        Testimonial,
        ThankYou,
        database,
    )

    with database.atomic():
        ch = chapters.create_chapter("Band Edges", weekday=2, currency="GBP")
        meetings = [Meeting.create(chapter=ch.id, date=d, status="closed") for d in DATES]
        outsider = Contact.create(first_name="Olive", last_name="Outsider").id
        visitor_no = 0
        for name, (a, late, med, sub, refs, v, t, tyfcb, ceus, ones) in MEMBERS.items():
            cid = chapters.add_member(ch.id, name=f"{name} Member", joined_on=FIRST).contact_id
            statuses = ["Absent"] * a + ["Late"] * late + ["Medical"] * med + ["Substitute"] * sub
            statuses += ["Present"] * (HELD - len(statuses))
            for m, status in zip(meetings, statuses):
                Attendance.create(meeting=m.id, contact=cid, status=status)
            for i in range(refs):
                m = meetings[i % HELD]
                Referral.create(date=m.date, meeting=m.id, giver=cid, receiver=outsider,
                                kind="inside" if i % 2 else "outside")
            for i in range(v):
                visitor_no += 1
                guest = Contact.create(first_name="Guest", last_name=f"{visitor_no:03d}").id
                Attendance.create(meeting=meetings[i % HELD].id, contact=guest, status="Visitor", invited_by=cid)
            for i in range(t):
                Testimonial.create(date=DATES[i], meeting=meetings[i].id, giver=cid, about=None)
            if Decimal(tyfcb):
                ThankYou.create(date=DATES[5], meeting=meetings[5].id, from_contact=cid, to_contact=outsider,
                                amount=Decimal(tyfcb))
            if ceus:
                CEU.create(date=DATES[3], meeting=meetings[3].id, contact=cid, credits=ceus)
            for i in range(ones):
                OneToOne.create(date=DATES[i % HELD], member_a=cid, member_b=outsider)
    return ch.id
