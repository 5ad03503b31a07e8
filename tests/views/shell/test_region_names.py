"""Phone regions in Preferences are named in the member's language (Qt names territories in English
only, so the names come from the catalogue) and sorted as that language sorts."""

from __future__ import annotations

import phonenumbers
import pytest

from totalnet_desktop import i18n
from totalnet_desktop.views.shell import preferences
from totalnet_desktop.views.shell.territories import NAMES


@pytest.fixture
def arabic(qapp):
    i18n.install("ar")
    yield
    i18n.install("en")


def test_every_phone_region_has_a_marked_name():
    assert set(NAMES) == set(phonenumbers.SUPPORTED_REGIONS)


def test_english_names_are_qts(qapp):
    i18n.install("en")
    assert preferences.territory("GB") == "United Kingdom"
    assert preferences.region_name("AE") == "United Arab Emirates (AE, +971)"


def test_arabic_names_in_the_dialog(main_window, qtbot, arabic):
    assert preferences.territory("AE").startswith("الإمارات")
    assert preferences.territory("FR") == "فرنسا"
    dialog = preferences.PreferencesDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    names = [dialog.region.itemText(i) for i in range(dialog.region.count())]
    assert len(names) == len(NAMES)
    arabic_named = [n for n in names if any("\u0600" <= c <= "\u06ff" for c in n)]
    assert len(arabic_named) >= len(names) - 2  # all but names the catalogue keeps in Latin letters
    france = dialog.region.findData("FR")
    assert dialog.region.itemText(france) == "فرنسا (FR, +33)"
