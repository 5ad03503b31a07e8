"""Preferences: default phone region (AE out of the box) and which contact is me. Saved on change."""

from __future__ import annotations

import logging

import phonenumbers
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from totalnet_desktop.core import contacts, prefs
from totalnet_desktop.views.widgets import ContactPicker

logger = logging.getLogger(__name__)


def region_name(code: str) -> str:
    """'United Arab Emirates (AE, +971)'."""
    territory = QLocale.codeToTerritory(code)
    name = QLocale.territoryToString(territory) if territory != QLocale.Country.AnyTerritory else code
    return f"{name} ({code}, +{phonenumbers.country_code_for_region(code)})"


class PreferencesDialog(QDialog):
    """Every change is saved the moment it is made."""

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle("Preferences")
        self.region = QComboBox()
        self.region.setObjectName("phone_region")
        for name, code in sorted((region_name(c), c) for c in phonenumbers.SUPPORTED_REGIONS):
            self.region.addItem(name, code)
        self.region.setCurrentIndex(max(0, self.region.findData(prefs.phone_region())))
        self.region.currentIndexChanged.connect(self._region_changed)
        self.me = ContactPicker(placeholder="type your name")
        me_id = contacts.me_id()
        if me_id is not None:
            self.me.set_contact(me_id, contacts.names([me_id]).get(me_id, ""))
        self.me.picked.connect(self.set_me)
        form = QFormLayout()
        form.addRow("Default phone region", self.region)
        form.addRow("", QLabel("<small>Numbers typed without a country code are read as this region's.</small>"))
        form.addRow("I am", self.me)
        form.addRow("", QLabel("<small>Your contact makes \"Show my card\".</small>"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, 200)

    def _region_changed(self) -> None:
        self.set_region(self.region.currentData())

    def set_region(self, code: str) -> None:
        """Store the default region (future numbers; stored ones keep their keys)."""
        prefs.set("phone_region", code)
        self.ctx.bus.changed.emit("prefs")

    def set_me(self, contact_id: int | None) -> None:
        contacts.set_me(contact_id)
        self.ctx.bus.changed.emit("contacts")


def open_preferences(ctx, parent: QWidget | None = None) -> None:
    """Show the preferences dialog (the main window's menu calls this)."""
    PreferencesDialog(ctx, parent).exec()
