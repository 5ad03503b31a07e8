"""The rows around the Follow-ups queue: the heading with the summary and the filter, the tool row
(add, exports, referral needs), the item actions with the last action's message and Undo, and what
shows when the queue is empty.
Strings keep the screen's translation context ("FollowUpsView")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from totalnet_desktop.i18n import translate

MESSAGE_SHOWN_MS = 8000


def _button(key: str, text: str, tip: str, slot: Callable[[], object]) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(f"button_{key}")
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the list
    if tip:
        button.setToolTip(tip)
    button.clicked.connect(lambda _=False: slot())
    return button


class HeadingRow(QWidget):
    """"Follow-ups", the summary (overdue, today...) and the filter box; Down or Enter in the box asks to
    go into the list (``into_list``)."""

    into_list = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        heading = QLabel("<h2 style='margin:0'>" + translate("FollowUpsView", "Follow-ups") + "</h2>")
        self.summary = QLabel("")
        self.summary.setObjectName("summary")
        self.filter = QLineEdit()
        self.filter.setObjectName("filter")
        self.filter.setAccessibleName(translate("FollowUpsView", "Filter follow-ups"))
        self.filter.setPlaceholderText(translate("FollowUpsView", "Filter (Ctrl+F)"))
        self.filter.setToolTip(translate("FollowUpsView",
                                         "Show only items whose contact, company or reason contains this text"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setFixedWidth(240)
        self.filter.installEventFilter(self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addSpacing(12)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.filter)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.into_list.emit()
            return True
        return super().eventFilter(watched, event)


class ToolRow(QWidget):
    """Add a follow-up, export to a calendar or CSV, the chapter's referral needs: ``slots`` by key."""

    def __init__(self, slots: dict[str, Callable[[], object]], parent: QWidget | None = None):
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key, text, tip in (
            ("add", translate("FollowUpsView", "Add follow-up..."), "Ctrl+Shift+F"),
            ("ics", translate("FollowUpsView", "Export to calendar (.ics)..."),
             translate("FollowUpsView", "For a phone's or Outlook's calendar")),
            ("csv", translate("FollowUpsView", "Export CSV..."),
             translate("FollowUpsView", "The open items as a spreadsheet")),
            ("needs", translate("FollowUpsView", "Chapter referral needs..."),
             translate("FollowUpsView",
                       "Online contacts in these professions are suggested for a coffee or a visit")),
        ):
            self.buttons[key] = _button(key, text, tip, slots[key])
            layout.addWidget(self.buttons[key])
        layout.addStretch(1)


class ActionRow(QWidget):
    """Done, snooze, reschedule, dismiss, open contact, open link (``slots`` by key); then the last
    action's message, with Undo when it can be undone, for a few seconds."""

    def __init__(self, slots: dict[str, Callable[[], object]], parent: QWidget | None = None):
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key, text in (
            ("done", translate("FollowUpsView", "Done") + " (D)"),
            ("snooze", translate("FollowUpsView", "Snooze") + " (S)"),
            ("reschedule", translate("FollowUpsView", "Reschedule") + " (R)"),
            ("dismiss", translate("FollowUpsView", "Dismiss") + " (Del)"),
            ("open", translate("FollowUpsView", "Open contact") + " (Enter)"),
            ("link", translate("FollowUpsView", "Open link") + " (L)"),
        ):
            self.buttons[key] = _button(key, text, "", slots[key])
            layout.addWidget(self.buttons[key])
        layout.addStretch(1)
        self.message = QLabel("")
        self.message.setObjectName("message")
        layout.addWidget(self.message)
        self.undo_button = self.buttons["undo"] = _button("undo", translate("FollowUpsView", "Undo"), "Ctrl+Z",
                                                          slots["undo"])
        self.undo_button.hide()
        layout.addWidget(self.undo_button)
        self.message_timer = QTimer(self, singleShot=True, interval=MESSAGE_SHOWN_MS)
        self.message_timer.timeout.connect(self.clear_message)

    def show_message(self, text: str, undo: bool = True) -> None:
        self.message.setText(text if len(text) < 90 else text[:88] + "…")
        self.undo_button.setVisible(undo)
        self.message_timer.start()

    def clear_message(self) -> None:
        self.message.setText("")
        self.undo_button.hide()

    def enable_for(self, has_item: bool, has_link: bool) -> None:
        """The item buttons on when an item is current; Open link when it has a link."""
        for key in ("done", "snooze", "reschedule", "dismiss", "open"):
            self.buttons[key].setEnabled(has_item)
        self.buttons["link"].setEnabled(has_link)


class EmptyQueue(QLabel):
    """What shows instead of an empty queue: where items come from."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            "<h3>" + translate("FollowUpsView", "Nothing to follow up right now") + "</h3><p>" + translate(
                "FollowUpsView",
                "Items appear here by themselves: a visitor to thank, a referral to call, a contact you have not "
                "spoken to for a while, an online contact to meet face to face.<br>Add your own with "
                "<b>Ctrl+Shift+F</b>.") + "</p>", parent)
        self.setObjectName("empty_state")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
