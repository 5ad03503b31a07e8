"""The Meeting day screen (Ctrl+2): keyboard-first check-in, PALMS, visitors, slips, closing.

Focus starts in the check-in box. Typing filters the roster; Up/Down move the highlight; Enter checks
the highlighted member in (or adds the visitor when nothing matches); the box clears after each Enter.
Tab moves to the list, where P A L M S set a status and Enter on a visitor edits their details.

A thin screen: the check-in box, the roster table, keys and dialogs. Which meeting is shown, what the
heading and counters say, and the calls into core are ``presenter.MeetingPresenter``'s.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter.meetings import MeetingRecord, RosterRow
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, tr_core
from totalnet_desktop.qtmodels.roster_model import RosterModel
from totalnet_desktop.views.meeting.chapter_setup import ChapterSetupForm
from totalnet_desktop.views.meeting.checkin import CheckInActions
from totalnet_desktop.views.meeting.header import MeetingHeader
from totalnet_desktop.views.meeting.keys import CheckInKeys
from totalnet_desktop.views.meeting.meeting_actions import MeetingActions
from totalnet_desktop.views.meeting.presenter import MeetingPresenter
from totalnet_desktop.views.meeting.roster_table import RosterTable
from totalnet_desktop.views.meeting.slip_bar import SlipBar
from totalnet_desktop.views.meeting.slips import SlipActions
from totalnet_desktop.views.meeting.visitor_strip import VisitorStrip
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.context import AppContext
from totalnet_desktop.views.shell.screen import Screen

logger = logging.getLogger(__name__)

class MeetingView(CheckInActions, MeetingActions, SlipActions, Screen):
    title = QT_TRANSLATE_NOOP("Screen", "Meeting day")  # shown through translate("Screen", title)
    key_help = (  # translated where shown (key_registry.declared_keys)
        ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "Check in the highlighted member, or add the visitor typed")),
        ("Up / Down", QT_TRANSLATE_NOOP("Shortcuts", "Move the highlight while typing")),
        ("Tab", QT_TRANSLATE_NOOP("Shortcuts", "To the list, on the first member not yet checked in")),
        ("P A L M S", QT_TRANSLATE_NOOP("Shortcuts", "In the list: Present, Absent, Late, Medical, Substitute")),
        ("T", QT_TRANSLATE_NOOP("Shortcuts", "In the list: a testimonial by the selected member")),
        ("Space N B S Esc", QT_TRANSLATE_NOOP("Shortcuts", "In the agenda window: start/pause, next speaker, back, skip, leave full screen")),
        ("Home / End", QT_TRANSLATE_NOOP("Shortcuts", "In the list: the first / last row")),
        ("Enter", QT_TRANSLATE_NOOP("Shortcuts", "In the list: check in a member, or a visitor's details")),
        ("Esc", QT_TRANSLATE_NOOP("Shortcuts", "Back to the check-in box (in the visitor form: skip it)")),
    )

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.presenter = MeetingPresenter(ctx.bus.changed.emit)
        self.pages = QStackedWidget()
        self.setup = ChapterSetupForm()
        self.setup.created.connect(self._chapter_created)
        self.page = self._build_page()
        self.pages.addWidget(self.setup)
        self.pages.addWidget(self.page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self._build_actions()
        ctx.bus.changed.connect(self._data_changed)

    # ---- building --------------------------------------------------------------------------
    def _build_page(self) -> QWidget:
        page = QWidget()
        self.header = MeetingHeader({"date": self.pick_date, "history": self.show_history, "report": self.show_report,
                                     "roster": self.edit_roster, "agenda": self.show_agenda,
                                     "close": self.close_meeting})
        self.heading, self.counters = self.header.heading, self.header.counters
        self.box = QLineEdit()
        self.box.setObjectName("checkin_box")
        self.box.setAccessibleName(self.tr("Check-in"))
        self.box.setAccessibleDescription(self.tr(
            "Type part of a member's name, company or classification and press Enter to mark them present; "
            "a name that matches nobody adds a visitor."))
        self.box.setPlaceholderText(self.tr("Type a name, company or classification and press Enter to check in"))
        self.box.setClearButtonEnabled(True)
        self.box.setStyleSheet("font-size: 16px; padding: 6px;")
        self.box.textChanged.connect(self._filter_changed)
        self.keys = CheckInKeys(self)
        self.box.installEventFilter(self.keys)
        self.visitor_strip = VisitorStrip()
        self.visitor_strip.saved.connect(self._visitor_saved)
        self.visitor_strip.finished.connect(self.focus_search)
        self.model = RosterModel(self)
        self.table = RosterTable(self.model)
        self.fit_columns = self.table.fit_columns
        self.table.installEventFilter(self.keys)
        self.table.doubleClicked.connect(lambda index: self._act_on_table(index.row()))
        self.slip_bar = SlipBar({"referral": self.add_referral, "thank_you": self.add_thank_you,
                                 "one_to_one": self.add_one_to_one, "ceu": self.add_ceu})
        self.hint = self.slip_bar.hint
        self.buttons = {**self.header.buttons, **self.slip_bar.buttons}
        self.message = QLabel()
        self.message.setObjectName("meeting_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 14px; padding: 4px 2px;")
        layout = QVBoxLayout(page)
        layout.addWidget(self.header)
        layout.addWidget(self.box)
        layout.addWidget(self.visitor_strip)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.slip_bar)
        return page

    def _build_actions(self) -> None:
        for keys, slot, name, text in (
                ("Ctrl+R", self.add_referral, "referral", self.tr("Referral slip")),
                ("Ctrl+T", self.add_thank_you, "thank_you", self.tr("Thank-you slip (TYFCB)")),
                ("Ctrl+O", self.add_one_to_one, "one_to_one", self.tr("One-to-one slip")),
                ("Ctrl+Shift+E", self.add_ceu, "ceu", self.tr("CEU slip"))):
            self.add_shortcut(keys, slot, f"action_slip_{name}", text)

    @property
    def meeting(self) -> MeetingRecord | None:
        """The meeting shown (None before set-up)."""
        return self.presenter.meeting

    @meeting.setter
    def meeting(self, value: MeetingRecord | None) -> None:
        self.presenter.meeting = value

    # ---- Screen protocol ---------------------------------------------------------------------
    def on_shown(self) -> None:
        if self.presenter.stale_day(dt.date.today()):
            self.load_today()
        else:
            self.reload()
        self.focus_search()

    def focus_search(self) -> None:
        if self.pages.currentWidget() is self.setup:
            self.setup.focus_first()
        else:
            self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.box.selectAll()

    def undo(self) -> bool:
        message = self.presenter.undo()
        if message is None:
            return False
        self.reload()
        self.say(message)  # names a contact the action created but that is used since
        return True

    def selected_contact_id(self) -> int | None:
        row = self.current_row()
        return row.contact_id if row is not None else None

    # ---- loading ----------------------------------------------------------------------------
    def load_today(self) -> None:
        """Open the meeting Meeting day chooses by itself (see ``MeetingPresenter.open_today``); no
        chapter: set-up."""
        note = self.presenter.open_today(dt.date.today(), self.confirm)
        if note is None:
            self.setup.refresh()
            self.pages.setCurrentWidget(self.setup)
            return
        self._show_page()
        if note:
            self.say(note)

    def _show_page(self) -> None:
        """The meeting the presenter opened, on the check-in page."""
        self.visitor_strip.hide()
        self.pages.setCurrentWidget(self.page)
        self.reload()

    def reload(self) -> None:
        """Re-read the meeting, its roster and slip totals."""
        if self.meeting is None:
            return
        self.model.set_rows(self.presenter.reload())
        self._highlight(0)
        self._update_heading()
        self._update_counters()

    def _update_heading(self) -> None:
        head = self.presenter.heading(dt.date.today())
        if head is not None:
            self.header.show_heading(head)

    def _update_counters(self) -> None:
        if self.meeting is not None:
            self.counters.setText(self.presenter.counters_text(self.model.all_rows()))

    def say(self, text, error: bool = False) -> None:
        """Show the result of the last action under the list (core's messages translated)."""
        colour = theme.text("error") if error else theme.base("text")
        self.message.setStyleSheet(f"font-size: 14px; padding: 4px 2px; color: {colour};")
        self.message.setText(tr_core(text))

    def _changed(self) -> None:
        self.ctx.bus.changed.emit("meetings")

    def _data_changed(self, topic: str) -> None:
        what = self.presenter.data_changed(topic, self.isVisible())
        if what == "show":
            self.on_shown()
        elif what == "reload":
            self.reload()

    def _chapter_created(self, chapter_id: int) -> None:
        self.load_today()
        self.focus_search()
        self.ctx.bus.changed.emit("chapters")

    # ---- highlight and keys --------------------------------------------------------------------
    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        self._highlight(0)

    def _highlight(self, row: int) -> None:
        self.table.highlight(row)

    def focus_roster(self) -> None:
        """Tab from the check-in box: the list, on the first member not yet checked in."""
        pending = self.table.first_pending()
        if pending is not None:
            self._highlight(pending)
        elif self.current_row_number() < 0:
            self._highlight(0)
        self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def current_row_number(self) -> int:
        return self.table.current_row_number()

    def current_row(self) -> RosterRow | None:
        return self.table.current_row()

    def _back_from_dialog(self) -> None:
        # Without a window manager (kiosk, virtual screen) nobody re-activates the window.
        self.window().activateWindow()
        self.focus_search()
