"""The merge dialog says beforehand what goes because it would link the contact to themselves."""

import datetime as dt
from decimal import Decimal

from people import add

from totalnet_desktop.core.store.models import Attendance, Chapter, Meeting, OneToOne, Referral, ThankYou
from totalnet_desktop.views.contacts.merge_dialog import MergeDialog


def test_merge_dialog_tells_which_links_between_the_records_go(ctx, qtbot):
    omar = add("Omar", "Khan")
    b = add("Layla", "H.")
    a = add("Layla", "Haddad", introduced_by_id=b)
    meeting = Meeting.create(chapter=Chapter.create(name="Dubai Connectors"), date=dt.date(2026, 1, 7))
    Referral.create(date=dt.date(2026, 1, 7), giver=a, receiver=b)
    Referral.create(date=dt.date(2026, 1, 8), giver=b, receiver=a)
    Referral.create(date=dt.date(2026, 1, 9), giver=omar, receiver=a, prospect=b)
    ThankYou.create(date=dt.date(2026, 1, 9), from_contact=b, to_contact=a, amount=Decimal(1500))
    OneToOne.create(date=dt.date(2026, 1, 10), member_a=a, member_b=b)
    Attendance.create(meeting=meeting, contact=a, status="Substitute", substitute=b)
    dialog = MergeDialog(ctx, [a, b])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.self_link_note.isVisible()
    assert dialog.self_link_note.text().splitlines() == [
        ("2 referrals, 1 thank-you and 1 one-to-one between these records will be removed: both ends would "
         "be the same person."),
        "The prospect of 1 referral will be cleared: it would be the giver or receiver.",
        "The substitute at 1 meeting will be cleared: the member would have stood in for themselves.",
    ]
    # "Introduced by" the other record is shown for what it becomes, and is not the default.
    assert dialog.choice_buttons[("introduced_by_id", a)].text() == "Layla H. (one of these: none)"
    assert dialog.chosen_values()["introduced_by_id"] is None
    assert dialog.merge() == a
    assert Referral.select().count() == 1 and ThankYou.select().count() == 0


def test_merge_dialog_without_links_between_the_records_says_nothing_of_them(ctx, qtbot):
    a, b = add("Layla", "Haddad"), add("Layla", "H.")
    dialog = MergeDialog(ctx, [a, b])
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.self_link_note.isVisible()


def test_latin_values_keep_their_order_in_arabic(ctx, qtbot):
    from totalnet_desktop import i18n

    a = add("Nadia", "Rahman", notes="My own card: digital marketing in Dubai Pioneers.")
    b = add("Nadia", "R.", notes="Met at the expo.")
    i18n.install("ar")
    try:
        dialog = MergeDialog(ctx, [a, b])
        qtbot.addWidget(dialog)
        # kept whole (an isolate): the full stop stays after "Pioneers", not at the far left of the line
        assert dialog.choice_buttons[("notes", a)].text() == "\u2068My own card: digital marketing in Dubai Pioneers.\u2069"
    finally:
        i18n.install("en")
