"""The Chapter screen while the chapter server is away, on the real throwaway cluster stopped and
started with pg_ctl: the traffic lights stay readable (the table scrolls, a row is selected with the
keyboard, Ctrl+C copies it), saving the agenda is refused with the one sentence and keeps the rows as
edited, the writing buttons are off while it is away, and when it is back the edits are still there
(not replaced by the re-read) and are saved."""

from __future__ import annotations

import datetime as dt

import lost_server as lost
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from totalnet_desktop.core.chapter import agenda, chapters
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.session import open_session


def _chapter_of(members: int) -> int:
    ch = chapters.create_chapter("Dubai Achievers", start_time="07:00", weekday=dt.date.today().weekday())
    first = None
    for n in range(members):
        member = chapters.add_member(ch.id, name=f"Member{n:02d} Haddad", company=f"Firm {n:02d}",
                                     classification=f"Trade {n:02d}")
        first = first or member
    prefs.set("me_contact_id", first.contact_id)
    return ch.id


def _button(tab, text: str) -> QPushButton:
    return next(b for b in tab.findChildren(QPushButton) if b.text() == text)


@pytest.mark.postgres_only
def test_the_chapter_screen_stays_readable_refuses_saving_keeps_the_edits_and_saves_when_back(
        empty_server, data_dir, pg_cluster, qapp, qtbot):
    session = open_session(data_dir, database=empty_server)
    chapter_id = _chapter_of(40)
    window = lost.open_window(session, qtbot)
    try:
        view = window.show_screen("chapter")
        lights = view.lights
        qtbot.waitUntil(lambda: lights.table.rowCount() == 40, timeout=lost.WAIT_MS)
        view.tabs.setCurrentWidget(view.agenda)
        tab = view.agenda
        qtbot.waitUntil(lambda: tab.table.rowCount() > 3, timeout=lost.WAIT_MS)
        tab.table.item(0, 0).setText("Open networking with coffee")  # typed into the agenda's first row
        save = _button(tab, "&Save agenda")
        with qtbot.capture_exceptions() as raised:
            lost.stop(pg_cluster)
            save.click()  # before the window has noticed: refused in one sentence, the rows as edited
            assert lost.REFUSED in tab.message.text()
            assert tab.table.item(0, 0).text() == "Open networking with coffee"
            lost.noticed(window, qtbot)
            assert not save.isEnabled() and lost.HELD in save.toolTip()
            assert not lights.edit_button.isEnabled()
            assert tab.table.item(0, 0).text() == "Open networking with coffee"
            # The traffic lights: readable.
            view.tabs.setCurrentWidget(lights)
            assert lights.table.rowCount() == 40 and lost.scrolls(lights.table)
            lights.table.setFocus()
            lights.table.setCurrentCell(0, 0)
            qtbot.keyClick(lights.table, Qt.Key.Key_Down)
            assert lights.table.currentRow() == 1
            assert lost.copied(lights.table, qtbot) == lights.table.item(1, 0).text() != ""
            view.tabs.setCurrentWidget(tab)
        lost.only_lost_errors(window, raised)
        lost.back(window, pg_cluster, qtbot)
        qtbot.wait(300)  # the screens' re-read after the server came back
        assert save.isEnabled() and lost.HELD not in save.toolTip()
        assert tab.table.item(0, 0).text() == "Open networking with coffee"  # not replaced by the re-read
        save.click()
        assert agenda.load_agenda(chapter_id)[0].title == "Open networking with coffee"
    finally:
        window.server_link.stop()
