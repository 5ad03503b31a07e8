"""``totalnet insights``: every figure as text, from the same core functions as the screen."""

import datetime as dt

import pytest

from totalnet_desktop.cli import cmd_insights, main
from totalnet_desktop.core.store.models import (
    Chapter,
    Contact,
    Meeting,
    Membership,
    Referral,
    ThankYou,
)


def _hand_counted():
    """Me (joined 1 April 2026) in a chapter with a 1,200 fee; 2 referrals given, 1 received; 300
    closed; one meeting with me Late."""
    from totalnet_desktop.core.store.session import open_session

    open_session(None)
    me = Contact.create(first_name="Layla", last_name="Haddad", is_me=True)
    omar = Contact.create(first_name="Omar", last_name="Khan")
    chapter = Chapter.create(name="Dubai Central", annual_fee=1200, currency="AED", is_mine=True)
    Membership.create(chapter=chapter, contact=me, joined_on=dt.date(2026, 4, 1))
    Membership.create(chapter=chapter, contact=omar)
    meeting = Meeting.create(chapter=chapter, date=dt.date(2026, 5, 6))
    from totalnet_desktop.core.store.models import Attendance

    Attendance.create(meeting=meeting, contact=me, status="Late")
    Attendance.create(meeting=meeting, contact=omar, status="Present")
    Referral.create(date=dt.date(2026, 5, 6), giver=me, receiver=omar, kind="inside")
    Referral.create(date=dt.date(2026, 5, 6), giver=me, receiver=omar, kind="outside")
    Referral.create(date=dt.date(2026, 6, 1), giver=omar, receiver=me, kind="outside")
    ThankYou.create(date=dt.date(2026, 6, 2), from_contact=me, to_contact=omar, amount=300)


def test_insights_prints_every_figure_of_a_period(data_dir, capsys):
    _hand_counted()
    assert main(["insights", "--period", "2026-01-01..2026-06-30"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Period: 2026-01-01..2026-06-30, 2026-01-01 to 2026-06-30"
    for line in (
        "  Closed from chapter referrals: 300 AED",
        "  Fee for this period: 300 AED",  # April to June: 3 months of 100 (not 6: joined in April)
        "  Return: 1.0x",
        "  Paid back on: 2026-06-02",
        "  Still to pay back: 0 AED",
        "  Given inside / outside: 1 / 1",
        "  Received inside / outside: 0 / 1",
        "  Received from chapter members: 1",
        "  Meetings: 1, 2026-05-06 to 2026-05-06",
        "  Late: 1",
        "  Present: 0",
        "  Chapter turnout: 100%",
    ):
        assert line in out, line
    assert any(line.startswith("  Omar Khan: referrals 1 to me, 2 from me") for line in out)


def test_insights_amounts_in_english_are_the_screens_text(data_dir, capsys):
    """Every amount line carries the same text as the Insights screen for the same figure."""
    from totalnet_desktop.core.insights.facade import load_dashboard
    from totalnet_desktop.views.insights import numbers

    _hand_counted()
    assert main(["insights", "--period", "2026-01-01..2026-06-30"]) == 0
    out = capsys.readouterr().out.splitlines()
    board = load_dashboard(cmd_insights.parse_period("2026-01-01..2026-06-30"))
    assert numbers.amount(board.roi.total, "AED") == "300 AED"
    assert numbers.amount(board.roi.total, "AED") in numbers.roi_numbers(board.roi, "Dubai Central")
    assert "  Business you passed (closed by others): " + numbers.amount(board.roi.passed_total, "AED") in out
    assert any(line.endswith(f"business they sent {numbers.amount(300, 'AED')}, I sent {numbers.amount(0, 'AED')}")
               for line in out), out


def test_insights_period_names_and_a_bad_period(data_dir, capsys):
    _hand_counted()
    for name in ("12m", "year", "lastyear", "5y", "all"):
        assert main(["insights", "--period", name]) == 0
        assert capsys.readouterr().out.startswith("Period: ")
    assert main(["insights", "--period", "2026-12-31..2026-01-01"]) == 2
    err = capsys.readouterr().err
    assert err.startswith('totalnet: --period "2026-12-31..2026-01-01" is not a period') and "Traceback" not in err


@pytest.mark.parametrize("digits", ["arabic", "western"])
def test_insights_in_arabic_writes_numbers_as_the_screen_does(data_dir, capsys, digits):
    """`--lang ar insights` writes its counts and percentages through the locale with the Preferences
    digit choice, the same text the Insights screen shows for the same figure; dates stay ISO."""
    from PySide6.QtCore import QSettings

    from totalnet_desktop import i18n, paths
    from totalnet_desktop.core.insights.facade import load_dashboard
    from totalnet_desktop.views.insights import numbers

    _hand_counted()
    settings = QSettings(str(paths.resolve(str(data_dir)).settings_path), QSettings.Format.IniFormat)
    settings.setValue(i18n.DIGITS_SETTING, digits)
    settings.sync()
    try:
        assert main(["--lang", "ar", "insights", "--period", "2026-01-01..2026-06-30"]) == 0
        out = capsys.readouterr().out.splitlines()
        board = load_dashboard(cmd_insights.parse_period("2026-01-01..2026-06-30"))
        turnout = numbers.percent(board.attendance.chapter_rate)  # what the screen shows: 100%
        assert turnout in numbers.attendance_numbers(board.attendance)
        line = i18n.translate("CLI", "Chapter turnout: {percent}").format(percent=turnout)
        assert "  " + line in out
        late = f"  {i18n.translate('PALMS', 'Late')}: {numbers.number(1)}"
        assert late in out
        for label, figure in (("Closed from chapter referrals: {money}", board.roi.total),
                              ("Fee for this period: {money}", board.roi.fee_for_period),
                              ("Still to pay back: {money}", board.roi.remaining)):
            assert "  " + i18n.translate("CLI", label).format(money=numbers.amount(figure, "AED")) in out, label
        assert numbers.amount(board.roi.total, "AED") in numbers.roi_numbers(board.roi, "Dubai Central")  # the screen's text
        text = "\n".join(out)
        hundred = "١٠٠" if digits == "arabic" else "100"
        assert hundred + "%" not in text and turnout.startswith(hundred)  # the locale's sign, not a hand-made '%'
        assert ("١" in text) == (digits == "arabic") and "2026-01-01" in text  # ISO dates for scripts
    finally:
        i18n.install("en")
