"""File > Import history...: import chosen files, then review people (link, create, ignore) on real widgets."""

from __future__ import annotations

from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store.models import HistoryIgnored, Interaction
from totalnet_desktop.core.store.records import ContactRecord, PointRecord
from totalnet_desktop.views.exchange.history_dialog import HistoryDialog

GROUP = """[15/02/2024, 07:01:00] Omar Haddad: Good morning
[15/02/2024, 07:02:00] \u202a+971 55 765 4321\u202c: Who is presenting?
[15/02/2024, 07:03:00] \u202a+971 55 765 4321\u202c: ?
[16/02/2024, 07:04:00] Zoë Dubois: me
[16/02/2024, 07:05:00] Sam Lee: great
[17/02/2024, 07:05:00] Sam Lee: ok
"""


def test_import_then_link_create_and_ignore(ctx, qtbot, tmp_path):
    omar = contacts.create(ContactRecord(id=None, first_name="Omar", last_name="Haddad",
                                         points=(PointRecord("email", "omar@example.com"),)), undoable=False)
    layla = contacts.create(ContactRecord(id=None, first_name="Layla", last_name="Al Mansouri"), undoable=False)
    chat = tmp_path / "WhatsApp Chat with Chapter.txt"
    chat.write_text(GROUP, encoding="utf-8")
    dialog = HistoryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.import_button.isEnabled()
    dialog.set_paths([str(chat)])
    result = dialog.run_import(me=["Sam Lee"])
    assert "1 new touch with contacts, 2 touches waiting for review (2 persons)" in dialog.report.toPlainText()
    assert result.batch_ids and Interaction.select().where(Interaction.contact == omar).count() == 1
    table = dialog.review.table
    # The most contact first: the number wrote twice, Zoë once.
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["+971 55 765 4321", "Zoë Dubois"]
    assert [table.item(r, 2).text() for r in range(table.rowCount())] == ["2", "1"]
    dialog.review.link_selected(layla)  # the first row is selected
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == ["Zoë Dubois"]
    assert contacts.get(layla).points[0].value == "+971 55 765 4321"
    qtbot.mouseClick(dialog.review.ignore_button, qtbot_button())
    assert table.rowCount() == 0 and HistoryIgnored.select().count() == 1
    assert not dialog.review.link_button.isEnabled()
    assert "nobody is waiting" in dialog.review.title.text()
    dialog.grab().save(str(tmp_path / "history_dialog.png"))


def test_create_contact_from_the_review_list(ctx, qtbot, tmp_path):
    chat = tmp_path / "WhatsApp Chat with Zoë Dubois.txt"
    chat.write_text("[16/02/2024, 07:04:00] Zoë Dubois: salut\n[16/02/2024, 07:05:00] Sam Lee: hi\n",
                    encoding="utf-8")
    dialog = HistoryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_paths([str(chat)])
    dialog.run_import()  # the chat's title tells who the other person is, so who I am needs no answer
    qtbot.mouseClick(dialog.review.create_button, qtbot_button())
    [zoe] = [c for c in contacts.names(range(1, 10)).items()]
    assert zoe[1] == "Zoë Dubois"
    assert Interaction.get(Interaction.contact == zoe[0]).direction == "both"


def qtbot_button():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


def test_questions_of_every_file_are_asked_then_all_files_read_again(ctx, qtbot, tmp_path, monkeypatch):
    (tmp_path / "chat1.txt").write_text("1/13/24, 8:05 AM - A: x\n1/13/24, 8:06 AM - B: y\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("03/04/2024, 10:00 - C: a\n04/05/2024, 10:00 - C: b\n", encoding="utf-8")
    dialog = HistoryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_paths([str(tmp_path / "chat1.txt"), str(tmp_path / "b.txt")])
    asked = []

    def answer(question):
        asked.append(question.question)
        return {"me": ["B"]} if question.question == "me" else {"date_order": "dmy"}

    monkeypatch.setattr(dialog, "ask", answer)
    result = dialog.run_import()
    assert asked == ["me", "date_order"] and not result.failed
    assert "Read 2 files" in dialog.report.toPlainText()


def test_preferences_say_whether_group_touches_keep_in_touch(ctx, qtbot):
    from totalnet_desktop.core.followups.rules import GROUP_RESETS_CADENCE_KEY
    from totalnet_desktop.core.store import prefs
    from totalnet_desktop.views.shell.preferences import PreferencesDialog

    dialog = PreferencesDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.group_touches.isChecked()
    dialog.group_touches.click()
    assert prefs.get(GROUP_RESETS_CADENCE_KEY) is True


def test_cancel_leaves_nothing_behind(ctx, qtbot, tmp_path):
    from PySide6.QtCore import QTimer

    from totalnet_desktop.core.store.models import HistoryImport, HistoryPerson

    chat = tmp_path / "WhatsApp Chat with Zoë Dubois.txt"
    chat.write_text("".join(f"[16/02/2024, 07:04:00] Zoë Dubois: line {i}\n" for i in range(70_000)), encoding="utf-8")
    dialog = HistoryDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.set_paths([str(chat)])
    QTimer.singleShot(0, dialog.cancel_job)  # Cancel as soon as the job runs
    result = dialog.run_import(me=["Sam Lee"])
    assert not result.files and dialog.report.toPlainText() == "The import was cancelled; nothing was changed."
    assert HistoryImport.select().count() == HistoryPerson.select().count() == 0
    assert dialog.import_button.isEnabled() and not dialog.cancel_button.isVisible()


def test_chosen_files_sit_on_the_reading_side_in_arabic(ctx, qtbot, tmp_path):
    from totalnet_desktop import i18n

    i18n.install("ar")
    try:
        dialog = HistoryDialog(ctx)
        qtbot.addWidget(dialog)
        dialog.set_paths([str(tmp_path / "chat.txt"), str(tmp_path / "b.zip")])
        lines = dialog.files_label.text().split("\n")
    finally:
        i18n.install("en")
    # each path kept whole (an isolate) on a line that reads right to left (so it sits on the right)
    assert lines == [f"\u200f\u2068{tmp_path / 'chat.txt'}\u2069", f"\u200f\u2068{tmp_path / 'b.zip'}\u2069"]
