"""Preferences for this desktop: language, digits, light or dark, reminders (kept in window.ini).

The colours switch at once; a new language applies from the next start (every open window would
otherwise need rebuilding), and the box says so.
"""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QTimeEdit, QWidget

from totalnet_desktop import i18n
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.reminders import ReminderSettings


class DesktopPreferences(QGroupBox):
    """Every change is saved the moment it is made."""

    reminders_changed = Signal()

    def __init__(self, settings, parent: QWidget | None = None):
        super().__init__(self.tr("This computer"), parent)
        self.settings = settings
        self.reminder_settings = ReminderSettings(settings)
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("As the system ({language})").format(
            language=i18n.LANGUAGES.get(i18n.system_language(), i18n.system_language())), i18n.SYSTEM)
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        saved = settings.value(i18n.SETTING) or i18n.SYSTEM
        self.language.setCurrentIndex(max(0, self.language.findData(saved)))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.digits = QComboBox()
        self.digits.setObjectName("digits")
        self.digits.addItem(self.tr("Western (1,234)"), "western")
        self.digits.addItem(self.tr("Arabic-Indic (١٬٢٣٤)"), "arabic")
        self.digits.setCurrentIndex(max(0, self.digits.findData(settings.value(i18n.DIGITS_SETTING, "western"))))
        self.digits.currentIndexChanged.connect(self._digits_changed)
        self.language_note = QLabel("")
        self.language_note.setObjectName("language_note")
        self.language_note.setWordWrap(True)
        self.theme = QComboBox()
        self.theme.setObjectName("theme")
        for key, text in ((theme.SYSTEM, self.tr("As the system")), (theme.LIGHT, self.tr("Light")),
                          (theme.DARK, self.tr("Dark"))):
            self.theme.addItem(text, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(theme.load_preference(settings))))
        self.theme.currentIndexChanged.connect(self._theme_changed)
        self.reminders = QCheckBox(self.tr("Remind me of the follow-ups due each day"))
        self.reminders.setObjectName("reminders_enabled")
        self.reminders.setChecked(self.reminder_settings.enabled)
        self.reminders.toggled.connect(self._reminders_toggled)
        self.time = QTimeEdit(self.reminder_settings.time)
        self.time.setObjectName("reminder_time")
        self.time.setDisplayFormat("HH:mm")
        self.time.timeChanged.connect(self._time_changed)
        self.keep = QCheckBox(self.tr("Closing the window keeps TotalNet in the tray"))
        self.keep.setObjectName("keep_in_tray")
        self.keep.setChecked(self.reminder_settings.keep_in_tray)
        self.keep.toggled.connect(self._keep_toggled)
        self.form = form = QFormLayout(self)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Digits in Arabic"), self.digits)
        self._note_row = form.rowCount()
        form.addRow("", self.language_note)
        form.setRowVisible(self._note_row, False)  # no empty gap until there is something to say
        form.addRow(self.tr("Colours"), self.theme)
        form.addRow(self.tr("Reminders"), self.reminders)
        form.addRow(self.tr("Daily notification at"), self.time)
        form.addRow("", self.keep)
        self._enable_reminder_rows()

    def _language_changed(self) -> None:
        self.settings.setValue(i18n.SETTING, self.language.currentData())
        self.settings.sync()
        self._say_restart()

    def _digits_changed(self) -> None:
        self.settings.setValue(i18n.DIGITS_SETTING, self.digits.currentData())
        self.settings.sync()
        self._say_restart()

    def _say_restart(self) -> None:
        self.language_note.setText(self.tr("The new language applies the next time TotalNet starts."))
        self.form.setRowVisible(self._note_row, True)

    def _theme_changed(self) -> None:
        choice = self.theme.currentData()
        theme.save_preference(self.settings, choice)
        theme.apply(choice)

    def _reminders_toggled(self, on: bool) -> None:
        self.reminder_settings.set(enabled=on, asked=True)
        self._enable_reminder_rows()
        self.reminders_changed.emit()

    def _time_changed(self, value: QTime) -> None:
        self.reminder_settings.set(time=value)
        self.reminders_changed.emit()

    def _keep_toggled(self, on: bool) -> None:
        self.reminder_settings.set(keep_in_tray=on)
        self.reminders_changed.emit()

    def _enable_reminder_rows(self) -> None:
        on = self.reminders.isChecked()
        self.time.setEnabled(on)
        self.keep.setEnabled(on)
