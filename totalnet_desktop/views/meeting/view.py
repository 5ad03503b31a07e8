"""The Meeting day screen (Ctrl+2): keyboard-first check-in, PALMS, visitors, slips, closing.

Focus starts in the check-in box. Typing filters the roster; Up/Down move the highlight; Enter checks
the highlighted member in (or adds the visitor when nothing matches); the box clears after each Enter.
Tab moves to the list, where P A L M S set a status and Enter on a visitor edits their details.

A thin screen: the check-in box, the roster table, keys and dialogs. Which meeting is shown, what the
heading and counters say, and the calls into core are ``presenter.MeetingPresenter``'s.
"""

from __future__ import annotations

import datetime as dt
import html
import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import meetings
from totalnet_desktop.core.chapter.meetings import MeetingRecord, RosterRow
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, isolate, tr_core, translate
from totalnet_desktop.qtmodels.roster_model import RosterModel
from totalnet_desktop.views.meeting.chapter_setup import ChapterSetupForm
from totalnet_desktop.views.meeting.dialogs import MeetingDateDialog
from totalnet_desktop.views.meeting.presenter import MeetingPresenter
from totalnet_desktop.views.meeting.slip_dialogs import (
    SubstituteDialog,
    VisitorDialog,
)
from totalnet_desktop.views.meeting.slips import SlipActions
from totalnet_desktop.views.meeting.visitor_strip import VisitorStrip
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.context import AppContext
from totalnet_desktop.views.shell.fit_columns import FitColumns
from totalnet_desktop.views.shell.screen import Screen

logger = logging.getLogger(__name__)

STATUS_KEYS = {Qt.Key.Key_P: "P", Qt.Key.Key_A: "A", Qt.Key.Key_L: "L", Qt.Key.Key_M: "M", Qt.Key.Key_S: "S"}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class MeetingView(SlipActions, Screen):
    title = QT_TRANSLATE_NOOP("Screen", "Meeting day")  # shown through translate("Screen", title)
    key_help = (
        ("Enter", "Check in the highlighted member, or add the visitor typed"),
        ("Up / Down", "Move the highlight while typing"),
        ("Tab", "To the list, on the first member not yet checked in"),
        ("P A L M S", "In the list: Present, Absent, Late, Medical, Substitute"),
        ("T", "In the list: a testimonial by the selected member"),
        ("Space N B S Esc", "In the agenda window: start/pause, next speaker, back, skip, leave full screen"),
        ("Home / End", "In the list: the first / last row"),
        ("Enter", "In the list: check in a member, or a visitor's details"),
        ("Esc", "Back to the check-in box (in the visitor form: skip it)"),
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
        self.heading = QLabel()
        self.heading.setObjectName("meeting_heading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)  # a long chapter name or a longer language wraps rather than being cut
        self.heading.setMinimumWidth(240)
        self.buttons: dict[str, QPushButton] = {}
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        for key, text, slot in (("date", self.tr("Other &date..."), self.pick_date),
                                ("history", self.tr("Histor&y"), self.show_history),
                                ("report", self.tr("Re&port"), self.show_report),
                                ("roster", self.tr("R&oster..."), self.edit_roster),
                                ("agenda", self.tr("A&genda"), self.show_agenda),
                                ("close", self.tr("&Close meeting"), self.close_meeting)):
            button = QPushButton(text)
            button.setObjectName(f"meeting_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            self.buttons[key] = button
            top.addWidget(button)
        self.counters = QLabel()
        self.counters.setObjectName("meeting_counters")
        self.counters.setStyleSheet("font-size: 15px; padding: 6px 2px;")
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
        self.box.installEventFilter(self)
        self.visitor_strip = VisitorStrip()
        self.visitor_strip.saved.connect(self._visitor_saved)
        self.visitor_strip.finished.connect(self.focus_search)
        self.model = RosterModel(self)
        self.table = QTableView()
        self.table.setObjectName("roster_table")
        self.table.setAccessibleName(self.tr("Roster"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(28)
        # Name, company, classification and notes share the width; status and time fit their text.
        self.fit_columns = FitColumns(self.table, {0: 5, 1: 4, 2: 4, 5: 3})
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda index: self._act_on_table(index.row()))
        slips_row = QHBoxLayout()
        for key, text, slot in (("referral", self.tr("Referral") + "  Ctrl+R", self.add_referral),
                                ("thank_you", self.tr("Thank-you") + "  Ctrl+T", self.add_thank_you),
                                ("one_to_one", self.tr("One-to-one") + "  Ctrl+O", self.add_one_to_one),
                                ("ceu", "CEU  Ctrl+Shift+E", self.add_ceu)):
            button = QPushButton(text)
            button.setObjectName(f"slip_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(slot)
            self.buttons[key] = button
            slips_row.addWidget(button)
        slips_row.addStretch(1)
        self.hint = QLabel(self.tr("Enter: check in · Tab, then P A L M S: status, T: testimonial · Ctrl+Z: undo"))
        theme.style_text(self.hint, "muted")
        self.hint.setWordWrap(True)  # two lines on a narrow window rather than cut off
        slips_row.addWidget(self.hint)
        self.message = QLabel()
        self.message.setObjectName("meeting_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("font-size: 14px; padding: 4px 2px;")
        layout = QVBoxLayout(page)
        layout.addLayout(top)
        layout.addWidget(self.counters)
        layout.addWidget(self.box)
        layout.addWidget(self.visitor_strip)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(slips_row)
        return page

    def _build_actions(self) -> None:
        for keys, slot, name, text in (
                ("Ctrl+R", self.add_referral, "referral", "Referral slip"),
                ("Ctrl+T", self.add_thank_you, "thank_you", "Thank-you slip (TYFCB)"),
                ("Ctrl+O", self.add_one_to_one, "one_to_one", "One-to-one slip"),
                ("Ctrl+Shift+E", self.add_ceu, "ceu", "CEU slip")):
            action = QAction(text, self)
            action.setObjectName(f"action_slip_{name}")
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

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

    def badge(self) -> str:
        return ""

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

    def show_meeting(self, meeting: MeetingRecord) -> None:
        self.presenter.meeting = meeting
        self._show_page()

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
        if head is None:
            return
        colour = theme.text("error") if head.closed else theme.text("success")
        # The chapter name is the member's text: isolated so a Latin name reads right inside Arabic.
        self.heading.setText(
            f"<span style='font-size:18px'><b>{isolate(html.escape(head.chapter_name))}</b> · {head.date}</span>"
            f"<br><span style='color:{colour}'>{head.state}</span>"
            f"<span style='color:{theme.text('muted')}'> · {head.times}</span>")
        self.buttons["close"].setEnabled(not head.closed)

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
        if self.model.rowCount() == 0:
            return
        row = max(0, min(row, self.model.rowCount() - 1))
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def focus_roster(self) -> None:
        """Tab from the check-in box: the list, on the first member not yet checked in."""
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        pending = next((i for i, r in enumerate(rows) if r is not None and r.is_member and r.status is None), None)
        if pending is not None:
            self._highlight(pending)
        elif self.current_row_number() < 0:
            self._highlight(0)
        self.table.setFocus(Qt.FocusReason.TabFocusReason)

    def current_row_number(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def current_row(self) -> RosterRow | None:
        return self.model.row_at(self.current_row_number())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key, mods = event.key(), event.modifiers()
        plain = not (mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier))
        if watched is self.box:
            if event.matches(QKeySequence.StandardKey.Undo) and not self.box.text():
                # The line edit takes Ctrl+Z for its own text; with nothing typed it means the meeting.
                if not self.undo():
                    self.say(self.tr("Nothing to undo."))
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._highlight(self.current_row_number() + (1 if key == Qt.Key.Key_Down else -1))
                return True
            if key in ENTER_KEYS:
                self.enter()
                return True
            if key == Qt.Key.Key_Tab and not mods & Qt.KeyboardModifier.ShiftModifier:
                self.focus_roster()
                return True
            if key == Qt.Key.Key_Escape and self.box.text():
                self.box.clear()
                return True
        elif watched is self.table:
            if key in (Qt.Key.Key_Home, Qt.Key.Key_End) and plain:
                self._highlight(0 if key == Qt.Key.Key_Home else self.model.rowCount() - 1)
                return True
            if key in ENTER_KEYS:
                self._act_on_table(self.current_row_number())
                return True
            if key in STATUS_KEYS and plain:
                self.set_status(STATUS_KEYS[Qt.Key(key)])
                return True
            if key == Qt.Key.Key_T and plain:
                self.add_testimonial()
                return True
            if key == Qt.Key.Key_Escape:
                self.focus_search()
                return True
        return super().eventFilter(watched, event)

    # ---- actions ----------------------------------------------------------------------------
    def enter(self) -> None:
        """Enter in the check-in box: check in the highlighted member or add the visitor; clear the box."""
        meeting = self.meeting
        if meeting is None:
            return
        visitor_text = self.model.add_visitor_text()
        row = self.current_row()
        contact_id = None
        try:
            result = self.presenter.enter(visitor_text, row)
            if result is None:
                return
            contact_id = result.row.contact_id
            self.model.update_row(result.row)
            self.say(result.message, error=not result.changed)
        except ValidationError as exc:
            self.say(exc, error=True)
            return
        finally:
            self.box.clear()
        self._highlight(self.model.shown_index(contact_id))
        self._update_counters()
        if result.changed:
            self._changed()
            if visitor_text:  # a name only so far: the inline form asks for the rest, all optional
                self.visitor_strip.open_for(meeting, result.row, self.members())

    def _visitor_saved(self, row: RosterRow) -> None:
        self.model.update_row(row)
        self.say(translate("MeetingView", "Visitor {name} updated.").format(name=row.name))
        self._changed()

    def _act_on_table(self, row_number: int) -> None:
        row = self.model.row_at(row_number)
        if row is None:
            if self.model.add_visitor_text():
                self.enter()
            return
        if not row.is_member:
            self.edit_visitor(row)
            return
        try:
            result = self.presenter.check_in(row)
        except ValidationError as exc:
            self.say(exc, error=True)
            return
        self._apply(result)

    def _apply(self, result: meetings.ActionResult) -> None:
        self.model.update_row(result.row)
        self.say(result.message, error=not result.changed)
        self._update_counters()
        if result.changed:
            self._changed()

    def set_status(self, key: str) -> None:
        """P A L M S on the selected row (S asks who substituted)."""
        row = self.current_row()
        if row is None or self.meeting is None:
            return
        try:
            if key == "S":
                self.presenter.check_substitute(row)
                value, accepted = self.ask_substitute(row)
                if not accepted or not isinstance(value, meetings.ActionResult):
                    return
                result = value
            else:
                result = self.presenter.set_status(row, key)
        except ValidationError as exc:
            self.say(exc, error=True)
            return
        self._apply(result)

    def ask_substitute(self, row: RosterRow) -> tuple[object, bool]:
        """The substitute dialog; its OK records the status (tests call the dialog directly)."""
        presenter = self.presenter
        answer = SubstituteDialog.get_substitute(lambda d: presenter.substitute(row, d.draft()), row.name, self)
        self.window().activateWindow()
        return answer

    def edit_visitor(self, row: RosterRow) -> None:
        presenter = self.presenter

        def submit(dialog: VisitorDialog) -> RosterRow:
            return presenter.update_visitor(row, dialog.draft())

        value, accepted = VisitorDialog.get_details(submit, row.name, self.members(), row.invited_by_id,
                                                    row.company, row.classification, self)
        self.window().activateWindow()
        if accepted and isinstance(value, RosterRow):
            self.model.update_row(value)
            self.say(self.tr("Visitor {name} updated.").format(name=row.name))
            self._changed()

    def _back_from_dialog(self) -> None:
        # Without a window manager (kiosk, virtual screen) nobody re-activates the window.
        self.window().activateWindow()
        self.focus_search()

    # ---- meeting-level actions -------------------------------------------------------------------
    def confirm(self, title: str, text: str) -> bool:
        """Ask a yes/no question (tests replace this with a scripted answer)."""
        answer = QMessageBox.question(self, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        self.window().activateWindow()
        return answer == QMessageBox.StandardButton.Yes

    def close_meeting(self) -> None:
        """Members with no status become Absent after a confirmation that lists them."""
        was_closed = self.meeting is not None and self.meeting.is_closed
        text = self.presenter.close(self.confirm)
        if text is None:
            return
        if not was_closed:
            self.reload()
        self.say(text)

    def open_date(self, day: dt.date) -> bool:
        """Open (or create) my chapter's meeting on ``day``; a future date needs a confirmation."""
        message = self.presenter.open_date(day, self.confirm)
        if message is None:
            return False
        self._show_page()
        self.say(message)
        self.focus_search()
        return True

    def pick_date(self) -> None:
        day, accepted = MeetingDateDialog.get_date(self.meeting.date if self.meeting else dt.date.today(), self)
        self._back_from_dialog()
        if accepted:
            self.open_date(day)

    def show_history(self) -> None:
        from totalnet_desktop.views.meeting.history import MeetingHistoryDialog

        if self.meeting is None:
            return
        meeting_id, accepted = MeetingHistoryDialog.pick_meeting(self.meeting.chapter_id, self)
        self._back_from_dialog()
        if accepted and meeting_id is not None:
            self.presenter.open_meeting(meeting_id)
            self._show_page()
            self.focus_search()

    def show_report(self) -> None:
        from totalnet_desktop.views.meeting.report import MeetingReportDialog

        if self.meeting is not None:
            MeetingReportDialog.show_report(self.meeting.id, self)
            self._back_from_dialog()

    def show_agenda(self) -> QWidget | None:
        """The president's agenda with its timers, full screen (on the projector when there is one)."""
        from totalnet_desktop.views.chapter.agenda_window import open_for_meeting

        if self.meeting is None:
            return None
        window = open_for_meeting(self.meeting, self, getattr(self, "agenda_clock", None))
        self.say(self.tr("The agenda is running in its own window: Space starts, N next speaker, Esc leaves full "
                         "screen."))
        return window

    def edit_roster(self) -> None:
        from totalnet_desktop.views.meeting.roster import RosterDialog

        if self.meeting is not None:
            RosterDialog.edit(self.meeting.chapter_id, self)
            self.reload()
            self._changed()
            self._back_from_dialog()
