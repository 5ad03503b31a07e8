"""Testimonial slips: recorded, undone on meeting day, counted in the PALMS "T" column after CEU."""

import csv
import datetime as dt

import pytest

from totalnet_desktop.core.chapter import chapters, meeting_undo, meetings, reports, testimonials
from totalnet_desktop.core.exchange import export
from totalnet_desktop.core.store import models
from totalnet_desktop.core.store.errors import ValidationError

DAY = dt.date(2026, 11, 25)


@pytest.fixture
def chapter(db):
    ch = chapters.create_chapter("Dubai Achievers")
    ids = {n.split()[0]: chapters.add_member(ch.id, name=n).contact_id for n in ("Layla Haddad", "Omar Khan")}
    return ch, meetings.open_meeting(ch.id, DAY, today=DAY), ids


def test_testimonial_counts_for_the_giver_and_lands_in_the_t_column(chapter, tmp_path):
    ch, m, ids = chapter
    r = testimonials.add_testimonial(ids["Layla"], ids["Omar"], notes="Great lawyer", day=DAY, meeting_id=m.id)
    assert r.message == "Testimonial by Layla Haddad about Omar Khan recorded."
    testimonials.add_testimonial(ids["Layla"], day=DAY, meeting_id=m.id)
    testimonials.add_testimonial(ids["Omar"], ids["Layla"], day=DAY - dt.timedelta(days=30))  # outside the week
    by = {ln.first_name: ln for ln in reports.meeting_summary(m.id).lines}
    assert (by["Layla"].testimonials, by["Omar"].testimonials) == (2, 0)
    assert reports.chapter_summary(ch.id, DAY - dt.timedelta(days=60), DAY).total.testimonials == 3
    target = tmp_path / "palms.csv"
    export.export_table("palms", target, period=reports.TableRange(start=DAY - dt.timedelta(days=60), end=DAY))
    with open(target, encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][-2:] == ["CEU", "T"]
    assert {r[0]: r[-1] for r in rows[1:]} == {"Layla": "2", "Omar": "1", "Total": "3"}


def test_testimonial_is_undone_with_the_meeting_undo(chapter):
    _, m, ids = chapter
    testimonials.add_testimonial(ids["Omar"], ids["Layla"], day=DAY, meeting_id=m.id)
    assert meeting_undo.undo_last() == "testimonial"
    assert models.Testimonial.select().count() == 0


def test_testimonial_about_oneself_is_refused(chapter):
    _, _, ids = chapter
    with pytest.raises(ValidationError, match="not about oneself"):
        testimonials.add_testimonial(ids["Omar"], ids["Omar"])
    with pytest.raises(ValidationError):
        testimonials.add_testimonial(99999)
    assert models.Testimonial.select().count() == 0
