"""The Chapter screen's Visitors, Power teams and Sheet for BNI Connect tabs."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from totalnet_desktop.core.chapter import chapters, meetings, power_teams, slips, visitors
from totalnet_desktop.core.store.models import Contact, FollowUp, Membership

DAY = dt.date(2026, 11, 25)


@pytest.fixture
def chapter(db, main_window):
    ch = chapters.create_chapter("Dubai Achievers", start_time="23:59")
    ids = {}
    for name, classification in (("Amal Saeed", "Estate agent"), ("Bilal Aziz", "Mortgage broker")):
        ids[name.split()[0]] = chapters.add_member(ch.id, name=name, classification=classification).contact_id
    m = meetings.open_meeting(ch.id, DAY, today=DAY)
    rows = {r.first_name: r for r in meetings.roster_rows(m.id)}
    meetings.check_in(m, rows["Amal"], now=dt.datetime.combine(DAY, dt.time(7)))
    visitors.add_visitor(m, "Vera Visitor", invited_by_id=ids["Amal"], profession="Removals")
    slips.add_referral(ids["Amal"], ids["Bilal"], kind="inside", day=DAY, meeting_id=m.id)
    view = main_window.show_screen("chapter")
    view.today = DAY
    return view, ch, m, ids


def test_visitors_tab_join_and_drip(chapter):
    view, _ch, _, _ = chapter
    view.tabs.setCurrentWidget(view.visitors)
    tab = view.visitors
    assert tab.table.rowCount() == 1 and tab.table.item(0, 3).text() == "Amal Saeed"
    assert tab.table.item(0, 6).text() == "visited"
    tab.join()
    assert tab.message.text() == "Select a visitor first."
    tab.table.selectRow(0)
    tab.stage.setCurrentIndex(tab.stage.findData("applied"))
    tab.set_stage()
    assert tab.table.item(0, 6).text() == "applied"
    tab.table.selectRow(0)
    tab.join()
    vera = Contact.get(Contact.first_name == "Vera")
    m = Membership.get(Membership.contact == vera.id)
    assert (m.joined_on, m.classification) == (DAY, "Removals")
    assert tab.table.item(0, 6).text() == "joined 25 Nov" and "1 of 1 visitors joined" in tab.summary.text()


def test_teams_tab_starter_most_wanted_and_invitations(chapter):
    view, ch, _, _ids = chapter
    view.tabs.setCurrentWidget(view.teams)
    tab = view.teams
    Contact.create(first_name="Olga", last_name="Online", profession="Conveyancing lawyer")
    tab.load_starter()
    assert tab.list.count() == 7 and tab.list.item(0).text() == "Property: 2  (5 missing)"
    assert "Conveyancing lawyer" in tab.wanted.text() and "Estate agent" not in tab.wanted.text()
    assert "Property" in tab.wanted.text() and "Nov" in tab.wanted.text()  # a referral inside the team
    tab.invite()
    assert FollowUp.select().where(FollowUp.origin == "invite").count() == 1
    tab.list.setCurrentRow(0)
    tab.classes.setText("Estate agent, Removals")
    tab.members.item(1).setCheckState(Qt.CheckState.Unchecked)  # Bilal out
    tab.save()
    team = power_teams.teams(ch.id)[0]
    assert team.classifications == ("Estate agent", "Removals") and [m.name for m in team.members] == ["Amal Saeed"]


def test_sheet_tab_ticks_and_exports(chapter, tmp_path):
    view, ch, m, _ = chapter
    view.tabs.setCurrentWidget(view.sheet)
    tab = view.sheet
    assert tab.meeting.count() == 0 and "Close a meeting" in tab.message.text()
    meetings.close_meeting(m.id)
    tab.load(ch.id, DAY)
    sections = [tab.table.item(r, 0).text() for r in range(tab.table.rowCount())]
    assert sections == ["Status", "Status", "Referral", "Visitor"]
    tab.table.item(0, 6).setCheckState(Qt.CheckState.Checked)
    assert tab.message.text().startswith("1 of 4 lines entered")
    tab.ask_path = lambda *a: str(tmp_path / "sheet.csv")
    tab.export_csv()
    text = (tmp_path / "sheet.csv").read_text(encoding="utf-8").splitlines()
    assert text[0] == "Section,Line,Member,Other,Detail,Amount,Done"
    assert text[1] == "Status,1,Amal Saeed,,Present,,yes"
    tab.ask_path = lambda *a: str(tmp_path / "sheet.pdf")
    tab.print_pdf()
    assert (tmp_path / "sheet.pdf").read_bytes().startswith(b"%PDF")


def test_sheet_amounts_in_arabic_digits_on_screen_and_fixed_in_the_csv(chapter, tmp_path):
    """The TYFCB amount: the table writes it through the locale (Arabic-Indic digits, Arabic grouping);
    the CSV for BNI Connect keeps the English '12,500.50' (a file for another program)."""
    from totalnet_desktop import i18n

    view, ch, m, ids = chapter
    slips.add_thank_you(ids["Bilal"], ids["Amal"], "12500.50", day=DAY, meeting_id=m.id)
    meetings.close_meeting(m.id)
    view.tabs.setCurrentWidget(view.sheet)
    tab = view.sheet
    try:
        i18n.install("ar", digits="arabic")
        tab.load(ch.id, DAY)
        row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 5).text())
        assert "١٢٬٥٠٠٫٥٠" in tab.table.item(row, 5).text() and "12" not in tab.table.item(row, 5).text()
        assert "١٢٬٥٠٠٫٥٠" in tab.sheet_html()
        tab.ask_path = lambda *a: str(tmp_path / "sheet.csv")
        tab.export_csv()
    finally:
        i18n.install("en")
    assert '"12,500.50"' in (tmp_path / "sheet.csv").read_text(encoding="utf-8")


def test_closing_the_meeting_queues_the_visitor_drip(db, main_window):
    ch = chapters.create_chapter("Dubai Achievers")
    chapters.add_member(ch.id, name="Amal Saeed")
    view = main_window.screens["meeting"]
    asked = []
    # Not a meeting day today: "open one for today anyway?" No. Closing with Amal unmarked: Yes.
    view.confirm = lambda title, text: asked.append(text) or "anyway" not in text
    main_window.show_screen("meeting")
    view.open_date(DAY)
    visitors.add_visitor(view.meeting, "Vera Visitor")
    view.reload()
    view.close_meeting()
    assert "1 visitor follow-up queued" in view.message.text()
    back = FollowUp.get(FollowUp.origin == "visitor_drip")
    assert back.due == DAY + dt.timedelta(days=7) and back.reason == "Invite Vera Visitor back to the chapter"
