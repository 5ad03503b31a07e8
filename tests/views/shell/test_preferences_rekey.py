"""Preferences: changing the default phone region re-reads the stored numbers (real dialog, real
database filled by the importer under AE, the re-read on its worker thread)."""

import csv

from PySide6.QtCore import Qt

from totalnet_desktop.core.contacts import duplicates
from totalnet_desktop.core.contacts import search as contact_search
from totalnet_desktop.core.exchange import importer
from totalnet_desktop.core.store import prefs, search_index
from totalnet_desktop.core.store.models import Contact, ContactPoint, database
from totalnet_desktop.core.store.records import ContactRecord, PointRecord
from totalnet_desktop.views.shell.preferences import PreferencesDialog, region_hint


def import_under_ae(tmp_path):
    path = tmp_path / "phones.csv"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["First Name", "Last Name", "Phone"])
        writer.writerows([["Priya", "Mehta", "07700 900123"], ["Omar", "Haddad", "+971 50 123 4567"],
                          ["Priya", "Work", "+44 7700 900123"]])
    importer.execute(importer.open_import(path), importer.ImportOptions(region="AE", tag=""))
    return {c.last_name: c.id for c in Contact.select()}


def key_of(contact_id):
    return ContactPoint.get((ContactPoint.contact == contact_id) & (ContactPoint.kind == "phone")).key


def found(text):
    return contact_search.search_ids(contact_search.ContactFilter(text=text))


def open_dialog(ctx, qtbot):
    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_choosing_gb_rereads_the_numbers_and_says_how_many(ctx, qtbot, tmp_path):
    ids = import_under_ae(tmp_path)
    omar_key = key_of(ids["Haddad"])
    topics = []
    ctx.bus.changed.connect(topics.append)
    dialog = open_dialog(ctx, qtbot)
    assert dialog.region_note.text() == region_hint()

    dialog.region.setCurrentIndex(dialog.region.findData("GB"))

    assert dialog.region_note.text() == "Re-read 1 phone number for United Kingdom (GB)."
    assert not dialog.is_busy() and not dialog.bar.isVisible() and dialog.close_button.isEnabled()
    assert prefs.phone_region() == "GB" and {"prefs", "contacts"} <= set(topics)
    assert key_of(ids["Mehta"]) == key_of(ids["Work"]) == "+447700900123"
    assert key_of(ids["Haddad"]) == omar_key
    assert sorted(found("+44 7700 900123")) == sorted([ids["Mehta"], ids["Work"]])
    assert search_index.indexed_ids(database, "447700900123") == sorted([ids["Mehta"], ids["Work"]])
    work = ContactRecord(id=ids["Work"], first_name="Priya", last_name="Work",
                         points=(PointRecord("phone", "+44 7700 900123"),))
    assert [m.contact_id for m in duplicates.find_duplicates(work)] == [ids["Mehta"]]

    # Back to AE: the same numbers are read as UAE numbers again, and the box follows.
    before_switch = "+9717700900123"
    assert dialog.set_region("AE").changed == 1
    assert key_of(ids["Mehta"]) == before_switch and dialog.region.currentData() == "AE"


def test_cancel_keeps_the_old_region_and_numbers(ctx, qtbot, tmp_path):
    ids = import_under_ae(tmp_path)
    before = key_of(ids["Mehta"])
    dialog = open_dialog(ctx, qtbot)
    # Cancel from the worker's first progress report, as a click on Cancel while it reads.
    dialog.rekey_started.connect(
        lambda job: job.progress.connect(lambda _d, _t: dialog.cancel_rekey(), Qt.ConnectionType.DirectConnection))

    assert dialog.set_region("GB") is None

    assert prefs.phone_region() == "AE" and dialog.region.currentData() == "AE"
    assert dialog.region_note.text() == "Cancelled; the default region stays United Arab Emirates (AE)."
    assert key_of(ids["Mehta"]) == before
    assert dialog.close_button.isEnabled() and not dialog.cancel_button.isVisible()


def test_a_newer_choice_replaces_the_running_reread(ctx, qtbot, tmp_path):
    ids = import_under_ae(tmp_path)
    dialog = open_dialog(ctx, qtbot)
    jobs = []

    def choose_india_meanwhile(job):  # the user goes on scrolling through the list
        jobs.append(job)
        if len(jobs) == 1:
            dialog.region.setCurrentIndex(dialog.region.findData("IN"))

    dialog.rekey_started.connect(choose_india_meanwhile)
    dialog.region.setCurrentIndex(dialog.region.findData("GB"))

    assert len(jobs) == 2 and prefs.phone_region() == "IN" and dialog.region.currentData() == "IN"
    assert dialog.region_note.text().endswith("for India (IN).")
    assert key_of(ids["Mehta"]).startswith("+91")


def test_escape_while_reading_cancels_instead_of_closing(ctx, qtbot, tmp_path):
    import_under_ae(tmp_path)
    dialog = open_dialog(ctx, qtbot)
    dialog.rekey_started.connect(lambda job: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    dialog.set_region("GB")
    assert dialog.isVisible() and prefs.phone_region() == "AE"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
