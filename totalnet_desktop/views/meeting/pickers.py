"""Keyboard-friendly pickers for the slip dialogs: a roster member, or any person (existing or new)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from totalnet_desktop.core.chapter import people as chapter_people
from totalnet_desktop.core.chapter.people import PersonChoice
from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.i18n import translate

logger = logging.getLogger(__name__)


class MemberCombo(QComboBox):
    """An editable combo of members: type part of a name, pick from the pop-up, or Up/Down."""

    def __init__(self, members: list[PersonChoice], parent: QWidget | None = None, allow_none: bool = False):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumWidth(280)
        if allow_none:
            self.addItem("", None)
        for m in members:
            self.addItem(m.label, m.id)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self.lineEdit().setPlaceholderText(self.tr("type a member's name"))

    def select_id(self, contact_id: int | None) -> None:
        """Show the member ``contact_id`` (blank when not on the list)."""
        index = self.findData(contact_id)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")

    def current_id(self) -> int | None:
        """The member whose label the text names (exactly, or as the only partial match)."""
        text = normalize.fold(self.currentText())
        if not text:
            return None
        labels = [(normalize.fold(self.itemText(i)), self.itemData(i)) for i in range(self.count())]
        exact = [cid for label, cid in labels if label == text and cid is not None]
        if exact:
            return exact[0]
        partial = [cid for label, cid in labels if text in label and cid is not None]
        return partial[0] if len(partial) == 1 else None


class PersonPicker(QLineEdit):
    """A name box that completes from all contacts; text matching no suggestion means a new person."""

    def __init__(self, parent: QWidget | None = None, placeholder: str = ""):
        super().__init__(parent)
        self.setPlaceholderText(placeholder or translate("PersonPicker", "name (existing contact or new)"))
        self._choices: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        # The list is already filtered by the search index; show it as it is.
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.textEdited.connect(self._suggest)

    def _suggest(self, text: str) -> None:
        found = chapter_people.search_people(text, limit=12) if len(text.strip()) >= 2 else []
        self._choices = {p.label: p.id for p in found}
        self._model.setStringList(list(self._choices))

    def chosen_id(self) -> int | None:
        """The existing contact picked from the suggestions (None: a new person or nothing)."""
        return self._choices.get(self.text())

    def typed_name(self) -> str:
        return normalize.clean(self.text())


class PhoneEdit(QLineEdit):
    """A phone field that shows a valid number in the international form the contact pane uses
    (+971 50 555 0107) once it is left; anything else stays as typed."""

    def __init__(self, placeholder: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.editingFinished.connect(self.tidy)

    def tidy(self) -> None:
        from totalnet_desktop.core.store import prefs

        if self.text().strip():
            shown = normalize.format_phone(self.text(), prefs.phone_region())
            if shown != self.text():
                self.setText(shown)
