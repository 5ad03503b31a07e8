"""The export dialog: contacts (all / selection) with chosen columns, CSV, Excel, vCard, tables."""

import csv
import threading

from PySide6.QtCore import Qt

from totalnet_desktop.core.exchange import export
from totalnet_desktop.core.store.models import Contact, ContactPoint, database
from totalnet_desktop.views.exchange.export_dialog import ExportDialog


def _people():
    with database.atomic():
        ana = Contact.create(first_name="Ana", last_name="Silva", notes="=2+2")
        ContactPoint.create(contact=ana, kind="phone", value="+971 50 123 4567")
        bo = Contact.create(first_name="Bo", last_name="Li")
    return ana, bo


def _rows(path, encoding="utf-8"):
    with open(path, encoding=encoding, newline="") as fh:
        return list(csv.reader(fh))


def test_all_contacts_csv(ctx, qtbot, tmp_path):
    _people()
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    out = tmp_path / "all.csv"
    assert dialog.export_to(out) == 2
    rows = _rows(out)
    assert rows[0] == list(export.CONTACT_COLUMNS)
    assert rows[2][export.CONTACT_COLUMNS.index("Notes")] == "'=2+2"
    assert "Exported 2 contacts" in dialog.note.text()


def test_selection_columns_excel(ctx, qtbot, tmp_path):
    _ana, bo = _people()
    dialog = ExportDialog(ctx, contact_ids=[bo.id])
    qtbot.addWidget(dialog)
    assert dialog.scope_buttons["selection"].isChecked()
    assert not dialog.scope_buttons["filter"].isEnabled()
    for i in range(dialog.columns.count()):
        if dialog.columns.item(i).data(Qt.ItemDataRole.UserRole) not in ("First Name", "Phone"):
            dialog.columns.item(i).setCheckState(dialog.columns.item(i).checkState().Unchecked)
    dialog.select(fmt="excel")
    out = tmp_path / "sel.csv"
    assert dialog.export_to(out) == 1
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    assert _rows(out, "utf-8-sig") == [["First Name", "Phone"], ["Bo", ""]]


def test_filter_scope_and_vcard(ctx, qtbot, tmp_path):
    ana, _bo = _people()
    dialog = ExportDialog(ctx, filtered_ids=[ana.id])
    qtbot.addWidget(dialog)
    dialog.select(fmt="vcard4", scope="filter")
    assert not dialog.columns.parentWidget().isEnabled()
    out = tmp_path / "f.vcf"
    assert dialog.export_to(out) == 1
    text = out.read_text(encoding="utf-8")
    assert "VERSION:4.0" in text and "FN:Ana Silva" in text and "Bo" not in text


def test_tables_are_csv_only(ctx, qtbot, tmp_path):
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.select(fmt="vcard3")
    dialog.select(what="palms")
    assert dialog.fmt() == "csv"
    assert not dialog.format_buttons["vcard3"].isEnabled()
    out = tmp_path / "palms.csv"
    count = dialog.export_to(out)
    if count is None:
        assert "not yet available" in dialog.note.text()
    else:
        assert out.exists() and _rows(out)[0]


def test_no_column_chosen(ctx, qtbot, tmp_path):
    _people()
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog._check_all(False)
    assert dialog.export_to(tmp_path / "x.csv") is None
    assert "at least one column" in dialog.note.text()


def _many(count):
    with database.atomic():
        Contact.insert_many([{"first_name": f"Person {i}", "last_name": "Many"} for i in range(count)]).execute()


def test_export_runs_off_the_gui_thread_with_progress(ctx, qtbot, tmp_path):
    _many(2500)
    dialog = ExportDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    seen, writers = [], set()

    def on_value(value):
        seen.append((value, dialog.bar.maximum(), dialog.cancel_button.isVisible()))
        if dialog.job is not None and not writers:  # the job exists, about to start: see who reports
            dialog.job.progress.connect(lambda done, total: writers.add(threading.get_ident()))

    dialog.bar.valueChanged.connect(on_value)
    out = tmp_path / "many.csv"
    assert dialog.export_to(out) == 2500
    # The file was written by another thread, and its progress reached the window (whose event
    # loop kept running) with Cancel showing; afterwards the buttons are back.
    assert writers and threading.get_ident() not in writers
    assert (2000, 2500, True) in seen
    assert not dialog.bar.isVisible() and not dialog.cancel_button.isVisible()
    assert dialog.export_button.isVisible() and dialog.close_button.isEnabled()
    assert len(_rows(out)) == 2501


def test_cancel_leaves_no_file(ctx, qtbot, tmp_path):
    _many(2500)
    out = tmp_path / "cancelled.csv"
    out.write_text("what was there before", encoding="utf-8")
    for fmt in ("csv", "vcard4"):
        dialog = ExportDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.select(fmt=fmt)
        dialog.bar.valueChanged.connect(lambda _value, d=dialog: d.reject())  # Escape while it runs
        assert dialog.export_to(out) is None
        assert "cancelled" in dialog.note.text()
        assert dialog.isVisible()  # Escape cancelled the export, not the dialog
        assert out.read_text(encoding="utf-8") == "what was there before"
        assert not list(tmp_path.glob("*.partial"))
