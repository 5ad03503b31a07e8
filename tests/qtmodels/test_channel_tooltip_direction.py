"""The Contacts table's channel tooltip ('LinkedIn, X, E-mail') reads in the language's direction.

A paragraph takes its direction from its first letter: an Arabic list that starts with a brand name
('LinkedIn, X, البريد الإلكتروني') became a left-to-right line, its items in reverse order for an
Arabic reader. What is checked is where Qt's text layout puts each item on the line."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from totalnet_desktop import i18n
from totalnet_desktop.core.contacts import search as contact_search
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store.records import ContactRecord, PointRecord
from totalnet_desktop.qtmodels.contacts_model import ContactsModel, channel_name


def centres(text: str, items: list[str]) -> list[float]:
    """The x of each item's middle once Qt lays the line out (direction from the text, as a tooltip)."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    layout.setTextOption(option)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    found = []
    for item in items:
        start = text.index(item)
        middle = start + len(item) // 2
        found.append((line.cursorToX(middle)[0] + line.cursorToX(middle + 1)[0]) / 2)
    return found


@pytest.fixture
def arabic(qapp):
    i18n.install("ar")
    yield
    i18n.install("en")


def _tooltip(db) -> str:
    contacts.create(ContactRecord(id=None, first_name="Layla", points=(
        PointRecord("social", "https://www.linkedin.com/in/layla"), PointRecord("social", "https://x.com/layla"),
        PointRecord("email", "layla@example.com"))), undoable=False)
    model = ContactsModel(contact_search.load_rows)
    model.set_ids(contact_search.search_ids())
    return model.data(model.index(0, 4), Qt.ItemDataRole.ToolTipRole)


def test_channel_tooltip_reads_right_to_left_in_arabic(db, arabic):
    tip = _tooltip(db)
    items = [channel_name(c) for c in ("linkedin", "x", "email")]
    assert items[2] != "E-mail"  # translated
    assert "\u060c" in tip and ", " not in tip  # the Arabic comma
    xs = centres(tip, items)
    assert xs[0] > xs[1] > xs[2], (tip, xs)  # LinkedIn first, on the right; e-mail last, on the left


def test_channel_tooltip_in_english_is_plain(db, qapp):
    i18n.install("en")
    tip = _tooltip(db)
    assert tip == "LinkedIn, X, E-mail"
    xs = centres(tip, ["LinkedIn", "X", "E-mail"])
    assert xs[0] < xs[1] < xs[2]


def test_listing_keeps_a_latin_first_list_in_order_right_to_left(arabic):
    items = ["WhatsApp", "LinkedIn", i18n.translate("Contacts", "Phone")]
    xs = centres(i18n.listing(items), items)
    assert xs[0] > xs[1] > xs[2]
    assert i18n.listing([]) == ""
