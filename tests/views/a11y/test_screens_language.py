"""Every main screen (and each Chapter tab) in Arabic shows no English word except data, brands and keys:
the labels, buttons, tabs, boxes, the tables' headers and the words core builds (reasons, timeline)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QTabWidget

from tests.views.a11y.test_dialogs_language import KEPT, _data_words, english_left
from totalnet_desktop import i18n
from totalnet_desktop.core.demo import loader as demo


@pytest.fixture
def arabic_window(session, ctx, qtbot):
    from totalnet_desktop.views.shell.main_window import MainWindow

    demo.generate()
    i18n.install("ar")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    yield window
    i18n.install("en")


def _headers(root) -> list[str]:
    found = []
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisibleTo(root) or not hasattr(view, "horizontalHeader"):
            continue
        found += [str(model.headerData(c, Qt.Orientation.Horizontal) or "")
                  for c in range(view.horizontalHeader().count())]
    return found


# Keys, file formats and codes that read the same in Arabic.
KEYS = {"Alt", "Shift", "Tab", "Del", "ics", "CSV", "PNG", "BNI", "nbsp", "larr", "rarr", "middot"}


def _more_data_words() -> set[str]:
    """Tags, power teams and their classifications, scheme names, one-to-one places: the member's data."""
    from totalnet_desktop.core.chapter import scheme
    from totalnet_desktop.core.store.models import Chapter, OneToOne, PowerTeam, PowerTeamClassification, Tag

    texts = [t.name for t in Tag.select()] + [t.name for t in PowerTeam.select()]
    texts += [c.classification for c in PowerTeamClassification.select()]
    texts += [c.name for c in Chapter.select()] + [s.name for s in scheme.shipped_schemes()]
    texts += [o.location for o in OneToOne.select()]
    return {w for text in texts for w in re.findall(r"[A-Za-z]{3,}", text or "")}


def test_every_screen_is_arabic(arabic_window, qtbot):
    allowed = _data_words() | _more_data_words() | KEYS
    left = []
    for key in ("contacts", "meeting", "followups", "insights", "chapter"):
        screen = arabic_window.show_screen(key)
        qtbot.wait(50)
        roots = [screen]
        tabs = screen.findChild(QTabWidget)
        if tabs is not None:
            roots = []
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                qtbot.wait(20)
                roots.append(tabs.widget(i))
        for root in roots:
            left += [f"{key}: {t}" for t in english_left(root, allowed)]
            left += [f"{key} header: {h}" for h in _headers(root)
                     if any(w not in allowed and w not in KEPT for w in re.findall(r"[A-Za-z]{3,}", h))]
    assert not left, "\n".join(left)


def test_a_members_timeline_is_arabic(arabic_window, qtbot):
    from PySide6.QtWidgets import QListWidget

    from totalnet_desktop.core.store.models import OneToOne, Referral, ThankYou

    giver = Referral.select().order_by(Referral.id).first().giver_id
    screen = arabic_window.show_screen("contacts")
    screen.open_contact(giver)

    def lines() -> list[str]:
        return [lst.item(i).text() for lst in screen.findChildren(QListWidget) if lst.isVisibleTo(screen)
                for i in range(lst.count())]

    qtbot.waitUntil(lambda: len(lines()) > 3, timeout=5000)
    lines = lines()
    allowed = _data_words() | _more_data_words() | KEYS | {"AED"}
    left = [line for line in lines if any(w not in allowed and w not in KEPT
                                          for w in re.findall(r"[A-Za-z]{3,}", line.split("\n")[0]))]
    assert not left, "\n".join(left)
    assert OneToOne.select().count() and ThankYou.select().count()  # the sample has the kinds translated here


def test_the_add_visitor_row_is_arabic(arabic_window, qtbot):
    """Typing a name that matches nobody offers one row, 'Add visitor ...', with its hint: both Arabic."""
    screen = arabic_window.show_screen("meeting")
    screen.box.setText("Zzyzx Qwerty")
    model = screen.table.model()
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    texts = [str(model.data(model.index(0, column)) or "") for column in range(model.columnCount())]
    english = [w for text in texts for w in re.findall(r"[A-Za-z]{3,}", text) if w not in {"Zzyzx", "Qwerty", "Enter"}]
    assert english == [], texts


def test_tables_read_right_to_left(arabic_window, qtbot):
    """Each screen's table in Arabic: the first column (the name) at the right edge, the headers and the
    text of its cells aligned from the right (Qt mirrors Left unless a model asks for AlignAbsolute)."""
    from PySide6.QtWidgets import QTableView

    for key, name in (("contacts", "contacts_table"), ("meeting", "roster_table"), ("followups", "queue")):
        screen = arabic_window.show_screen(key)
        view = screen.findChild(QTableView, name)
        model = view.model()
        qtbot.waitUntil(lambda model=model: model.rowCount() > 0, timeout=3000)
        assert view.isRightToLeft(), key
        row = next(r for r in range(model.rowCount()) if view.columnSpan(r, 0) == 1)  # not a group heading
        first, second = view.visualRect(model.index(row, 0)), view.visualRect(model.index(row, 1))
        assert first.left() > second.left() and first.right() >= view.viewport().width() - 2, key
        alignments = [model.data(model.index(row, c), Qt.ItemDataRole.TextAlignmentRole) for c in range(model.columnCount())]
        alignments += [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole)
                       for c in range(model.columnCount())]
        absolute = [a for a in alignments if a is not None and Qt.AlignmentFlag(int(a)) & Qt.AlignmentFlag.AlignAbsolute]
        assert absolute == [], key
