"""core's marked texts reach the member translated (i18n.tr_core), in the GUI and in the CLI."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest

from totalnet_desktop import i18n
from totalnet_desktop.core.chapter import meetings
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.labels import CHANNEL_TEXTS, status_text


@pytest.fixture
def arabic(qapp):
    i18n.install("ar")
    yield
    i18n.install("en")


def test_english_is_unchanged(qapp):
    i18n.install("en")
    message = meetings.CHECKED_IN_AT.format(name="Layla Haddad", status=status_text("Late"), time=dt.time(7, 2))
    assert message == "Layla Haddad: Late at 07:02."
    assert i18n.tr_core(message) == "Layla Haddad: Late at 07:02."
    assert i18n.tr_core("plain text") == "plain text" and i18n.tr_core(None) == ""


def test_arabic_translates_template_and_marked_arguments_and_keeps_the_name_whole(arabic):
    message = meetings.CHECKED_IN_AT.format(name="Layla Haddad", status=status_text("Late"), time=dt.time(7, 2))
    shown = i18n.tr_core(message)
    assert shown == "\u2068Layla Haddad\u2069: " + i18n.translate("PALMS", "Late") + " الساعة 07:02."
    assert i18n.tr_core(CHANNEL_TEXTS["in_person"]) == "وجهًا لوجه"
    assert i18n.tr_core(ValidationError(meetings.ALREADY_MARKED.format(name="Omar", status=status_text("Absent")))) \
        .endswith(i18n.translate("PALMS", "Absent") + ".")


def test_digits_follow_the_locale(qapp):
    i18n.install("ar", digits="arabic")
    try:
        shown = i18n.tr_core(meetings.CHECKED_IN_AT.format(name="Omar", status=status_text("Present"),
                                                            time=dt.time(7, 2)))
        assert "٠٧:٠٢" in shown
    finally:
        i18n.install("en")


def test_the_cli_translates_core_texts_without_an_application():
    code = ("import datetime as dt\nfrom totalnet_desktop import i18n\n"
            "from totalnet_desktop.core.chapter import meetings\n"
            "from totalnet_desktop.core.store.labels import status_text\n"
            "i18n.install('ar')\n"
            "print(i18n.tr_core(meetings.CHECKED_IN_AT.format(name='Omar', status=status_text('Present'),"
            " time=dt.time(7, 2))))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", check=True)
    assert "حاضر" in out.stdout and "الساعة" in out.stdout


def test_a_stored_follow_up_reason_is_shown_in_arabic(arabic):
    from totalnet_desktop.core.followups import reasons

    assert i18n.tr_core("Connect with Layla Haddad on LinkedIn", reasons.CONTEXT) == \
        "تواصل مع \u2068Layla Haddad\u2069 على لينكدإن"
    shown = i18n.tr_core("Keep in touch with Omar: last contact 3 Mar 2026 (every 30 days)", reasons.CONTEXT)
    assert shown.startswith("ابقَ على تواصل مع") and "مارس" in shown and "30" in shown
    assert i18n.tr_core("Call the plumber", reasons.CONTEXT) == "Call the plumber"  # typed: as typed
