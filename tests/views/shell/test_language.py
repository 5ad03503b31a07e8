"""Starting with --lang ar gives a right-to-left main window in Arabic: the sidebar on the right,
menus and screen names translated, numbers through the locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from totalnet_desktop import i18n, paths
from totalnet_desktop.app import apply_language_and_theme
from totalnet_desktop.cli import build_parser


@pytest.fixture
def arabic(qapp, data_dir):
    args = build_parser().parse_args(["--lang", "ar"])
    assert args.lang == "ar"
    assert apply_language_and_theme(paths.resolve(str(data_dir)), args.lang) == "ar"
    yield
    i18n.install("en")


def test_lang_ar_gives_a_right_to_left_arabic_window(arabic, ctx, qtbot):
    from totalnet_desktop.views.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    qtbot.waitExposed(window)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    # The sidebar sits on the right, the screens on its left.
    assert window.nav.mapTo(window, window.nav.rect().topLeft()).x() > window.stack.mapTo(window, window.stack.rect().topLeft()).x()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&ملف", "&تحرير", "&عرض", "م&ساعدة"]
    assert [window.nav.item(row).text().split("  (")[0] for row in range(5)] == [
        "جهات الاتصال", "يوم الاجتماع", "المتابعات", "الإحصاءات", "الفرع"]
    assert window.findChild(type(window.nav), "navigation").accessibleName() == "الشاشات"
    assert "جهة اتصال" in window.statusBar().currentMessage() or "جهات اتصال" in window.statusBar().currentMessage() \
        or "لا جهات اتصال" in window.statusBar().currentMessage()
    assert "border-right" in window.nav.styleSheet()  # the accent bar mirrored to the window's right edge


def test_preference_is_used_when_no_lang_is_given(qapp, data_dir):
    from PySide6.QtCore import QSettings

    settings = QSettings(str(paths.resolve(str(data_dir)).settings_path), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING, "ar")
    settings.sync()
    try:
        assert apply_language_and_theme(paths.resolve(str(data_dir))) == "ar"
        assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert apply_language_and_theme(paths.resolve(str(data_dir)), "en") == "en"  # --lang wins
        assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        i18n.install("en")


def test_the_digits_preference_is_saved_and_used_at_the_next_start(qapp, data_dir, qtbot):
    """Preferences > Digits: Arabic-Indic applies at once (QLocale writes ١٬٢٣٤), is saved, and the
    next start in Arabic writes numbers that way too; Western brings 1,234 back."""
    from PySide6.QtCore import QLocale, QSettings

    from totalnet_desktop.views.shell.desktop_prefs import DesktopPreferences

    resolved = paths.resolve(str(data_dir))
    settings = QSettings(str(resolved.settings_path), QSettings.Format.IniFormat)
    settings.setValue(i18n.SETTING, "ar")
    try:
        group = DesktopPreferences(settings)
        qtbot.addWidget(group)
        group.digits.setCurrentIndex(group.digits.findData("arabic"))
        assert QLocale().toString(1234) == "١٬٢٣٤" and i18n.number(1234) == "١٬٢٣٤"
        i18n.install("en")
        assert apply_language_and_theme(resolved) == "ar"  # the next start reads the saved choice
        assert QLocale().toString(1234) == "١٬٢٣٤"
        group.digits.setCurrentIndex(group.digits.findData("western"))
        assert QLocale().toString(1234) == "1,234"
    finally:
        i18n.install("en")
