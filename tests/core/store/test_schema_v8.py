"""Schema step 8 (chapter leadership): an upgrade from version 7 keeps the data, adds the tables and lets
follow-ups carry their two new origins past the guards."""

import datetime as dt

import peewee
import pytest
from dbsnap import open_at_version

from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import migrations, models

LEADERSHIP_TABLES = {"testimonial", "power_team", "power_team_classification", "power_team_member",
                     "agenda_segment", "visitor_stage", "feature_presentation", "member_away",
                     "speaker_record", "traffic_light_scheme"}


def test_upgrade_from_schema_v7_keeps_meetings_and_adds_the_leadership_tables(tmp_path, empty_target):
    old = open_at_version(empty_target, 7)
    chapter = models.Chapter.create(name="Old Chapter")
    layla = models.Contact.create(first_name="Layla", last_name="Haddad")
    meeting = models.Meeting.create(chapter=chapter, date=dt.date(2026, 11, 4))
    models.Attendance.create(meeting=meeting, contact=layla, status="Present")
    assert not set(old.get_tables()) & LEADERSHIP_TABLES
    db_mod.close_database()

    database = db_mod.open_target(empty_target, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION >= 8
    assert LEADERSHIP_TABLES <= set(database.get_tables())
    assert models.Attendance.get().status == "Present"
    # The new tables work with the old rows: a testimonial at the old meeting, a power team.
    models.Testimonial.create(date=meeting.date, meeting=meeting.id, giver=layla.id, about=None)
    team = models.PowerTeam.create(chapter=chapter.id, name="Property")
    models.PowerTeamClassification.create(team=team, classification="Estate agent")
    assert models.Testimonial.select().count() == 1
    # The guards know the new follow-up origins (and still refuse a made-up one).
    models.FollowUp.create(contact=layla.id, due=meeting.date, reason="Invite", origin="invite")
    models.FollowUp.create(contact=layla.id, due=meeting.date, reason="Back", origin="visitor_drip")
    with pytest.raises(peewee.IntegrityError):
        models.FollowUp.create(contact=layla.id, due=meeting.date, reason="?", origin="gossip")
    # The file was backed up before the upgrade (a server's upgrade is covered by its own backups).
    assert len(list((tmp_path / "backups").glob("*pre-migration-v7*"))) == (0 if isinstance(empty_target, str) else 1)
