"""The "This computer" group of Preferences: no empty gap under the language rows (a language applies at once,
so there is no restart note to make room for)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from totalnet_desktop.views.shell.desktop_prefs import DesktopPreferences


def _gap(upper, lower) -> int:
    return lower.geometry().top() - upper.geometry().bottom()


def test_no_gap_between_digits_and_colours(qtbot, tmp_path):
    group = DesktopPreferences(QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(group)
    group.show()
    qtbot.waitExposed(group)
    row_gap = _gap(group.theme, group.reminders)  # two neighbouring rows
    assert _gap(group.digits, group.theme) <= row_gap + 2
    assert _gap(group.language, group.digits) <= row_gap + 2
