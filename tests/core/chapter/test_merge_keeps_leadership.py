"""Merging two records of a member keeps their testimonials, power-team seat, visitor stage, rota
slot, dates away and speaking record on the survivor; undo puts every row back."""

import datetime as dt

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.contacts import merge as contact_merge
from totalnet_desktop.core.store import models, undo

DAY = dt.date(2026, 11, 25)


def rows(db):
    out = {}
    for model in (models.Testimonial, models.PowerTeamMember, models.VisitorStage, models.FeaturePresentation,
                  models.MemberAway, models.SpeakerRecord):
        table = model._meta.table_name
        out[table] = db.execute_sql(f"SELECT * FROM {table} ORDER BY id").fetchall()
    return out


def test_merge_moves_leadership_rows_and_undo_restores_them(db):
    ch = chapters.create_chapter("Dubai Achievers")
    a = chapters.add_member(ch.id, name="Layla Haddad").contact_id
    b = models.Contact.create(first_name="Layla", last_name="H.").id
    omar = chapters.add_member(ch.id, name="Omar Khan").contact_id
    meeting = models.Meeting.create(chapter=ch.id, date=DAY)
    team = models.PowerTeam.create(chapter=ch.id, name="Property")
    models.PowerTeamMember.create(team=team, contact=a)
    models.PowerTeamMember.create(team=team, contact=b)  # both records in the team: one seat survives
    models.Testimonial.create(date=DAY, meeting=meeting, giver=b, about=omar)
    models.Testimonial.create(date=DAY, meeting=meeting, giver=omar, about=b)
    models.VisitorStage.create(chapter=ch.id, contact=b, stage="applied", changed_on=DAY)
    models.FeaturePresentation.create(chapter=ch.id, contact=b, date=DAY)
    models.MemberAway.create(chapter=ch.id, contact=b, start=DAY, end=DAY)
    models.SpeakerRecord.create(meeting=meeting, contact=b, name="Layla H.", segment="presentations")
    before = rows(db)
    contact_merge.merge([a, b], a)
    assert [(t.giver_id, t.about_id) for t in models.Testimonial.select().order_by(models.Testimonial.id)] == [
        (a, omar), (omar, a)]
    assert [m.contact_id for m in models.PowerTeamMember.select()] == [a]
    assert models.VisitorStage.get().contact_id == a and models.FeaturePresentation.get().contact_id == a
    assert models.MemberAway.get().contact_id == a and models.SpeakerRecord.get().contact_id == a
    assert undo.undo_last().startswith("merge 2 contacts")
    assert rows(db) == before
