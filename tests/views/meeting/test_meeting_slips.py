"""Slip dialogs from the meeting-day screen: Ctrl+R, Ctrl+T, Ctrl+O, Ctrl+Shift+E, driven by keyboard/qtbot."""

import datetime as dt
from decimal import Decimal

import pytest
from modal_helpers import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from totalnet_desktop.core.chapter import chapters, slips
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.models import CEU, Contact, FollowUp, OneToOne, Referral, ThankYou
from totalnet_desktop.views.meeting.slip_dialogs import (
    CEUDialog,
    OneToOneDialog,
    ReferralDialog,
    ThankYouDialog,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def back_in_window(qtbot, view):
    """Wait for the main window to be active again after a dialog (activation is asynchronous)."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view.window(), timeout=2000)


@pytest.fixture
def view(db, main_window):
    ch = chapters.create_chapter("Dubai Achievers", start_time="23:59", weekday=dt.date.today().weekday())
    me = chapters.add_member(ch.id, name="Layla Haddad", classification="Printer")
    chapters.add_member(ch.id, name="Omar Khan", classification="Lawyer")
    chapters.add_member(ch.id, name="Zoë Dubois", classification="Florist")
    prefs.set("me_contact_id", me.contact_id)
    return main_window.show_screen("meeting")


def cid(first):
    return Contact.get(Contact.first_name == first).id


def test_ctrl_r_referral_received_by_me_queues_follow_up(view, qtbot):
    def fill(d):
        assert isinstance(d, ReferralDialog)
        assert d.giver.current_id() == cid("Layla")  # me preset
        d.giver.setEditText("omar")
        d.receiver.setEditText("Layla")
        d.prospect.setText("Sara Ali")
        d.phone.setText("050 555 0107")
        d.hotness.setValue(5)
        d.notes.setText("wants 500 cards")
        d.accept()

    on_next_modal(fill, ReferralDialog)
    qtbot.keyClick(view.box, Qt.Key.Key_R, CTRL)
    ref = Referral.get()
    assert (ref.giver_id, ref.receiver_id, ref.prospect.full_name, ref.hotness, ref.kind, ref.meeting_id) == (
        cid("Omar"), cid("Layla"), "Sara Ali", 5, "outside", view.meeting.id)
    f = FollowUp.get(FollowUp.origin_key == f"referral_received:{ref.id}")
    assert f.reason == "Contact Sara Ali (from Omar Khan)" and f.due == dt.date.today() + dt.timedelta(days=1)
    assert "Referrals <b>1</b>" in view.counters.text()
    back_in_window(qtbot, view)
    assert QApplication.focusWidget() is view.box  # focus goes back to the check-in box


def test_referral_dialog_keeps_errors_visible(view, qtbot):
    seen = {}

    def fill(d):
        d.receiver.setEditText("nobody at all")
        d.accept()
        seen["error"] = d.error.text()
        seen["open"] = d.isVisible()
        d.receiver.setEditText("Layla")
        d.accept()  # giver is me too: refused
        seen["same"] = d.error.text()

    on_next_modal(fill, ReferralDialog)
    qtbot.keyClick(view.box, Qt.Key.Key_R, CTRL)
    assert "Pick the receiver" in seen["error"] and seen["open"]
    assert "two different people" in seen["same"]
    assert Referral.select().count() == 0


def test_ctrl_t_thank_you_amount_checked_and_closes_referral(view, qtbot):
    rid = slips.add_referral(cid("Omar"), cid("Layla"), prospect_id=cid("Zoë")).id
    seen = {}

    def fill(d):
        assert isinstance(d, ThankYouDialog)
        d.to_member.setEditText("Omar Khan")
        d.refresh_referrals()
        assert d.referral.count() == 2
        d.referral.setCurrentIndex(1)
        d.amount.setText("-1500")
        d.accept()
        seen["negative"] = d.error.text()
        d.amount.setText("fifteen")
        d.accept()
        seen["text"] = d.error.text()
        d.amount.setText("AED 1,500")
        d.accept()

    on_next_modal(fill, ThankYouDialog)
    qtbot.keyClick(view.box, Qt.Key.Key_T, CTRL)
    assert "cannot be negative" in seen["negative"] and "not a number" in seen["text"]
    ty = ThankYou.get()
    assert (ty.from_contact_id, ty.to_contact_id, ty.amount, ty.currency) == (
        cid("Layla"), cid("Omar"), Decimal("1500.00"), "AED")
    assert Referral.get_by_id(rid).status == "Closed"
    assert "Thank-you <b>AED 1,500</b>" in view.counters.text()


def test_thank_you_for_an_inside_referral_is_inside_and_phones_read_internationally(view, qtbot):
    from totalnet_desktop.views.meeting.slip_dialogs import SubstituteDialog

    rid = slips.add_referral(cid("Omar"), cid("Layla"), kind="inside").id
    dialog = ThankYouDialog(lambda d: None, view.members(), cid("Layla"))
    qtbot.addWidget(dialog)
    dialog.to_member.setEditText("Omar Khan")
    dialog.refresh_referrals()
    day = Referral.get_by_id(rid).date
    assert dialog.referral.itemText(1) == f"Omar Khan → Layla Haddad (inside), {day.day} {day:%b}"
    assert dialog.kind.currentData() == "outside"
    dialog.referral.setCurrentIndex(1)
    assert dialog.kind.currentData() == "inside"
    sub = SubstituteDialog(lambda d: None, "Omar Khan")
    qtbot.addWidget(sub)
    sub.phone.setText("050 555 0107")
    sub.phone.editingFinished.emit()
    assert sub.phone.text() == "+971 50 555 0107"  # as the contact pane shows it (region AE)
    sub.phone.setText("12")
    sub.phone.editingFinished.emit()
    assert sub.phone.text() == "12"  # not a number: left as typed


def test_ctrl_o_one_to_one_and_ctrl_shift_e_ceu(view, qtbot):
    def one(d):
        d.member_b.setEditText("zoe")
        d.location.setText("Café Nero")
        d.accept()

    on_next_modal(one, OneToOneDialog)
    qtbot.keyClick(view.box, Qt.Key.Key_O, CTRL)
    back_in_window(qtbot, view)
    o = OneToOne.get()
    assert {o.member_a_id, o.member_b_id} == {cid("Layla"), cid("Zoë")} and o.location == "Café Nero"

    def ceu(d):
        d.credits.setValue(0.5)
        d.accept()

    on_next_modal(ceu, CEUDialog)
    qtbot.keyClick(view.box, Qt.Key.Key_E, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert CEU.get().credits == 0.5 and CEU.get().contact_id == cid("Layla")


def test_cancelled_slip_saves_nothing(view, qtbot):
    on_next_modal(lambda d: d.reject(), ReferralDialog)
    qtbot.keyClick(view.box, Qt.Key.Key_R, CTRL)
    assert Referral.select().count() == 0


def test_slip_undo_with_ctrl_z(view, main_window, qtbot):
    def one(d):
        d.member_b.setEditText("Omar")
        d.accept()

    on_next_modal(one, OneToOneDialog)
    qtbot.keyClick(view.box, Qt.Key.Key_O, CTRL)
    assert OneToOne.select().count() == 1
    assert view.undo()
    assert OneToOne.select().count() == 0


def test_key_t_on_a_roster_row_records_a_testimonial_by_that_member(view, qtbot):
    from totalnet_desktop.core.store import models
    from totalnet_desktop.views.meeting.testimonial_dialog import TestimonialDialog

    view.table.setFocus()
    omar_row = next(i for i in range(view.model.rowCount()) if view.model.row_at(i).first_name == "Omar")
    view._highlight(omar_row)

    def fill(d):
        assert isinstance(d, TestimonialDialog)
        assert d.giver.current_id() == cid("Omar")
        qtbot.keyClicks(d.about.lineEdit(), "Zo")
        qtbot.keyClicks(d.note, "Lovely flowers")
        d.accept()

    on_next_modal(fill, TestimonialDialog)
    qtbot.keyClick(view.table, Qt.Key.Key_T)
    t = models.Testimonial.get()
    assert (t.giver_id, t.about_id, t.notes) == (cid("Omar"), cid("Zoë"), "Lovely flowers")
    assert "Testimonial by Omar Khan about Zoë Dubois" in view.message.text()
