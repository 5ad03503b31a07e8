"""The chapter's settings and roster: name, meeting day, start time, grace, venue, city, currency,
the annual fee with the day a new fee starts; members (existing or new contacts) with classification,
role, joining, leaving and renewal dates, edited in place. Every change is saved at once."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import chapters, fees
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import ROLES
from totalnet_desktop.i18n import (
    QT_TRANSLATE_NOOP,
    date_text,
    isolate,
    money,
    person_name,
    tr_core,
    translate,
)
from totalnet_desktop.qtmodels.labels import role_key, role_label
from totalnet_desktop.views.meeting.pickers import PersonPicker
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.dates import to_date, weekend_colours
from totalnet_desktop.views.shell.sizing import fit_resize

logger = logging.getLogger(__name__)

COLUMNS = (QT_TRANSLATE_NOOP("RosterDialog", "Name"), QT_TRANSLATE_NOOP("RosterDialog", "Company"),
           QT_TRANSLATE_NOOP("RosterDialog", "Classification"), QT_TRANSLATE_NOOP("RosterDialog", "Role"),
           QT_TRANSLATE_NOOP("RosterDialog", "Joined"), QT_TRANSLATE_NOOP("RosterDialog", "Left"),
           QT_TRANSLATE_NOOP("RosterDialog", "Renewal due"))
EDITABLE = {2: "classification", 3: "role", 4: "joined_on", 5: "left_on", 6: "renewal_due"}
DATE_FIELDS = {"joined_on": COLUMNS[4], "left_on": COLUMNS[5], "renewal_due": COLUMNS[6]}


def parse_cell_date(text: str, column: str) -> dt.date | None:
    """'2026-11-25' -> a date; '' -> None; ValidationError naming the column otherwise."""
    text = text.strip()
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(translate("RosterDialog", '"{text}" in {column} is not a date; write it like '
                                        '2026-11-25.').format(text=text, column=column)) from None


class RosterDialog(QDialog):
    """Chapter settings on top, the roster below, an add-member row at the bottom."""

    def __init__(self, chapter_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.chapter_id = chapter_id
        chapter = chapters.get_chapter(chapter_id)
        self.setWindowTitle(self.tr("{chapter}: settings and roster").format(chapter=isolate(chapter.name)))
        fit_resize(self, 960, 640)
        self.name = QLineEdit(chapter.name)
        self.city = QLineEdit(chapter.city)
        self.weekday = QComboBox()
        for day in range(len(chapters.WEEKDAYS)):  # Monday first, as the chapter stores it
            self.weekday.addItem(QLocale().dayName(day + 1), day)
        self.weekday.setCurrentIndex(chapter.weekday)
        self.start_time = QLineEdit(chapter.start_time)
        self.grace = QSpinBox()
        self.grace.setRange(0, 180)
        self.grace.setValue(chapter.grace_minutes)
        self.grace.setSuffix(" " + self.tr("minutes"))
        self.venue = QLineEdit(chapter.venue)
        self.currency = QLineEdit(chapter.currency)
        self.name.editingFinished.connect(lambda: self._save_setting(name=self.name.text()))
        self.city.editingFinished.connect(lambda: self._save_setting(city=self.city.text()))
        self.weekday.currentIndexChanged.connect(lambda i: self._save_setting(weekday=i))
        self.start_time.editingFinished.connect(lambda: self._save_setting(start_time=self.start_time.text()))
        self.grace.valueChanged.connect(lambda v: self._save_setting(grace_minutes=v))
        self.venue.editingFinished.connect(lambda: self._save_setting(venue=self.venue.text()))
        self.currency.editingFinished.connect(lambda: self._save_setting(currency=self.currency.text()))
        left, right = QFormLayout(), QFormLayout()
        for form, label, field in ((left, self.tr("Chapter &name"), self.name),
                                    (left, self.tr("Meeting &day"), self.weekday),
                                    (left, self.tr("&Start time"), self.start_time),
                                    (left, self.tr("&Grace before Late"), self.grace),
                                    (right, self.tr("&Venue"), self.venue), (right, self.tr("C&ity"), self.city),
                                    (right, self.tr("C&urrency"), self.currency)):
            form.addRow(label, field)
            field.setAccessibleName(label.replace("&", ""))
        right.addRow(self.tr("Annual &fee"), self._fee_row())
        settings_box = QGroupBox(self.tr("Chapter"))
        settings = QGridLayout(settings_box)
        settings.addLayout(left, 0, 0)
        settings.addLayout(right, 0, 1)
        settings.setColumnStretch(0, 1)
        settings.setColumnStretch(1, 1)

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("RosterDialog", c) for c in COLUMNS])
        self.table.setAccessibleName(self.tr("Roster"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._cell_edited)

        self.person = PersonPicker(placeholder=self.tr("name of the new member (existing contact or new)"))
        self.person.setAccessibleName(self.tr("Name of the new member"))
        self.classification = QLineEdit()
        self.classification.setPlaceholderText(self.tr("classification"))
        self.classification.setAccessibleName(self.tr("Classification of the new member"))
        self.role = QComboBox()
        for role in ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData("Member"))
        self.role.setAccessibleName(self.tr("Role of the new member"))
        add = QPushButton(self.tr("&Add member"))
        add.clicked.connect(self.add_member)
        remove = QPushButton(self.tr("&Remove selected"))
        remove.clicked.connect(self.remove_selected)
        add_row = QHBoxLayout()
        for widget in (self.person, self.classification, self.role):
            add_row.addWidget(widget)
        add_row.addWidget(add)
        self.error = QLabel()
        theme.style_text(self.error, "error")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.error, 1)
        bottom.addWidget(remove)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(settings_box)
        hint = QLabel(self.tr("Double-click a cell to change classification, role or a date (like 2026-11-25; "
                              "empty: unknown). Left: the last day of membership; the return on membership "
                              "charges the fee only between Joined and Left."))
        hint.setWordWrap(True)
        theme.style_text(hint, "muted")
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(add_row)
        layout.addLayout(bottom)
        self.refresh()
        self.person.setFocus()

    def _fee_row(self) -> QWidget:
        """The fee in force, a new amount and the day it starts, and the fee history."""
        box = QWidget()
        row = QGridLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("new fee"))
        self.fee.setAccessibleName(self.tr("New annual fee"))
        self.fee.setMinimumWidth(110)  # room for its hint in every language
        self.fee_from = QDateEdit()
        self.fee_from.setAccessibleName(self.tr("New fee from"))
        self.fee_from.setCalendarPopup(True)
        weekend_colours(self.fee_from)
        self.fee_from.setDisplayFormat("dd MMM yyyy")
        today = dt.date.today()
        self.fee_from.setDate(QDate(today.year, today.month, today.day))
        change = QPushButton(self.tr("Set f&ee"))
        change.clicked.connect(self.change_fee)
        self.fee.returnPressed.connect(self.change_fee)
        self.fee_history = QLabel()
        self.fee_history.setWordWrap(True)
        row.addWidget(self.fee, 0, 0)
        row.addWidget(QLabel(self.tr("from")), 0, 1)
        row.addWidget(self.fee_from, 0, 2)
        row.addWidget(change, 0, 3)
        row.addWidget(self.fee_history, 1, 0, 1, 4)
        self._show_fees()
        return box

    def _show_fees(self) -> None:
        chapter = chapters.get_chapter(self.chapter_id)
        history = fees.fee_history(self.chapter_id)
        parts = [(self.tr("{amount} from {day}").format(amount=money(e.annual_fee, chapter.currency),
                                                        day=date_text(e.starts_on))
                  if e.starts_on != fees.SINCE_EVER else money(e.annual_fee, chapter.currency))
                 for e in history]
        self.fee_history.setText(self.tr("Fee: {history}").format(history=" · ".join(parts)))

    def change_fee(self) -> None:
        """A new annual fee from the chosen day on (the months before keep the fee they had)."""
        try:
            fees.set_fee(self.chapter_id, self.fee.text(), to_date(self.fee_from.date()))
        except ValidationError as exc:
            self.error.setText(tr_core(exc))
            return
        self.error.clear()
        self.fee.clear()
        self._show_fees()

    def _save_setting(self, **fields) -> None:
        try:
            chapters.update_chapter(self.chapter_id, **fields)
            self.error.clear()
        except ValidationError as exc:
            self.error.setText(tr_core(exc))

    def refresh(self) -> None:
        self.table.blockSignals(True)
        members = chapters.roster(self.chapter_id)
        self.table.setRowCount(len(members))
        for r, m in enumerate(members):
            values = (person_name(m.name), m.company, m.classification, role_label(m.role), *(
                d.isoformat() if d else "" for d in (m.joined_on, m.left_on, m.renewal_due)))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c not in EDITABLE:  # the others are edited in place
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setData(Qt.ItemDataRole.UserRole, m.membership_id)
                self.table.setItem(r, c, item)
        self.table.blockSignals(False)

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        field = EDITABLE.get(item.column())
        if field is None:
            return
        try:
            value: dt.date | str | None
            if field in DATE_FIELDS:
                value = parse_cell_date(item.text(), translate("RosterDialog", DATE_FIELDS[field]))
            else:
                value = role_key(item.text()) if field == "role" else item.text()
            chapters.update_member(item.data(Qt.ItemDataRole.UserRole), **{field: value})
            self.error.clear()
        except ValidationError as exc:
            self.error.setText(tr_core(exc))
            self.refresh()

    def add_member(self) -> None:
        try:
            chapters.add_member(self.chapter_id, self.person.chosen_id(), name=self.person.typed_name(),
                                classification=self.classification.text(), role=self.role.currentData())
        except ValidationError as exc:
            self.error.setText(tr_core(exc))
            return
        self.error.clear()
        self.person.clear()
        self.classification.clear()
        self.refresh()
        self.person.setFocus()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            return
        answer = QMessageBox.question(self, self.tr("Remove member"), self.tr(
            "Take {name} off the roster as of today? The contact, past attendance and membership dates "
            "stay.").format(name=isolate(item.text())))
        if answer == QMessageBox.StandardButton.Yes:
            membership_id = item.data(Qt.ItemDataRole.UserRole)
            member = chapters.get_member(membership_id)
            left = max(dt.date.today(), member.joined_on) if member.joined_on else dt.date.today()
            chapters.update_member(membership_id, active=False, left_on=member.left_on or left)
            self.refresh()

    @classmethod
    def edit(cls, chapter_id: int, parent: QWidget | None = None) -> tuple[None, bool]:
        """Show the roster editor (modal)."""
        dialog = cls(chapter_id, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        return None, accepted
