"""The sample chapter: a realistic, invented data set to explore the app with (``totalnet demo``).

One chapter with 25 members, ten weekly meetings with PALMS and visitors, referrals, thank-yous,
one-to-ones and CEUs, about 150 further contacts met online and in person, their interactions and a
few follow-ups. Dates are relative to ``today`` so the sample always looks current; the same seed and
day give the same data. Everything is written in one transaction with the search index rebuilt once.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import logging
import random
from dataclasses import dataclass

from totalnet_desktop.core.contacts.normalize import (
    email_key,
    phone_key,
    phone_search_tokens,
    social_key,
    social_url,
    url_key,
)
from totalnet_desktop.core.demo import data
from totalnet_desktop.core.demo import history as demo_history
from totalnet_desktop.core.demo.chapter import ChapterMaker, slug
from totalnet_desktop.core.demo.leadership import LeadershipMaker
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.followups import reasons
from totalnet_desktop.core.store import overview, prefs, search_index, stable_ids
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.core.store.models import (
    CEU,
    STAGES,
    Attendance,
    Contact,
    ContactPoint,
    ContactTag,
    FollowUp,
    Interaction,
    OneToOne,
    Referral,
    StageChange,
    Tag,
    Testimonial,
    ThankYou,
    database,
)
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

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
        return QT_TRANSLATE_NOOP(
            "Demo", "Added the sample chapter {chapter}: {contacts} contacts ({members} members, {visitors} visitors), "
                    "{meetings} meetings, {referrals} referrals, {thank_yous} thank-yous, {one_to_ones} one-to-ones, "
                    "{ceus} CEUs, {interactions} interactions, {followups} follow-ups.").format(
            chapter=self.chapter, contacts=self.contacts, members=self.members, visitors=self.visitors,
            meetings=self.meetings, referrals=self.referrals, thank_yous=self.thank_yous,
            one_to_ones=self.one_to_ones, ceus=self.ceus, interactions=self.interactions, followups=self.followups)


def generate(today: dt.date | None = None, force: bool = False, seed: int = 2026) -> DemoSummary:
    """Fill the open database with the sample; refuse (DemoRefused) when it has data, unless force."""
    today = today or dt.date.today()
    if not force and not overview.is_empty():
        raise DemoRefused(QT_TRANSLATE_NOOP(
            "Errors", "The database already has contacts or a chapter, so the sample chapter was not added "
            "(use 'totalnet demo --force' to add it anyway)."))
    builder = _Builder(random.Random(seed), today)
    with database.atomic(), search_index.suspended(database):
        builder.build()
        search_index.rebuild(database, builder.contact_ids)
        slips_before = OneToOne.select().count()
        touches = builder.add_history()
        from_calendar = OneToOne.select().count() - slips_before  # the calendar's 1-2-1s are slips too
        _settle_uids(seed, today)
    summary = dataclasses.replace(builder.summary(), interactions=len(builder.interactions) + touches,
                                  one_to_ones=builder.counts["one_to_ones"] + from_calendar)
    logger.info("demo: %s", summary.line())
    return summary


def _settle_uids(seed: int, today: dt.date) -> None:
    """The slips' stable ids from the seed and the day, not at random: the same seed and day give the same
    database, byte for byte (a test and the benchmarks rely on it)."""
    for model in (Referral, ThankYou, OneToOne, CEU, Testimonial):
        table = model._meta.table_name
        for row_id in [r.id for r in model.select(model.id)]:
            model.update(uid=stable_ids.derived_uid("demo", seed, today, table, row_id)).where(
                model.id == row_id).execute()


class _Builder(ChapterMaker, LeadershipMaker):
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
                              "company": fields.get("company", ""), "created": row["created_at"]}
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
        base = f"{slug(first)}.{slug(last)}"
        address, n = f"{base}@example.com", 2
        while address in self.emails:
            address, n = f"{base}{n}@example.com", n + 1
        self.emails.add(address)
        self.add_point(cid, "email", address, label=label)

    def add_socials(self, cid: int, first: str, last: str, networks: list[str]) -> None:
        handle = slug(first + " " + last, "")
        for network in networks:
            if network == "linkedin":
                value = social_url("linkedin", f"{slug(first + ' ' + last, '-')}-{self.rnd.randint(10, 99)}a")
            elif network == "x":
                value = f"@{handle[:12]}{self.rnd.randint(1, 99)}"
            elif network == "instagram":
                value = f"https://www.instagram.com/{slug(first + ' ' + last, '.')}"
            else:
                value = f"https://www.facebook.com/{slug(first + ' ' + last, '.')}"
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
        self.make_leadership()
        self.flush()
        self.make_stage_history()

    def add_history(self) -> int:
        """A little history from every source (WhatsApp, LinkedIn, calendar, mail), imported."""
        me = Contact.get_by_id(self.me)
        email = (ContactPoint.select(ContactPoint.value).where(ContactPoint.contact == self.me,
                                                               ContactPoint.kind == "email").scalar()
                 or "nadia.rahman@example.com")
        return demo_history.add_history(random.Random(self.rnd.random()), self.today, me.full_name, email,
                                        self.stamp)

    def flush(self) -> None:
        """Bulk-insert the collected rows (points, tags, interactions) and stamp follow-ups."""
        for model, rows in ((ContactPoint, self.points), (ContactTag, self.tag_links),
                            (Interaction, self.interactions)):
            for start in range(0, len(rows), _BATCH):
                model.insert_many(rows[start:start + _BATCH]).execute()
        if self.followup_ids:
            # queue() stamps the wall clock; the sample is a function of (seed, today) only.
            FollowUp.update(created_at=self.stamp).where(FollowUp.id.in_(self.followup_ids)).execute()

    def make_stage_history(self) -> None:
        """Replace the history the triggers wrote (creation rows, and wall-clock rows for visitors who
        came back) with a believable dated one: each contact starts at Know when we met and climbs one
        stage at a time to where it stands now, with a few who rose one stage too far and fell back."""
        stages: dict[int, str] = {}  # as stored now (a visitor who came back was moved to Like)
        for start in range(0, len(self.contact_ids), _BATCH):
            chunk = self.contact_ids[start:start + _BATCH]
            StageChange.delete().where(StageChange.contact.in_(chunk)).execute()
            stages.update(Contact.select(Contact.id, Contact.stage).where(Contact.id.in_(chunk)).tuples())
        rows = []
        for cid in self.contact_ids:
            info = self.info[cid]
            target = STAGES.index(stages[cid]) if stages[cid] in STAGES else 0
            path = list(STAGES[:target + 1])
            if 0 < target < len(STAGES) - 1 and self.rnd.random() < 0.06:
                path += [STAGES[target + 1], STAGES[target]]  # went too far, one step back
            created = info["created"]
            span = max((self.stamp - created).days, 0)
            steps = len(path) - 1
            days = sorted(self.rnd.sample(range(1, span + 1), steps)) if span >= steps else list(range(1, steps + 1))
            rows.append({"contact": cid, "from_stage": None, "to_stage": path[0], "changed_at": created})
            for k, (before, after) in enumerate(itertools.pairwise(path)):
                when = min(self.at(created.date() + dt.timedelta(days=days[k]), self.rnd.randint(9, 18)), self.stamp)
                rows.append({"contact": cid, "from_stage": before, "to_stage": after, "changed_at": when})
        for start in range(0, len(rows), _BATCH):
            StageChange.insert_many(rows[start:start + _BATCH]).execute()

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
                self.add_point(cid, "website", f"https://www.{slug(company, '-')}.example.com")
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
                           reasons.DEMO_VISITOR.format(day=day, name=who["first"]),
                           channel="phone", origin="visitor", origin_key=f"visitor:{att.id}")
        for ref in self.referrals:
            if ref["receiver"] == self.me and ref["status"] in ("New", "Pending"):
                target = ref["prospect"] or ref["giver"]
                g = self.info[ref["giver"]]
                self.queue(target, followups.next_business_day(ref["date"]),
                           reasons.DEMO_REFERRAL.format(name=f"{g['first']} {g['last']}", hotness=ref["hotness"]),
                           channel="phone", origin="referral_received", origin_key=f"referral_received:{ref['id']}")
        online = [c for c in self.network if self.info[c]["mode"] == "online" and self.info[c]["stage"] != "Know"]
        offline = [c for c in self.network if self.info[c]["mode"] == "in_person"]
        for cid in online[:3]:
            self.queue(cid, self.today + dt.timedelta(days=self.rnd.randint(0, 6)),
                       reasons.DEMO_BRIDGE_MEET.format(name=self.info[cid]["first"]), channel="messaging",
                       origin="bridge_meet", origin_key=f"bridge_meet:{cid}")
        for cid in offline[:3]:
            i = self.info[cid]
            self.queue(cid, self.today + dt.timedelta(days=self.rnd.randint(1, 10)),
                       reasons.BRIDGE_CONNECT.format(name=i["first"]), channel="linkedin", origin="bridge_connect",
                       origin_key=f"bridge_connect:{cid}",
                       link=f"https://www.linkedin.com/search/results/people/?keywords={i['first']}%20{i['last']}")
        for cid in [c for c in self.network if self.info[c]["stage"] in ("Trust", "Partner")][:3]:
            self.queue(cid, self.today - dt.timedelta(days=self.rnd.randint(0, 3)),
                       reasons.DEMO_CADENCE, channel="phone",
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
