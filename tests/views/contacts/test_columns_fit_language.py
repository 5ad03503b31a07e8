"""The Contacts list's Stage and date columns are as wide as the language writes them: an Arabic date
('16 أغسطس 2026') kept its year, a stretched heading ('Last contact ·····') its first letter."""

import datetime as dt
import os

import pytest
from people import add
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from totalnet_desktop import i18n
from totalnet_desktop.core.contacts import interactions


@pytest.fixture
def language(qapp, monkeypatch):
    def use(code: str, stretch: bool = False) -> None:
        if stretch:
            monkeypatch.setenv(i18n.STRETCH_ENV, "1")
        i18n.install(code)

    yield use
    os.environ.pop(i18n.STRETCH_ENV, None)
    i18n.install("en")


def cell_room(table, column: int) -> int:
    """The width a cell's text gets (the column less the item's text margins)."""
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    return table.columnWidth(column) - 2 * margin


@pytest.mark.parametrize("code", ["ar", "en"])
def test_dates_and_stage_are_not_cut(language, open_contacts, db, code):
    language(code)
    contact = add("Layla", "Haddad", stage="Partner")
    interactions.log_touch(contact, occurred_at=dt.date(2026, 8, 16), undoable=False)
    view = open_contacts()
    table, model = view.table, view.model
    row = model.row_of(contact)
    for column in (3, 5):
        text = model.data(model.index(row, column))
        assert text and table.fontMetrics().horizontalAdvance(text) <= cell_room(table, column), (column, text)


def test_stretched_headings_fit(language, open_contacts, db):
    language("en", stretch=True)
    add("Layla", "Haddad")
    view = open_contacts()
    table, header = view.table, view.table.horizontalHeader()
    for column in (3, 5, 6):
        title = table.model().headerData(column, Qt.Orientation.Horizontal)
        assert "·" in title or title.endswith(" ")
        assert header.fontMetrics().horizontalAdvance(title) < table.columnWidth(column) - 10, title


def test_narrow_window_still_hides_columns_before_cutting_the_name(language, open_contacts, db):
    from totalnet_desktop.views.contacts.table import MIN_WIDTHS

    language("ar")
    add("Layla", "Haddad")
    view = open_contacts()
    view.resize(620, 600)
    view.table.fit_columns()
    assert view.table.hidden_columns()
    assert view.table.columnWidth(0) >= MIN_WIDTHS[0]
