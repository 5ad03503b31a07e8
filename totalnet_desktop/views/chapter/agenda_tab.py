"""The Chapter screen's Agenda: the chapter's segments (edited once, kept per chapter), the speaking
order, Start (the full-screen timer window) and who spoke at the last meeting, with overruns."""

from __future__ import annotations

import datetime as dt
import html
import logging
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import agenda, meetings
from totalnet_desktop.core.chapter.agenda import SEGMENT_KINDS, Segment
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.i18n import date_format, date_text, number, tr_core, translate
from totalnet_desktop.views.chapter import labels
from totalnet_desktop.views.chapter.colours import ERROR_TEXT, MUTED_TEXT
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.read_only_gate import writes

KIND_CHARACTERS = 14  # the Kind boxes' width, in characters

logger = logging.getLogger(__name__)
_TIME = re.compile(r"^\s*(?:(\d{1,3})\s*[:.]\s*)?(\d{1,4})\s*$")


def parse_time(text: str, where: str) -> int:
    """'1:30' -> 90, '45' -> 45 seconds, '15:00' -> 900."""
    match = _TIME.match(text)
    if not match:
        raise ValidationError(translate("AgendaTab", "{where}: \"{text}\" is not a time; write minutes:seconds "
                                        "like 1:30.").format(where=where, text=text))
    minutes, seconds = int(match.group(1) or 0), int(match.group(2))
    return minutes * 60 + seconds


def time_text(seconds: int) -> str:
    return f"{seconds // 60}:{seconds % 60:02d}"


class AgendaTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chapter_id: int | None = None
        self.today = dt.date.today()
        self.clock = None  # tests inject a clock for the window
        self.window_open = None
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("agenda_segments")
        self.table.setHorizontalHeaderLabels([self.tr("Segment"), self.tr("Kind"), self.tr("Time (min:sec)"),
                                              self.tr("Per speaker")])
        self.table.setAccessibleName(self.tr("The chapter's agenda"))
        # Rows edited here and not saved yet: a re-read (another desk's change, the chapter server back
        # after a break) leaves them as they are; Save agenda keeps them, Standard agenda replaces them.
        self.edited = False
        self.table.itemChanged.connect(self._edited)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Arrows move between cells (F2 or typing edits one); Tab goes through the kind boxes and on to
        # the buttons, instead of cycling through the cells for ever.
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # Editing the rows on one line, the chapter's agenda as a whole on the next: six buttons on one
        # line are cut short on a 1024-pixel screen, in Arabic and with longer words.
        buttons = QVBoxLayout()
        for group in (((self.tr("&Add"), self.add_row), (self.tr("&Remove"), self.remove_row),
                       (self.tr("Move &up"), lambda: self.move_row(-1)),
                       (self.tr("Move do&wn"), lambda: self.move_row(1))),
                      ((self.tr("Standard agenda"), self.reset), (self.tr("&Save agenda"), self.save))):
            line = QHBoxLayout()
            for text, slot in group:
                b = QPushButton(text)
                b.clicked.connect(slot)
                if slot == self.save:
                    writes(b)  # the rows are edited here; only saving writes
                line.addWidget(b)
            line.addStretch(1)
            buttons.addLayout(line)
        self.order = QComboBox()
        self.order.setObjectName("agenda_order")
        for key in agenda.ORDERS:
            self.order.addItem(labels.label(labels.ORDERS, key), key)
        self.order.setAccessibleName(self.tr("Order of the 60-second presentations"))
        self.sound = QCheckBox(self.tr("Sound"))
        self.sound.setToolTip(self.tr("A soft chime at 10 seconds left and when the time is up"))
        self.sound.setChecked(True)
        self.sound.setMinimumWidth(self.sound.sizeHint().width())  # the speaking order gives way first
        self.order.currentIndexChanged.connect(lambda _: prefs.set("agenda_order", self.order.currentData()))
        self.sound.toggled.connect(lambda on: prefs.set("agenda_sound", on))
        self.start_button = QPushButton("▶  " + self.tr("S&tart the agenda"))
        self.start_button.setToolTip(self.tr("Full screen, on the projector when one is attached"))
        self.start_button.setObjectName("agenda_start")
        self.start_button.setStyleSheet("font-weight: 600; padding: 6px 14px;")
        self.start_button.clicked.connect(self.start)
        self.start_button.setMinimumWidth(self.start_button.sizeHint().width() + 28)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel(self.tr("60-second presentations:")))
        start_row.addWidget(self.order)
        start_row.addWidget(self.sound)
        start_row.addStretch(1)
        go_row = QHBoxLayout()  # its own row: beside the order and sound it was cut at 1024 px in longer languages
        go_row.addStretch(1)
        go_row.addWidget(self.start_button)
        self.message = QLabel()
        self.message.setObjectName("agenda_message")
        self.message.setWordWrap(True)
        self.spoke = QLabel()
        self.spoke.setObjectName("agenda_spoke")
        self.spoke.setWordWrap(True)
        self.spoke.setTextFormat(Qt.TextFormat.RichText)
        self.spoke.setAlignment(Qt.AlignmentFlag.AlignTop)
        hint = QLabel(self.tr("Keys in the agenda window: Space start/pause · N next speaker · B back · S skip · "
                              "Esc leave full screen. With a projector attached the timer goes there and this "
                              "screen keeps the check-in roster."))
        hint.setWordWrap(True)
        theme.style_text(hint, "muted")
        left = QVBoxLayout()
        left.addWidget(QLabel("<b>" + self.tr("The chapter's agenda") + "</b>"))
        left.addWidget(self.table, 1)
        left.addLayout(buttons)
        left.addLayout(start_row)
        left.addLayout(go_row)
        left.addWidget(hint)
        left.addWidget(self.message)
        scroll = QScrollArea()
        scroll.setWidget(self.spoke)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(230)
        scroll.setMaximumWidth(340)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # Tab reaches the list of who spoke after the agenda's column (arrows then scroll it), framed.
        theme.focus_frame(scroll, "agenda_spoke_scroll")
        body = QHBoxLayout(self)
        body.addLayout(left, 3)  # the agenda's table first: who spoke gives way down to its minimum
        body.addWidget(scroll, 1)
        QWidget.setTabOrder(self.start_button, scroll)

    # ---- editing ---------------------------------------------------------------------------
    def load(self, chapter_id: int | None, today: dt.date | None = None) -> None:
        if chapter_id != self.chapter_id:
            self.edited = False  # another chapter's agenda: its own rows
        self.chapter_id = chapter_id
        self.today = today or dt.date.today()
        self.start_button.setEnabled(chapter_id is not None)
        for widget, value in ((self.order, prefs.get("agenda_order")), (self.sound, prefs.get("agenda_sound"))):
            widget.blockSignals(True)
            if widget is self.order and value:
                self.order.setCurrentIndex(max(self.order.findData(value), 0))
            elif widget is self.sound and value is not None:
                self.sound.setChecked(bool(value))
            widget.blockSignals(False)
        if chapter_id is None:
            self.message.setText(self.tr("Set up your chapter on Meeting day first."))
            return
        if not self.edited:
            self.fill(agenda.load_agenda(chapter_id))
        self.show_spoken()

    def fill(self, segments: list[Segment], edited: bool = False) -> None:
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for s in segments:
                self._append(s)
        finally:
            self.table.blockSignals(False)
        self.edited = edited

    def _edited(self, *_args) -> None:
        self.edited = True

    def _chain_kinds(self) -> None:
        """Tab goes from the table through its rows' kind boxes, top to bottom, then on to the buttons
        (a box made for a new row would otherwise come last, after the whole tab)."""
        previous: QWidget = self.table
        for row in range(self.table.rowCount()):
            box = self.table.cellWidget(row, 1)
            if box is not None:
                QWidget.setTabOrder(previous, box)
                previous = box

    def _append(self, s: Segment, at: int | None = None) -> None:
        row = self.table.rowCount() if at is None else at
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(labels.segment_title(s.kind, s.title, SEGMENT_KINDS)))
        kind = QComboBox()
        # As wide as a short kind, not the longest: the Kind column sized to 'Member 60-second
        # presentations' left the Segment's own title a few pixels at 1024 in Arabic.
        kind.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        kind.setMinimumContentsLength(KIND_CHARACTERS)
        kind.setAccessibleName(self.tr("Kind of segment {n}").format(n=number(row + 1)))
        for key in SEGMENT_KINDS:
            kind.addItem(labels.label(labels.SEGMENT_KINDS, key), key)
        kind.setCurrentIndex(max(kind.findData(s.kind), 0))
        self.table.setCellWidget(row, 1, kind)
        kind.currentIndexChanged.connect(self._edited)
        self._chain_kinds()
        self.table.setItem(row, 2, QTableWidgetItem(time_text(s.seconds)))
        per = QTableWidgetItem()
        per.setFlags(per.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        per.setCheckState(Qt.CheckState.Checked if s.per_speaker else Qt.CheckState.Unchecked)
        self.table.setItem(row, 3, per)

    def segments(self) -> list[Segment]:
        """What the table holds; ValidationError names the row."""
        out = []
        for row in range(self.table.rowCount()):
            title = self.table.item(row, 0).text() if self.table.item(row, 0) else ""
            combo = self.table.cellWidget(row, 1)
            kind = combo.currentData() if isinstance(combo, QComboBox) else ""
            seconds = parse_time(self.table.item(row, 2).text(), self.tr("Segment {n}").format(n=number(row + 1)))
            per = self.table.item(row, 3).checkState() == Qt.CheckState.Checked
            out.append(Segment(kind, title, seconds, per))
        return out

    def add_row(self) -> None:
        row = self.table.currentRow() + 1 if self.table.currentRow() >= 0 else self.table.rowCount()
        self._append(Segment("other", self.tr("New segment"), 300), row)
        self.edited = True
        self.table.setCurrentCell(row, 0)

    def remove_row(self) -> None:
        if self.table.currentRow() >= 0:
            self.table.removeRow(self.table.currentRow())
            self.edited = True

    def move_row(self, step: int) -> None:
        row = self.table.currentRow()
        try:
            segments = self.segments()
        except ValidationError as exc:
            self.say(tr_core(exc), True)
            return
        target = row + step
        if row < 0 or not 0 <= target < len(segments):
            return
        segments[row], segments[target] = segments[target], segments[row]
        self.fill(segments, edited=True)
        self.table.setCurrentCell(target, 0)

    def reset(self) -> None:
        self.fill(agenda.default_agenda(), edited=True)
        self.say(self.tr("The standard agenda; Save agenda keeps it for the chapter."))

    def save(self) -> bool:
        if self.chapter_id is None:
            return False
        try:
            agenda.save_agenda(self.chapter_id, self.segments())
        except ValidationError as exc:
            self.say(tr_core(exc), True)
            return False
        self.edited = False
        total = sum(s.seconds for s in agenda.load_agenda(self.chapter_id) if not s.per_speaker)
        self.say(self.tr("Agenda saved for the chapter (%Ln minute(s) plus the 60-second round).", "", total // 60))
        return True

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_TEXT};" if error else "")
        self.message.setText(text)

    # ---- running ---------------------------------------------------------------------------
    def start(self):
        """Open today's meeting's agenda in the full-screen window (the agenda as the table shows it)."""
        from totalnet_desktop.views.chapter import agenda_window

        if self.chapter_id is None:
            return None
        try:
            segments = self.segments()
            meeting = self.meeting_for_agenda()
            window = agenda_window.open_for_meeting(meeting, self, self.clock, segments, self.order.currentData(),
                                                    self.sound.isChecked())
        except ValidationError as exc:
            self.say(tr_core(exc), True)
            return None
        window.closed.connect(lambda _run: self.show_spoken())
        self.window_open = window
        speakers = len(window.run.speakers)
        self.say(self.tr("The agenda of the meeting of {date} is running: %Ln speaker(s) in the 60-second round "
                         "(members checked in, then visitors).", "", speakers).format(
            date=date_format(meeting.date, "ddd d MMM yyyy")))
        return window

    def meeting_for_agenda(self) -> meetings.MeetingRecord:
        """Today's meeting; on another day the latest meeting before it (its check-ins make the round)."""
        chapter_id = self.chapter_id
        assert chapter_id is not None  # the agenda runs only for a chapter
        today = meetings.find_meeting(chapter_id, self.today)
        if today is not None:
            return today
        earlier = [m for m in meetings.list_meetings(chapter_id) if m.date <= self.today]
        return earlier[0] if earlier else meetings.open_meeting(chapter_id, self.today, today=self.today)

    def show_spoken(self) -> None:
        """Who spoke at the latest meeting that has a record, with overruns."""
        if self.chapter_id is None:
            return
        for m in meetings.list_meetings(self.chapter_id)[:12]:
            lines = agenda.speaker_lines(m.id)
            if not lines:
                continue
            rows = []
            for ln in lines:
                over = f" <span style='color:{ERROR_TEXT}'>+{time_text(ln.overrun)}</span>" if ln.overrun else ""
                spoken = self.tr("skipped") if ln.skipped else time_text(ln.spoken)
                # A segment without a speaker is recorded under its title: the standard ones in the
                # language in use (the record keeps core's English), a chapter's own as written.
                name = ln.name if ln.contact_id else labels.segment_title(ln.segment, ln.name, SEGMENT_KINDS)
                rows.append([(html.escape(name), "left"), (f"{spoken}{over}", "right")])
            overruns = sum(1 for ln in lines if ln.overrun)
            head = "<b>" + self.tr("Who spoke on {date}").format(date=date_text(m.date)) + "</b> " + self.tr(
                "(%Ln turn(s), {over} over time)", "", len(lines)).format(over=number(overruns))
            self.spoke.setText(head + labels.html_table(rows))
            return
        self.spoke.setText(f"<span style='color:{MUTED_TEXT}'>" + self.tr(
            "Who spoke is recorded when the agenda window closes, and shows here.") + "</span>")
