"""Done (D) on a follow-up: which channel was used, and an optional note; logs the touch."""

from __future__ import annotations

import html
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
from totalnet_desktop.core.store.models import CHANNELS
from totalnet_desktop.qtmodels.labels import channel_label, in_direction
from totalnet_desktop.views.shell import theme

logger = logging.getLogger(__name__)


class FollowUpDoneDialog(QDialog):
    """Channel (the suggestion preselected; a letter jumps to it) and a note; Enter confirms."""

    def __init__(self, item: FollowUpItem, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("followup_done_dialog")
        self.setWindowTitle(self.tr("Follow-up done"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        what = QLabel(in_direction(f"<b>{html.escape(item.contact_name)}</b><br>{html.escape(item.reason)}"))
        what.setWordWrap(True)
        layout.addWidget(what)
        form = QFormLayout()
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        for key in CHANNELS:
            self.channel.addItem(channel_label(key), key)
        self.channel.setCurrentIndex(CHANNELS.index(item.channel) if item.channel in CHANNELS else
                                     CHANNELS.index("phone"))
        form.addRow(self.tr("How did you reach them?"), self.channel)
        self.channel.setAccessibleName(self.tr("How did you reach them?"))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("Optional: what you talked about"))
        self.note.setAccessibleName(self.tr("Note"))
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        hint = QLabel(self.tr("Logged as a touch on the contact's timeline; it resets their keep-in-touch cadence."))
        hint.setWordWrap(True)
        theme.style_text(hint, "muted")
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Mark done"))
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
