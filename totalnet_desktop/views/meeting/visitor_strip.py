"""The small inline form that opens under the check-in box after a visitor is added by name:
company, profession, phone, e-mail and who invited them, all optional. Enter saves, Esc skips;
either way the focus goes back to the check-in box for the next arrival."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QLineEdit, QPushButton, QWidget

from totalnet_desktop.core.chapter import visitors
from totalnet_desktop.core.chapter.meetings import MeetingRecord, RosterRow
from totalnet_desktop.core.chapter.people import PersonChoice
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, isolate, translate
from totalnet_desktop.qtmodels.labels import in_direction
from totalnet_desktop.views.meeting.pickers import MemberCombo, PhoneEdit
from totalnet_desktop.views.shell import theme

logger = logging.getLogger(__name__)


HINTS = (QT_TRANSLATE_NOOP("VisitorStrip", "company"), QT_TRANSLATE_NOOP("VisitorStrip", "profession"),
         QT_TRANSLATE_NOOP("VisitorStrip", "phone"), QT_TRANSLATE_NOOP("VisitorStrip", "e-mail"))


class VisitorStrip(QFrame):
    """Details of the visitor just added; ``saved`` carries the updated row, ``finished`` fires on
    save or skip."""

    saved = Signal(object)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("visitor_strip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.meeting: MeetingRecord | None = None
        self.row: RosterRow | None = None
        self.title = QLabel()
        self.company, self.profession, self.email = (QLineEdit() for _ in range(3))
        self.phone = PhoneEdit()
        for edit, hint in ((self.company, HINTS[0]), (self.profession, HINTS[1]),
                           (self.phone, HINTS[2]), (self.email, HINTS[3])):
            edit.setPlaceholderText(translate("VisitorStrip", hint))
            edit.setAccessibleName(translate("VisitorStrip", "Visitor's {field}").format(
                field=translate("VisitorStrip", hint)))
            edit.returnPressed.connect(self.save)
            edit.installEventFilter(self)
        self.invited_by = MemberCombo([], allow_none=True)
        self.invited_by.setMinimumWidth(200)
        self.invited_by.lineEdit().setPlaceholderText(self.tr("invited by (member)"))
        self.invited_by.setAccessibleName(self.tr("Invited by"))
        self.invited_by.lineEdit().returnPressed.connect(self.save)
        self.invited_by.installEventFilter(self)
        self.invited_by.lineEdit().installEventFilter(self)
        save = QPushButton(self.tr("Save"))
        save.clicked.connect(self.save)
        skip = QPushButton(self.tr("Skip (Esc)"))
        skip.clicked.connect(self.skip)
        self.error = QLabel()
        theme.style_text(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()  # shown with a message only (no empty row under the fields)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.addWidget(self.title, 0, 0, 1, 7)
        for column, widget in enumerate((self.company, self.profession, self.phone, self.email, self.invited_by,
                                         save, skip)):
            grid.addWidget(widget, 1, column)
        for column in range(5):
            grid.setColumnStretch(column, 1)
        grid.addWidget(self.error, 2, 0, 1, 7)
        self.hide()

    def open_for(self, meeting: MeetingRecord, row: RosterRow, members: list[PersonChoice]) -> None:
        """Show the form for ``row`` (a visitor just added) with the focus in its first field."""
        self.meeting, self.row = meeting, row
        self.title.setText(in_direction(self.tr(
            "{name}: details if you have them (all optional) · Enter saves · Esc skips").format(
            name="<b>" + isolate(html.escape(row.name)) + "</b>")))
        self.company.setText(row.company)
        self.profession.setText(row.classification)
        self.phone.clear()
        self.email.clear()
        self.error.clear()
        self.error.hide()
        self.invited_by.clear()
        self.invited_by.addItem("", None)
        for m in members:
            self.invited_by.addItem(m.label, m.id)
        self.invited_by.select_id(row.invited_by_id)
        self.show()
        self.company.setFocus(Qt.FocusReason.OtherFocusReason)
        self.company.selectAll()

    def save(self) -> None:
        if self.meeting is None or self.row is None:
            return
        invited = self.invited_by.current_id()
        if invited is None and self.invited_by.currentText().strip():
            self._show_error(self.tr("Pick who invited the visitor from the roster, or leave it empty."))
            return
        try:
            fresh = visitors.update_visitor(self.meeting, self.row, invited_by_id=invited,
                                            company=self.company.text(), profession=self.profession.text(),
                                            phone=self.phone.text(), email=self.email.text())
        except ValidationError as exc:
            self._show_error(str(exc))
            return
        self.hide()
        self.saved.emit(fresh)
        self.finished.emit()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def skip(self) -> None:
        self.hide()
        self.finished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.skip()
            return True
        return super().eventFilter(watched, event)
