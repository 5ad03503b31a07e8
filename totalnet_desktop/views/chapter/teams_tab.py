"""The Chapter screen's power teams: each sphere's classifications and members, the chapter's most
wanted (the gap list), invitation follow-ups, and referrals inside each team per month."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import chapters, power_teams, traffic_lights
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import date_format, is_right_to_left, number, tr_core
from totalnet_desktop.views.chapter import labels
from totalnet_desktop.views.chapter.colours import ERROR_TEXT, MUTED_TEXT
from totalnet_desktop.views.shell.read_only_gate import writes


class TeamsTab(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.chapter_id: int | None = None
        self.today = dt.date.today()
        self.teams: list[power_teams.Team] = []
        self.list = QListWidget()
        self.list.setObjectName("teams_list")
        self.list.setAccessibleName(self.tr("Power teams"))
        # 'Property: 4 (2 missing)' wraps in a narrow column (a small screen, a longer language), never cut.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self.show_team)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("team name"))
        self.name.setAccessibleName(self.tr("Name"))
        self.classes = QLineEdit()
        self.classes.setPlaceholderText(self.tr("classifications, separated by commas"))
        self.classes.setAccessibleName(self.tr("Classifications"))
        self.members = QListWidget()
        self.members.setObjectName("team_members")
        self.members.setAccessibleName(self.tr("Members of the team"))
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("&Save team"), self.save), (self.tr("&New team"), self.new),
                           (self.tr("&Delete team"), self.delete)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            writes(b)
            buttons.addWidget(b)
        buttons.addStretch(1)
        starter_row = QHBoxLayout()  # a row of its own: four buttons in one were cut at 1024 px in longer languages
        starter = QPushButton(self.tr("Load sta&rter teams"))
        starter.clicked.connect(self.load_starter)
        writes(starter)
        starter_row.addWidget(starter)
        starter_row.addStretch(1)
        editor = QWidget()
        form = QVBoxLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(QLabel(self.tr("Name")))
        form.addWidget(self.name)
        form.addWidget(QLabel(self.tr("Classifications")))
        form.addWidget(self.classes)
        form.addWidget(QLabel(self.tr("Members (tick to put them in the team)")))
        form.addWidget(self.members, 1)
        form.addLayout(buttons)
        form.addLayout(starter_row)
        self.wanted = QLabel()
        self.wanted.setObjectName("most_wanted")
        self.wanted.setWordWrap(True)
        self.wanted.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.wanted.setTextFormat(Qt.TextFormat.RichText)
        invite = QPushButton(self.tr("&Queue invitations for the most wanted"))
        invite.clicked.connect(self.invite)
        writes(invite)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.wanted, 1)
        side_layout.addWidget(invite)
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(editor)
        splitter.addWidget(side)
        splitter.setSizes([220, 420, 360])
        self.message = QLabel()
        self.message.setObjectName("teams_message")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    def load(self, chapter_id: int | None, today: dt.date | None = None) -> None:
        self.chapter_id = chapter_id
        self.today = today or dt.date.today()
        if chapter_id is None:
            self.wanted.setText(self.tr("Set up your chapter on Meeting day first."))
            return
        keep = self.list.currentRow()
        self.teams = power_teams.teams(chapter_id)
        self.list.blockSignals(True)
        self.list.clear()
        for t in self.teams:
            line = self.tr("{team}: {members}").format(team=t.name, members=number(len(t.members)))
            if t.missing:
                line = self.tr("{line}  (%Ln missing)", "", len(t.missing)).format(line=line)
            self.list.addItem(line)
        self.list.blockSignals(False)
        if self.teams:
            self.list.setCurrentRow(min(max(keep, 0), len(self.teams) - 1))
        else:
            self.new()
        self.show_wanted()

    def show_team(self, row: int) -> None:
        team = self.teams[row] if 0 <= row < len(self.teams) else None
        self.name.setText(team.name if team else "")
        self.classes.setText(", ".join(team.classifications) if team else "")
        chosen = {m.contact_id for m in team.members} if team else set()
        self.members.clear()
        for m in chapters.roster(self.chapter_id) if self.chapter_id is not None else ():
            item = QListWidgetItem(f"{m.name} · {m.classification}" if m.classification else m.name)
            item.setData(Qt.ItemDataRole.UserRole, m.contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if m.contact_id in chosen else Qt.CheckState.Unchecked)
            self.members.addItem(item)

    def show_wanted(self) -> None:
        if self.chapter_id is None:
            return
        wanted = power_teams.most_wanted(self.chapter_id)
        start, _end = traffic_lights.last_completed_months(self.today, 6)
        by_month = power_teams.team_referrals_by_month(self.chapter_id, start, self.today)
        rows = "".join(f"<li>{html.escape(w.classification)} <span style='color:{MUTED_TEXT}'>"
                       f"({html.escape(', '.join(w.teams))})</span></li>" for w in wanted[:25])
        more = "<p>" + self.tr("and %Ln more", "", len(wanted) - 25) + "</p>" if len(wanted) > 25 else ""
        months = sorted({m for counts in by_month.values() for m in counts})
        head = [("", "left")] + [(date_format(dt.date.fromisoformat(m + "-01"), "MMM"), "center") for m in months]
        body = [[(html.escape(name), "left")] + [(number(counts.get(m, 0)), "center") for m in months]
                for name, counts in by_month.items() if counts]
        table = (labels.html_table([head, *body], head_rows=1) if body
                 else f"<p style='color:{MUTED_TEXT}'>" + self.tr("No referrals inside a team since {month}.").format(
                     month=date_format(start, "MMM yyyy")) + "</p>")
        heading = self.tr("<b>Most wanted</b> ({count}): classifications in your teams no member holds").format(
            count=number(len(wanted)))
        by_team = self.tr("Referrals inside each team, by month")
        direction = "rtl" if is_right_to_left() else "ltr"
        self.wanted.setText(f"<div dir='{direction}'>{heading}<ul dir='{direction}'>{rows}</ul>{more}<b>{by_team}</b>"
                            f"{table}</div>")

    def _form(self) -> tuple[str, list[str], list[int]]:
        classes = [c.strip() for c in self.classes.text().split(",")]
        ids = [self.members.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.members.count())
               if self.members.item(i).checkState() == Qt.CheckState.Checked]
        return self.name.text(), classes, ids

    def say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet(f"color: {ERROR_TEXT};" if error else "")
        self.message.setText(text)

    def save(self) -> None:
        if self.chapter_id is None:
            return
        row = self.list.currentRow()
        team_id = self.teams[row].id if 0 <= row < len(self.teams) and self.list.currentItem() else None
        name, classes, ids = self._form()
        try:
            power_teams.save_team(self.chapter_id, name, classes, ids, team_id)
        except TotalNetError as exc:
            self.say(tr_core(exc), True)
            return
        self.load(self.chapter_id, self.today)
        self.say(self.tr("Power team \"{name}\" saved.").format(name=name.strip()))

    def new(self) -> None:
        self.list.setCurrentRow(-1)
        self.list.clearSelection()
        self.name.clear()
        self.classes.clear()
        self.show_team(-1)
        self.name.setFocus()

    def delete(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.teams):
            power_teams.delete_team(self.teams[row].id)
            self.load(self.chapter_id, self.today)

    def load_starter(self) -> None:
        if self.chapter_id is not None:
            n = power_teams.load_starter(self.chapter_id)
            self.load(self.chapter_id, self.today)
            self.say(self.tr("%Ln starter team(s) added.", "", n) if n else self.tr("The starter teams are all here."))

    def invite(self) -> None:
        if self.chapter_id is not None:
            n = power_teams.queue_invitations(self.chapter_id, self.today)
            self.say(self.tr("%Ln invitation follow-up(s) queued (online-only contacts first).", "", n) if n
                     else self.tr("No new contacts in the most-wanted professions."))
