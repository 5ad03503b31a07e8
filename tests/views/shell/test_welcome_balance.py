"""The welcome page's subtitle wraps into lines of even length: in Arabic at 1024x700 its first sentence
left one word ('ذلك.') alone on a second line."""

import pytest
from PySide6.QtGui import QTextDocument

from totalnet_desktop import i18n


def lines(label) -> list[str]:
    """The lines of a word-wrapped rich-text label as Qt lays it out at the label's width."""
    document = QTextDocument()
    document.setDefaultFont(label.font())
    document.setDocumentMargin(0)
    document.setHtml(label.text())
    document.setTextWidth(label.contentsRect().width())
    document.size()  # lays the text out (the blocks' layouts are empty until then)
    found = []
    block = document.begin()
    while block.isValid():
        layout = block.layout()
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            found.append(block.text()[line.textStart():line.textStart() + line.textLength()].strip("\u2028 "))
        block = block.next()
    return found


@pytest.mark.parametrize("language", ["ar", "en"])
def test_subtitle_leaves_no_word_alone_on_a_line(ctx, qtbot, language):
    from totalnet_desktop.views.shell.main_window import MainWindow

    i18n.install(language)
    try:
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.resize(1024, 700)
        window.show()
        qtbot.waitExposed(window)
        qtbot.wait(100)  # the layout settles
        blurb = window.welcome.blurb
        assert window.stack.currentWidget() is window.welcome
        shown = lines(blurb); print("W", blurb.width(), blurb.contentsRect().width(), blurb.font().toString(), shown); blurb.grab().save(f"/tmp/sl_blurb_{language}.png")
        assert len(shown) >= 2, shown  # the sentence and "Your data stays on this computer."
        for line in shown:
            assert len(line.split()) >= 2, shown
        assert blurb.width() <= 560
    finally:
        i18n.install("en")
