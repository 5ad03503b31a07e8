"""More of core's texts reach the member translated: a contact's timeline, backup kinds, the summary lines
of forget and history imports, the what-if line, scheme area names, slip messages; and sentences stored
with a date but no year ('02 Dec') are read back and shown as the locale writes day and month."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from totalnet_desktop import i18n
from totalnet_desktop.core.chapter import scheme as scheme_mod
from totalnet_desktop.core.chapter import traffic_whatif
from totalnet_desktop.core.contacts.forget import ForgetResult
from totalnet_desktop.core.exchange.history.runner import HistoryResult
from totalnet_desktop.core.store import backup, texts, undo_labels
from totalnet_desktop.core.store.texts import joined, nearest_year

ARABIC = range(0x0600, 0x0700)


def _arabic(text: str) -> bool:
    return any(ord(c) in ARABIC for c in text)


@pytest.fixture
def arabic(qapp):
    i18n.install("ar")
    yield
    i18n.install("en")


def _timeline(db):
    from totalnet_desktop.core.contacts import timeline
    from totalnet_desktop.core.store.models import CEU, Contact, OneToOne, Referral

    layla = Contact.create(first_name="Layla", last_name="Haddad")
    omar = Contact.create(first_name="Omar", last_name="Khan")
    OneToOne.create(date=dt.date(2026, 11, 3), member_a=layla, member_b=omar, location="Tim Hortons")
    Referral.create(date=dt.date(2026, 11, 4), giver=layla, receiver=omar, hotness=4, status="New", kind="inside")
    CEU.create(date=dt.date(2026, 11, 5), contact=layla, credits=2)
    return {e.kind: e.title for e in timeline.timeline(layla.id)}


def test_timeline_titles_stay_english_and_read_in_arabic(db, qapp):
    i18n.install("en")
    titles = _timeline(db)
    assert titles["one_to_one"] == "One-to-one with Omar Khan at Tim Hortons"
    assert titles["referral_given"] == "Gave a referral to Omar Khan (hotness 4/5, New, inside)"
    assert titles["ceu"] == "CEU: 2 credits"
    assert i18n.tr_core(titles["ceu"]) == "CEU: 2 credits"
    i18n.install("ar")
    try:
        assert i18n.tr_core(titles["one_to_one"]) == "لقاء فردي مع \u2068Omar Khan\u2069 في \u2068Tim Hortons\u2069"
        given = i18n.tr_core(titles["referral_given"])
        assert given.startswith("قدّم إحالة إلى") and "داخلية" in given and "New" not in given
        assert i18n.tr_core(titles["ceu"]) == "CEU: وحدتان"
    finally:
        i18n.install("en")


def test_backup_kinds(arabic, tmp_path):
    def info(kind, event=""):
        return backup.BackupInfo(Path(tmp_path / "b.sqlite3"), kind, dt.datetime(2026, 12, 1), 1, 1, 14, event)

    assert info("manual").label == "Backed up by you" and info("event", "pre-import").label == "Before import"
    assert info("event", "pre-migration-v14").label == "Before migration v14"
    assert i18n.tr_core(info("manual").label) == "نسخة احتياطية صنعتها بنفسك"
    assert i18n.tr_core(info("event", "pre-import").label) == "قبل الاستيراد"
    assert i18n.tr_core(info("daily").label) == "نسخة احتياطية يومية"


def test_summary_lines(arabic):
    line = ForgetResult(removed={"contact": 1, "tags": 2}, anonymised=0).line()
    assert line == "Removed 1 contact, 2 tags; no chapter records named them."
    assert i18n.tr_core(line) == "حُذف: جهة اتصال واحدة، وسمين؛ ولم يذكره أي سجل للفرع."
    history = HistoryResult().line()
    assert history.startswith("Read 0 files, 0 new touches with contacts")
    shown = i18n.tr_core(history)
    assert _arabic(shown) and "read" not in shown and "،" in shown


def test_what_if_line_and_scheme_areas(arabic):
    plan = traffic_whatif.Plan("amber", "green", True, actions=(("referral", 2), ("visitor", 1)), remaining=3)
    line = traffic_whatif.describe(plan)
    assert line == "2 more referrals, 1 more visitor and attending the 3 meetings left → green"
    shown = i18n.tr_core(line)
    assert shown.startswith("إحالتان إضافيتان، زائر إضافي واحد وحضور الاجتماعات الـ3 المتبقية")
    assert shown.endswith(i18n.translate("LightsTab", "green"))
    assert i18n.tr_core(traffic_whatif.describe(traffic_whatif.Plan("green", None, True))).endswith("أعلى لون")
    labels = [a.label for s in scheme_mod.shipped_schemes() for a in s.areas]
    assert len(labels) >= 10 and all(_arabic(i18n.tr_core(label)) or label == "TYFCB" for label in labels)


def test_lists_join_the_language_way(arabic):
    assert joined(["a", "b", "c"], last_and=True) == "a, b and c"
    assert i18n.tr_core(joined(["a", "b", "c"], last_and=True)) == "\u2068a\u2069، \u2068b\u2069 و\u2068c\u2069"
    assert joined([]) == "" and joined(["only"]) == "only"


def test_a_stored_date_without_a_year_is_shown_the_locale_way(arabic):
    stored = "Snooze until 02 Dec"  # how undo labels were stored
    found = texts.parse("Undo", stored)
    assert found is not None and isinstance(found.args["day"], dt.date)
    assert (found.args["day"].month, found.args["day"].day) == (12, 2)
    assert str(found) == stored  # the English reads as stored
    assert i18n.tr_core(stored, "Undo") == "تأجيل حتى 2 ديسمبر"
    fresh = undo_labels.SNOOZE_UNTIL.format(day=dt.date(2027, 3, 9))
    assert fresh == "Snooze until 09 Mar" and i18n.tr_core(fresh) == "تأجيل حتى 9 مارس"
    from totalnet_desktop.core.followups import reasons  # noqa: F401  (marks the reasons' templates)

    reason = "Visitor on 03 Dec: thank Omar Khan for coming and ask how we can help"
    assert "3 ديسمبر" in i18n.tr_core(reason, "Follow-up reason")


def test_the_year_of_a_day_and_month_is_the_nearest():
    today = dt.date(2026, 1, 10)
    assert nearest_year(28, 12, today) == dt.date(2025, 12, 28)  # a snooze set last month
    assert nearest_year(2, 2, today) == dt.date(2026, 2, 2)
    assert nearest_year(29, 2, dt.date(2026, 3, 1)) is None  # no leap year within a year either side
    assert nearest_year(29, 2, dt.date(2024, 3, 1)) == dt.date(2024, 2, 29)


def test_history_summary_agrees_with_its_counts(arabic):
    from totalnet_desktop.core.exchange.history import runner

    def line(n: int, people: int) -> str:
        return joined([runner.READ_FILES.format(n=n), runner.NEW_TOUCHES.format(n=n),
                       runner.WAITING.format(n=n, people=runner.PEOPLE.format(n=people)), runner.CLOSED.format(n=n)])

    assert line(1, 1) == "Read 1 file, 1 new touch with contacts, 1 touch waiting for review (1 person), 1 follow-up closed"
    assert line(2, 3) == ("Read 2 files, 2 new touches with contacts, 2 touches waiting for review (3 persons), "
                          "2 follow-ups closed")
    assert i18n.tr_core(line(1, 1)) == ("قُرئ ملف واحد، تواصل جديد واحد مع جهات الاتصال، تواصل واحد بانتظار المراجعة "
                                        "(شخص واحد)، أُغلقت متابعة واحدة")
    eleven = i18n.tr_core(line(11, 2))
    assert "11 تواصلًا جديدًا" in eleven and "(شخصان)" in eleven and "أُغلقت 11 متابعةً" in eleven
