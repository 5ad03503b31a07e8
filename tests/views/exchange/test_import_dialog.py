"""The import dialog driven with qtbot through its steps, on real files of every kind."""

import csv
import datetime as dt
import io

import pytest
from PySide6.QtCore import Qt

from totalnet_desktop import i18n
from totalnet_desktop.core.store.models import Chapter, Contact, Membership
from totalnet_desktop.views.exchange.import_dialog import DUPLICATES, MAPPING, OPTIONS, SUMMARY, ImportDialog


def _csv(rows, delimiter=","):
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    return buf.getvalue()


LINKEDIN = ('Notes:\n"When exporting your connection data, some e-mail addresses are missing."\n\n'
            + _csv([["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
                    ["Layla", "Al Mansouri", "https://www.linkedin.com/in/layla", "", "Acme", "CEO", "07 Mar 2024"],
                    ["Omar", "Haddad", "https://www.linkedin.com/in/omar", "omar@example.com", "Big Co", "CTO",
                     "01 Jan 2023"],
                    ["", "", "", "", "Ghost Co", "", ""]]))
GOOGLE = _csv([["Name", "Given Name", "Family Name", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value",
                "Phone 1 - Type", "Phone 1 - Value", "Organization 1 - Name"],
               ["Omar Haddad", "Omar", "Haddad", "* myContacts ::: Friends", "* Work", "OMAR@example.com",
                "Mobile", "+971 50 111 2222", "Big Co"],
               ["Sara Khan", "Sara", "Khan", "* myContacts", "", "", "Work", "+971 4 333 4444", "Tower"]])
OUTLOOK = _csv([["First Name", "Last Name", "Title", "Company", "Job Title", "E-mail Address", "Business Phone"],
                ["Renée", "Dupré", "Mrs.", "Café Noël", "Owner", "renee@example.com", "+971 4 333 4444"]])
VCARD = ("BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Zo=C3=AB\r\n"
         "TEL;CELL:+971 50 999 0000\r\nEND:VCARD\r\n"
         "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Omar Haddad\r\nURL:https://linkedin.com/in/omar/\r\nEND:VCARD\r\n")
ROSTER = _csv([["Member Name", "Classification", "Company", "Mobile", "Email", "Role"],
               ["Aisha Al Zaabi", "Accountant", "AZ", "+971 50 100 2000", "aisha@example.com", "President"]], ";")


@pytest.fixture
def files(tmp_path):
    out = {}
    for name, text, enc in (("Connections.csv", LINKEDIN, "utf-8"), ("google.csv", GOOGLE, "utf-8"),
                            ("outlook.csv", OUTLOOK, "cp1252"), ("phone.vcf", VCARD, "utf-8"),
                            ("roster.csv", ROSTER, "utf-16")):
        path = tmp_path / name
        path.write_bytes(text.encode(enc))
        out[name] = path
    return out


def _dialog(ctx, qtbot):
    dialog = ImportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _to_duplicates(dialog, qtbot):
    dialog.go_next()
    assert dialog.page() == MAPPING
    with qtbot.waitSignal(dialog.planned, timeout=10000):
        dialog.go_next()
    assert dialog.page() == DUPLICATES


def _import(dialog, qtbot):
    dialog.go_next()
    assert dialog.page() == OPTIONS
    with qtbot.waitSignal(dialog.finished_import, timeout=15000):
        dialog.go_next()
    assert dialog.page() == SUMMARY, dialog.error


def test_every_kind_of_file_in_one_import(ctx, qtbot, files, tmp_path):
    dialog = _dialog(ctx, qtbot)
    errors = dialog.files_page.add_paths([str(p) for p in files.values()])
    assert errors == []
    formats = [f.format for f in dialog.files_page.files]
    assert formats == ["linkedin", "google", "outlook", "vcard", "roster"]
    assert dialog.files_page.table.item(0, 4).text().startswith("4 (after 2 note lines)")
    _to_duplicates(dialog, qtbot)
    plans = dialog.duplicates_page.plans
    # the Google Omar matches LinkedIn's Omar only once the first file is in; the plan sees files alone
    assert [p.rows for p in plans] == [3, 2, 1, 2, 1]
    changed = []
    ctx.bus.changed.connect(changed.append)
    _import(dialog, qtbot)
    summaries = dialog.summaries
    assert [s.line() for s in summaries] == [
        "imported 2, merged 0, skipped 0, rejected 1",
        "imported 1, merged 1, skipped 0, rejected 0",  # Omar by e-mail
        "imported 1, merged 0, skipped 0, rejected 0",  # same switchboard as Sara: only possible
        "imported 1, merged 1, skipped 0, rejected 0",  # Omar by LinkedIn URL
        "imported 1, merged 0, skipped 0, rejected 0",
    ]
    assert "Imported 6, merged 2, skipped 0, rejected 1" in dialog.summary_page.headline.text()
    assert dialog.summary_page.table.item(0, 1).text() == "7"
    assert changed == ["contacts"]
    assert Contact.select().count() == 6
    assert Contact.get(Contact.first_name == "Renée").job_title == "Owner"
    saved = dialog.save_rejected_to(tmp_path / "rejected.csv")
    assert saved and "Ghost Co" in saved[0].read_text(encoding="utf-8")


def test_mapping_change_preview_and_saved_mapping(ctx, qtbot, files):
    dialog = _dialog(ctx, qtbot)
    dialog.files_page.add_paths([str(files["outlook.csv"])])
    dialog.go_next()
    page = dialog.mapping_page
    model = page.preview_model
    assert model.rowCount() == 1
    assert model.index(0, 6).data() == "Owner"
    page.set_field(2, "job_title")  # "Title" (Mrs.) now goes to the job title too
    assert model.index(0, 6).data() == "Owner Mrs." or model.index(0, 6).data().startswith("Mrs.")
    assert page.save_as("Outlook with titles")
    page.set_field(2, "ignore")
    page.apply_saved("Outlook with titles")
    assert dialog.files_page.files[0].mapping[2] == "job_title"
    assert not page.save_as("  ")
    assert "name" in page.message.text()


def test_rejected_rows_are_highlighted_in_preview(ctx, qtbot, files):
    dialog = _dialog(ctx, qtbot)
    dialog.files_page.add_paths([str(files["Connections.csv"])])
    dialog.go_next()
    model = dialog.mapping_page.preview_model
    assert model.rowCount() == 3
    assert model.index(2, 1).data() == "Rejected"
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "no name" in model.index(2, 2).data()


def test_possible_duplicate_ticked_is_merged(ctx, qtbot, files, tmp_path):
    dialog = _dialog(ctx, qtbot)
    dialog.files_page.add_paths([str(files["google.csv"])])
    _to_duplicates(dialog, qtbot)
    _import(dialog, qtbot)
    again = tmp_path / "again.csv"
    again.write_text(_csv([["Name", "Phone"], ["S. Khan", "+971 4 333 4444"]]), encoding="utf-8")
    dialog = _dialog(ctx, qtbot)
    dialog.files_page.add_paths([str(again)])
    _to_duplicates(dialog, qtbot)
    assert not dialog.mapping_page.file_name.isHidden() and "again.csv" in dialog.mapping_page.file_name.text()
    page = dialog.duplicates_page
    assert page.table.rowCount() == 1
    assert "<b>1</b> possible duplicate," in page.counts.text()  # one, not "duplicates"
    assert "shares a phone number with Sara Khan" in page.table.item(0, 2).text()
    page.set_merge(0, True)
    _import(dialog, qtbot)
    assert dialog.summaries[0].line() == "imported 0, merged 1, skipped 0, rejected 0"
    assert Contact.select().count() == 2
    assert dialog.cancel_button.text() == "Close" and dialog.cancel_button.isDefault()  # Enter closes


def test_options_tag_source_chapter(ctx, qtbot, files):
    dialog = _dialog(ctx, qtbot)
    dialog.files_page.add_paths([str(files["roster.csv"])])
    _to_duplicates(dialog, qtbot)
    dialog.go_next()
    options = dialog.options_page
    assert options.tag_edit.text() == f"Imported roster.csv {i18n.date_text(dt.date.today())}"
    assert options.source_edit.text() == "Chapter roster"
    assert not options.connected_check.isEnabled()
    options.chapter_combo.setCurrentText("Dubai Pioneers")
    options.tag_edit.setText("Roster 2026")
    with qtbot.waitSignal(dialog.finished_import, timeout=15000):
        dialog.go_next()
    aisha = Contact.get()
    assert [link.tag.name for link in aisha.tag_links] == ["Roster 2026"]
    member = Membership.get()
    assert (member.chapter.name, member.role, member.classification) == ("Dubai Pioneers", "President",
                                                                         "Accountant")
    assert Chapter.select().count() == 1


def test_cancel_during_import_changes_nothing(ctx, qtbot, tmp_path):
    rows = [["Name", "Email"]] + [[f"Person {i}", f"p{i}@example.com"] for i in range(30000)]
    path = tmp_path / "big.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    dialog = _dialog(ctx, qtbot)
    dialog.files_page.add_paths([str(path)])
    _to_duplicates(dialog, qtbot)
    dialog.go_next()
    with qtbot.waitSignal(dialog.finished_import, timeout=20000):
        dialog.go_next()
        dialog.cancel_or_close()  # cancel at once: the worker stops at its first progress step
    assert dialog.page() == OPTIONS
    assert "cancelled" in dialog.error
    assert "nothing was changed" in dialog.options_page.message.text()
    assert Contact.select().count() == 0


def test_unreadable_file_is_explained(ctx, qtbot, tmp_path):
    bad = tmp_path / "photo.csv"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    dialog = _dialog(ctx, qtbot)
    errors = dialog.files_page.add_paths([str(bad)])
    assert errors and "not a text CSV file" in errors[0]
    assert "not a text CSV file" in dialog.files_page.errors.text()
    assert not dialog.next_button.isEnabled()


def test_error_in_plan_goes_back_with_message(ctx, qtbot, tmp_path):
    path = tmp_path / "q.csv"
    path.write_text('Name,Email\r\nAna,a@example.com\r\nBo,"never closed\r\nCy,c@x.com\r\n', encoding="utf-8")
    dialog = _dialog(ctx, qtbot)
    dialog.files_page.add_paths([str(path)])
    dialog.go_next()
    dialog.hide()  # no message box in tests
    with qtbot.waitSignal(dialog.finished_import, timeout=10000):
        dialog.go_next()
    assert dialog.page() == MAPPING
    assert "row 3, column 2 (Email)" in dialog.error


def test_preview_checks_many_contacts_in_the_background(ctx, qtbot, files):
    from totalnet_desktop.core.store.models import ContactPoint, database
    from totalnet_desktop.views.exchange import mapping_page as import_mapping_page

    with database.atomic():
        people = [{"first_name": f"Person {i}"} for i in range(import_mapping_page.SYNC_CONTACTS)]
        for start in range(0, len(people), 1000):  # a PostgreSQL statement takes at most 65,535 values
            Contact.insert_many(people[start:start + 1000]).execute()
        omar = Contact.create(first_name="Omar", last_name="Haddad")
        ContactPoint.create(contact=omar, kind="email", value="omar@example.com", key="omar@example.com")
    dialog = _dialog(ctx, qtbot)
    dialog.files_page.add_paths([str(files["Connections.csv"])])
    page = dialog.mapping_page
    with qtbot.waitSignal(page.preview_ready, timeout=10000):
        dialog.go_next()
        # At once: the rows, while the contacts load off the GUI thread.
        assert page.preview_model.rowCount() == 3
        assert "Checking them against your 5,001 contacts" in page.preview_label.text()
        assert page.preview_model.index(1, 1).data() == "Checking..."
    assert page.preview_model.index(1, 1).data() == "Merge"  # Omar, by e-mail
    assert "Checking" not in page.preview_label.text()


def test_large_file_is_planned_by_a_helper_process_from_the_dialog(ctx, qtbot, tmp_path, monkeypatch):
    import multiprocessing

    from totalnet_desktop.core.exchange import parallel
    from totalnet_desktop.core.exchange.planner import CHUNK

    rows = [["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]]
    rows += [[f"P{i}", "Big", f"https://www.linkedin.com/in/p{i}", "", "Co", "", "07 Mar 2024"]
             for i in range(3 * CHUNK)]
    path = tmp_path / "Connections.csv"
    path.write_text(_csv(rows), encoding="utf-8")
    monkeypatch.setattr(parallel, "MIN_BYTES", path.stat().st_size)  # "large" from this size on
    monkeypatch.setattr(parallel, "spare_cores", lambda: 1.5)  # and a second core free
    dialog = _dialog(ctx, qtbot)
    dialog.files_page.add_paths([str(path)])
    helpers = []
    dialog.progress_page.bar.valueChanged.connect(lambda _v: helpers.append(len(multiprocessing.active_children())))
    _to_duplicates(dialog, qtbot)
    _import(dialog, qtbot)
    assert [s.line() for s in dialog.summaries] == [f"imported {3 * CHUNK}, merged 0, skipped 0, rejected 0"]
    assert max(helpers) == 1 and not multiprocessing.active_children()
    assert Contact.select().count() == 3 * CHUNK


def test_unmapped_columns_are_named_and_kept_when_ticked(ctx, qtbot, tmp_path):
    """Issue 12: the options name the columns not imported; the tick keeps them in the notes; the summary
    says so and reports a repeated header row apart from the rejected rows."""
    path = tmp_path / "kontakte.csv"
    path.write_text("Vorname,Nachname,Geburtstag,Hobby\nAnna,Schmidt,1980-04-01,Segeln\n"
                    "Vorname,Nachname,Geburtstag,Hobby\nJonas,Weber,1975-02-03,\n", encoding="utf-8")
    dialog = _dialog(ctx, qtbot)
    dialog.files_page.add_paths([str(path)])
    _to_duplicates(dialog, qtbot)
    dialog.go_next()
    options = dialog.options_page
    assert options.keep_check.isVisible() and not options.keep_check.isChecked()
    assert options.unmapped_label.text() == "Columns that go to no field: Geburtstag (2 rows), Hobby (1 row)."
    qtbot.mouseClick(options.keep_check, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(dialog.finished_import, timeout=15000):
        dialog.go_next()
    assert Contact.get(Contact.first_name == "Anna").notes == "Geburtstag: 1980-04-01\nHobby: Segeln"
    page = dialog.summary_page
    assert page.unmapped_label.text() == (
        "Kept in the notes as \u201cColumn: value\u201d lines: Geburtstag (2 rows), Hobby (1 row). "
        "The header row came again on 1 line; skipped, not a contact.")
    assert dialog.summaries[0].line() == "imported 2, merged 0, skipped 0, rejected 0"
    assert page.rejected_label.text() == "No row was rejected."


def test_a_file_whose_columns_are_all_imported_shows_no_keep_option(ctx, qtbot, files):
    dialog = _dialog(ctx, qtbot)
    dialog.files_page.add_paths([str(files["roster.csv"])])
    _to_duplicates(dialog, qtbot)
    dialog.go_next()
    assert not dialog.options_page.keep_check.isVisible()


@pytest.fixture
def arabic(qapp):
    i18n.install("ar")
    yield
    i18n.install("en")


def test_default_tag_in_arabic_is_what_is_stored(ctx, qtbot, files, arabic):
    """The proposed tag is in the member's language, the date the locale's; the tag written is that text
    as shown (no invisible direction marks a member could not type back when filtering)."""
    dialog = _dialog(ctx, qtbot)
    dialog.files_page.add_paths([str(files["roster.csv"]), str(files["google.csv"])])
    _to_duplicates(dialog, qtbot)
    dialog.go_next()
    shown = dialog.options_page.tag_edit.text()
    day = i18n.date_text(dt.date.today())
    assert shown == i18n.translate("Import", "Imported {file} {day}").format(file="roster.csv +1", day=day).replace(
        "\u2068", "").replace("\u2069", "")
    assert "Imported" not in shown and "roster.csv +1" in shown and day in shown
    assert any("\u0600" <= c <= "\u06ff" for c in day)  # the month in Arabic
    assert not {"\u2068", "\u2069", "\u200f"} & set(shown)
    with qtbot.waitSignal(dialog.finished_import, timeout=15000):
        dialog.go_next()
    aisha = Contact.get(Contact.first_name == "Aisha")
    assert [link.tag.name for link in aisha.tag_links] == [shown]
