"""Languages: which one is chosen, Qt's own strings, right-to-left, string stretch, and the catalogue
working without a QApplication (the CLI)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from totalnet_desktop import i18n


@pytest.fixture
def english_after(qapp):
    yield
    os.environ.pop(i18n.STRETCH_ENV, None)
    i18n.install("en")


def test_choice_order_cli_then_preferences_then_system(monkeypatch):
    monkeypatch.setattr(i18n, "system_language", lambda: "ar")
    assert i18n.choose("en", "ar") == "en"
    assert i18n.choose(None, "en") == "en"
    assert i18n.choose(None, "system") == "ar"
    assert i18n.choose(None, None) == "ar"
    assert i18n.choose("ar_AE") == "ar" and i18n.choose("AR") == "ar"
    assert i18n.choose("xx", None) == "ar"  # not shipped: the next choice
    monkeypatch.setattr(i18n, "system_language", lambda: "de")
    assert i18n.choose(None, None) == "en"


def test_arabic_is_right_to_left_with_qt_strings_and_locale(english_after, qapp):
    i18n.install("ar")
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # qtbase_ar
    assert QLocale().language() == QLocale.Language.Arabic
    assert QLocale().toString(1234) == "1,234"  # Western digits by default
    i18n.install("ar", digits="arabic")
    assert QLocale().toString(1234) == "١٬٢٣٤"
    i18n.install("en")
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_string_stretch_lengthens_every_string_by_forty_percent(english_after, monkeypatch):
    monkeypatch.setenv(i18n.STRETCH_ENV, "1")
    i18n.install("en")
    text = QCoreApplication.translate("Reminders", "Open TotalNet")
    assert text.startswith("Open TotalNet") and len(text) >= round(len("Open TotalNet") * 1.4)
    plural = QCoreApplication.translate("Reminders", "%Ln follow-up(s) due today", None, 3)
    assert plural.startswith("3 follow-ups due today") and len(plural) > len("3 follow-ups due today")


def test_the_catalogue_works_without_an_application_object():
    code = ("from totalnet_desktop import i18n\n"
            "i18n.install('en')\n"
            "print(i18n.translate('Reminders', '%Ln follow-up(s) due today', None, 1))\n"
            "i18n.install('ar')\n"
            "print(i18n.translate('Reminders', 'Quit'))\n")
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True,
                         encoding="utf-8").stdout.splitlines()
    assert out[0] == "1 follow-up due today"
    assert out[1] and out[1] != "Quit" and any("\u0600" <= ch <= "\u06ff" for ch in out[1])


def test_cli_speaks_arabic_with_lang_ar(tmp_path):
    """`totalnet --lang ar followups` prints through the same catalogue as the window."""
    env = dict(os.environ, TOTALNET_DATA_DIR=str(tmp_path / "data"), PYTHONIOENCODING="utf-8")
    run = [sys.executable, "-m", "totalnet_desktop"]
    english = subprocess.run(run + ["--lang", "en", "followups", "--no-rules"], capture_output=True, text=True, check=False,
                             env=env, encoding="utf-8")
    arabic = subprocess.run(run + ["--lang", "ar", "followups", "--no-rules"], capture_output=True, text=True, check=False,
                            env=env, encoding="utf-8")
    assert english.returncode == arabic.returncode == 0, english.stderr + arabic.stderr
    assert english.stdout.strip() == "The follow-up queue is empty."
    assert arabic.stdout.strip() == "قائمة المتابعات فارغة."


def test_an_amount_inside_a_core_sentence_follows_the_chosen_digits(english_after):
    """A thank-you's sum in a timeline title: 'AED 12,500' in English, Arabic-Indic when chosen."""
    from decimal import Decimal

    from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP, Amount

    sentence = QT_TRANSLATE_NOOP("Test texts", "Thanked for {amount}").format(amount=Amount(Decimal(12500), "AED"))
    assert str(sentence) == "Thanked for AED 12,500"
    i18n.install("ar", digits="arabic")
    assert "١٢٬٥٠٠" in i18n.tr_core(sentence) and "12,500" not in i18n.tr_core(sentence)
    i18n.install("en")
    assert i18n.tr_core(sentence) == "Thanked for AED 12,500"
