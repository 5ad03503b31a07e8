"""The Contacts screen's commands that open a dialog: edit, log a touch, merge, empty the trash, my card.

Each takes the screen (its context, its status-bar ``say`` and ``open_contact``); the dialogs are imported
when first used. Strings keep the screen's translation context ("ContactsView").
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtWidgets import QMessageBox

from totalnet_desktop.i18n import translate
from totalnet_desktop.views.contacts.presenter import ContactsPresenter
from totalnet_desktop.views.shell.screen import as_widget


class ContactsView(Protocol):
    """What these commands use of the screen (views.contacts.view.ContactsView)."""

    ctx: Any
    presenter: ContactsPresenter

    def say(self, text: str) -> None: ...
    def open_contact(self, contact_id: int) -> None: ...
    def merge_contacts(self, ids: list[int]) -> None: ...
    def selected_contact_id(self) -> int | None: ...


def run_editor(view: ContactsView, contact_id: int | None) -> None:
    """The editor for one contact (None: a new one), then what it asked for: show, open or merge."""
    from totalnet_desktop.views.contacts.editor import ContactEditor

    outcome, _ok = ContactEditor.edit(view.ctx, as_widget(view), contact_id)
    if outcome.saved is not None:
        view.say(view.presenter.saved_text([w.message for w in outcome.saved.warnings]))
        view.open_contact(outcome.saved.contact_id)
    if outcome.open_id is not None:
        view.open_contact(outcome.open_id)
    if outcome.merge_ids:
        view.merge_contacts(list(outcome.merge_ids))


def log_touch(view: ContactsView, contact_id: int | None) -> None:
    """Log an interaction with ``contact_id`` (None: say how)."""
    from totalnet_desktop.views.contacts.log_touch_dialog import LogTouchDialog

    if contact_id is None:
        view.say(translate("ContactsView", "Select a contact first, then Ctrl+L logs a touch."))
        return
    interaction_id, ok = LogTouchDialog.run(view.ctx, contact_id, as_widget(view))
    if ok and interaction_id:
        view.say(translate("ContactsView", "Touch logged.") + "  (" + translate("ContactsView", "Ctrl+Z undoes") + ")")


def merge(view: ContactsView, ids: list[int]) -> None:
    """The merge dialog for ``ids``; the surviving contact is shown after."""
    from totalnet_desktop.views.contacts.merge_dialog import MergeDialog

    survivor, ok = MergeDialog.run(view.ctx, ids, as_widget(view))
    if ok and survivor:
        view.say(view.presenter.merged_text(len(ids)))
        view.open_contact(survivor)


def empty_trash(view: ContactsView, confirm: bool = True) -> int:
    """Delete the trashed contacts for good (asks first); how many were deleted."""
    count = view.presenter.trash_count()
    if not count:
        return 0
    if confirm:
        answer = QMessageBox.question(
            as_widget(view), translate("ContactsView", "Empty trash"),
            translate("ContactsView", "Delete %Ln contact(s) for good, with their whole history? "
                                      "This cannot be undone.", None, count))
        if answer != QMessageBox.StandardButton.Yes:
            return 0
    deleted, message = view.presenter.empty_trash()
    view.say(message)
    return deleted


def show_my_card(view: ContactsView) -> None:
    """The QR code of my vCard (offering the selected contact when "me" is not set)."""
    from totalnet_desktop.views.contacts.my_card_dialog import MyCardDialog

    MyCardDialog(view.ctx, as_widget(view), suggested_id=view.selected_contact_id()).exec()
