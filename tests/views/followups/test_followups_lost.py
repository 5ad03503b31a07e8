"""Follow-ups while the chapter server is away, on the real throwaway cluster stopped and started with
pg_ctl: the queue stays readable (it scrolls, an item is selected with the keyboard, Ctrl+C copies
it), the filter keeps what was typed, an action on an item is refused with the one sentence and
changes nothing, the writing buttons (and the window's, Contacts' New contact among them) are off
while it is away and on again when it is back, when the queue works again."""

from __future__ import annotations

import datetime as dt

import lost_server as lost
import pytest
from modal_helpers import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox

from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.followups import queue
from totalnet_desktop.core.store.models import FollowUp
from totalnet_desktop.core.store.records import ContactRecord
from totalnet_desktop.core.store.session import open_session
from totalnet_desktop.views.shell.read_only_gate import SERVER_ACTIONS, WRITING_ACTIONS


def _queue_of(count: int) -> None:
    today = dt.date.today()
    for n in range(count):
        contact_id = contacts.create(ContactRecord(id=None, first_name=f"Member{n:02d}", last_name="Haddad"),
                                     undoable=False)
        queue.queue(contact_id, today - dt.timedelta(days=1), f"Call Member{n:02d} back")


@pytest.mark.postgres_only
def test_follow_ups_stay_readable_refuse_actions_and_work_when_back(empty_server, data_dir, pg_cluster, qapp,
                                                                    qtbot):
    session = open_session(data_dir, database=empty_server)
    _queue_of(40)
    window = lost.open_window(session, qtbot)
    try:
        view = window.show_screen("followups")
        qtbot.waitUntil(lambda: view.model.item_count() == 40, timeout=lost.WAIT_MS)
        new_button = window.show_screen("contacts").new_button
        window.show_screen("followups")
        view.filter.setText("Member")
        qtbot.waitUntil(lambda: view.selected_item() is not None, timeout=lost.WAIT_MS)
        view.table.setFocus()
        first = view.selected_item()
        said: list[str] = []
        with qtbot.capture_exceptions() as raised:
            lost.stop(pg_cluster)
            # X (dismiss) before the window has noticed: refused in one sentence, the item stays.
            on_next_modal(lambda box: (said.append(box.text()), box.accept()), QMessageBox)
            qtbot.keyClick(view.table, Qt.Key.Key_X)
            assert said and lost.REFUSED in said[0]
            assert view.selected_item() == first
            lost.noticed(window, qtbot)
            # Noticed: the buttons that write are off with the sentence (Contacts' New contact too),
            # the window's writing actions and those that need the server are off.
            for key in ("add", "done", "snooze", "reschedule", "dismiss", "undo"):
                assert not view.buttons[key].isEnabled(), key
                assert lost.HELD in view.buttons[key].toolTip(), key
            assert not new_button.isEnabled() and lost.HELD in new_button.toolTip()
            for name in WRITING_ACTIONS + SERVER_ACTIONS:
                assert not window.findChild(QAction, name).isEnabled(), name
            assert window.findChild(QAction, "action_find").isEnabled()  # reading stays
            # Readable: the filter keeps its text, the list scrolls, keys select, Ctrl+C copies.
            assert view.filter.text() == "Member"
            assert lost.scrolls(view.table)
            qtbot.keyClick(view.table, Qt.Key.Key_Down)
            second = view.selected_item()
            assert second is not None and second != first
            text = lost.copied(view.table, qtbot)
            assert text and (text in (second.contact_name, second.reason) or second.contact_name in text)
        lost.only_lost_errors(window, raised)
        lost.back(window, pg_cluster, qtbot)
        assert view.filter.text() == "Member"
        assert all(view.buttons[k].isEnabled() for k in ("add", "done", "snooze", "reschedule", "dismiss"))
        assert new_button.isEnabled() and lost.HELD not in new_button.toolTip()
        for name in WRITING_ACTIONS + SERVER_ACTIONS:
            assert window.findChild(QAction, name).isEnabled(), name
        assert FollowUp.select().where(FollowUp.status == "open").count() == 40  # the refused X changed nothing
        qtbot.waitUntil(lambda: view.selected_item() is not None, timeout=lost.WAIT_MS)
        qtbot.keyClick(view.table, Qt.Key.Key_X)  # works again
        assert FollowUp.select().where(FollowUp.status == "open").count() == 39
    finally:
        window.server_link.stop()
