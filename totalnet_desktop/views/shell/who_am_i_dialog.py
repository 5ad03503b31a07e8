"""Who are you? Asked once per login on a chapter server that does not know who this login is.

The chapter's roster, searchable by typing (each typed word begins a word of the name or the
classification); Enter or "This is me" takes the highlighted member. "I'm not on the roster" turns the
dialog into a two-field card (name, company): the new contact is private to this login until the
chapter knows them. Members other logins chose are not listed; when another login takes the chosen
member meanwhile, the database refuses, the dialog says who has them and reads the roster again (what
was typed stays; nothing is highlighted, so a second Enter takes nobody). "Not now" leaves "me" unset (the app asks again at the next connection);
Preferences > I am changes it later. The rules run at once, so a referral passed to this member in
the last two weeks is in their Follow-ups queue when the dialog closes (core.chapter.whoami).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import whoami
from totalnet_desktop.core.store import identity
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import tr_core
from totalnet_desktop.views.shell import theme

logger = logging.getLogger(__name__)


class WhoAmIDialog(QDialog):
    """Choose yourself on the roster, or make your own card; ``chosen`` is the contact id after Accept."""

    def __init__(self, server_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("who_am_i")
        self.setWindowTitle(self.tr("Who are you?"))
        self.chosen: int | None = None
        self.everyone = whoami.roster(include_taken=True)  # the taken ones only to say who has them
        self.entries = whoami.free(self.everyone)
        login = identity.who() or ""
        intro = QLabel(self.tr(
            "You are connected to {server} as <b>{login}</b>. Choose yourself on the chapter's roster: your "
            "follow-ups, Insights and undo then answer for you. TotalNet remembers it for this login; you can "
            "change it later in Preferences.").format(server=server_label or self.tr("the chapter server"),
                                                      login=login))
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.RichText)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._roster_page())
        self.pages.addWidget(self._card_page())
        self.error = QLabel()
        self.error.setObjectName("who_am_i_error")
        self.error.setWordWrap(True)
        theme.style_text(self.error, "error")
        self.error.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        self._refill()
        self.resize(520, 460)

    # ---- the roster --------------------------------------------------------------------------------
    def _roster_page(self) -> QWidget:
        page = QWidget()
        self.filter = QLineEdit()
        self.filter.setObjectName("who_am_i_filter")
        self.filter.setPlaceholderText(self.tr("Type your name"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _text: self._refill())
        self.filter.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("who_am_i_list")
        self.list.itemDoubleClicked.connect(lambda _item: self.take_current())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.none_found = QLabel()
        self.none_found.setObjectName("who_am_i_none")
        self.none_found.setWordWrap(True)
        theme.style_text(self.none_found, "muted")
        buttons = QDialogButtonBox()
        self.this_is_me = buttons.addButton(self.tr("This is me"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.this_is_me.setObjectName("who_am_i_this")
        self.not_listed = buttons.addButton(self.tr("I'm not on the roster..."),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.not_listed.setObjectName("who_am_i_not_listed")
        self.later = buttons.addButton(self.tr("Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        self.later.setObjectName("who_am_i_later")
        self.this_is_me.clicked.connect(self.take_current)
        self.not_listed.clicked.connect(self.show_card)
        self.later.clicked.connect(self.reject)
        self.this_is_me.setDefault(True)  # Enter in the search box takes the highlighted member
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.none_found)
        layout.addWidget(buttons)
        return page

    def _refill(self, keep: int | None = None, after_refusal: bool = False) -> None:
        """Show the members matching what is typed, the first highlighted; after a refusal the member
        ``keep`` stays highlighted when still listed, else none is."""
        shown = whoami.matching(self.entries, self.filter.text())
        self.list.clear()
        for entry in shown:
            label = entry.name if not entry.classification else self.tr("{name} — {classification}").format(
                name=entry.name, classification=entry.classification)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, entry.contact_id)
            self.list.addItem(item)
        rows = [entry.contact_id for entry in shown]
        if not after_refusal and shown:
            self.list.setCurrentRow(0)
        elif after_refusal and keep in rows:
            self.list.setCurrentRow(rows.index(keep))
        elif after_refusal:  # none, said through the view: else taking the focus makes its first row current
            self.list.setCurrentIndex(QModelIndex())
        note = "" if shown else self._none_found_text()
        self.none_found.setText(note)
        # not twice: after a refusal the line under the buttons already says who has the one typed
        self.none_found.setVisible(bool(note) and (self.error.isHidden() or note != self.error.text()))
        self._update_buttons()

    def _none_found_text(self) -> str:
        text = self.filter.text().strip()
        taken = whoami.taken_matching(self.everyone, text) if text else []
        if taken:  # found, but other logins have them: say who, not "nobody"
            return "\n".join(tr_core(sentence) for sentence in taken[:3])
        if self.entries:
            return self.tr("Nobody on the roster matches \"{text}\". If you are not a member, make your own "
                           "card: I'm not on the roster...").format(text=text)
        if self.everyone:
            return self.tr("Every member on the roster is already 'me' for another login. If you are not a "
                           "member, make your own card: I'm not on the roster...")
        return self.tr("The chapter has no roster yet: make your own card.")

    def reread_roster(self) -> None:
        """The roster as the database has it now (after a refusal: the member another login took leaves
        the list); what is typed stays, a member still listed stays highlighted, the focus goes back to
        the list (to the search box when nothing matches any more)."""
        item = self.list.currentItem()
        keep = int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
        self.everyone = whoami.roster(include_taken=True)
        self.entries = whoami.free(self.everyone)
        self._refill(keep, after_refusal=True)
        if self.list.count():
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_buttons(self) -> None:
        self.this_is_me.setEnabled(self.list.currentItem() is not None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp)):
            self.list.setFocus()  # from the search box into the list, moving once
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def take_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            contact_id = int(item.data(Qt.ItemDataRole.UserRole))

            def take() -> int:
                whoami.choose(contact_id)
                return contact_id
            self._finish(take)

    # ---- my own card -------------------------------------------------------------------------------
    def _card_page(self) -> QWidget:
        page = QWidget()
        note = QLabel(self.tr("Your card is private to your login until the chapter knows you (as a member, a "
                              "visitor or a referral)."))
        note.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setObjectName("who_am_i_name")
        self.company = QLineEdit()
        self.company.setObjectName("who_am_i_company")
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Company"), self.company)
        buttons = QDialogButtonBox()
        self.make_card_button = buttons.addButton(self.tr("Make my card"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.make_card_button.setObjectName("who_am_i_make")
        self.make_card_button.setEnabled(False)
        self.name.textChanged.connect(lambda text: self.make_card_button.setEnabled(bool(text.strip())))
        back = buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.ResetRole)
        back.setObjectName("who_am_i_back")
        self.make_card_button.clicked.connect(self.make_card)
        back.clicked.connect(self.show_roster)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        return page

    def show_card(self) -> None:
        self.error.setVisible(False)
        self.pages.setCurrentIndex(1)
        self.make_card_button.setDefault(True)
        self.name.setFocus()

    def show_roster(self) -> None:
        self.error.setVisible(False)
        self.pages.setCurrentIndex(0)
        self.this_is_me.setDefault(True)
        self.filter.setFocus()

    def make_card(self) -> None:
        if self.name.text().strip():
            self._finish(lambda: whoami.create_own_card(self.name.text(), company=self.company.text()))

    # ---- both ---------------------------------------------------------------------------------------
    def _finish(self, act: Callable[[], int]) -> None:
        try:
            self.chosen = act()
        except TotalNetError as exc:  # e.g. another login took this member meanwhile (the database refuses)
            self.error.setText(tr_core(exc))
            self.error.setVisible(True)
            if self.pages.currentIndex() == 0:
                self.reread_roster()
            return
        self.accept()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.filter.setFocus()
