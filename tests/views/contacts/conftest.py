"""The Contacts screen as the tests open it."""

import pytest

from totalnet_desktop.views.contacts.view import ContactsView


@pytest.fixture
def open_contacts(ctx, qtbot):
    """Call it to get the Contacts screen shown at 1200x700, its list loaded."""

    def make() -> ContactsView:
        screen = ContactsView(ctx)
        qtbot.addWidget(screen)
        screen.resize(1200, 700)
        screen.show()
        screen.on_shown()
        return screen

    return make
