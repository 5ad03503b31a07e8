"""Schema step 8 (chapter leadership): an upgrade from version 7 keeps the data, adds the tables and lets
follow-ups carry their two new origins past the guards."""

import datetime as dt
import sqlite3

import peewee
import pytest

from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import migrations, models

LEADERSHIP_TABLES = {"testimonial", "power_team", "power_team_classification", "power_team_member",
                     "agenda_segment", "visitor_stage", "feature_presentation", "member_away",
                     "speaker_record", "traffic_light_scheme"}


def test_upgrade_from_schema_v7_keeps_meetings_and_adds_the_leadership_tables(tmp_path):
    path = tmp_path / "v7.sqlite3"
    models.database.init(str(path), pragmas={"foreign_keys": 1})
    models.database.connect()
    migrations.migrate(models.database, up_to=7)
    chapter = models.Chapter.create(name="Old Chapter")
    layla = models.Contact.create(first_name="Layla", last_name="Haddad")
    meeting = models.Meeting.create(chapter=chapter, date=dt.date(2026, 11, 4))
    models.Attendance.create(meeting=meeting, contact=layla, status="Present")
    models.database.close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA user_version").fetchone()[0] == 7
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not tables & LEADERSHIP_TABLES
    con.close()

    database = db_mod.open_database(path, backup_dir=tmp_path / "backups")
    assert migrations.schema_version(database) == migrations.CURRENT_VERSION >= 8
    tables = {r[0] for r in database.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert LEADERSHIP_TABLES <= tables
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
    assert len(list((tmp_path / "backups").glob("*pre-migration-v7*"))) == 1
