"""Where nothing may be written, the ways in that would write are not offered: the welcome page's Load
a sample chapter and Import contacts... are off with the read-only sentence (a copy opened with File >
Open a copy read-only..., and the shipped reports login on the throwaway cluster), the who-am-I
question is not asked of a login that could not keep the answer, and My card's "This is me" is off."""

from __future__ import annotations

import datetime as dt

import pytest
import roles_server
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from totalnet_desktop.core.store import copy as copy_mod
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import overview
from totalnet_desktop.core.store.session import open_session
from totalnet_desktop.views.contacts.my_card_dialog import MyCardDialog
from totalnet_desktop.views.shell.context import AppContext
from totalnet_desktop.views.shell.main_window import MainWindow


def _window(session, qtbot, ask: bool = False) -> MainWindow:
    window = MainWindow(AppContext(session, ask_who_i_am=ask))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _no_dialog_left(qtbot) -> list[str]:
    """Close any modal after a while (a question asked by mistake ends the test instead of hanging it)."""
    seen: list[str] = []

    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                seen.append(type(widget).__name__)
                widget.reject()
    QTimer.singleShot(3000, close)
    return seen


def _check_welcome(window, login: str) -> None:
    sentence = f"This login can read only: {login}"
    assert window.stack.currentWidget() is window.welcome
    for key in ("sample", "import"):
        button = window.welcome.buttons[key]
        assert not button.isEnabled() and button.toolTip() == sentence, key
    assert window.welcome.buttons["chapter"].isEnabled()  # it only shows Meeting day (whose set-up is off)


def _check_my_card(window, qtbot, login: str) -> None:
    dialog = MyCardDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(20)
    assert dialog.chooser.isVisible()  # nobody is "me" on this database
    for button in (dialog.use_button, dialog.create_button):
        assert not button.isEnabled() and button.toolTip() == f"This login can read only: {login}"
    dialog.reject()


def test_an_empty_copy_offers_no_sample_and_no_import(data_dir, tmp_path, qapp, qtbot):
    session = open_session(data_dir)
    assert overview.is_empty()
    copy = tmp_path / "copies" / "empty.sqlite3"
    copy.parent.mkdir()
    db_mod.close_database()
    copy_mod.copy_database(session.server or session.db_path, copy)
    window = _window(open_session(data_dir), qtbot)
    try:
        assert window.welcome.buttons["sample"].isEnabled()
        assert window.server_link.open_copy(copy, dt.datetime(2026, 3, 10, 18, 30))
        _check_welcome(window, "empty.sqlite3")
        _check_my_card(window, qtbot, "empty.sqlite3")
        window.retranslate()  # the welcome page is built anew: held off again
        _check_welcome(window, "empty.sqlite3")
        window.server_link.copy_banner.personal_button.click()
        assert all(window.welcome.buttons[k].isEnabled() for k in ("sample", "import", "chapter"))
        assert window.welcome.buttons["sample"].toolTip() == "Explore with an invented chapter and its contacts."
    finally:
        window.server_link.stop()


@pytest.mark.postgres_only
def test_the_reports_login_is_offered_no_sample_no_import_and_not_asked_who_it_is(pg_cluster, data_dir, qapp,
                                                                                 qtbot):
    servers = roles_server.create(pg_cluster)
    window = None
    try:
        db_mod.open_server(servers["layla"])  # leadership creates the tables; nobody has loaded anything
        db_mod.close_database()
        roles_server.grant(pg_cluster)
        seen = _no_dialog_left(qtbot)
        window = _window(open_session(data_dir, database=servers["director"]), qtbot, ask=True)
        qtbot.wait(200)  # the question would be asked once the window is on screen
        assert seen == [] and not window.server_link.ask_who_i_am()
        _check_welcome(window, "director")
        _check_my_card(window, qtbot, "director")
        # The screens the window builds in the background, built before the logins are removed (150 ms
        # apart each, main_window.PREBUILD_GAP_MS).
        qtbot.waitUntil(lambda: len(window.screens) == 5, timeout=10000)
        qtbot.wait(1500)
    finally:
        if window is not None:
            window.server_link.stop()
        db_mod.close_database()
        roles_server.remove(pg_cluster)
