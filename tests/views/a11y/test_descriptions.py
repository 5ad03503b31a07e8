"""Where a name is not enough, a screen reader hears more, through Qt's accessibility layer (what a
screen reader really reads): the check-in box explains itself, a roster row says who, their status and
time ("Layla Haddad, Present, 07:02"), a follow-up says who, why and when, and a chart card gives its
numbers as text. In English and in Arabic."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from totalnet_desktop import i18n
from totalnet_desktop.core.demo import loader as demo


@pytest.fixture(params=["en", "ar"])
def window(request, session, ctx, qtbot):
    demo.generate()
    i18n.install(request.param)
    from totalnet_desktop.views.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1440, 900)
    window.show()
    qtbot.waitExposed(window)
    yield window
    i18n.install("en")


def _heard(widget, what=QAccessible.Text.Name) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(what)


def _cell_heard(view, row: int, column: int = 0) -> str:
    """What the table's accessible interface gives for the cell under that row's place on screen."""
    view.scrollTo(view.model().index(row, column))
    centre = view.viewport().mapToGlobal(view.visualRect(view.model().index(row, column)).center())
    cell = QAccessible.queryAccessibleInterface(view).childAt(centre.x(), centre.y())
    assert cell is not None and cell.rect().contains(centre)
    return _plain(cell.text(QAccessible.Text.Name))


def _plain(text: str) -> str:
    """Without the direction isolates that keep a Latin name whole inside an Arabic sentence."""
    return text.replace("\u2068", "").replace("\u2069", "")


def _arabic(text: str) -> bool:
    return any("\u0600" <= ch <= "\u06ff" for ch in text)


def test_the_check_in_box_describes_itself(window, qtbot):
    screen = window.show_screen("meeting")
    description = _heard(screen.box, QAccessible.Text.Description)
    assert len(description) > 40 and _heard(screen.box)
    assert _arabic(description) == (i18n.language() == "ar")


def test_a_roster_row_says_who_status_and_time(window, qtbot):
    screen = window.show_screen("meeting")
    model = screen.table.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=3000)
    screen.box.setText(model.data(model.index(0, 0)).split()[0])
    qtbot.keyClick(screen.box, Qt.Key.Key_Return)  # checks the first match in: Present or Late, now
    qtbot.waitUntil(lambda: any(model.row_at(r).checked_in_at for r in range(model.rowCount())), timeout=3000)
    row = next(r for r in range(model.rowCount()) if model.row_at(r).checked_in_at)
    heard = _cell_heard(screen.table, row)
    record = model.row_at(row)
    name, status, time = heard.split(", " if i18n.language() == "en" else "، ")  # the language's comma
    assert name == record.name and status == model.data(model.index(row, 3))
    assert time == i18n.time_text(record.checked_in_at)
    assert re.fullmatch(r"\d\d:\d\d", time) or i18n.language() == "ar"


def test_a_follow_up_says_who_why_and_when(window, qtbot):
    screen = window.show_screen("followups")
    view = screen.table if hasattr(screen, "table") else screen.queue
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount() > 1, timeout=3000)
    from totalnet_desktop.core.followups import reasons
    from totalnet_desktop.qtmodels.followups_model import RecordRole, due_text

    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0), RecordRole) is not None)
    item = model.data(model.index(row, 0), RecordRole)
    heard = _cell_heard(view, row)
    comma = ", " if i18n.language() == "en" else "، "
    assert heard == comma.join([item.contact_name, _plain(i18n.tr_core(item.reason, reasons.CONTEXT)),
                                _plain(due_text(item.due, model._today))])
    assert heard != model.data(model.index(row, 0))  # more than what the cell shows


def test_a_chart_card_gives_its_numbers_as_text(window, qtbot):
    screen = window.show_screen("insights")
    qtbot.waitUntil(lambda: bool(screen.cards) and all(c.save_button.isEnabled() for c in screen.cards.values()),
                    timeout=10000)
    for card in screen.cards.values():
        numbers = card.numbers.text()
        description = _heard(card.chart_views[0], QAccessible.Text.Description)
        assert description and re.search(r"[0-9\u0660-\u0669]", description), card.title
        assert _heard(card.chart_views[0]) == card.title
        # The same figures the card shows beside its chart, as plain text.
        shown = re.sub(r"<[^>]+>|&#?\w+;", " ", numbers)
        assert set(re.findall(r"[0-9\u0660-\u0669]+", shown)) <= set(re.findall(r"[0-9\u0660-\u0669]+", description))
