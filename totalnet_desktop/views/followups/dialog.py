"""Add a follow-up by hand (Ctrl+Shift+F from anywhere), and the date picker the queue uses."""

from __future__ import annotations

import datetime as dt
import html
import logging

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import (
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import CHANNELS
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, tr_core, translate, weekday_text
from totalnet_desktop.qtmodels.labels import channel_label, in_direction
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.dates import to_date, to_qdate, weekend_colours

logger = logging.getLogger(__name__)


SNOOZE_NAMES = {"Tomorrow": QT_TRANSLATE_NOOP("SnoozeDialog", "Tomorrow"),
                "In 3 days": QT_TRANSLATE_NOOP("SnoozeDialog", "In 3 days"),
                "Next week": QT_TRANSLATE_NOOP("SnoozeDialog", "Next week")}


class DatePickDialog(QDialog):
    """A calendar: arrows move the day, Enter picks it."""

    def __init__(self, title: str, initial: dt.date, minimum: dt.date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("date_pick_dialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.heading = QLabel(title)  # the question asked, on the dialog too (a window title is easy to miss)
        self.heading.setObjectName("date_pick_heading")
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setWordWrap(True)
        self.heading.setVisible(bool(title))
        layout.addWidget(self.heading)
        self.calendar = QCalendarWidget()
        weekend_colours(self.calendar)
        self.calendar.setAccessibleName(self.tr("Date"))
        self.calendar.setGridVisible(True)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        if minimum is not None:
            self.calendar.setMinimumDate(to_qdate(minimum))
        self.calendar.setSelectedDate(to_qdate(initial))
        self.calendar.activated.connect(lambda _: self.accept())
        self.heading.setBuddy(self.calendar)
        layout.addWidget(self.calendar)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.calendar.setFocus()

    def date(self) -> dt.date:
        return to_date(self.calendar.selectedDate())

    @classmethod
    def ask(cls, title: str, initial: dt.date, minimum: dt.date | None = None,
            parent: QWidget | None = None) -> tuple[dt.date, bool]:
        """Show the calendar; (date, accepted)."""
        dialog = cls(title, initial, minimum, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.date()
        dialog.deleteLater()
        return value, accepted


class SnoozeDialog(QDialog):
    """Snooze choices: T tomorrow, 3 in three days, N next week, P pick a date (or arrows and Enter).

    A dialog rather than a popup menu: it keeps the keyboard focus reliably on every platform."""

    def __init__(self, today: dt.date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("snooze_dialog")
        self.setWindowTitle(self.tr("Snooze until"))
        self.setMinimumWidth(320)
        self._today = today
        self.value: dt.date | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Snooze until:")))
        self.choices = QListWidget()
        self.choices.setObjectName("snooze_choices")
        self.choices.setAccessibleName(self.tr("Snooze until"))
        keys = {"Tomorrow": "T", "In 3 days": "3", "Next week": "N"}
        for label, day in followups.snooze_choices(today):
            shown = translate("SnoozeDialog", SNOOZE_NAMES[label]) if label in SNOOZE_NAMES else label
            entry = QListWidgetItem(f"{shown}  ({keys[label]})    {weekday_text(day)}")
            entry.setData(Qt.ItemDataRole.UserRole, day)
            self.choices.addItem(entry)
        self.choices.addItem(self.tr("Pick a date...") + "  (P)")
        self.choices.setCurrentRow(0)
        self.choices.setMaximumHeight(self.choices.sizeHintForRow(0) * 4 + 8)
        self.choices.itemActivated.connect(lambda _: self.choose(self.choices.currentRow()))
        layout.addWidget(self.choices)
        self.calendar = QCalendarWidget()
        weekend_colours(self.calendar)
        self.calendar.setAccessibleName(self.tr("Date"))
        self.calendar.setObjectName("snooze_calendar")
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setMinimumDate(to_qdate(today + dt.timedelta(days=1)))
        self.calendar.activated.connect(lambda day: self._done(to_date(day)))
        self.calendar.hide()
        layout.addWidget(self.calendar)
        self.choices.installEventFilter(self)
        self.calendar.installEventFilter(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choices.setFocus()

    def choose(self, row: int) -> None:
        """Take choice ``row`` (0-2: a quick date; 3: show the calendar to pick one)."""
        if 0 <= row < 3:
            self._done(self.choices.item(row).data(Qt.ItemDataRole.UserRole))
        elif row == 3:
            self.choices.hide()
            self.calendar.show()
            self.calendar.setSelectedDate(to_qdate(self._today + dt.timedelta(days=1)))
            self.calendar.setFocus()
            self.adjustSize()

    def _done(self, day: dt.date) -> None:
        self.value = day
        self.accept()

    def eventFilter(self, watched, event) -> bool:
        # The list would use letters for its own type-ahead search and the calendar would swallow
        # Enter; both keys belong to the dialog here.
        if event.type() == QEvent.Type.KeyPress:
            row = {Qt.Key.Key_T: 0, Qt.Key.Key_3: 1, Qt.Key.Key_N: 2, Qt.Key.Key_P: 3}.get(Qt.Key(event.key()))
            if watched is self.choices and row is not None:
                self.choose(row)
                return True
            if watched is self.calendar and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._done(to_date(self.calendar.selectedDate()))
                return True
        return super().eventFilter(watched, event)

    @classmethod
    def ask(cls, today: dt.date, parent: QWidget | None = None) -> tuple[dt.date | None, bool]:
        """Show the choices; (date, accepted)."""
        dialog = cls(today, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value
        dialog.deleteLater()
        return value, accepted and value is not None


class AddFollowUpDialog(QDialog):
    """Contact (a search box and its matches unless given), due date, reason and channel."""

    def __init__(self, contact_id: int | None = None, today: dt.date | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("add_followup_dialog")
        self.setWindowTitle(self.tr("Add follow-up"))
        self.setMinimumWidth(480)
        self.item_id: int | None = None
        self._contact_id = contact_id
        today = today or dt.date.today()
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.search = QLineEdit()
        self.search.setObjectName("contact_search")
        self.search.setPlaceholderText(self.tr("Type a name or company..."))
        self.search.setAccessibleName(self.tr("Contact"))
        self.matches = QListWidget()
        self.matches.setObjectName("contact_matches")
        self.matches.setMaximumHeight(120)
        self.matches.setAccessibleName(self.tr("Matching contacts"))
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._refresh_matches)
        self.search.textEdited.connect(lambda _: self._timer.start())
        # Enter in the box takes the highlighted match (not the dialog's OK); Down walks the matches.
        self.search.installEventFilter(self)
        if contact_id is None:
            form.addRow(self.tr("Contact"), self.search)
            form.addRow("", self.matches)
        else:
            label = QLabel(in_direction(f"<b>{html.escape(followups.describe_contact(contact_id))}</b>"))
            label.setObjectName("contact_label")
            form.addRow(self.tr("Contact"), label)
            self.search.hide()
            self.matches.hide()
        self.due = QDateEdit(to_qdate(followups.next_business_day(today)))
        self.due.setObjectName("due")
        self.due.setCalendarPopup(True)
        weekend_colours(self.due)
        self.due.setDisplayFormat("ddd d MMM yyyy")
        form.addRow(self.tr("Due"), self.due)
        self.due.setAccessibleName(self.tr("Due"))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("e.g. Send Layla the brochure about office printing"))
        self.reason.setAccessibleName(self.tr("Reason"))
        form.addRow(self.tr("Reason"), self.reason)
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.channel.addItem(self.tr("Any channel"), "")
        for key in CHANNELS:
            self.channel.addItem(channel_label(key), key)
        self.channel.setAccessibleName(self.tr("Suggested channel"))
        form.addRow(self.tr("Suggested channel"), self.channel)
        layout.addLayout(form)
        self.error = QLabel("")
        self.error.setObjectName("error")
        theme.style_text(self.error, "error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add follow-up"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        (self.search if contact_id is None else self.reason).setFocus()

    # ---- contact picking -----------------------------------------------------------------
    def set_search(self, text: str) -> None:
        """Type into the contact box and list the matches at once (tests and the keyboard path)."""
        self.search.setText(text)
        self._refresh_matches()

    def _refresh_matches(self) -> None:
        self.matches.clear()
        for cid, label in followups.find_contacts(self.search.text()):
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, cid)
            self.matches.addItem(entry)
        if self.matches.count():
            self.matches.setCurrentRow(0)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._take_first_match()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.matches.count():
                step = 1 if event.key() == Qt.Key.Key_Down else -1
                row = min(max(self.matches.currentRow() + step, 0), self.matches.count() - 1)
                self.matches.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _take_first_match(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._refresh_matches()
        if self.matches.count():
            self.reason.setFocus()

    def contact_id(self) -> int | None:
        """The given contact, or the highlighted match."""
        if self._contact_id is not None:
            return self._contact_id
        current = self.matches.currentItem()
        return current.data(Qt.ItemDataRole.UserRole) if current is not None else None

    # ---- saving --------------------------------------------------------------------------
    def save(self) -> bool:
        """Add the item and close; on bad input say what is missing and stay open."""
        try:
            self.item_id = followups.add_item(self.contact_id(), to_date(self.due.date()), self.reason.text(),
                                              self.channel.currentData() or "")
        except ValidationError as exc:
            self.error.setText(tr_core(exc))
            self.error.show()
            return False
        self.accept()
        return True


def add_followup(ctx, parent=None, contact_id: int | None = None) -> int | None:
    """Ctrl+Shift+F: add a follow-up for ``contact_id`` (a picker when None); the new item's id."""
    dialog = AddFollowUpDialog(contact_id, parent=parent)
    dialog.exec()
    item_id = dialog.item_id
    dialog.deleteLater()
    if item_id is not None:
        ctx.bus.changed.emit("followups")
    return item_id
