"""The contact editor: every field of one contact, bad values flagged in place, duplicates pointed out.

``ContactEditor.edit(ctx, parent, contact_id)`` is the entry point; tests drive ``try_save()``.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.contacts import duplicates
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.errors import EditConflictError, ServerLostError, ValidationError
from totalnet_desktop.core.store.models import CHANNELS, DEFAULT_CADENCE_DAYS, STAGES
from totalnet_desktop.core.store.records import ContactRecord, DuplicateMatch, SaveResult
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, isolate, tr_core, translate
from totalnet_desktop.qtmodels.labels import (
    SOURCE_NAMES,
    channel_label,
    source_key,
    source_label,
    stage_label,
)
from totalnet_desktop.views.contacts.points import PointsEditor
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.dates import to_qdate, weekend_colours
from totalnet_desktop.views.shell.sizing import fit_resize
from totalnet_desktop.views.shell.widgets import ContactPicker

logger = logging.getLogger(__name__)

DUPLICATE_CHECK_MS = 400  # after the last keystroke, look for a contact this may already be

TEXT_FIELDS = (("first_name", QT_TRANSLATE_NOOP("ContactEditor", "First name")),
               ("last_name", QT_TRANSLATE_NOOP("ContactEditor", "Last name")),
               ("company", QT_TRANSLATE_NOOP("ContactEditor", "Company")),
               ("job_title", QT_TRANSLATE_NOOP("ContactEditor", "Job title")),
               ("profession", QT_TRANSLATE_NOOP("ContactEditor", "Profession / classification")),
               ("city", QT_TRANSLATE_NOOP("ContactEditor", "City")))


@dataclass
class EditorOutcome:
    """What the editor ended with: a saved contact, a duplicate to open, or one to merge with."""

    saved: SaveResult | None = None
    open_id: int | None = None
    merge_ids: tuple[int, ...] = ()


class ContactEditor(QDialog):
    """Create or edit one contact."""

    def __init__(self, ctx, contact_id: int | None = None, parent: QWidget | None = None,
                 initial: ContactRecord | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.region = prefs.phone_region()
        self.record = contacts.get(contact_id) if contact_id is not None else (initial or ContactRecord(id=None))
        self.outcome = EditorOutcome()
        self._duplicates_seen = False
        self.setWindowTitle(self.tr("Edit contact") if contact_id else self.tr("New contact"))
        fit_resize(self, 760, 720)
        self._build()
        self._load(self.record)
        self._loaded = self.current_record()  # Esc asks before discarding anything typed since
        self._dup_timer = QTimer(self, singleShot=True, interval=DUPLICATE_CHECK_MS)
        self._dup_timer.timeout.connect(self.check_duplicates)
        for name in ("first_name", "last_name", "company"):
            self.fields[name].textChanged.connect(self._dup_timer.start)
        for editor in (self.phones, self.emails):
            editor.on_edit = self._dup_timer.start
            for row in editor.rows:
                row.value.textChanged.connect(self._dup_timer.start)

    # ---- layout ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.fields: dict[str, QLineEdit] = {}
        grid = QGridLayout()
        for n, (name, label) in enumerate(TEXT_FIELDS):
            edit = QLineEdit()
            edit.setObjectName(name)
            self.fields[name] = edit
            caption = QLabel(translate("ContactEditor", label))
            caption.setBuddy(edit)  # the label names the box for screen readers
            grid.addWidget(caption, (n // 2) * 2, n % 2)
            grid.addWidget(edit, (n // 2) * 2 + 1, n % 2)
        self.stage = QComboBox()
        for stage in STAGES:
            self.stage.addItem(stage_label(stage), stage)
        self.stage.setAccessibleName(self.tr("Stage"))
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSuffix(" " + self.tr("days"))
        self.cadence.setAccessibleName(self.tr("Keep in touch every"))
        self.stage.currentIndexChanged.connect(lambda _i: self._cadence_hint(self.stage.currentData()))
        self.source = QComboBox()
        self.source.setEditable(True)
        self.source.addItems(sorted({source_label(s) for s in set(contacts.sources()) | set(SOURCE_NAMES) | {""}}))
        self.source.setAccessibleName(self.tr("Source"))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("comma separated, e.g. printing, golf"))
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setObjectName("tags")
        form = QFormLayout()
        form.addRow(self.tr("Stage"), self.stage)
        form.addRow(self.tr("Keep in touch every"), self.cadence)
        form.addRow(self.tr("Source"), self.source)
        form.addRow(self.tr("Tags"), self.tags)

        self.phones = PointsEditor("phone", self.region)
        self.emails = PointsEditor("email", self.region)
        self.profiles = PointsEditor("social", self.region)
        self.websites = PointsEditor("website", self.region)

        self.met_on_set = QCheckBox(self.tr("Met on"))
        self.met_on = QDateEdit()
        self.met_on.setCalendarPopup(True)
        weekend_colours(self.met_on)
        self.met_on.setDisplayFormat("d MMM yyyy")
        self.met_on.setEnabled(False)
        self.met_on_set.toggled.connect(self.met_on.setEnabled)
        self.met_where = QLineEdit()
        self.met_where.setPlaceholderText(self.tr("where: a chapter meeting, an expo, LinkedIn..."))
        self.met_channel = QComboBox()
        self.met_channel.addItem(self.tr("(channel)"), "")
        for key in CHANNELS:
            self.met_channel.addItem(channel_label(key), key)
        self.introduced_by = ContactPicker(placeholder=self.tr("introduced by (type a name)"))
        met = QHBoxLayout()
        met.addWidget(self.met_on_set)
        met.addWidget(self.met_on)
        met.addWidget(self.met_where, 1)
        met.addWidget(self.met_channel)
        self.notes = QPlainTextEdit()
        self.notes.setPlaceholderText(self.tr("Notes: what they do, who they want to meet, family, interests..."))
        self.notes.setFixedHeight(90)
        self.notes.setTabChangesFocus(True)  # Tab goes on to the next field, as in every other box
        self.is_me = QCheckBox(self.tr("This is me (used for \"Show my card\")"))

        body = QWidget()
        col = QVBoxLayout(body)
        col.addLayout(grid)
        col.addLayout(form)
        for editor in (self.phones, self.emails, self.profiles, self.websites):
            col.addWidget(_line())
            col.addWidget(editor)
        col.addWidget(_line())
        col.addWidget(QLabel("<b>" + self.tr("How we met") + "</b>"))
        self.met_on.setAccessibleName(self.tr("Met on date"))
        self.met_where.setAccessibleName(self.tr("Where we met"))
        self.met_channel.setAccessibleName(self.tr("Channel we met on"))
        self.introduced_by.setAccessibleName(self.tr("Introduced by"))
        self.notes.setAccessibleName(self.tr("Notes"))
        col.addLayout(met)
        col.addWidget(self.introduced_by)
        col.addWidget(QLabel("<b>" + self.tr("Notes") + "</b>"))
        col.addWidget(self.notes)
        col.addWidget(self.is_me)
        col.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)

        self.error = QLabel()
        self.error.setObjectName("editor_error")
        theme.style_text(self.error, "error", "font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.dup_panel = QFrame()
        self.dup_panel.setObjectName("duplicate_panel")
        self.dup_panel.setStyleSheet(theme.panel_style("duplicate_panel", "warning"))
        self.dup_layout = QVBoxLayout(self.dup_panel)
        self.dup_panel.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))  # Alt+S
        save.setDefault(True)
        self.buttons.accepted.connect(self.try_save)
        self.buttons.rejected.connect(self.cancel)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.dup_panel)
        outer.addWidget(self.error)
        outer.addWidget(self.buttons)

    def _cadence_hint(self, stage: str) -> None:
        self.cadence.setSpecialValueText(self.tr("{stage} default (%Ln day(s))", "", DEFAULT_CADENCE_DAYS.get(
            stage, 60)).format(stage=stage_label(stage)))

    def _load(self, record: ContactRecord) -> None:
        for name, edit in self.fields.items():
            edit.setText(getattr(record, name))
        self.stage.setCurrentIndex(max(0, self.stage.findData(record.stage)))
        self._cadence_hint(record.stage)
        self.cadence.setValue(record.cadence_days or 0)
        self.source.setCurrentText(source_label(record.source))
        self.tags.setText(", ".join(record.tags))
        by_kind = {k: [p for p in record.points if p.kind == k] for k in ("phone", "email", "social", "website")}
        self.phones.set_points(by_kind["phone"])
        self.emails.set_points(by_kind["email"])
        self.profiles.set_points(by_kind["social"])
        self.websites.set_points(by_kind["website"])
        if record.met_on:
            self.met_on_set.setChecked(True)
            self.met_on.setDate(to_qdate(record.met_on))
        else:
            self.met_on.setDate(QDate.currentDate())
        self.met_where.setText(record.met_where)
        self.met_channel.setCurrentIndex(max(0, self.met_channel.findData(record.met_channel)))
        if record.introduced_by_id:
            self.introduced_by.set_contact(record.introduced_by_id,
                                           contacts.names([record.introduced_by_id]).get(record.introduced_by_id, ""))
        self.notes.setPlainText(record.notes)
        self.is_me.setChecked(record.is_me)
        self.is_me.setVisible(record.is_me or contacts.me_id() is None)
        self.fields["first_name"].setFocus()

    # ---- reading and saving --------------------------------------------------------------------
    def set_text(self, name: str, value: str) -> None:
        """Type into a field by name (tests and the duplicate flow use it)."""
        self.fields[name].setText(value)

    def current_record(self) -> ContactRecord:
        """The contact as the form shows it now."""
        met_on = None
        if self.met_on_set.isChecked():
            qd = self.met_on.date()
            met_on = dt.date(qd.year(), qd.month(), qd.day())
        points = tuple(self.phones.points() + self.emails.points() + self.profiles.points()
                       + self.websites.points())
        tags = tuple(t.strip() for t in self.tags.text().split(",") if t.strip())
        texts: dict[str, Any] = {name: edit.text() for name, edit in self.fields.items()}
        return ContactRecord(
            id=self.record.id, **texts,
            notes=self.notes.toPlainText(), stage=self.stage.currentData(),
            cadence_days=self.cadence.value() or None, source=source_key(self.source.currentText()),
            met_on=met_on, met_where=self.met_where.text(), met_channel=self.met_channel.currentData() or "",
            introduced_by_id=self.introduced_by.contact_id(), is_me=self.is_me.isChecked(),
            points=points, tags=tags, version=self.record.version)

    def flagged(self) -> list[str]:
        """Values flagged in place right now (invalid phone or e-mail)."""
        rows = self.phones.rows + self.emails.rows + self.profiles.rows + self.websites.rows
        return [r.value.text() for r in rows if r.is_flagged()]

    def try_save(self) -> SaveResult | None:
        """Save (accepting the dialog), or explain why not: an empty contact or possible duplicates."""
        record = self.current_record()
        try:
            contacts.validate(record, self.region)
        except ValidationError as exc:
            self._show_error(tr_core(exc))
            return None
        if not self._duplicates_seen:
            try:
                matches = duplicates.find_duplicates(record, self.region)
            except ServerLostError as exc:  # the chapter server went away: say so here, keep the typing
                self._show_error(tr_core(exc))
                return None
            if matches:
                self._duplicates_seen = True
                self._show_duplicates(matches)
                return None
        return self._save(record)

    def _save(self, record: ContactRecord) -> SaveResult | None:
        try:
            result = contacts.save(record, region=self.region)
        except EditConflictError as exc:
            # Both are shown (the message lists what differs); Save again keeps mine over theirs.
            if exc.theirs is not None:
                self.record = replace(self.record, version=exc.theirs.version)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Keep mine"))
            self._show_error(tr_core(exc))
            return None
        except ValidationError as exc:
            self._show_error(tr_core(exc))
            return None
        self.outcome.saved = result
        self.ctx.bus.changed.emit("contacts")
        self.accept()
        return result

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _show_duplicates(self, matches: list[DuplicateMatch]) -> None:
        while self.dup_layout.count():
            item = self.dup_layout.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        title = QLabel("<b>" + self.tr("This may be someone you already have.") + "</b> " + self.tr(
            "Save anyway, open the existing contact, or save and merge the two."))
        title.setWordWrap(True)
        self.dup_layout.addWidget(title)
        self.dup_buttons: dict[tuple[str, int], QPushButton] = {}
        for match in matches:
            row = QHBoxLayout()
            who = html.escape(isolate(match.name) + (f" ({isolate(match.company)})" if match.company else ""))
            label = QLabel(self.tr("{who}: {reason}").format(who=who, reason=html.escape(tr_core(match.reason))))
            label.setWordWrap(True)
            row.addWidget(label, 1)
            open_button = QPushButton(self.tr("Open it"))
            merge_button = QPushButton(self.tr("Save and merge..."))
            open_button.setAccessibleName(self.tr("Open {name}").format(name=match.name))
            merge_button.setAccessibleName(self.tr("Save and merge with {name}").format(name=match.name))
            open_button.clicked.connect(lambda _=False, cid=match.contact_id: self.open_duplicate(cid))
            merge_button.clicked.connect(lambda _=False, cid=match.contact_id: self.merge_with(cid))
            self.dup_buttons[("open", match.contact_id)] = open_button
            self.dup_buttons[("merge", match.contact_id)] = merge_button
            row.addWidget(open_button)
            row.addWidget(merge_button)
            self.dup_layout.addLayout(row)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save anyway"))
        self.dup_panel.show()

    def check_duplicates(self) -> list[DuplicateMatch]:
        """While typing: point out a contact this may already be (name, e-mail or phone)."""
        record = self.current_record()
        if not any((record.first_name.strip(), record.last_name.strip(), record.points)):
            self.dup_panel.hide()
            return []
        try:
            matches = duplicates.find_duplicates(record, self.region)
        except ServerLostError:
            return []  # the chapter server is away: no hint now; the save says why it cannot be made
        if matches:
            self._duplicates_seen = True  # Save no longer stops to ask: the panel is in view
            self._show_duplicates(matches)
        else:
            self.dup_panel.hide()
            self._duplicates_seen = False
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        return matches

    def is_changed(self) -> bool:
        return self.current_record() != self._loaded

    def confirm_discard(self) -> bool:
        """Ask before throwing away what was typed (tests replace this with a scripted answer)."""
        answer = QMessageBox.question(self, self.tr("Discard changes"), self.tr("Discard the changes to this contact?"),
                                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def cancel(self) -> None:
        """Esc or Cancel: close, after asking when the form holds changes."""
        if self.is_changed() and not self.confirm_discard():
            return
        self.reject()

    def showEvent(self, event) -> None:
        # Save is the default button (Enter in a field saves): the form's own buttons (Add phone...)
        # must not take that role when the dialog is shown.
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        for button in self.findChildren(QPushButton):
            if button is not save:
                button.setAutoDefault(False)
                button.setDefault(False)
        super().showEvent(event)
        save.setDefault(True)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and not event.modifiers():
            self.cancel()
            return
        super().keyPressEvent(event)

    def open_duplicate(self, contact_id: int) -> None:
        """Leave this contact unsaved and show the existing one instead."""
        self.outcome.open_id = contact_id
        self.reject()

    def merge_with(self, contact_id: int) -> None:
        """Save this contact, then merge it with the existing one."""
        result = self._save(self.current_record())
        if result is not None:
            self.outcome.merge_ids = (contact_id, result.contact_id)

    @classmethod
    def edit(cls, ctx, parent: QWidget | None = None, contact_id: int | None = None,
             initial: ContactRecord | None = None) -> tuple[EditorOutcome, bool]:
        """Open the editor modally; return (outcome, accepted)."""
        dialog = cls(ctx, contact_id, parent, initial)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.outcome, accepted


def _line() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line

