"""The Chapter screen's visitor pipeline: every visitor with inviter, visits and stage; set a stage,
join a visitor as a member with a date, queue the follow-up drip; conversion and time to join."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import traffic_lights, visitor_pipeline
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import (
    QT_TRANSLATE_NOOP,
    date_format,
    date_text,
    number,
    percent,
    tr_core,
    translate,
)
from totalnet_desktop.views.chapter import labels
from totalnet_desktop.views.chapter.colours import ERROR_TEXT
from totalnet_desktop.views.shell.dates import to_date
from totalnet_desktop.views.shell.read_only_gate import writes

HEADERS = [QT_TRANSLATE_NOOP("VisitorsTab", "Visitor"), QT_TRANSLATE_NOOP("VisitorsTab", "Company"),
           QT_TRANSLATE_NOOP("VisitorsTab", "Profession"), QT_TRANSLATE_NOOP("VisitorsTab", "Invited by"),
           QT_TRANSLATE_NOOP("VisitorsTab", "First visit"), QT_TRANSLATE_NOOP("VisitorsTab", "Visits"),
           QT_TRANSLATE_NOOP("VisitorsTab", "Stage")]


class VisitorsTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chapter_id: int | None = None
        self.today = dt.date.today()
        self.lines: list[visitor_pipeline.VisitorLine] = []
        self.summary = QLabel()
        self.summary.setObjectName("visitors_summary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("visitors_table")
        self.table.setHorizontalHeaderLabels([translate("VisitorsTab", h) for h in HEADERS])
        self.table.setAccessibleName(self.tr("Visitors"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # arrows move between rows; Tab leaves the table
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(len(HEADERS) - 1, QHeaderView.ResizeMode.Stretch)
        self.stage = QComboBox()
        for s in ("visited", "applied", "declined"):
            self.stage.addItem(labels.label(labels.STAGE_CHOICES, s), s)
        self.stage.setAccessibleName(self.tr("Stage"))
        set_stage = QPushButton(self.tr("Set &stage"))
        set_stage.clicked.connect(self.set_stage)
        self.join_date = QDateEdit()
        self.join_date.setCalendarPopup(True)
        self.join_date.setDisplayFormat("dd MMM yyyy")
        self.join_date.setAccessibleName(self.tr("Joined on"))
        self.classification = QLineEdit()
        self.classification.setPlaceholderText(self.tr("classification"))
        self.classification.setAccessibleName(self.tr("Classification"))
        join = QPushButton(self.tr("&Join as member"))
        join.clicked.connect(self.join)
        drip = QPushButton(self.tr("&Queue follow-ups"))
        drip.setToolTip(self.tr("Invitation back 7 days after one visit; application talk after the second visit"))
        drip.clicked.connect(self.queue_drip)
        writes(set_stage, join, drip)
        actions = QHBoxLayout()
        for w in (self.stage, set_stage, QLabel("  " + self.tr("Joined on")), self.join_date, self.classification, join):
            actions.addWidget(w)
        actions.addStretch(1)
        actions.addWidget(drip)
        self.message = QLabel()
        self.message.setObjectName("visitors_message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)

    def load(self, chapter_id: int | None, today: dt.date | None = None) -> None:
        self.chapter_id = chapter_id
        self.today = today or dt.date.today()
        self.join_date.setDate(QDate(self.today.year, self.today.month, self.today.day))
        if chapter_id is None:
            self.summary.setText(self.tr("Set up your chapter on Meeting day first."))
            return
        self.lines = visitor_pipeline.pipeline(chapter_id)
        self.table.setRowCount(len(self.lines))
        for row, v in enumerate(self.lines):
            stage = labels.label(labels.VISITOR_STAGES, v.stage)
            if v.joined_on:
                stage = self.tr("{stage} {date}").format(stage=stage, date=date_format(v.joined_on, "d MMM"))
            cells = (v.name, v.company, v.profession, v.inviter_name, date_text(v.first_visit), number(v.visits), stage)
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col == 5:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, col, item)
        start, _end = traffic_lights.last_completed_months(self.today, 12)
        conv = visitor_pipeline.conversion(chapter_id, start, self.today)
        days = ""
        if conv.median_days is not None:
            days = self.tr(", median %Ln day(s) from first visit to joining", "", round(conv.median_days))
        counts = {s: sum(1 for v in self.lines if v.stage == s) for s in
                  ("visited", "visited twice", "applied", "joined", "declined")}
        joined = self.tr("{joined} of %Ln visitor(s) joined", "", conv.visitors).format(joined=number(conv.joined))
        self.summary.setText(
            self.tr("<b>Conversion</b> since {month}: {rate} ({joined}{days})").format(
                month=date_format(start, "MMM yyyy"), rate=percent(conv.rate), joined=joined, days=days)
            + " · " + " · ".join(self.tr("{count} {stage}").format(count=number(n),
                                                                  stage=labels.label(labels.VISITOR_STAGES, s))
                                 for s, n in counts.items()))

    def current(self) -> visitor_pipeline.VisitorLine | None:
        row = self.table.currentRow()
        return self.lines[row] if 0 <= row < len(self.lines) else None

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_TEXT};" if error else "")
        self.message.setText(text)

    def set_stage(self) -> None:
        v = self.current()
        if v is None or self.chapter_id is None:
            self.say(self.tr("Select a visitor first."), True)
            return
        try:
            visitor_pipeline.set_stage(self.chapter_id, v.contact_id, self.stage.currentData(), self.today)
        except TotalNetError as exc:
            self.say(tr_core(exc), True)
            return
        self.load(self.chapter_id, self.today)
        self.say(self.tr("{name}: {stage}.").format(name=v.name, stage=labels.label(labels.VISITOR_STAGES,
                                                                                    self.stage.currentData())))

    def join(self) -> None:
        v = self.current()
        if v is None or self.chapter_id is None:
            self.say(self.tr("Select a visitor first."), True)
            return
        day = to_date(self.join_date.date())
        try:
            visitor_pipeline.join(self.chapter_id, v.contact_id, day, self.classification.text() or v.profession)
        except TotalNetError as exc:
            self.say(tr_core(exc), True)
            return
        self.load(self.chapter_id, self.today)
        self.say(self.tr("{name} joined the chapter on {date}.").format(name=v.name, date=date_text(day)))

    def queue_drip(self) -> None:
        if self.chapter_id is None:
            return
        n = visitor_pipeline.queue_drip(self.chapter_id, self.today)
        self.say(self.tr("%Ln follow-up(s) queued.", "", n) if n else self.tr("Nothing new to queue."))
