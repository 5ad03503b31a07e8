"""Alt+letter in Arabic: every dialog (the lists of test_dialogs_language and test_dialogs_look) and the
main window's own bars put '&' only on letters an Arabic keyboard types without Shift, and no two
controls of one dialog share a letter (Qt would then only move the focus between them)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTabWidget, QWidget
from test_dialogs_language import _dialogs
from test_dialogs_look import _more_dialogs

from totalnet_desktop import i18n
from totalnet_desktop.core.demo import loader as demo

# The letters on the unshifted level of the Arabic (101) keyboard layout (Windows "Arabic (101)",
# KBDA1.DLL, as drawn in Microsoft's keyboard layout reference, learn.microsoft.com/globalization/
# windows-keyboard-layouts), row by row: Q..], A..', `, Z../. The B key's لا is two letters (ل ا),
# both here on their own keys. A letter not listed (أ إ آ ـ ...) needs Shift; Alt+Shift+letter is
# not what Qt's mnemonic answers.
ARABIC_UNSHIFTED = set("ضصثقفغعهخحجد" "شسيبلاتنمكط" "ذ" "ئءؤرىةوزظ")


def _letter(text: str) -> str:
    """The letter after '&' ('ال&عملة' -> 'ع'), '' when the text has none."""
    key = QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)
    return key.removeprefix("Alt+").lower()


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every Alt+letter of ``root``'s own window: buttons and check boxes, labels with
    a buddy, group boxes and tabs (a child dialog has its own window and its own letters)."""
    texts = [b.text() for b in root.findChildren(QAbstractButton) if b.window() is root]
    texts += [label.text() for label in root.findChildren(QLabel) if label.window() is root and label.buddy()]
    texts += [box.title() for box in root.findChildren(QGroupBox) if box.window() is root]
    texts += [tabs.tabText(i) for tabs in root.findChildren(QTabWidget) if tabs.window() is root
              for i in range(tabs.count())]
    return [(_letter(text), text) for text in texts if _letter(text)]


def shifted(letters: list[tuple[str, str]]) -> list[str]:
    """The Arabic letters that need Shift (a Latin letter such as P&DF is not on the Arabic layout at all:
    left to the platform, not judged here)."""
    return [text for letter, text in letters
            if "\u0600" <= letter <= "\u06ff" and letter not in ARABIC_UNSHIFTED]


def clashes(letters: list[tuple[str, str]]) -> list[str]:
    count = Counter(letter for letter, _ in letters)
    return [text for letter, text in letters if count[letter] > 1]


def test_the_checks_find_a_shifted_letter_and_a_clash():
    letters = [("أ", "&أضف"), ("ع", "ال&عملة"), ("ع", "الأ&عضاء"), ("ض", "الأع&ضاء")]
    assert shifted(letters) == ["&أضف"]
    assert clashes(letters) == ["ال&عملة", "الأ&عضاء"]
    assert _letter("إ&ضافة ملفات...") == "ض" and _letter("P&DF") == "d" and _letter("A && B") == ""


@pytest.fixture
def arabic_sample(session, qapp):
    demo.generate()
    i18n.install("ar")
    yield
    i18n.install("en")


def test_every_arabic_dialog_has_unshifted_distinct_letters(arabic_sample, ctx, qtbot):
    found = {}
    for name, factory in _dialogs(ctx) + _more_dialogs(ctx):
        dialog = factory()
        qtbot.addWidget(dialog)
        dialog.show()
        letters = mnemonics(dialog)
        problems = [f"needs Shift: {t}" for t in shifted(letters)] + [f"shared: {t}" for t in clashes(letters)]
        if problems:
            found[name] = problems
        dialog.close()
    assert found == {}


def test_the_arabic_main_window_bars_have_unshifted_letters(arabic_sample, ctx, qtbot):
    """The menus, the screens' buttons and tabs (key_registry) and the server bars above them (Retry now,
    Use my personal file, Retry the server): Arabic letters without Shift; the bars' letters are not the
    menus' and not each other's."""
    from totalnet_desktop.views.shell import key_registry
    from totalnet_desktop.views.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    keys = [(k.keys.removeprefix("Alt+").lower(), f"{k.scope}: {k.text}") for k in key_registry.collect(window)
            if k.keys.startswith("Alt+") and len(k.keys) == 5]
    bars = [(_letter(b.text()), b.text()) for bar in (window.server_link.banner, window.server_link.copy_banner)
            for b in bar.findChildren(QAbstractButton) if _letter(b.text())]
    assert len(bars) == 5
    assert shifted(keys) == [] and shifted(bars) == []
    menus = {letter for letter, text in keys if text.startswith(key_registry.EVERYWHERE)}
    assert menus and [text for letter, text in bars if letter in menus] == []
    banner = [(letter, text) for letter, text in bars[:3]]  # the lost-server bar's three buttons
    assert clashes(banner) == [] and clashes(bars[3:]) == []
