"""The contact editor: add, edit, flags in place, refusal, duplicate warning with open and merge."""

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store.models import Contact
from totalnet_desktop.core.store.records import ContactRecord, PointRecord
from totalnet_desktop.views.contacts.editor import ContactEditor
from totalnet_desktop.views.contacts.view import ContactsView


def test_add_contact_with_several_points(ctx, qtbot):
    editor = ContactEditor(ctx)
    qtbot.addWidget(editor)
    editor.set_text("first_name", "Layla")
    editor.set_text("company", "Cedar Print")
    editor.phones.rows[0].value.setText("050 555 0107")
    editor.phones.add_row().value.setText("+44 20 7946 0958")
    editor.emails.rows[0].value.setText("layla@cedar.ae")
    profile = editor.profiles.add_row()
    profile.value.setText("https://www.instagram.com/cedarprint")
    assert profile.label.currentData() == "instagram"  # guessed from the URL
    editor.tags.setText("printing, vip")
    with qtbot.waitSignal(ctx.bus.changed):
        result = editor.try_save()
    record = contacts.get(result.contact_id)
    assert record.tags == ("printing", "vip")
    assert sorted(p.value for p in record.points if p.kind == "phone") == ["+44 20 7946 0958", "050 555 0107"]
    assert [p.network for p in record.points if p.kind == "social"] == ["instagram"]


def test_invalid_values_flagged_in_place_but_saved(ctx, qtbot):
    editor = ContactEditor(ctx)
    qtbot.addWidget(editor)
    editor.set_text("first_name", "Omar")
    editor.phones.rows[0].value.setText("12")
    editor.emails.rows[0].value.setText("omar at law")
    assert editor.flagged() == ["12", "omar at law"]
    assert editor.phones.rows[0].warning.text().startswith('"12" is not a valid phone number')
    editor.emails.rows[0].value.setText("omar@law.ae")
    assert editor.flagged() == ["12"]
    assert editor.try_save() is not None
    assert Contact.select().count() == 1


def test_empty_contact_is_refused_with_a_message(ctx, qtbot):
    editor = ContactEditor(ctx)
    qtbot.addWidget(editor)
    editor.set_text("company", "Just a company")
    assert editor.try_save() is None
    assert "needs a name, an e-mail, a phone or a profile" in editor.error.text()
    assert Contact.select().count() == 0


def test_edit_existing_contact(ctx, qtbot):
    cid = contacts.create(ContactRecord(id=None, first_name="Layla", points=(PointRecord("email", "l@x.com"),)))
    editor = ContactEditor(ctx, cid)
    qtbot.addWidget(editor)
    assert editor.emails.rows[0].value.text() == "l@x.com"
    editor.set_text("last_name", "Haddad")
    editor.stage.setCurrentText("Like")
    editor.try_save()
    assert (contacts.get(cid).name, contacts.get(cid).stage) == ("Layla Haddad", "Like")


def test_duplicate_warning_then_save_anyway(ctx, qtbot):
    contacts.create(ContactRecord(id=None, first_name="Layla", points=(PointRecord("email", "layla@cedar.ae"),)))
    editor = ContactEditor(ctx)
    qtbot.addWidget(editor)
    editor.set_text("first_name", "L.")
    editor.emails.rows[0].value.setText("LAYLA@cedar.ae")
    assert editor.try_save() is None
    assert editor.dup_panel.isVisibleTo(editor)
    assert len(editor.dup_buttons) == 2
    assert editor.try_save() is not None  # "Save anyway"
    assert Contact.select().count() == 2


def test_duplicate_open_discards_and_merge_merges(ctx, qtbot):
    first = contacts.create(ContactRecord(id=None, first_name="Layla", last_name="Haddad", company="Cedar"))
    editor = ContactEditor(ctx)
    qtbot.addWidget(editor)
    editor.set_text("first_name", "Layla")
    editor.set_text("last_name", "Haddad")
    editor.set_text("company", "cedar")
    editor.try_save()
    editor.dup_buttons[("open", first)].click()
    assert editor.outcome.open_id == first and Contact.select().count() == 1

    editor = ContactEditor(ctx)
    qtbot.addWidget(editor)
    editor.set_text("first_name", "Layla")
    editor.set_text("last_name", "Haddad")
    editor.set_text("company", "Cedar")
    editor.set_text("job_title", "Owner")
    editor.try_save()
    editor.dup_buttons[("merge", first)].click()
    assert editor.outcome.merge_ids[0] == first and Contact.select().count() == 2


def test_new_contact_from_the_screen(ctx, qtbot):
    view = ContactsView(ctx)
    qtbot.addWidget(view)
    view.show()
    view.on_shown()

    def fill():
        editor = QApplication.activeModalWidget()
        editor.set_text("first_name", "Noor")
        editor.emails.rows[0].value.setText("noor@x.com")
        editor.try_save()

    QTimer.singleShot(100, fill)
    view.new_contact()
    assert view.model.rowCount() == 1
    assert view.detail.contact_id == view.selected_contact_id()
    assert "Noor" in view.detail.heading.text()


def test_a_possible_duplicate_is_pointed_out_while_typing(ctx, qtbot):
    contacts.create(ContactRecord(id=None, first_name="Layla", points=(PointRecord("phone", "050 555 0107"),)))
    editor = ContactEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    editor.set_text("first_name", "L.")
    editor.phones.rows[0].value.setText("+971 50 555 0107")  # the same number, typed another way
    qtbot.waitUntil(editor.dup_panel.isVisible, timeout=3000)  # no Save pressed
    assert "Layla" in editor.dup_panel.findChildren(type(editor.error))[1].text()
    editor.phones.rows[0].value.setText("+971 50 555 0199")
    qtbot.waitUntil(lambda: not editor.dup_panel.isVisible(), timeout=3000)


def test_escape_on_a_changed_form_asks_and_save_is_alt_s_and_default(ctx, qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QDialogButtonBox

    editor = ContactEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isDefault() and QKeySequence.mnemonic(save.text()).toString() == "Alt+S"
    asked = []
    editor.confirm_discard = lambda: asked.append(1) or False  # "Cancel": keep editing
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == [] and not editor.isVisible()  # nothing typed: closes at once
    editor = ContactEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    editor.confirm_discard = lambda: asked.append(1) or False
    editor.set_text("first_name", "Zoë")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert asked == [1] and editor.isVisible()  # asked, and kept open
    editor.confirm_discard = lambda: True
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not editor.isVisible() and Contact.select().count() == 0
