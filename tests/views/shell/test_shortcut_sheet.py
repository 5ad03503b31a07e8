"""The F1 sheet is generated from the keys actually registered, and no two keys collide."""

import re

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton

from totalnet_desktop import i18n
from totalnet_desktop.views.shell import key_registry
from totalnet_desktop.views.shell.shortcuts_dialog import ShortcutsDialog


def _portable(sequence: QKeySequence) -> str:
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    return "Delete" if text == "Del" else text


def test_no_two_shortcuts_collide(main_window):
    keys = key_registry.collect(main_window)
    assert key_registry.collisions(keys) == []


@pytest.fixture(params=sorted(i18n.LANGUAGES))
def window_in(request, ctx, qtbot):
    """The main window built in each shipped language (its mnemonics are where each translation puts '&')."""
    from totalnet_desktop.views.shell.main_window import MainWindow

    i18n.install(request.param)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        yield window
    finally:
        i18n.install("en")


def test_no_two_shortcuts_collide_in_any_language(window_in):
    """Alt+letter comes from the translation: Arabic puts '&' on its own letters, which may meet."""
    assert key_registry.collisions(key_registry.collect(window_in)) == []


# Key names and what reads the same in Arabic (a file format, a brand, a tab named after one).
SHEET_KEPT = {"Ctrl", "Alt", "Shift", "Tab", "Enter", "Esc", "Delete", "Home", "End", "Down", "Space", "CSV",
              "PDF", "BNI", "Connect", "TotalNet", "TYFCB", "CEU"}


def _english_words(dialog) -> list[str]:
    shown = re.sub(r"<[^>]+>", " ", dialog.windowTitle() + " " + dialog.sheet.text())
    return sorted({w for w in re.findall(r"[A-Za-z]{3,}", shown) if w not in SHEET_KEPT})


def test_the_sheet_is_arabic_in_arabic(window_in, qtbot):
    """Every line of the F1 sheet in the member's language: the menus', the buttons' and the keys each
    screen handles itself (Follow-ups' D S R, Meeting day's P A L M S), but for key names and brands."""
    dialog = ShortcutsDialog(window_in)
    qtbot.addWidget(dialog)
    if i18n.language() == "ar":
        assert _english_words(dialog) == []
        assert "تأجيل: ثم T غدًا" in dialog.sheet.text()
    else:
        assert "Snooze: then T tomorrow" in dialog.sheet.text()


def test_a_collision_is_found(main_window):
    """A window-wide Ctrl+R would take Meeting day's referral key: the check names both."""
    clash = QAction("Reload", main_window)
    clash.setShortcut(QKeySequence("Ctrl+R"))
    main_window.addAction(clash)
    found = key_registry.collisions(key_registry.collect(main_window))
    assert found == ["Ctrl+R in Meeting day: Referral slip and Everywhere: Reload"]


def test_a_tab_key_meets_the_buttons_of_every_page(main_window):
    """Traffic &lights is Alt+L while any Chapter page is open: a button '&Lift' on the Agenda page clashes."""
    from PySide6.QtWidgets import QPushButton

    chapter = main_window.screens["chapter"]
    QPushButton("&Lift", chapter.agenda)
    found = key_registry.collisions(key_registry.collect(main_window))
    assert found == ["Alt+L in Chapter (Agenda tab): Lift and Chapter: Traffic lights tab"]


def test_f1_sheet_lists_every_registered_shortcut_and_mnemonic(main_window, qtbot):
    dialog = ShortcutsDialog(main_window)
    qtbot.addWidget(dialog)
    sheet = dialog.sheet.text()
    wanted = set()
    for action in main_window.findChildren(QAction):
        wanted |= {_portable(k) for k in action.shortcuts() if not k.isEmpty()}
    for screen in main_window.screens.values():
        for button in screen.findChildren(QAbstractButton):
            if button.window() is not main_window:
                continue
            mnemonic = QKeySequence.mnemonic(button.text())
            if not mnemonic.isEmpty():
                wanted.add(_portable(mnemonic))
    # The keys the issue found missing are among them.
    assert {"Alt+C", "Alt+P", "Alt+D", "Alt+Y", "Alt+O", "Ctrl+Shift+E", "Delete", "Ctrl+L", "Ctrl+Z",
            "Ctrl+,"} <= wanted
    missing = sorted(k for k in wanted if f"<b>{k}</b>" not in sheet)
    assert missing == []
    for declared in ("P A L M S", "Delete / X", "Home / End"):  # keys the screens handle themselves
        assert f"<b>{declared}</b>" in sheet
    assert "Snooze: then T tomorrow" in sheet


def test_sheet_names_every_button_and_lists_a_key_shared_by_tabs_once(main_window, qtbot):
    keys = key_registry.collect(main_window)
    assert all(any(c.isalnum() for c in k.text) for k in keys), [k for k in keys if not k.text.strip("▶ ")]
    assert any(k.keys == "Alt+T" and k.text == "Start the agenda" for k in keys)
    # A tab's own key (Traffic &lights) is listed, with no tab group: it meets the buttons of every page.
    assert any(k.keys == "Alt+L" and k.text == "Traffic lights tab" and not k.group for k in keys)
    dialog = ShortcutsDialog(main_window)
    qtbot.addWidget(dialog)
    sheet = dialog.sheet.text()
    assert "<td>▶</td>" not in sheet
    # Print to PDF is Alt+D on three Chapter tabs: one line naming the tabs, not three lines.
    assert sheet.count("<b>Alt+D</b></td><td>Print to PDF") == 1
    assert "Print to PDF (tabs: " in sheet and sheet.count("Export CSV (tabs: ") == 1
    # A tab's own buttons are listed under that tab's name.
    agenda = sheet.index("<b>Agenda tab</b>")
    assert agenda < sheet.index("Save agenda") and agenda < sheet.index("Start the agenda")


def test_the_sheet_reads_right_to_left_in_arabic(main_window):
    from totalnet_desktop import i18n
    from totalnet_desktop.views.shell.shortcuts_dialog import sheet_html

    i18n.install("ar")
    try:
        sheet = sheet_html(key_registry.collect(main_window))
    finally:
        i18n.install("en")
    assert " menu" not in sheet and "قائمة" in sheet  # "File menu" in the member's language
    assert "<h3 style='margin-bottom:2px'>جهات الاتصال</h3>" in sheet  # the screen's title, translated
    assert "<h3 style='margin-bottom:2px'>Contacts</h3>" not in sheet
    # Qt's rich text does not mirror tables: each key comes after its words, so it shows on the right
    assert "<td style='padding-left:10px'><b>\u2068Ctrl+L\u2069</b></td></tr>" in sheet  # kept whole, as "Ctrl+,"


@pytest.mark.parametrize("language", sorted(i18n.LANGUAGES))
def test_a_sentence_naming_a_key_names_the_translated_one(language, qapp):
    """Meeting day's note says which key opens another day: the one the translation puts '&' on."""
    i18n.install(language)
    try:
        button = i18n.translate("MeetingView", "Other &date...")
        note = i18n.translate("MeetingView", "{reason} Showing the meeting of {date}; Other date (Alt+D) opens "
                                             "another day.")
    finally:
        i18n.install("en")
    assert f"({_portable(QKeySequence.mnemonic(button))})" in note
