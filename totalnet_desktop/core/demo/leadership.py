"""The leadership half of the sample (core.demo): testimonials at each closed meeting, power teams
from the sample's classifications (two spheres have open seats), the chapter's agenda, who spoke at
the last meeting, the feature-presentation rota, and visitors at different stages of the pipeline.
A mixin of core.demo's builder; it draws from its own random generator so that the rest of the
sample stays exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import random

from totalnet_desktop.core.chapter import agenda, feature_rota, power_teams, visitor_pipeline
from totalnet_desktop.core.store.models import Attendance, FeaturePresentation, SpeakerRecord, Testimonial

TEAMS = (
    ("Property", ["Residential Real Estate", "Mortgage Broker", "Interior Design", "Architecture",
                  "Conveyancing Lawyer", "Removals"]),
    ("Business services", ["Accountant", "Commercial Lawyer", "IT Support", "Recruitment", "Business Coaching",
                           "Printing & Signage", "Translation Services"]),
    ("Marketing", ["Digital Marketing", "Web Development", "Photography", "Graphic Design", "Video Production",
                   "Copywriting"]),
    ("Events", ["Event Planning", "Catering", "Florist", "Corporate Gifts", "Photography", "Audio-visual"]),
    ("Health and wellness", ["Dentistry", "Physiotherapy", "Fitness Training", "Nutritionist"]),
    ("Money and protection", ["Financial Planning", "General Insurance", "Accountant", "Wills and Estates Lawyer"]),
)
TESTIMONIAL_NOTES = ("Sorted our office move in a week", "Saved us a fortune on insurance", "Stunning flowers for the launch",
                     "Quick, clear legal advice", "Our new website doubled enquiries", "Reliable and on time")


class LeadershipMaker:
    """Mixed into core.demo's builder, which supplies chapter_id, members, closed, meetings, today."""

    def make_leadership(self) -> None:
        rnd = random.Random(16)
        for mid, day in self.closed:
            for _ in range(rnd.randint(1, 3)):
                giver, about = rnd.sample(self.members, 2)
                Testimonial.insert(date=day, meeting=mid, giver=giver, about=about, notes=rnd.choice(TESTIMONIAL_NOTES),
                                   created_at=self.at(day, 8, 10)).execute()
        for name, classes in TEAMS:
            power_teams.save_team(self.chapter_id, name, classes)
        agenda.save_agenda(self.chapter_id, agenda.default_agenda())
        self._speakers(rnd)
        for n, (_mid, day) in enumerate(self.closed[-6:]):
            FeaturePresentation.insert(chapter=self.chapter_id, contact=self.members[(n * 5 + 3) % len(self.members)],
                                       date=day).execute()
        start = self.today + dt.timedelta(days=1)
        feature_rota.save(self.chapter_id, feature_rota.plan(self.chapter_id, start, 8))
        self._visitor_stages()

    def _speakers(self, rnd: random.Random) -> None:
        """The last closed meeting's agenda as it ran: the 60-second round, some over time."""
        mid, _day = self.closed[-1]
        rows = list(Attendance.select().where(Attendance.meeting == mid).order_by(Attendance.id))
        position = 0
        for a in rows:
            if a.status in ("Present", "Late", "Substitute", "Visitor"):
                spoken = rnd.choice((48, 55, 58, 60, 61, 64, 72)) if a.status != "Visitor" else rnd.randint(25, 40)
                name = self.info[a.contact_id]["first"] + " " + self.info[a.contact_id]["last"]
                SpeakerRecord.insert(meeting=mid, contact=a.contact_id, name=name, segment="presentations",
                                     position=position, allowed_seconds=60, spoken_seconds=spoken,
                                     skipped=False).execute()
                position += 1

    def _visitor_stages(self) -> None:
        lines = visitor_pipeline.pipeline(self.chapter_id)
        twice = [v for v in lines if v.stage == "visited twice"]
        once = [v for v in lines if v.stage == "visited"]
        if twice:
            visitor_pipeline.set_stage(self.chapter_id, twice[-1].contact_id, "applied", twice[-1].last_visit)
        if len(once) > 2:
            visitor_pipeline.set_stage(self.chapter_id, once[-1].contact_id, "declined",
                                       once[-1].last_visit + dt.timedelta(days=3))
