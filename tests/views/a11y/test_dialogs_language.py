"""The Contacts, Meeting day and Follow-ups dialogs in Arabic: right to left, no English left on them
(only names, companies and brand words), every control named for screen readers in both languages;
and what they store stays in English whatever language shows it (stage, channel, role, labels)."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from dbsnap import back_up_now
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QGroupBox, QLabel, QLineEdit, QTabWidget, QWidget
from walk import unnamed

from totalnet_desktop import i18n
from totalnet_desktop.core.chapter import chapters, meetings
from totalnet_desktop.core.chapter.people import PersonChoice
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.demo import loader as demo
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store import backup

# Words that stay Latin in Arabic: brands, codes, keys and the sample's example values.
KEPT = {"TotalNet", "LinkedIn", "WhatsApp", "Facebook", "Instagram", "PDF", "vCard", "vcf", "QR", "CEU", "TYFCB",
        "Ctrl", "Esc", "Enter", "AED", "USD", "Dubai", "Achievers", "example", "com", "www", "name", "pdf",
        "Layla", "Haddad", "Print", "Printer", "Omar", "Khan", "Lawyer"}


@pytest.fixture
def sample(session):
    demo.generate()


@pytest.fixture
def arabic(qapp):
    i18n.install("ar")
    yield
    i18n.install("en")


def _data_words() -> set[str]:
    """Every word of the sample's names, companies, classifications and chapter (data, not UI text)."""
    words: set[str] = set()
    chapter = chapters.get_chapter(chapters.my_chapter_id())
    texts = [chapter.name, chapter.city, chapter.venue] if chapter else []
    texts += contacts.names(range(1, 500)).values()
    for member in chapters.roster(chapter.id) if chapter else []:
        texts += [member.name, member.company, member.classification]
    for contact_id in list(contacts.names(range(1, 500)))[:60]:  # the merge dialog and my card show them
        record = contacts.get(contact_id)
        texts += [record.profession, record.job_title, record.company, record.notes, record.met_where, record.city]
        texts += [p.value for p in record.points]
    for item in followups.list_items("all"):
        texts += [item.contact_name, item.reason]
    for text in texts:
        words.update(re.findall(r"[A-Za-z]{3,}", text or ""))
    return words


def _shown_texts(root: QWidget) -> list[str]:
    """The interface text on a dialog: title, labels, buttons, group boxes, tabs, placeholders, combo items."""
    texts = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            texts.append(re.sub(r"<[^>]+>", " ", widget.text()))
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
    return texts


def english_left(root: QWidget, allowed: set[str]) -> list[str]:
    left = []
    for text in _shown_texts(root):
        words = [w for w in re.findall(r"[A-Za-z]{3,}", text) if w not in allowed and w not in KEPT]
        if words:
            left.append(f"{text!r}: {words}")
    return left


def _dialogs(ctx):
    """(name, factory) for the dialogs of views/contacts, views/meeting and views/followups."""
    from totalnet_desktop.views.contacts.editor import ContactEditor
    from totalnet_desktop.views.contacts.forget_dialog import BackupRewriteDialog
    from totalnet_desktop.views.contacts.log_touch_dialog import LogTouchDialog
    from totalnet_desktop.views.contacts.merge_dialog import MergeDialog
    from totalnet_desktop.views.contacts.my_card_dialog import MyCardDialog
    from totalnet_desktop.views.followups.dialog import AddFollowUpDialog, DatePickDialog, SnoozeDialog
    from totalnet_desktop.views.followups.done_dialog import FollowUpDoneDialog
    from totalnet_desktop.views.meeting.chapter_setup import ChapterSetupForm
    from totalnet_desktop.views.meeting.dialogs import MeetingDateDialog
    from totalnet_desktop.views.meeting.history import MeetingHistoryDialog
    from totalnet_desktop.views.meeting.report import MeetingReportDialog
    from totalnet_desktop.views.meeting.roster import RosterDialog
    from totalnet_desktop.views.meeting.slip_dialogs import (
        CEUDialog,
        OneToOneDialog,
        ReferralDialog,
        SubstituteDialog,
        ThankYouDialog,
        VisitorDialog,
    )
    from totalnet_desktop.views.meeting.testimonial_dialog import TestimonialDialog
    from totalnet_desktop.views.meeting.visitor_strip import VisitorStrip

    me = contacts.me_id()
    chapter = chapters.get_chapter(chapters.my_chapter_id())
    members = [PersonChoice(m.contact_id, m.name, m.company, m.classification)
               for m in chapters.roster(chapter.id)][:5]
    other = members[1].id
    item = followups.list_items("all")[0]
    meeting = meetings.list_meetings(chapter.id)[0]
    back_up_now(ctx.session)
    held = backup.list_backups(ctx.paths.backup_dir)

    def nothing(_dialog):
        return None

    def strip():
        widget = VisitorStrip()
        row = meetings.roster_rows(meeting.id)[0]
        widget.open_for(meeting, row, members)
        return widget

    return [
        ("new contact", lambda: ContactEditor(ctx)),
        ("edit contact", lambda: ContactEditor(ctx, me)),
        ("log touch", lambda: LogTouchDialog(ctx, me)),
        ("merge", lambda: MergeDialog(ctx, [me, other])),
        ("my card", lambda: MyCardDialog(ctx)),
        ("forget: backups", lambda: BackupRewriteDialog(None, held, "")),
        ("add follow-up", lambda: AddFollowUpDialog()),
        ("add follow-up for a contact", lambda: AddFollowUpDialog(me)),
        ("snooze", lambda: SnoozeDialog(dt.date.today())),
        ("date pick", lambda: DatePickDialog("", dt.date.today())),
        ("follow-up done", lambda: FollowUpDoneDialog(item)),
        ("chapter set-up", ChapterSetupForm),
        ("meeting date", lambda: MeetingDateDialog(dt.date.today())),
        ("history", lambda: MeetingHistoryDialog(chapter.id)),
        ("report", lambda: MeetingReportDialog(meeting.id)),
        ("roster", lambda: RosterDialog(chapter.id)),
        ("referral", lambda: ReferralDialog(nothing, members, me)),
        ("thank-you", lambda: ThankYouDialog(nothing, members, me)),
        ("one-to-one", lambda: OneToOneDialog(nothing, members, me)),
        ("CEU", lambda: CEUDialog(nothing, members, me)),
        ("testimonial", lambda: TestimonialDialog(nothing, members, me)),
        ("substitute", lambda: SubstituteDialog(nothing, members[0].label)),
        ("visitor", lambda: VisitorDialog(nothing, "Sam Visitor", members)),
        ("visitor strip", strip),
    ]


def _each_dialog(ctx, qtbot):
    for name, factory in _dialogs(ctx):
        dialog = factory()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        yield name, dialog
        dialog.close()


def test_every_dialog_names_its_controls(sample, ctx, qtbot):
    failures = {name: unnamed(dialog) for name, dialog in _each_dialog(ctx, qtbot) if unnamed(dialog)}
    assert failures == {}


def test_the_english_finder_finds_an_english_label(sample, arabic, qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    QLabel("Keep in touch", page)
    page.show()
    assert english_left(page, set()) == ["'Keep in touch': ['Keep', 'touch']"]


def test_every_dialog_is_arabic_and_right_to_left(sample, arabic, ctx, qtbot):
    allowed = _data_words() | {"Sam", "Visitor"}  # the visitor's name given to the dialog
    failures, directions, unnamed_controls = {}, {}, {}
    for name, dialog in _each_dialog(ctx, qtbot):
        left = english_left(dialog, allowed)
        if left:
            failures[name] = left
        if dialog.layoutDirection() != Qt.LayoutDirection.RightToLeft:
            directions[name] = dialog.layoutDirection()
        missing = unnamed(dialog)
        if missing:
            unnamed_controls[name] = missing
    assert failures == {}
    assert directions == {}
    assert unnamed_controls == {}


def test_arabic_dialogs_store_english_keys(sample, arabic, ctx, qtbot):
    """Stage, channel, touch kind, point label and role are shown in Arabic and stored as before."""
    from totalnet_desktop.core.contacts import timeline
    from totalnet_desktop.views.contacts.editor import ContactEditor
    from totalnet_desktop.views.contacts.log_touch_dialog import LogTouchDialog
    from totalnet_desktop.views.meeting.roster import RosterDialog

    editor = ContactEditor(ctx)
    qtbot.addWidget(editor)
    editor.set_text("first_name", "Rania")
    editor.set_text("last_name", "Saleh")
    editor.stage.setCurrentIndex(editor.stage.findData("Trust"))
    assert editor.stage.currentText() == "ثقة"
    assert editor.phones.rows[0].label.currentText() == "الجوال"
    editor.phones.rows[0].value.setText("+971 50 555 0199")
    editor.met_channel.setCurrentIndex(editor.met_channel.findData("one_to_one"))
    editor.source.setCurrentText("إحالة")
    record = editor.current_record()
    assert (record.stage, record.met_channel, record.source) == ("Trust", "one_to_one", "Referral")
    assert record.points[0].label == "mobile"
    editor.phones.rows[0].label.setEditText("مكتب دبي")  # a label the member types is kept as typed
    assert editor.current_record().points[0].label == "مكتب دبي"

    me = contacts.me_id()
    dialog = LogTouchDialog(ctx, me)
    qtbot.addWidget(dialog)
    dialog.channel.setCurrentIndex(dialog.channel.findData("phone"))
    dialog.kind.setCurrentIndex(dialog.kind.findData("coffee"))
    assert (dialog.channel.currentText(), dialog.kind.currentText()) == ("الهاتف", "قهوة")
    dialog.note.setText("Catch-up")
    assert dialog.save() is not None
    newest = timeline.timeline(me)[0]
    assert newest.channel == "phone" and "coffee" in newest.title.lower()

    chapter = chapters.get_chapter(chapters.my_chapter_id())
    roster = RosterDialog(chapter.id)
    qtbot.addWidget(roster)
    assert roster.role.currentText() == "عضو"
    roster.person.setText("Karim Aziz")
    roster.role.setCurrentIndex(roster.role.findData("Visitor Host"))
    roster.add_member()
    added = [m for m in chapters.roster(chapter.id) if m.name == "Karim Aziz"]
    assert added and added[0].role == "Visitor Host"
    row = next(r for r in range(roster.table.rowCount()) if roster.table.item(r, 0).text() == "Karim Aziz")
    assert roster.table.item(row, 3).text() == "مضيف الزوار"
    roster.table.item(row, 3).setText("الرئيس")  # edited in place in Arabic: stored in English
    assert [m.role for m in chapters.roster(chapter.id) if m.name == "Karim Aziz"] == ["President"]


def test_the_backup_sentence_agrees_with_its_count(session, ctx, qtbot):
    from totalnet_desktop.views.contacts.forget_dialog import BackupRewriteDialog

    back_up_now(ctx.session)
    one = backup.list_backups(ctx.paths.backup_dir)
    back_up_now(ctx.session)
    two = backup.list_backups(ctx.paths.backup_dir)
    assert (len(one), len(two)) == (1, 2)
    texts = []
    for held in (one, two):
        dialog = BackupRewriteDialog(None, held, "Removed 1 contact.")
        qtbot.addWidget(dialog)
        texts.append(dialog.findChildren(QLabel)[0].text())
    assert "1 backup made before still holds this person." in texts[0]
    assert "2 backups made before still hold this person." in texts[1]
