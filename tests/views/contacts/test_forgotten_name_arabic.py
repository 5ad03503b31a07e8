"""A forgotten person's chapter records name them "Removed person" (stored in English: it is data). Every
place that shows that name shows it in the member's language: Forget's result line (window and CLI),
referrals, attendance, the PALMS report and the member statistics
(traffic lights score current members only: forgetting ends the membership)."""

from __future__ import annotations

import pytest

from totalnet_desktop import i18n
from totalnet_desktop.cli import main

SHOWN = "شخص محذوف"


@pytest.fixture
def arabic(qapp):
    i18n.install("ar")
    yield
    i18n.install("en")


def _giver_with_records():
    """A member who gave an open referral and has attendance: the person to forget."""
    from totalnet_desktop.core.chapter import chapters, slips
    from totalnet_desktop.core.store import identity

    chapter_id = chapters.my_chapter_id()
    members = {m.contact_id for m in chapters.roster(chapter_id)} - {identity.me_id()}
    referral = next(r for r in slips.open_referrals() if r.giver_id in members)
    return chapter_id, referral


def test_the_window_shows_a_forgotten_person_in_arabic(ctx, qtbot, arabic):
    from totalnet_desktop.core.chapter import meetings, reports, slips
    from totalnet_desktop.core.demo import loader
    from totalnet_desktop.qtmodels.roster_model import RosterModel
    from totalnet_desktop.render import meeting_report
    from totalnet_desktop.views.chapter.lights_tab import LightsTab
    from totalnet_desktop.views.contacts import forget_dialog
    from totalnet_desktop.views.shell.main_window import MainWindow

    loader.generate()
    chapter_id, referral = _giver_with_records()
    cid = referral.giver_id
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    said: list[str] = []
    result = forget_dialog.forget_person(ctx, window.screens["contacts"], [cid], said.append, confirm=False)
    assert result is not None and result.anonymised
    line = said[0]  # the window's result line
    assert f"\"{SHOWN}\"" in line and "removed person" not in line.lower(), line
    # Referrals: the slip's line names the giver.
    label = i18n.tr_core(slips.get_referral(referral.id).label)
    assert SHOWN in label and "Removed person" not in label
    # Attendance: the meeting's roster, on the screen and for a screen reader.
    meeting = next(m for m in reversed(meetings.list_meetings(chapter_id))
                   if any(r.contact_id == cid for r in meetings.roster_rows(m.id)))
    row = next(r for r in meetings.roster_rows(meeting.id) if r.contact_id == cid)
    assert row.name == "Removed person"  # the stored name stays English
    assert RosterModel._display(row, 0) == SHOWN and RosterModel.spoken(row).lstrip("\u2068").startswith(SHOWN)
    # The PALMS report (screen and PDF) and the member statistics of the history window.
    summary = reports.meeting_summary(meeting.id)
    page = meeting_report.report_html(summary)
    assert SHOWN in page and "Removed person" not in page
    assert any(i18n.person_name(s.name) == SHOWN for s in reports.member_stats(chapter_id))
    # Traffic lights: the chapter's table.
    lights = LightsTab()
    qtbot.addWidget(lights)
    lights.load(chapter_id)
    names = [lights.table.item(r, 0).text() for r in range(lights.table.rowCount())]
    assert "Removed person" not in names  # forgetting ends their membership: not scored any more

def test_the_cli_shows_a_forgotten_person_in_arabic(data_dir, capsys, arabic):
    assert main(["demo"]) == 0
    _chapter_id, referral = _giver_with_records()
    capsys.readouterr()
    assert main(["--lang", "ar", "forget", str(referral.giver_id), "--yes"]) == 0
    out = capsys.readouterr().out
    assert f"\"{SHOWN}\"" in out and "removed person" not in out.lower(), out
    assert main(["--lang", "ar", "traffic-lights"]) == 0
    out = capsys.readouterr().out
    assert "Removed person" not in out
