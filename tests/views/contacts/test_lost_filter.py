"""The Contacts search box while the chapter server is away: the rows already read are filtered on the
spot (the search's word-prefix rule, accents and case ignored); the full search runs again when the
server is back. The server is a real throwaway cluster, stopped and started with pg_ctl."""

from __future__ import annotations

import pytest

from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.contacts.search import query_terms
from totalnet_desktop.core.store.records import ContactRecord
from totalnet_desktop.core.store.session import open_session
from totalnet_desktop.qtmodels.contacts_model import loaded_row_matches
from totalnet_desktop.views.shell.context import AppContext
from totalnet_desktop.views.shell.main_window import MainWindow

WAIT_MS = 15000  # a bound for a busy machine, not a speed claim


def _row(name: str, company: str = "", profession: str = "", tags: str = "") -> tuple[str, ...]:
    return (name, company, profession, "", "", "", "", tags)


@pytest.mark.parametrize(("typed", "found"), [
    ("oma", True), ("OMAR khal", True), ("ömar", True), ("gulf", True), ("print", True), ("vip", True),
    ("mar", False), ("omar zz", False), ("khalil omar", True), ("", True), ("050", False)])
def test_a_loaded_row_matches_every_typed_word_as_a_word_prefix(typed, found):
    row = _row("Omar Khalil", company="Gulf Print", profession="Designer", tags="VIP, Dubai")
    assert loaded_row_matches(query_terms(typed), row) is found


def test_accents_on_the_row_are_folded_too():
    assert loaded_row_matches(query_terms("zoe cafe"), _row("Zoë Müller", company="Café Noir"))


@pytest.mark.postgres_only
def test_typing_while_the_server_is_away_filters_what_is_on_screen_then_searches_when_back(
        empty_server, data_dir, pg_cluster, qapp, qtbot):
    window = MainWindow(AppContext(open_session(data_dir, database=empty_server)))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    try:
        for first, last, company in (("Omar", "Khalil", "Gulf Print"), ("Rania", "Haddad", "Omar Trading"),
                                     ("Zoë", "Müller", "Café Noir"), ("Sami", "Nasser", "")):
            contacts.create(ContactRecord(id=None, first_name=first, last_name=last, company=company),
                            undoable=False)
        window.ctx.bus.changed.emit("all")
        screen = window.show_screen("contacts")
        model = screen.model
        qtbot.waitUntil(lambda: model.rowCount() == 4 and all(model.data(model.index(r, 0)) for r in range(4)), timeout=WAIT_MS)
        with qtbot.capture_exceptions():
            pg_cluster.pause()
            qtbot.waitUntil(window.server_link.banner.isVisible, timeout=WAIT_MS)
        names = lambda: sorted(str(model.data(model.index(r, 0))) for r in range(model.rowCount()))
        try:
            screen.search.setText("oma")
            qtbot.waitUntil(lambda: not screen.search_timer.isActive() and model.rowCount() == 2, timeout=WAIT_MS)
            assert names() == ["Omar Khalil", "Rania Haddad"]  # the name, and a company's word
            assert screen.count_label.text() == "2 found on screen; full search when the server is back"
            screen.search.setText("ZOE caf")  # case and accents ignored; the earlier filter does not narrow it
            qtbot.waitUntil(lambda: not screen.search_timer.isActive() and names() == ["Zoë Müller"],
                            timeout=WAIT_MS)
            screen.search.setText("nobody")
            qtbot.waitUntil(lambda: not screen.search_timer.isActive() and model.rowCount() == 0, timeout=WAIT_MS)
            assert screen.count_label.text().startswith("0 found on screen")
            screen.search.setText("sam")
            qtbot.waitUntil(lambda: not screen.search_timer.isActive() and names() == ["Sami Nasser"],
                            timeout=WAIT_MS)
        finally:
            pg_cluster.resume()
        qtbot.waitUntil(lambda: not window.server_link.banner.isVisible(), timeout=WAIT_MS)
        # Back: the real search again with the typed text (it sees what another desk added meanwhile).
        contacts.create(ContactRecord(id=None, first_name="Samira", last_name="Aziz"), undoable=False)
        window.ctx.bus.changed.emit("contacts")
        qtbot.waitUntil(lambda: names() == ["Sami Nasser", "Samira Aziz"], timeout=WAIT_MS)
        assert "found on screen" not in screen.count_label.text()
        assert not model.filtering_loaded()
    finally:
        window.server_link.stop()
