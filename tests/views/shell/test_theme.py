"""Light and dark: the preference, the window palette from the colour table, live switching on the
system's colorSchemeChanged, and screens repainting in the new colours."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from totalnet_desktop.theme import palette
from totalnet_desktop.views.shell import theme


@pytest.fixture(autouse=True)
def back_to_light(qapp):
    yield
    theme.apply(theme.LIGHT)
    theme._system_changed(None)
    theme.apply(theme.SYSTEM)


def window_colour() -> str:
    return QApplication.palette().color(QPalette.ColorRole.Window).name()


def test_dark_uses_the_tables_colours_and_light_comes_back(qapp):
    assert theme.apply(theme.DARK) == "dark"
    assert window_colour() == palette.base("window", palette.DARK)
    assert QApplication.palette().color(QPalette.ColorRole.Base).name() == palette.base("base", palette.DARK)
    assert theme.text("error") == palette.text("error", palette.DARK)
    assert theme.apply(theme.LIGHT) == "light"
    assert window_colour() != palette.base("window", palette.DARK)
    assert theme.text("error") == palette.text("error", palette.LIGHT)


def test_system_preference_follows_color_scheme_changed_live(qapp):
    seen = []
    theme.notifier().changed.connect(seen.append)
    theme.apply(theme.SYSTEM)
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)  # what the desktop sends when it goes dark
    assert theme.mode() == "dark" and seen[-1] == "dark"
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.mode() == "light" and seen[-1] == "light"
    theme.notifier().changed.disconnect(seen.append)


def test_a_chosen_mode_ignores_the_system(qapp):
    theme.apply(theme.LIGHT)
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.mode() == "light"


def test_styled_labels_follow_the_switch(qtbot):
    label = QLabel("Wrong date")
    qtbot.addWidget(label)
    theme.style_text(label, "error", "font-weight: bold;")
    assert palette.text("error", palette.LIGHT) in label.styleSheet()
    theme.apply(theme.DARK)
    assert palette.text("error", palette.DARK) in label.styleSheet() and "bold" in label.styleSheet()


def test_preference_is_saved_in_window_ini(tmp_path):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    assert theme.load_preference(settings) == "system"
    theme.save_preference(settings, "dark")
    again = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    assert theme.load_preference(again) == "dark"


def test_preferences_switch_colours_at_once_and_the_sidebar_follows(main_window, qtbot):
    from totalnet_desktop.views.shell.preferences import PreferencesDialog

    dialog = PreferencesDialog(main_window.ctx, main_window)
    qtbot.addWidget(dialog)
    box = dialog.desktop.theme
    box.setCurrentIndex(box.findData("dark"))
    assert theme.mode() == "dark"
    assert palette.sidebar(palette.DARK)["background"] in main_window.nav.styleSheet()
    assert theme.load_preference(main_window.ctx.qsettings()) == "dark"
    box.setCurrentIndex(box.findData("light"))
    assert palette.sidebar(palette.LIGHT)["background"] in main_window.nav.styleSheet()


def test_roster_statuses_paint_in_the_current_set(qapp):
    from totalnet_desktop.core.chapter.meetings import RosterRow
    from totalnet_desktop.qtmodels.roster_model import RosterModel

    model = RosterModel()
    row = RosterRow(1, "Layla", "Haddad", classification="Printing", status="Present",
                    checked_in_at=dt.datetime(2026, 3, 2, 7, 2))
    model.set_rows([row])
    assert model.data(model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole) == "Layla Haddad, Present, 07:02"
    brush = model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == palette.text("status.Present", palette.LIGHT)
    theme.apply(theme.DARK)
    brush = model.data(model.index(0, 3), Qt.ItemDataRole.ForegroundRole)
    assert brush.color().name() == palette.text("status.Present", palette.DARK)


@pytest.mark.parametrize("mode", [palette.LIGHT, palette.DARK])
def test_the_indicator_edge_colour_stands_out_from_window_and_box(mode):
    edge = palette.base("indicator_border", mode)
    for behind in ("window", "base"):  # around the box and its inside: WCAG 1.4.11, 3:1 for a control's edge
        assert palette.contrast_ratio(edge, palette.base(behind, mode)) >= 3.0, (mode, behind)


@pytest.mark.parametrize("kind", ["check", "radio"])
@pytest.mark.parametrize("mode", [theme.LIGHT, theme.DARK])
def test_an_empty_check_box_or_radio_button_can_be_seen(qtbot, mode, kind):
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

    theme.apply(mode)
    box = QCheckBox("Remember") if kind == "check" else QRadioButton("Merge")
    qtbot.addWidget(box)
    box.show()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    element = QStyle.SubElement.SE_CheckBoxIndicator if kind == "check" else QStyle.SubElement.SE_RadioButtonIndicator
    rect = box.style().subElementRect(element, option, box)
    image = box.grab().toImage()
    inside = palette.base("base", mode)
    best = max(palette.contrast_ratio(image.pixelColor(x, y).name(), inside)
               for x in range(rect.left(), rect.right() + 1) for y in range(rect.top(), rect.bottom() + 1))
    assert best >= 3.0  # its edge, drawn in the palette's indicator colour


@pytest.mark.parametrize("mode", [theme.LIGHT, theme.DARK])
def test_a_dialogs_default_button_shows_the_keyboard_focus_and_looks_the_same_without_it(qtbot, mode):
    """Fusion draws a dialog's default button with its focus edge already, so Tab to a dialog's only button
    showed nothing; the app's style rings it in the palette's focus colour. Without the focus, or with a
    focus from a mouse click, the button is drawn exactly as Fusion draws it."""
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QStyleFactory, QVBoxLayout

    theme.apply(mode)
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    box = QLineEdit()
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    layout.addWidget(box)
    layout.addWidget(buttons)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=3000)
    box.setFocus()
    resting = close.grab().toImage()
    fusion = QStyleFactory.create("Fusion")
    close.setStyle(fusion)
    assert close.grab().toImage() == resting  # unfocused: Fusion's own picture
    close.setStyle(QApplication.style())
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton, pos=close.rect().topLeft())  # focus by mouse: no ring
    assert close.hasFocus() and close.grab().toImage() == resting
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert close.hasFocus()
    focused = close.grab().toImage()
    ring = palette.base("focus_ring", mode)
    assert focused != resting
    assert any(focused.pixelColor(x, close.height() // 2).name() == ring for x in range(3))


def test_a_tool_button_shows_the_keyboard_focus_with_the_ring(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QToolButton, QWidget

    theme.apply(theme.DARK)
    page = QWidget()
    qtbot.addWidget(page)
    row = QHBoxLayout(page)
    box, tool = QLineEdit(), QToolButton()
    tool.setText("Pick")
    row.addWidget(box)
    row.addWidget(tool)
    tool.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page, timeout=3000)
    box.setFocus()
    resting = tool.grab().toImage()
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert tool.hasFocus()
    focused = tool.grab().toImage()
    assert any(focused.pixelColor(x, tool.height() // 2).name() == palette.base("focus_ring", theme.DARK)
               for x in range(3))
    assert focused != resting
