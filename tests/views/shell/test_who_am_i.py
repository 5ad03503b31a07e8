"""Who are you? at the first connection of a login to a chapter server, with real widgets and two real
logins on the throwaway cluster: Alice finds herself on the roster by typing, Bob is not on it and makes
his own card (which Alice cannot see), "Not now" leaves the question for the next connection, and a
login that has answered is not asked again. On an SQLite file nothing is asked."""

from __future__ import annotations

import pytest
from pglogins import login, raw
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from totalnet_desktop.core.chapter import chapters, whoami
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import identity
from totalnet_desktop.core.store.session import open_session
from totalnet_desktop.views.shell.context import AppContext
from totalnet_desktop.views.shell.main_window import MainWindow
from totalnet_desktop.views.shell.who_am_i_dialog import WhoAmIDialog

psycopg = pytest.importorskip("psycopg", reason="the PostgreSQL driver is the optional [postgres] extra")

WAIT_MS = 15000  # a bound for a busy machine, not a speed claim


@pytest.fixture
def roster_and_logins(pg_cluster, empty_server):
    db_mod.open_server(empty_server)
    chapter = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    ids = {name: chapters.add_member(chapter.id, name=name, classification=what).contact_id
           for name, what in (("Maya Member", "Printing"), ("Mark Stone", "Plumbing"), ("Rami Saad", "Law"))}
    db_mod.close_database()
    return ids, login(pg_cluster, empty_server, "alice"), login(pg_cluster, empty_server, "bob")


_current: list[object] = [None]  # the running test's token: pollers of an ended test stop


@pytest.fixture(autouse=True)
def _stop_polling():
    _current[0] = object()
    yield
    _current[0] = None  # a poller left waiting must not answer the next test's question


def _when_asked(act) -> list[WhoAmIDialog]:
    """Run ``act(dialog)`` once the question is on screen (inside its exec); the dialogs seen."""
    seen: list[WhoAmIDialog] = []
    token = _current[0]

    def poll() -> None:
        if token is not _current[0]:
            return
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WhoAmIDialog) or not dialog.isVisible():
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        try:
            act(dialog)
        except BaseException:
            dialog.reject()
            raise
    QTimer.singleShot(0, poll)
    return seen


def _open(url: str, data_dir, qtbot) -> MainWindow:
    window = MainWindow(AppContext(open_session(data_dir, database=url), ask_who_i_am=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _close(window: MainWindow) -> None:
    window.server_link.stop()
    window.close()
    db_mod.close_database()


def _names(dialog: WhoAmIDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


@pytest.mark.postgres_only
def test_each_login_is_asked_once_and_the_answer_is_theirs(roster_and_logins, data_dir, qtbot):
    ids, alice, bob = roster_and_logins
    lists: dict[str, list[str]] = {}

    def find_maya(dialog: WhoAmIDialog) -> None:
        lists["all"] = _names(dialog)
        qtbot.keyClicks(dialog.filter, "ma pr")  # words begin a name or a classification
        lists["typed"] = _names(dialog)
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    seen = _when_asked(find_maya)
    window = _open(alice, data_dir, qtbot)
    qtbot.waitUntil(lambda: identity.me_id() == ids["Maya Member"], timeout=WAIT_MS)
    assert len(seen) == 1 and identity.who() == "alice"
    assert lists["all"] == ["Mark Stone — Plumbing", "Maya Member — Printing", "Rami Saad — Law"]
    assert lists["typed"] == ["Maya Member — Printing"]
    _close(window)

    # Bob is not on the roster: his own card, private to his login.
    def make_card(dialog: WhoAmIDialog) -> None:
        qtbot.keyClicks(dialog.filter, "bob")
        assert dialog.list.count() == 0 and not dialog.this_is_me.isEnabled() and dialog.none_found.isVisible()
        qtbot.mouseClick(dialog.not_listed, Qt.MouseButton.LeftButton)
        assert dialog.pages.currentIndex() == 1 and not dialog.make_card_button.isEnabled()
        qtbot.keyClicks(dialog.name, "Bob Director")
        qtbot.keyClicks(dialog.company, "Region Office")
        qtbot.keyClick(dialog.company, Qt.Key.Key_Return)

    seen = _when_asked(make_card)
    window = _open(bob, data_dir, qtbot)
    qtbot.waitUntil(lambda: identity.me_id() is not None, timeout=WAIT_MS)
    card = identity.me_id()
    assert card not in ids.values() and contacts.get(card).company == "Region Office"
    assert contacts.names([card])[card] == "Bob Director" and len(seen) == 1
    _close(window)
    assert raw(alice, "SELECT count(*) FROM contact WHERE id = %s", (card,)) == [(0,)]

    # Alice again: remembered for her login, not asked; her "me" is still Maya.
    seen = _when_asked(lambda dialog: dialog.reject())
    window = _open(alice, data_dir, qtbot)
    qtbot.wait(300)
    assert seen == [] and identity.me_id() == ids["Maya Member"] and not whoami.needs_asking()
    _close(window)


@pytest.mark.postgres_only
def test_not_now_asks_again_at_the_next_connection(roster_and_logins, data_dir, qtbot):
    ids, alice, _bob = roster_and_logins
    seen = _when_asked(lambda dialog: qtbot.keyClick(dialog.filter, Qt.Key.Key_Escape))
    window = _open(alice, data_dir, qtbot)
    qtbot.waitUntil(lambda: bool(seen) and QApplication.activeModalWidget() is None, timeout=WAIT_MS)
    assert identity.me_id() is None and whoami.needs_asking()
    _close(window)

    def take_rami(dialog: WhoAmIDialog) -> None:  # down from the search box to the third member
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.mouseClick(dialog.this_is_me, Qt.MouseButton.LeftButton)

    seen = _when_asked(take_rami)
    window = _open(alice, data_dir, qtbot)
    qtbot.waitUntil(lambda: identity.me_id() == ids["Rami Saad"], timeout=WAIT_MS)
    _close(window)


@pytest.mark.sqlite_only
def test_an_sqlite_file_asks_nothing(session, qtbot):
    assert identity.me_id() is None and not whoami.needs_asking()
    seen = _when_asked(lambda dialog: dialog.reject())
    window = MainWindow(AppContext(session, ask_who_i_am=True))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(300)
    assert seen == [] and not window.server_link.ask_who_i_am()
    window.close()


@pytest.mark.postgres_only
def test_a_member_another_login_chose_is_left_out_and_refused(roster_and_logins, data_dir, qtbot):
    from totalnet_desktop.views.shell.preferences import PreferencesDialog

    ids, alice, bob = roster_and_logins
    open_session(data_dir, database=alice)
    whoami.choose(ids["Maya Member"])
    db_mod.close_database()
    ctx = AppContext(open_session(data_dir, database=bob))
    dialog = WhoAmIDialog("chapter server")
    qtbot.addWidget(dialog)
    assert _names(dialog) == ["Mark Stone — Plumbing", "Rami Saad — Law"]  # Maya is Alice's
    preferences = PreferencesDialog(ctx)
    qtbot.addWidget(preferences)
    preferences.me.search("maya")
    preferences.me.activated.emit(0)  # Bob picks Maya in Preferences > I am
    assert preferences.me_note.text() == (
        "Maya Member is already 'me' for the login alice; ask your chapter's leadership if that is wrong.")
    assert identity.me_id() is None and preferences.me.contact_id() is None
    assert preferences.me.count() == 0 and preferences.me.currentText() == ""  # Maya is not left offered
    preferences.me.search("rami")
    preferences.me.activated.emit(0)
    assert identity.me_id() == ids["Rami Saad"]
    db_mod.close_database()


def _take_meanwhile(url: str, contact_id: int) -> None:
    """Another login chooses ``contact_id`` as their "me" outside this app, while the dialog is open."""
    login_name = url.split("//", 1)[1].split("@", 1)[0]
    raw(url, "INSERT INTO setting (key, value) VALUES (%s, %s)", (f"me_contact_id@{login_name}", str(contact_id)))


@pytest.mark.postgres_only
def test_after_a_refusal_the_list_is_read_again(roster_and_logins, data_dir, qtbot):
    ids, alice, bob = roster_and_logins
    open_session(data_dir, database=bob)
    dialog = WhoAmIDialog("chapter server")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.filter, "ma")
    assert _names(dialog) == ["Mark Stone — Plumbing", "Maya Member — Printing"]
    _take_meanwhile(alice, ids["Maya Member"])  # Alice takes Maya between the listing and Bob's click
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.list.currentItem().text() == "Maya Member — Printing"
    qtbot.mouseClick(dialog.this_is_me, Qt.MouseButton.LeftButton)

    assert dialog.isVisible() and identity.me_id() is None
    assert dialog.error.isVisible() and dialog.error.text() == (
        "Maya Member is already 'me' for the login alice; ask your chapter's leadership if that is wrong.")
    assert _names(dialog) == ["Mark Stone — Plumbing"]  # Maya is Alice's now: gone from Bob's list
    assert dialog.filter.text() == "ma"  # what Bob typed stays
    qtbot.waitUntil(lambda: dialog.list.hasFocus(), timeout=WAIT_MS)  # back in the list, to choose again
    # Nothing is taken by a second Enter: Bob chooses on purpose (Down goes to the first member).
    assert dialog.list.currentItem() is None and not dialog.this_is_me.isEnabled()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
    assert dialog.list.currentItem().text() == "Mark Stone — Plumbing" and dialog.this_is_me.isEnabled()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)
    assert not dialog.isVisible() and identity.me_id() == ids["Mark Stone"] == dialog.chosen
    db_mod.close_database()


@pytest.mark.postgres_only
def test_a_refusal_reads_every_choice_made_meanwhile(roster_and_logins, pg_cluster, empty_server, data_dir, qtbot):
    ids, alice, bob = roster_and_logins
    carol = login(pg_cluster, empty_server, "carol")
    open_session(data_dir, database=bob)
    dialog = WhoAmIDialog("chapter server")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.filter, "rami")
    _take_meanwhile(alice, ids["Rami Saad"])
    _take_meanwhile(carol, ids["Mark Stone"])
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)  # Enter takes the one match: Alice has him now
    assert dialog.error.text() == (
        "Rami Saad is already 'me' for the login alice; ask your chapter's leadership if that is wrong.")
    assert dialog.filter.text() == "rami" and _names(dialog) == [] and identity.me_id() is None
    # Nothing under the list claims that nobody on the roster is called Rami: the refusal says whose he is.
    assert dialog.none_found.isHidden() and dialog.error.isVisible()
    dialog.filter.clear()
    assert _names(dialog) == ["Maya Member — Printing"]  # Carol's Mark is gone too
    qtbot.keyClicks(dialog.filter, "mark")  # found, but Carol's: said under the list, not "nobody"
    assert _names(dialog) == [] and dialog.none_found.isVisible() and dialog.none_found.text() == (
        "Mark Stone is already 'me' for the login carol; ask your chapter's leadership if that is wrong.")
    _take_meanwhile(login(pg_cluster, empty_server, "dina"), ids["Maya Member"])  # the last one too
    dialog.filter.clear()
    dialog.reread_roster()
    assert _names(dialog) == [] and dialog.none_found.text() == (
        "Every member on the roster is already 'me' for another login. If you are not a member, make your own "
        "card: I'm not on the roster...")
    db_mod.close_database()
