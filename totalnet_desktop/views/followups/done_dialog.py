"""Done (D) on a follow-up: which channel was used, and an optional note; logs the touch."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.followups.queue import FollowUpItem
from totalnet_desktop.core.store.models import CHANNEL_LABELS, CHANNELS

logger = logging.getLogger(__name__)


class FollowUpDoneDialog(QDialog):
    """Channel (the suggestion preselected; a letter jumps to it) and a note; Enter confirms."""

    def __init__(self, item: FollowUpItem, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("followup_done_dialog")
        self.setWindowTitle("Follow-up done")
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        what = QLabel(f"<b>{item.contact_name}</b><br>{item.reason}")
        what.setWordWrap(True)
        layout.addWidget(what)
        form = QFormLayout()
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for key in CHANNELS:
            self.channel.addItem(CHANNEL_LABELS[key], key)
        self.channel.setCurrentIndex(CHANNELS.index(item.channel) if item.channel in CHANNELS else
                                     CHANNELS.index("phone"))
        form.addRow("How did you reach them?", self.channel)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText("Optional: what you talked about")
        form.addRow("Note", self.note)
        layout.addLayout(form)
        hint = QLabel("Logged as a touch on the contact's timeline; it resets their keep-in-touch cadence.")
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Mark done")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.note.setFocus()

    def values(self) -> tuple[str, str]:
        """(channel key, note) as chosen."""
        return self.channel.currentData(), self.note.text().strip()

    @classmethod
    def ask(cls, item: FollowUpItem, parent: QWidget | None = None) -> tuple[str, str, bool]:
        """Show the dialog; (channel, note, accepted)."""
        dialog = cls(item, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        channel, note = dialog.values()
        dialog.deleteLater()
        return channel, note, accepted
