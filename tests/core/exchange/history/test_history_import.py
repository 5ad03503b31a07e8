"""A whole Import history run on files the tests write: matching, storing, idempotence, undo, the
review list, follow-ups, and the command line."""

from __future__ import annotations

import datetime as dt

import pytest
from history_samples import ICS, MBOX, linkedin_zip, zip_bytes

from totalnet_desktop.cli import main
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.exchange.history import review, runner, storing
from totalnet_desktop.core.followups import rules
from totalnet_desktop.core.store import prefs, undo
from totalnet_desktop.core.store.models import (
    Chapter,
    FollowUp,
    HistoryIgnored,
    HistoryImport,
    HistoryPending,
    HistoryPerson,
    Interaction,
    Membership,
    database,
)
from totalnet_desktop.core.store.records import ContactRecord, PointRecord

OMAR_CHAT = """01/02/2024, 09:00 - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
01/02/2024, 09:00 - Omar Haddad: Coffee tomorrow?
01/02/2024, 09:05 - Sam Lee: Yes!
01/02/2024, 09:06 - Sam Lee: 8am?
14/02/2024, 18:00 - Omar Haddad: Thanks for the referral
"""
GROUP_CHAT = """\u200e[15/02/2024, 07:00:00] Dubai Pearl: \u200eMessages and calls are end-to-end encrypted.
\u200e[15/02/2024, 07:00:00] Dubai Pearl: \u200eSam Lee created group “Dubai Pearl”
[15/02/2024, 07:01:00] Layla Al Mansouri: Good morning chapter
[15/02/2024, 07:02:00] \u202a+971 55 765 4321\u202c: Who is presenting?
[15/02/2024, 07:03:00] \u202a+971 55 765 4321\u202c: ?
[15/02/2024, 07:04:00] \u202a+971 55 765 4321\u202c: ??
[16/02/2024, 07:04:00] Omar Haddad: me
[16/02/2024, 07:05:00] Sam Lee: great
"""


@pytest.fixture
def people(session):
    omar = contacts.create(ContactRecord(
        id=None, first_name="Omar", last_name="Haddad", stage="Trust",
        points=(PointRecord("phone", "+971 50 123 4567"), PointRecord("email", "omar@example.com"),
                PointRecord("social", "https://www.linkedin.com/in/omar-haddad", network="linkedin"))),
        undoable=False)
    layla = contacts.create(ContactRecord(id=None, first_name="Layla", last_name="Al Mansouri",
                                          points=(PointRecord("email", "layla@example.com"),)), undoable=False)
    chapter = Chapter.create(name="Dubai Pearl", is_mine=True)
    Membership.create(chapter=chapter, contact=layla)
    return {"omar": omar, "layla": layla}


@pytest.fixture
def folder(tmp_path):
    d = tmp_path / "history"
    d.mkdir()
    (d / "WhatsApp Chat with Omar Haddad.txt").write_text(OMAR_CHAT, encoding="utf-8")
    (d / "WhatsApp Chat - Dubai Pearl.zip").write_bytes(zip_bytes({"_chat.txt": GROUP_CHAT}))
    (d / "Basic_LinkedInDataExport_01-01-2025.zip").write_bytes(linkedin_zip())
    (d / "calendar.ics").write_text(ICS, encoding="utf-8", newline="")
    (d / "All mail Including Spam and Trash.mbox").write_text(MBOX, encoding="utf-8")
    (d / "notes.docx").write_bytes(b"PK not history")
    return d


def table_counts() -> tuple[int, ...]:
    return tuple(m.select().count() for m in (Interaction, HistoryPending, HistoryPerson, HistoryImport))


def test_a_folder_of_every_source_is_matched_stored_and_reviewed(people, folder):
    result = runner.import_history([folder], today=dt.date(2024, 3, 1))
    assert not result.failed and sorted(result.skipped) == [f"{folder / name}" for name in (
        "Basic_LinkedInDataExport_01-01-2025.zip: Rich_Media.csv", "notes.docx")]
    omar = {(i.source, i.occurred_at.date().isoformat(), i.channel, i.direction, i.count)
            for i in Interaction.select().where(Interaction.contact == people["omar"])}
    assert {("whatsapp", "2024-02-01", "messaging", "both", 3), ("whatsapp", "2024-02-14", "messaging", "in", 1),
            ("whatsapp", "2024-02-16", "messaging", "group", 1), ("mbox", "2024-01-01", "email", "both", 2),
            ("linkedin", "2023-06-11", "linkedin", "connected", 1) if False else
            ("linkedin", "2023-06-11", "linkedin", "both", 1)} <= omar
    assert sum(1 for o in omar if o[0] == "calendar") == 3  # the weekly call: 4 weeks minus one exception
    layla = {(i.source, i.channel, i.kind) for i in Interaction.select().where(Interaction.contact == people["layla"])}
    # A 1-2-1 with a chapter member is a one-to-one; her group messages are group touches.
    assert ("calendar", "one_to_one", "one-to-one") in layla and ("whatsapp", "messaging", "group message") in layla
    # Unmatched people wait for review, the most contact first; nobody was created.
    listed = review.review_list()
    assert listed[0].phone == "+971 55 765 4321" and listed[0].touches == 3
    assert {p.label for p in listed} >= {"Zed 🚀", "Nadia Karim", "Dina Stranger", "ليلى المنصوري"}
    assert [p.touches for p in listed] == sorted((p.touches for p in listed), reverse=True)
    assert contacts.names([people["omar"], people["layla"]]) and len(contacts.names(range(1, 100))) == 2
    # Who the member is was found in the files and remembered per source.
    me = runner.remembered_me()
    assert "sam lee" in me["whatsapp"] and "sam@example.com" in me["mbox"] and "sam@example.com" in me["calendar"]
    # Hand-counted: WhatsApp 2 + 2 (1 number waiting), LinkedIn messages 2 (Layla's Arabic name and Zed
    # waiting, one bad date), invitations 0 (Nadia, Zed), connections 1 (Nadia), endorsements 1 (two
    # skills, one day), recommendations 1 (Layla by name), calendar 3 weekly + Layla's 1-2-1 (Dina and
    # Zed waiting), mail Omar and Layla (Zed waiting, one bad date): 15 touches; 9 waiting from 7
    # people (Zed is one person per source; Nadia once in LinkedIn).
    assert result.line() == ("Read 9 files, 15 new touches with contacts, 9 touches waiting for review (7 persons), "
                             "2 bad lines skipped")


def test_reimporting_adds_nothing_and_undo_removes_a_whole_import(people, folder):
    first = runner.import_history([folder], today=dt.date(2024, 3, 1))
    before = table_counts()
    again = runner.import_history([folder], today=dt.date(2024, 3, 1))
    assert table_counts() == before
    assert sum(f.touches + f.pending for f in again.stored) == 0 and not again.batch_ids
    assert "0 new touches with contacts, 0 touches waiting for review (0 persons)" in again.line()
    # A newer export of a chat adds only its new day, and a day that gained messages gets its count.
    (folder / "WhatsApp Chat with Omar Haddad.txt").write_text(
        OMAR_CHAT + "14/02/2024, 18:30 - Omar Haddad: and see you\n20/02/2024, 10:00 - Sam Lee: hi\n",
        encoding="utf-8")
    newer = runner.import_history([folder / "WhatsApp Chat with Omar Haddad.txt"], today=dt.date(2024, 3, 1))
    assert [f.touches for f in newer.stored] == [1]
    assert Interaction.get(Interaction.origin_key == "whatsapp:omar haddad:2024-02-14:omar haddad").count == 2
    # Undo the first run's LinkedIn import as a whole.
    linkedin_batch = HistoryImport.get(HistoryImport.file_name.contains("messages.csv")).id
    assert storing.undo_import(linkedin_batch) > 0
    assert not Interaction.select().where(Interaction.batch == linkedin_batch).exists()
    assert not HistoryPending.select().where(HistoryPending.batch == linkedin_batch).exists()
    del first


def test_ctrl_z_undoes_the_last_import_and_a_source_can_be_removed(people, folder):
    runner.import_history([folder], today=dt.date(2024, 3, 1))
    manual = Interaction.create(contact=people["omar"], channel="phone", kind="call")
    assert undo.undo_last() == "import history (9 files); 15 touches removed"
    assert [i.id for i in Interaction.select()] == [manual.id]
    assert HistoryPending.select().count() == 0 and HistoryPerson.select().count() == 0
    runner.import_history([folder], today=dt.date(2024, 3, 1))
    storing.remove_source("whatsapp")
    assert not Interaction.select().where(Interaction.source == "whatsapp").exists()
    assert not HistoryPerson.select().where(HistoryPerson.source == "whatsapp").exists()
    assert Interaction.select().where(Interaction.source == "mbox").exists()


def test_link_create_and_ignore_from_the_review_list(people, folder):
    runner.import_history([folder], today=dt.date(2024, 3, 1))
    by_label = {p.label: p for p in review.review_list()}
    number = by_label["+971 55 765 4321"]
    assert review.link(number.id, people["layla"]) == 1  # one group day with three messages
    assert contacts.get(people["layla"]).points[-1].value == "+971 55 765 4321"  # found next time
    assert HistoryPerson.get_by_id(number.id).phone == ""  # the number lives on the contact now
    dina = review.create_contact(by_label["Dina Stranger"].id)
    record = contacts.get(dina)
    assert (record.first_name, record.last_name, record.source) == ("Dina", "Stranger", "Calendar")
    assert Interaction.select().where(Interaction.contact == dina).count() == 1
    zed = next(p for p in review.review_list() if p.label == "Zed 🚀" and p.source == "linkedin")
    review.ignore(zed.id)
    assert HistoryPerson.get_or_none(HistoryPerson.id == zed.id) is None
    assert not HistoryPending.select().where(HistoryPending.person == zed.id).exists()
    ignored = HistoryIgnored.select().count()
    assert ignored >= 1 and "zed" not in " ".join(h.key_hash for h in HistoryIgnored.select())
    labels = {p.label for p in review.review_list()}
    assert not {"+971 55 765 4321", "Dina Stranger"} & labels
    # Re-importing: the ignored stays ignored, the linked number lands on Layla, nothing is duplicated.
    before = table_counts()
    runner.import_history([folder], today=dt.date(2024, 3, 1))
    assert table_counts() == before
    assert "Zed 🚀" not in {p.label for p in review.review_list() if p.source == "linkedin"}


def test_cadence_follow_ups_close_themselves_and_group_touches_do_not_reset_a_cadence(people, folder):
    Membership.delete().execute()  # a member would get the one-to-one rotation item instead
    Interaction.create(contact=people["omar"], channel="phone", occurred_at=dt.datetime(2023, 1, 1, 9))
    Interaction.create(contact=people["layla"], channel="phone", occurred_at=dt.datetime(2023, 1, 1, 9))
    rules.run_rules(dt.date(2024, 3, 1))
    assert FollowUp.select().where(FollowUp.origin == "cadence", FollowUp.status == "open").count() == 2
    (folder / "WhatsApp Chat with Omar Haddad.txt").write_text(
        OMAR_CHAT.replace("14/02/2024", "28/02/2024"), encoding="utf-8")
    result = runner.import_history([folder / "WhatsApp Chat with Omar Haddad.txt",
                                    folder / "WhatsApp Chat - Dubai Pearl.zip"], today=dt.date(2024, 3, 1))
    omar = FollowUp.get(FollowUp.contact == people["omar"], FollowUp.origin == "cadence")
    assert omar.status == "done" and result.closed_followups >= 1
    # Layla only wrote in the group: her cadence item stays open.
    layla = FollowUp.get(FollowUp.contact == people["layla"], FollowUp.origin == "cadence")
    assert layla.status == "open"
    # ...unless the member says group touches count.
    prefs.set(rules.GROUP_RESETS_CADENCE_KEY, True)
    rules.run_rules(dt.date(2024, 3, 1))
    assert FollowUp.get_by_id(layla.id).status == "done"


def test_command_line_summary_bad_lines_and_unreadable_files(people, tmp_path, capsys):
    chat = tmp_path / "WhatsApp Chat with Omar Haddad.txt"
    chat.write_text(OMAR_CHAT + "31/02/2024, 10:00 - Omar Haddad: d\n15/02/2024, 25:00 - Omar Haddad: e\n",
                    encoding="utf-8")
    junk = tmp_path / "WhatsApp Chat with Bob.txt"
    junk.write_text("Dear diary\n", encoding="utf-8")
    cut = tmp_path / "export.zip"
    cut.write_bytes(linkedin_zip()[:100])
    database.close()
    assert main(["import-history", str(chat), str(junk), str(cut)]) == 2
    out, err = capsys.readouterr()
    assert out.strip() == ("Read 1 file, 2 new touches with contacts, 0 touches waiting for review (0 persons), "
                           "2 bad lines skipped, 2 files not read")
    lines = err.strip().splitlines()
    assert f"{chat}, line 7: skipped, 15/02/2024 has no time 25:00" not in lines
    assert f"{chat}, line 6: skipped, 31/02/2024 is not a date" in lines
    assert f"{chat}, line 7: skipped, 25:00 is not a time" in lines
    assert f"totalnet: {junk}, line 1: this is not a line of a WhatsApp chat export" in lines[0]
    assert lines[1] == (f"totalnet: {cut} is not a complete ZIP archive (it may have been cut short); "
                        "nothing was imported from it.")
    assert main(["import-history", str(chat)]) == 0
    assert capsys.readouterr().out.startswith("Read 1 file, 0 new touches")
    assert main(["import-history", "--list"]) == 0
    assert "whatsapp\t2 touches" in capsys.readouterr().out


def test_command_line_asks_who_i_am_and_remembers(session, tmp_path, capsys):
    chat = tmp_path / "chat.txt"
    chat.write_text("1/13/24, 8:05 AM - A: x\n1/13/24, 8:06 AM - B: y\n", encoding="utf-8")
    database.close()
    assert main(["import-history", str(chat)]) == 2
    assert "which of these senders are you? A, B. Run again with --me YOUR-NAME." in capsys.readouterr().err
    assert main(["import-history", str(chat), "--me", "B"]) == 0
    assert "1 touch waiting for review (1 person)" in capsys.readouterr().out
    assert main(["import-history", "--review"]) == 0
    assert capsys.readouterr().out == "2\tWhatsApp\tA\t\n"  # the day's two messages, both ways


def test_the_timeline_says_channel_count_and_direction(people, folder):
    from totalnet_desktop.core.contacts import timeline

    runner.import_history([folder / "WhatsApp Chat with Omar Haddad.txt", folder / "calendar.ics",
                           folder / "WhatsApp Chat - Dubai Pearl.zip"], today=dt.date(2024, 3, 1))
    titles = [(e.when.date().isoformat(), e.title, e.channel) for e in timeline.timeline(people["omar"])]
    assert ("2024-02-16", "WhatsApp group", "messaging") in titles
    assert ("2024-02-14", "WhatsApp: to you", "messaging") in titles
    assert ("2024-02-01", "WhatsApp: 3 messages, both ways", "messaging") in titles
    assert ("2024-01-22", "Online meeting (calendar)", "online_meeting") in titles


def test_someone_messaged_often_but_never_met_is_a_meet_in_person_candidate(people, tmp_path):
    nadia = contacts.create(ContactRecord(id=None, first_name="Nadia", last_name="Karim",
                                          points=(PointRecord("phone", "+971 52 111 2233"),)), undoable=False)
    rules.run_rules(dt.date(2024, 3, 1))
    assert not FollowUp.select().where(FollowUp.contact == nadia, FollowUp.origin == "bridge_meet").exists()
    days = [dt.date(2024, 1, 15) + dt.timedelta(days=d) for d in range(10)]
    chat = "".join(f"{d:%d/%m/%Y}, 10:0{k} - {who}: hi\n" for d in days for k, who in
                   enumerate(("+971 52 111 2233", "Sam Lee")))  # 20 messages one to one, never met
    (tmp_path / "WhatsApp Chat with Nadia.txt").write_text(chat, encoding="utf-8")
    runner.import_history([tmp_path / "WhatsApp Chat with Nadia.txt"], me=["Sam Lee"], today=dt.date(2024, 3, 1))
    item = FollowUp.get(FollowUp.contact == nadia, FollowUp.origin == "bridge_meet")
    assert item.reason == "Invite Nadia Karim for a coffee or to visit the chapter"
