"""Meeting day at 1024x700 with every string 40% longer (string stretch): the heading (chapter, date,
state) and the counters are shown whole, the buttons beside or under the heading, never over it."""


import pytest


def shown_whole(label) -> bool:
    """The label is tall enough for its text at its width (nothing cut off at the bottom)."""
    needed = label.heightForWidth(label.width()) if label.wordWrap() else label.sizeHint().height()
    return label.height() >= needed and (label.wordWrap() or label.sizeHint().width() <= label.width())


@pytest.mark.parametrize("width", [1024, 1440])
def test_heading_and_counters_fit_with_string_stretch(stretched, chapter, ctx, qtbot, width):
    from totalnet_desktop.views.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(width, 700)
    window.show()
    view = window.show_screen("meeting")
    qtbot.waitUntil(lambda: "·" in view.heading.text())
    qtbot.wait(50)
    header = view.header
    assert "··" in header.buttons["close"].text()  # stretched
    assert shown_whole(view.heading), (view.heading.size(), view.heading.heightForWidth(view.heading.width()))
    assert shown_whole(view.counters)
    row = header.button_row.geometry()
    assert not row.intersects(view.heading.geometry())
    assert row.right() <= header.width() and row.left() >= 0
    if width == 1024:
        assert header.stacked  # no room beside the heading: the buttons moved under it
