"""The Contacts screen's commands: new, edit, log a touch, merge, trash and restore, empty the trash, me,
my card; and the empty book's three choices. Mixed into the screen; the dialogs are imported when first
used. Strings keep the screen's translation context ("ContactsView").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QMessageBox, QWidget

from totalnet_desktop.i18n import translate
from totalnet_desktop.views.contacts import bulk_actions
from totalnet_desktop.views.shell.screen import as_widget

if TYPE_CHECKING:
    from totalnet_desktop.core.contacts.search import ContactFilter
    from totalnet_desktop.views.contacts.presenter import ContactsPresenter


class ContactCommands:
    """Mixed into ContactsView, which provides ctx, presenter, say(), open_contact(), current_filter(),
    selected_contact_id() and selected_contact_ids()."""

    if TYPE_CHECKING:  # what the screen provides
        ctx: Any
        presenter: ContactsPresenter

        def say(self, text: str) -> None: ...
        def open_contact(self, contact_id: int) -> None: ...
        def current_filter(self) -> ContactFilter: ...
        def selected_contact_id(self) -> int | None: ...
        def selected_contact_ids(self) -> list[int]: ...
        def window(self) -> QWidget: ...

    def new_contact(self) -> None:
        """Ctrl+N: the editor for a new contact."""
        self.edit_contact(None)

    def edit_selected(self) -> None:
        cid = self.selected_contact_id()
        if cid is not None:
            self.edit_contact(cid)

    def edit_contact(self, contact_id: int | None) -> None:
        """The editor for one contact (None: a new one), then what it asked for: show, open or merge."""
        from totalnet_desktop.views.contacts.editor import ContactEditor

        outcome, _ok = ContactEditor.edit(self.ctx, as_widget(self), contact_id)
        if outcome.saved is not None:
            self.say(self.presenter.saved_text([w.message for w in outcome.saved.warnings]))
            self.open_contact(outcome.saved.contact_id)
        if outcome.open_id is not None:
            self.open_contact(outcome.open_id)
        if outcome.merge_ids:
            self.merge_contacts(list(outcome.merge_ids))

    def log_touch(self, contact_id: int | None = None) -> None:
        """Ctrl+L: log an interaction with ``contact_id`` or the selected contact (none: say how)."""
        from totalnet_desktop.views.contacts.log_touch_dialog import LogTouchDialog

        contact_id = contact_id if isinstance(contact_id, int) else self.selected_contact_id()
        if contact_id is None:
            self.say(translate("ContactsView", "Select a contact first, then Ctrl+L logs a touch."))
            return
        interaction_id, ok = LogTouchDialog.run(self.ctx, contact_id, as_widget(self))
        if ok and interaction_id:
            self.say(translate("ContactsView", "Touch logged.") + "  (" + translate("ContactsView", "Ctrl+Z undoes") + ")")

    def merge_selected(self) -> None:
        ids = self.selected_contact_ids()
        if len(ids) < 2:
            self.say(translate("ContactsView", "Select two or more contacts to merge."))
            return
        self.merge_contacts(ids)

    def merge_contacts(self, ids: list[int]) -> None:
        """The merge dialog for ``ids``; the surviving contact is shown after."""
        from totalnet_desktop.views.contacts.merge_dialog import MergeDialog

        survivor, ok = MergeDialog.run(self.ctx, ids, as_widget(self))
        if ok and survivor:
            self.say(self.presenter.merged_text(len(ids)))
            self.open_contact(survivor)

    def delete_selected(self) -> None:
        ids = self.selected_contact_ids()
        if ids and not self.current_filter().trash:
            bulk_actions.delete(self.ctx, as_widget(self), ids, self.say)

    def restore_selected(self) -> None:
        ids = self.selected_contact_ids()
        if ids:
            self.say(self.presenter.restore(ids))

    def empty_trash(self, confirm: bool = True) -> int:
        """Delete the trashed contacts for good (asks first); how many were deleted."""
        count = self.presenter.trash_count()
        if not count:
            return 0
        if confirm:
            answer = QMessageBox.question(
                as_widget(self), translate("ContactsView", "Empty trash"),
                translate("ContactsView", "Delete %Ln contact(s) for good, with their whole history? "
                                          "This cannot be undone.", None, count))
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        deleted, message = self.presenter.empty_trash()
        self.say(message)
        return deleted

    def set_me(self, contact_id: int) -> None:
        self.say(self.presenter.set_me(contact_id))

    def show_my_card(self) -> None:
        """The QR code of my vCard (offering the selected contact when "me" is not set)."""
        from totalnet_desktop.views.contacts.my_card_dialog import MyCardDialog

        MyCardDialog(self.ctx, as_widget(self), suggested_id=self.selected_contact_id()).exec()

    def empty_book_action(self, key: str) -> None:
        """One of the empty book's buttons: a new contact, or the window's import or sample chapter."""
        if key == "new":
            self.new_contact()
        elif key in ("import", "sample"):
            action = getattr(self.window(), {"import": "import_contacts", "sample": "load_sample"}[key], None)
            if action is not None:
                action()
