"""The sample chapter: a realistic, invented data set to explore the app with (``totalnet demo``).

One chapter with 25 members, ten weekly meetings with PALMS and visitors, referrals, thank-yous,
one-to-ones and CEUs, about 150 further contacts met online and in person, their interactions and a
few follow-ups. Dates are relative to ``today`` so the sample always looks current; the same seed and
day give the same data. Everything is written in one transaction with the search index rebuilt once.
"""

from __future__ import annotations

import datetime as dt
import logging
import random
import re
from dataclasses import dataclass
from decimal import Decimal

from totalnet_desktop.core import demo_data as data
from totalnet_desktop.core import followups, overview, prefs, search_index
from totalnet_desktop.core.errors import TotalNetError
from totalnet_desktop.core.models import (
    CEU,
    Attendance,
    Chapter,
    Contact,
    ContactPoint,
    ContactTag,
    FollowUp,
    Interaction,
    Meeting,
    Membership,
    OneToOne,
    Referral,
    Tag,
    ThankYou,
    database,
)
from totalnet_desktop.core.normalize import (
    email_key,
    fold,
    phone_key,
    phone_search_tokens,
    social_key,
    social_url,
    url_key,
)

logger = logging.getLogger(__name__)

MEMBER_COUNT = 25
MEETING_COUNT = 10
NETWORK_COUNT = 150
_BATCH = 300  # rows per INSERT: well under SQLite's bound-parameter limit


class DemoRefused(TotalNetError):
    """The database already holds the user's data, so the sample is not added."""


@dataclass(frozen=True)
class DemoSummary:
    """What the sample added (counts)."""

    chapter: str
    contacts: int
    members: int
    meetings: int
    attendance: int
    visitors: int
    referrals: int
    thank_yous: int
    one_to_ones: int
    ceus: int
    interactions: int
    followups: int

    def line(self) -> str:
        """One sentence for the command line and the status bar."""
        return (f"Added the sample chapter {self.chapter}: {self.contacts} contacts ({self.members} members, "
                f"{self.visitors} visitors), {self.meetings} meetings, {self.referrals} referrals, "
                f"{self.thank_yous} thank-yous, {self.one_to_ones} one-to-ones, {self.ceus} CEUs, "
                f"{self.interactions} interactions, {self.followups} follow-ups.")


def generate(today: dt.date | None = None, force: bool = False, seed: int = 2026) -> DemoSummary:
    """Fill the open database with the sample; refuse (DemoRefused) when it has data, unless force."""
    today = today or dt.date.today()
    if not force and not overview.is_empty():
        raise DemoRefused("The database already has contacts or a chapter, so the sample chapter was not "
                          "added (use 'totalnet demo --force' to add it anyway).")
    builder = _Builder(random.Random(seed), today)
    with database.atomic(), search_index.suspended(database):
        builder.build()
        search_index.rebuild(database, builder.contact_ids)
    summary = builder.summary()
    logger.info("demo: %s", summary.line())
    return summary


def _slug(text: str, sep: str = ".") -> str:
    """ASCII, lower-case, punctuation-free form of a name for e-mails and handles."""
    return re.sub(r"[^a-z0-9]+", sep, fold(text)).strip(sep)


def _money(rnd: random.Random, low: int, high: int) -> Decimal:
    """An amount in steps of 50, as people round when they thank each other."""
    return Decimal(round(rnd.uniform(low, high) / 50) * 50).quantize(Decimal("0.01"))


class _Builder:
    """Holds the random generator, the day, and what was made so far."""

    def __init__(self, rnd: random.Random, today: dt.date):
        self.rnd = rnd
        self.today = today
        self.stamp = dt.datetime.combine(today, dt.time(8, 0))
        self.contact_ids: list[int] = []
        self.names: set[str] = set()
        self.emails: set[str] = set()
        self.points: list[dict] = []
        self.tag_links: list[dict] = []
        self.interactions: list[dict] = []
        self.tag_ids: dict[str, int] = {}
        self.positions: dict[tuple[int, str], int] = {}
        self.info: dict[int, dict] = {}  # contact id -> first, last, mode, networks, stage
        numbers = [f"+971 {p} 555 {n:04d}" for p in ("50", "52", "55", "56", "58") for n in range(101, 1000)]
        rnd.shuffle(numbers)
        self.numbers = ["+971 50 555 0100"] + numbers  # the first one is mine
        self.counts = {"attendance": 0, "referrals": 0, "thank_yous": 0, "one_to_ones": 0, "ceus": 0, "followups": 0}
        self.followup_ids: list[int] = []
        self.take_over_me = prefs.get("me_contact_id") is None or Contact.get_or_none(
            Contact.id == prefs.get("me_contact_id")) is None

    # ---- small helpers -----------------------------------------------------------------
    def days_ago(self, n: int) -> dt.date:
        return self.today - dt.timedelta(days=n)

    def at(self, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
        return dt.datetime.combine(day, dt.time(hour, minute))

    def person(self) -> tuple[str, str]:
        """An unused invented name; first and last name from the same culture."""
        cultures = list(data.CULTURE_WEIGHTS)
        weights = list(data.CULTURE_WEIGHTS.values())
        while True:
            firsts, lasts = data.NAMES[self.rnd.choices(cultures, weights)[0]]
            first, last = self.rnd.choice(firsts), self.rnd.choice(lasts)
            if f"{first} {last}" not in self.names:
                self.names.add(f"{first} {last}")
                return first, last

    def add_contact(self, first: str, last: str, *, mode: str = "both", **fields) -> int:
        """Insert one contact; ``mode`` (online/in_person/both) steers its points and interactions."""
        met_on = fields.get("met_on")
        created = self.at(met_on, 9) if met_on else self.at(self.days_ago(self.rnd.randint(30, 700)), 9)
        row = dict(first_name=first, last_name=last, created_at=min(created, self.stamp),
                   updated_at=self.stamp, **fields)
        cid = Contact.insert(row).execute()
        self.contact_ids.append(cid)
        self.info[cid] = {"first": first, "last": last, "mode": mode, "networks": [], "stage": fields.get("stage", "Know"),
                              "company": fields.get("company", "")}
        return cid

    def add_point(self, cid: int, kind: str, value: str, network: str = "", label: str = "") -> None:
        """A contact point with its duplicate key and search tokens, as real data gets them."""
        position = self.positions.get((cid, kind), 0)
        self.positions[(cid, kind)] = position + 1
        if kind == "phone":
            key, search = phone_key(value), phone_search_tokens(value)
        elif kind == "email":
            key, search = email_key(value), ""
        elif kind == "social":
            key, search = social_key(network, value), ""
            self.info[cid]["networks"].append(network)
        else:
            key, search = url_key(value), ""
        self.points.append({"contact": cid, "kind": kind, "network": network, "value": value, "key": key, "search": search,
                                "label": label, "position": position})

    def add_phone(self, cid: int, label: str = "mobile") -> str:
        number = self.numbers.pop(0)
        self.add_point(cid, "phone", number, label=label)
        return number

    def add_email(self, cid: int, first: str, last: str, label: str = "work") -> None:
        base = f"{_slug(first)}.{_slug(last)}"
        address, n = f"{base}@example.com", 2
        while address in self.emails:
            address, n = f"{base}{n}@example.com", n + 1
        self.emails.add(address)
        self.add_point(cid, "email", address, label=label)

    def add_socials(self, cid: int, first: str, last: str, networks: list[str]) -> None:
        handle = _slug(first + " " + last, "")
        for network in networks:
            if network == "linkedin":
                value = social_url("linkedin", f"{_slug(first + ' ' + last, '-')}-{self.rnd.randint(10, 99)}a")
            elif network == "x":
                value = f"@{handle[:12]}{self.rnd.randint(1, 99)}"
            elif network == "instagram":
                value = f"https://www.instagram.com/{_slug(first + ' ' + last, '.')}"
            else:
                value = f"https://www.facebook.com/{_slug(first + ' ' + last, '.')}"
            self.add_point(cid, "social", value, network=network)

    def tag(self, cid: int, name: str) -> None:
        if name not in self.tag_ids:
            existing = Tag.get_or_none(Tag.name == name)
            self.tag_ids[name] = existing.id if existing else Tag.insert(name=name).execute()
        self.tag_links.append({"contact": cid, "tag": self.tag_ids[name]})

    def interact(self, cid: int, day: dt.date, channel: str, note: str = "", kind: str = "") -> None:
        kind = kind or self.rnd.choice(data.INTERACTION_KINDS[channel])
        when = self.at(day, self.rnd.randint(8, 19), self.rnd.choice((0, 15, 30, 45)))
        self.interactions.append({"contact": cid, "occurred_at": when, "channel": channel, "kind": kind,
                                      "note": note or data.INTERACTION_NOTES.get(kind, ""), "created_at": when})

    def queue(self, cid: int, due: dt.date, reason: str, **kwargs) -> int | None:
        item = followups.queue(cid, due, reason, **kwargs)
        if item is not None:
            self.followup_ids.append(item)
        return item

    # ---- the build -----------------------------------------------------------------------
    def build(self) -> None:
        self.make_chapter()
        self.make_network()
        self.make_meetings()
        self.make_referrals()
        self.make_network_referrals()
        self.make_one_to_ones()
        self.make_followups()
        self.flush()

    def flush(self) -> None:
        """Bulk-insert the collected rows (points, tags, interactions) and stamp follow-ups."""
        for model, rows in ((ContactPoint, self.points), (ContactTag, self.tag_links),
                            (Interaction, self.interactions)):
            for start in range(0, len(rows), _BATCH):
                model.insert_many(rows[start:start + _BATCH]).execute()
        if self.followup_ids:
            # queue() stamps the wall clock; the sample is a function of (seed, today) only.
            FollowUp.update(created_at=self.stamp).where(FollowUp.id.in_(self.followup_ids)).execute()

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
                self.add_point(cid, "website", f"https://www.{_slug(company, '-')}.example.com")
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

    def make_network(self) -> None:
        """About 150 contacts from LinkedIn, Instagram, events and introductions."""
        self.network: list[int] = []
        for _ in range(NETWORK_COUNT):
            first, last = self.person()
            mode = self.rnd.choices(("online", "in_person", "both"), (40, 25, 35))[0]
            company, title = self.rnd.choice(data.INDUSTRY_COMPANIES)
            stage = self.rnd.choices(("Know", "Like", "Trust", "Partner"),
                                     (55, 30, 12, 3) if mode == "online" else (40, 30, 20, 10))[0]
            met_on = self.days_ago(self.rnd.randint(14, 900))
            introduced_by = None
            if mode == "online":
                source = self.rnd.choices(("LinkedIn", "Instagram", "X", "Facebook"), (6, 3, 1, 1))[0]
                met_where, met_channel = source, source.lower()
            else:
                source = self.rnd.choice(("Event", "Event", "Introduction", "LinkedIn" if mode == "both" else "Event"))
                if source == "Introduction":
                    introduced_by = self.rnd.choice(self.members)
                    intro = self.info[introduced_by]
                    met_where, met_channel = f"Introduced by {intro['first']} {intro['last']}", "in_person"
                elif source == "Event":
                    met_where, met_channel = self.rnd.choice(data.EVENTS), "in_person"
                else:
                    met_where, met_channel = "LinkedIn", "linkedin"
            topic = self.rnd.choice(data.TOPICS)
            need = self.rnd.choice(data.CLASSIFICATIONS)[0].lower()
            note = self.rnd.choice(data.NETWORK_NOTES).format(topic=topic, need=need, network=source)
            cid = self.add_contact(
                first, last, mode=mode, company="" if company == "Freelance" and self.rnd.random() < 0.5 else company,
                job_title=title, city=self.rnd.choice(data.CITIES), stage=stage, source=source, met_on=met_on,
                met_where=met_where, met_channel=met_channel, introduced_by=introduced_by, notes=note)
            self.network.append(cid)
            if self.rnd.random() < 0.85:
                self.add_email(cid, first, last)
            if mode != "online" and self.rnd.random() < 0.9 or mode == "online" and self.rnd.random() < 0.25:
                self.add_phone(cid)
            if mode != "in_person":
                networks = [n for n, p in (("linkedin", 0.8), ("instagram", 0.4), ("x", 0.25), ("facebook", 0.25))
                            if self.rnd.random() < p]
                if source.lower() in ("linkedin", "instagram", "x", "facebook") and source.lower() not in networks:
                    networks.insert(0, source.lower())
                self.add_socials(cid, first, last, networks or ["linkedin"])
            if self.rnd.random() < 0.2 and company != "Freelance":
                self.add_point(cid, "website", f"https://www.{_slug(company, '-')}.example.com")
            for name, p in (("prospect", 0.2), ("golf", 0.1), ("referral partner", 0.1), ("vip", 0.05),
                            ("podcast", 0.05)):
                if self.rnd.random() < p:
                    self.tag(cid, name)
            if met_where in data.EVENTS:
                self.tag(cid, met_where)
            self.network_history(cid, mode, stage, met_on)

    def network_history(self, cid: int, mode: str, stage: str, met_on: dt.date) -> None:
        """Interactions over the last year on channels that fit how we know each other."""
        networks = self.info[cid]["networks"]
        online = networks + ["email", "messaging"] + (["online_meeting"] if stage != "Know" else [])
        offline = ["in_person", "in_person", "phone", "messaging", "email"]
        channels = online if mode == "online" else offline if mode == "in_person" else online + offline
        low, high = {"Know": (0, 2), "Like": (1, 4), "Trust": (3, 6), "Partner": (4, 8)}[stage]
        span = min(365, (self.today - met_on).days)
        for _ in range(self.rnd.randint(low, high)):
            self.interact(cid, self.days_ago(self.rnd.randint(1, max(span, 2))), self.rnd.choice(channels))

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

    def make_followups(self) -> None:
        """Follow-ups due overdue, today, this week and later; a few made by the app's rules."""
        people = self.network + self.members[1:]
        for offset in (-9, -4, -1, 0, 0, 0, 2, 4, 6, 12, 20, 35):
            cid = self.rnd.choice(people)
            reason = self.rnd.choice(data.USER_FOLLOWUPS).format(topic=self.rnd.choice(data.TOPICS))
            channel = self.rnd.choice(("phone", "messaging", "email", "in_person", "linkedin"))
            self.queue(cid, self.today + dt.timedelta(days=offset), reason, channel=channel)
        if self.closed:  # the latest meeting's visitors
            mid, day = self.closed[-1]
            for att in Attendance.select().where((Attendance.meeting == mid) & (Attendance.status == "Visitor")):
                who = self.info[att.contact_id]
                self.queue(att.contact_id, followups.next_business_day(day),
                           f"Visitor on {day:%d %b}: thank {who['first']} for coming and ask how we can help",
                           channel="phone", origin="visitor", origin_key=f"visitor:{att.id}")
        for ref in self.referrals:
            if ref["receiver"] == self.me and ref["status"] in ("New", "Pending"):
                target = ref["prospect"] or ref["giver"]
                g = self.info[ref["giver"]]
                self.queue(target, followups.next_business_day(ref["date"]),
                           f"Referral from {g['first']} {g['last']} (hotness {ref['hotness']}/5): make contact",
                           channel="phone", origin="referral_received", origin_key=f"referral_received:{ref['id']}")
        online = [c for c in self.network if self.info[c]["mode"] == "online" and self.info[c]["stage"] != "Know"]
        offline = [c for c in self.network if self.info[c]["mode"] == "in_person"]
        for cid in online[:3]:
            self.queue(cid, self.today + dt.timedelta(days=self.rnd.randint(0, 6)),
                       f"You have only met {self.info[cid]['first']} online: invite them for a coffee or to "
                       f"visit the chapter", channel="messaging", origin="bridge_meet", origin_key=f"bridge_meet:{cid}")
        for cid in offline[:3]:
            i = self.info[cid]
            self.queue(cid, self.today + dt.timedelta(days=self.rnd.randint(1, 10)),
                       f"Connect with {i['first']} on LinkedIn", channel="linkedin", origin="bridge_connect",
                       origin_key=f"bridge_connect:{cid}",
                       link=f"https://www.linkedin.com/search/results/people/?keywords={i['first']}%20{i['last']}")
        for cid in [c for c in self.network if self.info[c]["stage"] in ("Trust", "Partner")][:3]:
            self.queue(cid, self.today - dt.timedelta(days=self.rnd.randint(0, 3)),
                       "Keep in touch: it has been a while since your last conversation", channel="phone",
                       origin="cadence", origin_key=f"cadence:{cid}:{self.today.isoformat()}")
        done = self.followup_ids[:2]
        FollowUp.update(status="done", done_at=self.at(self.days_ago(1), 17)).where(FollowUp.id.in_(done)).execute()

    def summary(self) -> DemoSummary:
        return DemoSummary(
            chapter=self.chapter_name, contacts=len(self.contact_ids), members=len(self.members),
            meetings=len(self.meetings), attendance=self.counts["attendance"], visitors=len(self.visitor_ids),
            referrals=self.counts["referrals"], thank_yous=self.counts["thank_yous"],
            one_to_ones=self.counts["one_to_ones"], ceus=self.counts["ceus"],
            interactions=len(self.interactions), followups=len(self.followup_ids))
