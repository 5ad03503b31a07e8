"""The import window fits a 1024x700 screen in Arabic with string stretch: its widest part, the
duplicate policy's sentences, wrap (a radio button's text made the window 1,121 pixels wide)."""


from PySide6.QtCore import Qt

from totalnet_desktop.views.exchange.import_dialog import ImportDialog
from totalnet_desktop.views.shell.wrap_radio import WrapRadio


def test_import_window_fits_1024(arabic_stretched, ctx, qtbot):
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.minimumSizeHint().width() <= 1000


def test_a_click_on_a_policy_sentence_chooses_it(ctx, qtbot):
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    page = dialog.duplicates_page
    dialog.stack.setCurrentWidget(page)
    dialog.show()
    words = next(w.label for w in page.findChildren(WrapRadio) if w.button is page.buttons["skip"])
    assert words.text().startswith("Skip")
    assert page.buttons["skip"].accessibleName() == words.text()
    qtbot.mouseClick(words, Qt.MouseButton.LeftButton)
    assert page.policy() == "skip"
