"""The contact detail pane sits in a splitter the user can drag; its width is remembered for next time."""

from PySide6.QtWidgets import QApplication, QSplitter

from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store.records import ContactRecord
from totalnet_desktop.views.contacts.view import ContactsView


def shown(ctx, qtbot, width=1024):
    screen = ContactsView(ctx)
    qtbot.addWidget(screen)
    screen.resize(width - 190, 640)  # the screen's share of a 1024 px window beside the navigation
    screen.show()
    screen.on_shown()
    qtbot.waitUntil(lambda: screen.splitter.sizes()[1] > 0)
    QApplication.processEvents()
    return screen


def test_the_detail_pane_can_be_dragged_and_keeps_its_width(ctx, qtbot, db):
    contacts.create(ContactRecord(id=None, first_name="Layla", last_name="Haddad"), undoable=False)
    screen = shown(ctx, qtbot)
    assert isinstance(screen.splitter, QSplitter) and not screen.splitter.childrenCollapsible()
    total = sum(screen.splitter.sizes())
    before = screen.splitter.sizes()[1]
    # The user drags the handle to give the pane more room.
    screen.splitter.moveSplitter(total - 430, 1)
    QApplication.processEvents()
    wider = screen.splitter.sizes()[1]
    assert wider > before + 50
    screen.close()
    again = shown(ctx, qtbot)
    qtbot.waitUntil(lambda: abs(again.splitter.sizes()[1] - wider) <= 2)
