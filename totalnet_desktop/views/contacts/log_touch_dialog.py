"""Log a touch: Ctrl+L from a contact, Enter saves (two keystrokes for the usual case)."""

from __future__ import annotations

import datetime as dt
import html
import logging

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.contacts import interactions
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import CHANNELS
from totalnet_desktop.i18n import isolate, tr_core
from totalnet_desktop.qtmodels.labels import channel_label, in_direction, touch_kind
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.dates import weekend_colours

logger = logging.getLogger(__name__)

KINDS = ("", "call", "message", "meeting", "coffee", "comment", "connected", "introduction", "e-mail")


class LogTouchDialog(QDialog):
    """Channel (defaults to the last one used with this contact), kind, date and a note."""

    def __init__(self, ctx, contact_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.contact_id = contact_id
        self.interaction_id: int | None = None
        name = contacts.names([contact_id]).get(contact_id) or self.tr("contact")
        self.setWindowTitle(self.tr("Log a touch with {name}").format(name=isolate(name)))
        self.channel = QComboBox()
        for key in CHANNELS:
            self.channel.addItem(channel_label(key), key)
        last = interactions.last_channel(contact_id) or "in_person"
        self.channel.setCurrentIndex(max(0, self.channel.findData(last)))
        self.kind = QComboBox()
        self.kind.setEditable(True)
        for kind in KINDS:
            self.kind.addItem(touch_kind(kind), kind)
        self.day = QDateEdit(QDate.currentDate())
        self.day.setCalendarPopup(True)
        weekend_colours(self.day)
        self.day.setDisplayFormat("d MMM yyyy")
        self.note = QLineEdit()
        self.note.setObjectName("touch_note")
        self.note.setPlaceholderText(self.tr("What happened? (optional; Enter saves)"))
        self.note.setMinimumWidth(380)
        self.error = QLabel()
        theme.style_text(self.error, "error")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Channel"), self.channel)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Note"), self.note)
        self.channel.setAccessibleName(self.tr("Channel"))
        self.kind.setAccessibleName(self.tr("Kind"))
        self.day.setAccessibleName(self.tr("Date"))
        self.note.setAccessibleName(self.tr("Note"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Log"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(in_direction(f"<b>{html.escape(name)}</b>")))
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.note.setFocus()

    def save(self) -> int | None:
        """Record the interaction and close; return its id."""
        qd = self.day.date()
        day = dt.date(qd.year(), qd.month(), qd.day())
        try:
            self.interaction_id = interactions.log_touch(
                self.contact_id, self.channel.currentData(), self.note.text(), kind=self._kind(),
                occurred_at=None if day == dt.date.today() else day)
        except ValidationError as exc:
            self.error.setText(tr_core(exc))
            self.error.show()
            return None
        self.ctx.bus.changed.emit("contacts")
        self.accept()
        return self.interaction_id

    def _kind(self) -> str:
        """The kind as stored: an offered kind in English, a typed one as typed."""
        text = self.kind.currentText().strip()
        index = self.kind.findText(text)
        return self.kind.itemData(index) if index >= 0 and self.kind.itemData(index) is not None else text

    @classmethod
    def run(cls, ctx, contact_id: int, parent: QWidget | None = None) -> tuple[int | None, bool]:
        """Open modally; return (interaction id, accepted)."""
        dialog = cls(ctx, contact_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.interaction_id, accepted
