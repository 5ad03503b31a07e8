"""Meeting day while the chapter server is away, on the real throwaway cluster stopped and started with
pg_ctl: the roster stays readable (it scrolls, a row is selected with the keyboard, Ctrl+C copies it),
every check-in is refused with the one sentence and keeps what was typed in the box (a visitor's name
is not typed twice), and check-in works again when the server is back."""

from __future__ import annotations

import datetime as dt

import lost_server as lost
import pytest
from PySide6.QtCore import Qt

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.models import Attendance, Contact
from totalnet_desktop.core.store.session import open_session

ENTER = Qt.Key.Key_Return


def _chapter_of(members: int) -> None:
    now = dt.datetime.now()
    start = min(now + dt.timedelta(hours=1), now.replace(hour=23, minute=59))  # a check-in now is Present
    ch = chapters.create_chapter("Dubai Achievers", start_time=start.strftime("%H:%M"), weekday=now.weekday())
    first = None
    for n in range(members):
        member = chapters.add_member(ch.id, name=f"Member{n:02d} Haddad", company=f"Firm {n:02d}",
                                     classification=f"Trade {n:02d}")
        first = first or member
    prefs.set("me_contact_id", first.contact_id)


@pytest.mark.postgres_only
def test_meeting_day_stays_readable_refuses_check_ins_keeps_the_typing_and_works_when_back(
        empty_server, data_dir, pg_cluster, qapp, qtbot):
    session = open_session(data_dir, database=empty_server)
    _chapter_of(40)
    window = lost.open_window(session, qtbot)
    try:
        view = window.show_screen("meeting")
        qtbot.waitUntil(lambda: view.model.rowCount() == 40, timeout=lost.WAIT_MS)
        qtbot.keyClicks(view.box, "Nadia Rahman")
        assert view.model.index(0, 0).data() == 'Add visitor "Nadia Rahman"'
        with qtbot.capture_exceptions() as raised:
            lost.stop(pg_cluster)
            # Enter before the window has noticed: the store refuses, the name stays in the box.
            qtbot.keyClick(view.box, ENTER)
            assert lost.REFUSED in view.message.text()
            assert view.box.text() == "Nadia Rahman"
            lost.noticed(window, qtbot)
            # Noticed: the box and the slip buttons are off, with the sentence; the name is still there.
            assert not view.box.isEnabled() and view.box.text() == "Nadia Rahman"
            assert lost.HELD in view.box.toolTip()
            assert not any(b.isEnabled() for b in view.slip_bar.buttons.values())
            # Readable: scroll, select with the keyboard, copy.
            view.box.clear()  # (what the filter showed: the whole roster, to scroll through)
            qtbot.waitUntil(lambda: view.model.rowCount() == 40, timeout=lost.WAIT_MS)
            assert lost.scrolls(view.table)
            view.table.setFocus()
            view._highlight(0)
            qtbot.keyClick(view.table, Qt.Key.Key_Down)
            assert view.current_row().name == "Member01 Haddad"
            assert "Member01 Haddad" in lost.copied(view.table, qtbot)
            # A PALMS key on the selected row is refused the same way; nothing changes on screen.
            qtbot.keyClick(view.table, Qt.Key.Key_P)
            assert lost.REFUSED in view.message.text()
            assert view.current_row().status in ("", None)
            view.box.setText("Nadia Rahman")  # (typed before the loss, as at the start)
        lost.only_lost_errors(window, raised)
        lost.back(window, pg_cluster, qtbot)
        assert view.box.isEnabled() and view.box.text() == "Nadia Rahman"
        assert view.box.toolTip() == ""
        assert all(b.isEnabled() for b in view.slip_bar.buttons.values())
        qtbot.waitUntil(lambda: view.model.index(0, 0).data() == 'Add visitor "Nadia Rahman"', timeout=lost.WAIT_MS)
        qtbot.keyClick(view.box, ENTER)
        assert view.box.text() == ""
        nadia = Contact.get(Contact.first_name == "Nadia")
        assert Attendance.get(Attendance.contact == nadia).status == "Visitor"
        assert Attendance.select().count() == 1  # the refused P wrote nothing either
    finally:
        window.server_link.stop()
