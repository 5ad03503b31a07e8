"""The roster's `Add visitor "TEXT"` entry speaks the member's language and needs no oblique letters
(the default fonts have no italic Arabic: an italic entry showed boxes)."""

import pytest
from PySide6.QtCore import Qt

from totalnet_desktop import i18n
from totalnet_desktop.qtmodels.roster_model import RosterModel
from totalnet_desktop.theme import palette


@pytest.fixture
def arabic(qapp):
    i18n.install("ar")
    yield
    i18n.install("en")


def add_visitor_row(model: RosterModel, text: str):
    model.set_rows([])
    model.set_filter(text)
    assert model.rowCount() == 1
    return [model.index(0, column) for column in range(model.columnCount())]


def test_add_visitor_entry_is_in_arabic_and_not_italic(arabic):
    model = RosterModel()
    cells = add_visitor_row(model, "زائر جديد")
    name, notes = cells[0], cells[5]
    assert "زائر جديد" in model.data(name)
    for cell in (name, notes):
        text = model.data(cell)
        words = text.replace("زائر جديد", "").replace("Enter", "")  # the typed name and the key stay
        assert any("\u0600" <= c <= "\u06ff" for c in words) and not any("a" <= c.lower() <= "z" for c in words), text
        font = model.data(cell, Qt.ItemDataRole.FontRole)
        assert font is None or not font.italic()
        assert model.data(cell, Qt.ItemDataRole.ForegroundRole).color().name() == palette.now("muted")
