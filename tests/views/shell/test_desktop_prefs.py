"""The "This computer" group of Preferences: no empty gap under the language rows until there is a note."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from totalnet_desktop.views.shell.desktop_prefs import DesktopPreferences


def _gap(upper, lower) -> int:
    return lower.geometry().top() - upper.geometry().bottom()


def test_no_gap_between_digits_and_colours_until_the_restart_note(qtbot, tmp_path):
    group = DesktopPreferences(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(group)
    group.show()
    qtbot.waitExposed(group)
    row_gap = _gap(group.theme, group.reminders)  # two neighbouring rows
    assert _gap(group.digits, group.theme) <= row_gap + 2
    assert not group.language_note.isVisible()

    group.digits.setCurrentIndex(1 - group.digits.currentIndex())
    group.layout().activate()
    assert group.language_note.isVisible()
    assert "next time TotalNet starts" in group.language_note.text()
    assert group.language_note.geometry().top() > group.digits.geometry().bottom()
    assert group.theme.geometry().top() > group.language_note.geometry().bottom()
