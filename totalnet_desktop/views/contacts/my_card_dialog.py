"""Show my card: a large QR code of my vCard for swapping details at a meeting, and my .vcf."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.exchange import mycard
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import path_text
from totalnet_desktop.views.shell.read_only_gate import writes
from totalnet_desktop.views.shell.sizing import fit_resize
from totalnet_desktop.views.shell.widgets import ContactPicker

logger = logging.getLogger(__name__)


class MyCardDialog(QDialog):
    """The QR code of my vCard; when nobody is "me" yet, a way to choose or create my contact."""

    def __init__(self, ctx, parent: QWidget | None = None, suggested_id: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("My card"))
        self.title = QLabel()
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.qr_label = QLabel()
        self.qr_label.setObjectName("qr_code")
        self.qr_label.setAccessibleName(self.tr("QR code of my card"))
        self.qr_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint = QLabel(self.tr("Let the other person scan this with their phone camera to save your details."))
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        # Choosing "me" when nobody is yet.
        self.chooser = QWidget()
        choose = QVBoxLayout(self.chooser)
        choose.addWidget(QLabel(self.tr("Which contact is you? Your card is made from it.")))
        self.picker = ContactPicker(placeholder=self.tr("type your name"))
        self.picker.setAccessibleName(self.tr("Which contact is you?"))
        if suggested_id is not None:
            self.picker.set_contact(suggested_id, contacts.names([suggested_id]).get(suggested_id, ""))
        choose.addWidget(self.picker)
        row = QHBoxLayout()
        self.use_button = QPushButton(self.tr("This is me"))
        self.use_button.clicked.connect(self.use_picked)
        self.create_button = QPushButton(self.tr("Create my contact..."))
        self.create_button.clicked.connect(self.create_me)
        writes(self.use_button, self.create_button)  # off where nothing may be written (the read-only gate)
        row.addWidget(self.use_button)
        row.addWidget(self.create_button)
        row.addStretch(1)
        choose.addLayout(row)
        buttons = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export my .vcf..."))
        self.export_button.clicked.connect(self.export)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.qr_label, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.chooser)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        """Show the QR code of my card, or the chooser when nobody is me."""
        record = mycard.my_record()
        has_me = record is not None
        for widget in (self.qr_label, self.hint, self.export_button):
            widget.setVisible(has_me)
        self.chooser.setVisible(not has_me)
        if not has_me:
            self.title.setText("<h2>" + self.tr("My card") + "</h2>")
            self.qr_label.clear()
            self.resize(460, 220)
            return
        sub = " · ".join(x for x in (record.job_title, record.company) if x)
        self.title.setText(f"<h2 style='margin:0'>{record.name}</h2><div>{sub}</div>")
        pixmap = QPixmap()
        pixmap.loadFromData(mycard.qr_png(mycard.my_vcard(), scale=8), "PNG")
        side = 480
        self.qr_label.setPixmap(pixmap.scaled(side, side, Qt.AspectRatioMode.KeepAspectRatio,
                                              Qt.TransformationMode.FastTransformation))
        fit_resize(self, 560, 700)  # a 1024x700 laptop gets the screen's height, its buttons in view

    def use_picked(self) -> None:
        cid = self.picker.contact_id()
        if cid is None:
            return
        contacts.set_me(cid)
        self.ctx.bus.changed.emit("contacts")
        self.refresh()

    def create_me(self) -> None:
        from totalnet_desktop.core.store.records import ContactRecord
        from totalnet_desktop.views.contacts.editor import ContactEditor

        outcome, ok = ContactEditor.edit(self.ctx, self, initial=ContactRecord(id=None, is_me=True))
        if ok and outcome.saved:
            contacts.set_me(outcome.saved.contact_id)
            self.refresh()

    def export(self, path: str | None = None) -> Path | None:
        """Write my card to a .vcf (asks where unless ``path`` is given)."""
        if not path:
            name = (mycard.my_record().name or "my-card").replace(" ", "-")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export my card"), str(Path.home() / f"{name}.vcf"),
                                                  self.tr("vCard (*.vcf)"))
            if not path:
                return None
        try:
            return mycard.export_vcf(Path(path))
        except (OSError, TotalNetError) as exc:
            QMessageBox.warning(self, self.tr("Export my card"), self.tr("Cannot write {path}: {reason}").format(
                path=path_text(path), reason=exc))
            return None
