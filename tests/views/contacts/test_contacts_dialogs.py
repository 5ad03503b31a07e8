"""Merge, my card and preferences dialogs on real widgets."""

import datetime as dt

from totalnet_desktop.core.contacts import interactions
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import engine, prefs
from totalnet_desktop.core.store.models import Contact, Interaction
from totalnet_desktop.core.store.records import ContactRecord, PointRecord
from totalnet_desktop.views.contacts.merge_dialog import MergeDialog
from totalnet_desktop.views.contacts.my_card_dialog import MyCardDialog
from totalnet_desktop.views.shell.preferences import PreferencesDialog


def test_merge_dialog_side_by_side_choose_and_undo(ctx, qtbot):
    a = contacts.create(ContactRecord(id=None, first_name="Layla", last_name="Haddad", company="Cedar",
                                      points=(PointRecord("email", "l@cedar.ae"),)))
    b = contacts.create(ContactRecord(id=None, first_name="Layla", last_name="H", company="Cedar Print",
                                      points=(PointRecord("phone", "050 555 0107"),)))
    interactions.log_touch(b, "phone", "call", occurred_at=dt.date(2026, 1, 2))
    dialog = MergeDialog(ctx, [a, b])
    qtbot.addWidget(dialog)
    assert dialog.survivor_id() == b  # more history
    dialog.set_survivor(a)
    dialog.choose("company", b)
    dialog.choose("last_name", a)
    assert dialog.chosen_values()["company"] == "Cedar Print"
    assert dialog.merge() == a
    merged = contacts.get(a)
    assert (merged.name, merged.company) == ("Layla Haddad", "Cedar Print")
    assert {p.value for p in merged.points} == {"l@cedar.ae", "050 555 0107"}
    assert Interaction.get().contact_id == a and not contacts.exists(b)
    from totalnet_desktop.core.store import undo

    assert undo.undo_last().startswith("merge 2")
    assert contacts.exists(b) and Interaction.get().contact_id == b


def test_my_card_shows_a_qr_code_and_exports_vcf(ctx, qtbot, tmp_path):
    cid = contacts.create(ContactRecord(id=None, first_name="Layla", last_name="Haddad", company="Cedar Print",
                                        notes="private", points=(PointRecord("phone", "050 555 0107"),)))
    dialog = MyCardDialog(ctx, suggested_id=cid)
    qtbot.addWidget(dialog)
    assert dialog.chooser.isVisibleTo(dialog) and dialog.qr_label.pixmap().isNull()
    dialog.use_picked()
    assert contacts.me_id() == cid
    pixmap = dialog.qr_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() >= 400
    image = pixmap.toImage()
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert {"#000000", "#ffffff"} <= colours
    out = dialog.export(str(tmp_path / "me.vcf"))
    text = out.read_text(encoding="utf-8")
    assert "BEGIN:VCARD" in text and "Haddad" in text and "private" not in text


def test_preferences_region_and_me(ctx, qtbot):
    cid = contacts.create(ContactRecord(id=None, first_name="Omar"))
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.region.currentData() == "AE"
    assert "United Arab Emirates" in dialog.region.currentText()
    dialog.region.setCurrentIndex(dialog.region.findData("GB"))
    assert prefs.phone_region() == "GB"
    dialog.me.search("Omar")
    dialog.set_me(dialog.me.contact_id())
    assert contacts.me_id() == cid
    # On SQLite the contact carries the flag; on a shared server 'me' is per login (identity).
    assert Contact.get_by_id(cid).is_me or engine.is_postgres(Contact._meta.database)
