"""The chapter half of the sample (core.demo): members, meetings with PALMS and visitors, referrals,
thank-yous, one-to-ones and CEUs. A mixin of core.demo's builder, which supplies the helpers
(``person``, ``add_contact``, ``add_phone``, ``interact``...), the random generator and the day.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from totalnet_desktop.core.contacts.normalize import fold
from totalnet_desktop.core.demo import data
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.models import (
    CEU,
    Attendance,
    Chapter,
    Contact,
    Meeting,
    Membership,
    OneToOne,
    Referral,
    ThankYou,
)

MEMBER_COUNT = 25
MEETING_COUNT = 10


def _money(rnd, low: int, high: int) -> Decimal:
    """An amount in steps of 50, as people round when they thank each other."""
    return Decimal(round(rnd.uniform(low, high) / 50) * 50).quantize(Decimal("0.01"))


def slug(text: str, sep: str = ".") -> str:
    """ASCII, lower-case, punctuation-free form of a name for e-mails, handles and web sites."""
    return re.sub(r"[^a-z0-9]+", sep, fold(text)).strip(sep)


class ChapterMaker:
    """Builds the chapter; mixed into core.demo's builder."""

    def make_chapter(self) -> None:
        spec = data.CHAPTER
        name, n = spec["name"], 2
        while Chapter.select().where(Chapter.name == name).exists():
            name, n = f"{spec['name']} ({n})", n + 1
        self.chapter_name = name
        self.chapter_id = Chapter.insert(
            name=name, city=spec["city"], weekday=spec["weekday"], start_time=spec["start_time"],
            venue=spec["venue"], currency=spec["currency"], annual_fee=Decimal(spec["annual_fee"]),
            is_mine=self.take_over_me, created_at=self.at(self.days_ago(1500), 9)).execute()
        self.members: list[int] = []
        self.classification: dict[int, str] = {}
        memberships = []
        for i, (classification, company, title) in enumerate(data.CLASSIFICATIONS[:MEMBER_COUNT]):
            is_me = i == 0
            first, last = data.ME if is_me else self.person()
            self.names.add(f"{first} {last}")
            joined = self.days_ago(730 if is_me else self.rnd.randint(60, 1500))
            stage = "Partner" if is_me else self.rnd.choices(("Like", "Trust", "Partner"), (3, 5, 2))[0]
            cid = self.add_contact(
                first, last, company=company, job_title=title, profession=classification, city="Dubai",
                stage=stage, source="Chapter", met_on=joined, met_where=f"{name} chapter meeting",
                met_channel="in_person", is_me=is_me and self.take_over_me,
                notes=f"My own card: {classification.lower()} in {name}." if is_me else f"{classification} in {name}; joined {joined:%B %Y}.")
            self.add_phone(cid)
            self.add_email(cid, first, last)
            networks = [n for n, p in (("linkedin", 0.9), ("instagram", 0.4), ("x", 0.2), ("facebook", 0.3))
                        if is_me or self.rnd.random() < p]
            self.add_socials(cid, first, last, networks)
            if is_me or self.rnd.random() < 0.6:
                self.add_point(cid, "website", f"https://www.{slug(company, '-')}.example.com")
            role = "Member" if is_me else (data.LEADERSHIP_ROLES[i - 1] if i <= len(data.LEADERSHIP_ROLES)
                                           else "Member")
            renewal = joined
            while renewal < self.days_ago(20):
                renewal += dt.timedelta(days=365)
            memberships.append({"chapter": self.chapter_id, "contact": cid, "classification": classification,
                                    "role": role, "joined_on": joined, "renewal_due": renewal, "active": True})
            self.members.append(cid)
            self.classification[cid] = classification
        Membership.insert_many(memberships).execute()
        self.me = self.members[0]
        if self.take_over_me:
            prefs.set("me_contact_id", self.me)
            prefs.set("my_chapter_id", self.chapter_id)
        for cid in self.members[1:]:  # my own history with each fellow member
            for _ in range(self.rnd.randint(1, 4)):
                channel = self.rnd.choice(("messaging", "messaging", "phone", "email", "linkedin"))
                if channel == "linkedin" and "linkedin" not in self.info[cid]["networks"]:
                    channel = "messaging"
                self.interact(cid, self.days_ago(self.rnd.randint(1, 300)), channel)

    def make_meetings(self) -> None:
        """Ten weekly meetings ending on the latest meeting day on or before today."""
        weekday = data.CHAPTER["weekday"]
        last = self.today - dt.timedelta(days=(self.today.weekday() - weekday) % 7)
        self.meetings: list[tuple[int, dt.date]] = []
        self.closed: list[tuple[int, dt.date]] = []
        substitutes: dict[int, int] = {}
        visitors_once: list[tuple[int, int]] = []  # (visitor, inviter) who could come back
        self.visitor_ids: set[int] = set()
        for k in range(MEETING_COUNT - 1, -1, -1):
            day = last - dt.timedelta(days=7 * k)
            is_open = day == self.today  # today's meeting waits for check-in
            mid = Meeting.insert(chapter=self.chapter_id, date=day, status="open" if is_open else "closed",
                                 closed_at=None if is_open else self.at(day, 9, 15), notes="").execute()
            self.meetings.append((mid, day))
            if is_open:
                continue
            self.closed.append((mid, day))
            rows = []
            for member in self.members:
                weights = (95, 1, 3, 1, 0) if member == self.me else (80, 5, 7, 3, 5)
                status = self.rnd.choices(("Present", "Absent", "Late", "Medical", "Substitute"), weights)[0]
                checked_in, sub = None, None
                if status == "Present":
                    checked_in = self.at(day, 6, self.rnd.randint(35, 59))
                elif status == "Late":
                    checked_in = self.at(day, 7, self.rnd.randint(6, 25))
                elif status == "Substitute":
                    if member not in substitutes:
                        substitutes[member] = self.make_substitute(member, day)
                    sub, checked_in = substitutes[member], self.at(day, 6, self.rnd.randint(40, 58))
                rows.append({"meeting": mid, "contact": member, "status": status, "substitute": sub,
                             "invited_by": None, "checked_in_at": checked_in, "note": ""})
            guests = []
            if visitors_once and self.rnd.random() < 0.35:
                guests.append(visitors_once.pop(self.rnd.randrange(len(visitors_once))) + ("Second visit",))
            for _ in range(self.rnd.randint(1, 3) - len(guests) or 1):
                inviter = self.rnd.choice(self.members)
                visitor = self.make_visitor(inviter, day)
                guests.append((visitor, inviter, "First visit"))
                visitors_once.append((visitor, inviter))
            for visitor, inviter, note in guests:
                self.visitor_ids.add(visitor)
                rows.append({"meeting": mid, "contact": visitor, "status": "Visitor", "substitute": None,
                             "invited_by": inviter, "checked_in_at": self.at(day, 6, self.rnd.randint(40, 58)), "note": note})
                if note == "Second visit":
                    Contact.update(stage="Like").where(Contact.id == visitor).execute()
            Attendance.insert_many(rows).execute()
            self.counts["attendance"] += len(rows)
            for member in self.rnd.sample(self.members, self.rnd.randint(3, 6)):
                CEU.insert(date=day, meeting=mid, contact=member, credits=self.rnd.choice((1.0, 1.0, 0.5, 2.0)),
                           note=self.rnd.choice(data.CEU_NOTES), created_at=self.at(day, 9)).execute()
                self.counts["ceus"] += 1
        self.meeting_on = {day: mid for mid, day in self.meetings}

    def make_substitute(self, member: int, day: dt.date) -> int:
        first, last = self.person()
        info = self.info[member]
        cid = self.add_contact(first, last, company=info["company"], job_title="Account Executive",
                               profession=self.classification[member], city="Dubai", source="Substitute",
                               met_on=day, met_where=f"{self.chapter_name} meeting", met_channel="in_person",
                               notes=f"Substituted for {info['first']} {info['last']}.", mode="in_person")
        self.add_phone(cid)
        self.add_email(cid, first, last)
        return cid

    def make_visitor(self, inviter: int, day: dt.date) -> int:
        first, last = self.person()
        profession = self.rnd.choice(("Solar Energy", "Car Detailing", "Tailoring", "Pet Grooming",
                                      "Yoga Studio", "Cyber Security", "Video Production", "Home Automation",
                                      "Nutritionist", "Signage Installation", "Language School", "Bakery"))
        who = self.info[inviter]
        cid = self.add_contact(
            first, last, company=f"{last} {profession}", job_title=self.rnd.choice(("Owner", "Managing Director",
                                                                                  "Sales Manager")),
            profession=profession, city="Dubai", stage="Know", source="Visitor", met_on=day,
            met_where=f"{self.chapter_name} meeting", met_channel="in_person", introduced_by=inviter,
            notes=f"Visited as the guest of {who['first']} {who['last']}; looking at the open "
                  f"{profession.lower()} seat.")
        self.add_phone(cid)
        self.add_email(cid, first, last)
        if self.rnd.random() < 0.5:
            self.add_socials(cid, first, last, ["linkedin"])
        self.tag(cid, "visitor")
        self.interact(cid, day, "in_person", f"Visited {self.chapter_name}.", "meeting")
        return cid

    def make_referrals(self) -> None:
        """Referrals passed at each closed meeting, and the thank-yous for those that closed."""
        self.referrals: list[dict] = []
        last_closed = self.closed[-1][1] if self.closed else self.today
        for index, (mid, day) in enumerate(self.closed):
            weeks_ago = len(self.closed) - 1 - index
            for _ in range(self.rnd.randint(4, 8)):
                giver, receiver = self.rnd.sample(self.members, 2)
                roll = self.rnd.random()
                if roll < 0.1:
                    giver = self.me if receiver != self.me else giver
                elif roll < 0.22:
                    receiver = self.me if giver != self.me else receiver
                kind = "inside" if self.rnd.random() < 0.3 else "outside"
                prospect = self.make_prospect(giver, receiver, day) if kind == "outside" else None
                if weeks_ago >= 5:
                    status = self.rnd.choices(("Closed", "No sale", "Pending"), (45, 20, 35))[0]
                elif weeks_ago >= 1:
                    status = self.rnd.choices(("Pending", "Closed", "New", "No sale"), (50, 25, 15, 10))[0]
                else:
                    status = self.rnd.choices(("New", "Pending"), (70, 30))[0]
                what = self.classification[receiver].lower()
                row = {"date": day, "meeting": mid, "giver": giver, "receiver": receiver, "prospect": prospect, "kind": kind,
                           "hotness": self.rnd.randint(3, 5) if status == "Closed" else self.rnd.randint(1, 5),
                           "status": status, "value": self.deal() if status == "Closed" else None,
                           "notes": self.rnd.choice(data.REFERRAL_NOTES).format(what=what),
                           "created_at": self.at(day, 8, 10)}
                row["id"] = Referral.insert(row).execute()
                self.referrals.append(row)
                self.counts["referrals"] += 1
                if status == "Closed":
                    thanked = min(day + dt.timedelta(days=7 * self.rnd.randint(1, 3)), last_closed)
                    self.thank(receiver, giver, row["value"], "new", kind, thanked, row["id"])
        for _ in range(8):  # repeat business, not tied to one referral
            a, b = self.rnd.sample(self.members, 2)
            _mid, day = self.rnd.choice(self.closed)
            self.thank(a, b, _money(self.rnd, 500, 12000), "repeat", self.rnd.choice(("inside", "outside")), day, None)

    def thank(self, giver_of_thanks: int, to: int, amount: Decimal, business: str, kind: str, day: dt.date,
              referral: int | None) -> None:
        # Announced at a meeting only between members; business from the wider network is not.
        at_meeting = giver_of_thanks in self.classification and to in self.classification
        ThankYou.insert(date=day, meeting=self.meeting_on.get(day) if at_meeting else None, from_contact=giver_of_thanks, to_contact=to,
                        amount=amount, currency="AED", business=business, kind=kind, referral=referral,
                        notes="", created_at=self.at(day, 8, 30)).execute()
        self.counts["thank_yous"] += 1

    def make_prospect(self, giver: int, receiver: int, day: dt.date) -> int:
        if self.rnd.random() < 0.2:
            return self.rnd.choice(self.network)
        first, last = self.person()
        company, title = self.rnd.choice(data.INDUSTRY_COMPANIES)
        g, r = self.info[giver], self.info[receiver]
        cid = self.add_contact(
            first, last, company=company if company != "Freelance" else "", job_title=title,
            city=self.rnd.choice(data.CITIES[:14]), stage="Know", source="Referral", met_on=day,
            met_where=f"Referral from {g['first']} {g['last']}", introduced_by=giver, mode="in_person",
            notes=f"Referred by {g['first']} {g['last']} to {r['first']} {r['last']} "
                  f"({self.classification[receiver].lower()}).")
        self.add_phone(cid)
        self.add_email(cid, first, last)
        self.tag(cid, "prospect")
        return cid

    def deal(self) -> Decimal:
        """A closed deal's value: mostly small jobs, now and then a big contract."""
        return _money(self.rnd, 15000, 60000) if self.rnd.random() < 0.1 else _money(self.rnd, 800, 12000)

    def make_network_referrals(self) -> None:
        """Over the past year, business sent to me by my wider network (online and in person)."""
        givers = [c for c in self.network if self.info[c]["stage"] != "Know"] or self.network
        for _ in range(10):
            giver = self.rnd.choice(givers)
            day = self.days_ago(self.rnd.randint(3, 330))
            kind = "inside" if self.rnd.random() < 0.3 else "outside"
            prospect = self.make_prospect(giver, self.me, day) if kind == "outside" else None
            age = (self.today - day).days
            status = (self.rnd.choices(("Closed", "No sale", "Pending"), (55, 25, 20))[0] if age > 45
                      else self.rnd.choice(("New", "Pending")))
            g = self.info[giver]
            row = {"date": day, "meeting": None, "giver": giver, "receiver": self.me, "prospect": prospect,
                   "kind": kind, "hotness": self.rnd.randint(2, 5), "status": status,
                   "value": self.deal() if status == "Closed" else None,
                   "notes": f"Sent by {g['first']} {g['last']} from my wider network.",
                   "created_at": self.at(day, 12)}
            row["id"] = Referral.insert(row).execute()
            self.referrals.append(row)
            self.counts["referrals"] += 1
            if status == "Closed":
                self.thank(self.me, giver, row["value"], "new", kind,
                           min(day + dt.timedelta(days=self.rnd.randint(7, 30)), self.today), row["id"])

    def make_one_to_ones(self) -> None:
        """Two to four one-to-ones a week; about half of the weeks I have one myself."""
        for _mid, day in self.meetings:
            pairs = [tuple(self.rnd.sample(self.members[1:], 2)) for _ in range(self.rnd.randint(1, 3))]
            if self.rnd.random() < 0.6:
                pairs.append((self.me, self.rnd.choice(self.members[1:])))
            for a, b in pairs:
                date = day + dt.timedelta(days=self.rnd.randint(1, 5))
                if date > self.today:
                    date = day - dt.timedelta(days=self.rnd.randint(1, 5))
                reported = next((m for m, d in self.closed if d >= date), None)
                place = self.rnd.choice(data.ONE_TO_ONE_PLACES)
                OneToOne.insert(date=date, meeting=reported, member_a=a, member_b=b, location=place,
                                notes="Learned about each other's ideal referrals.",
                                created_at=self.at(date, 18)).execute()
                self.counts["one_to_ones"] += 1
                if a == self.me:
                    self.interact(b, date, "one_to_one", f"One-to-one at {place}.", "meeting")
