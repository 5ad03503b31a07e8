"""The Meeting day roster fits a 1024-pixel window: no sideways scrollbar, every column visible."""

import datetime as dt

from PySide6.QtWidgets import QApplication

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.store import prefs


def test_roster_columns_fit_the_window_at_1024_and_1440(db, main_window, qtbot):
    ch = chapters.create_chapter("Dubai Achievers", start_time="23:59", weekday=dt.date.today().weekday())
    me = chapters.add_member(ch.id, name="Layla Haddad", company="Haddad Print and Packaging Solutions LLC",
                             classification="Commercial Printing and Signage")
    chapters.add_member(ch.id, name="Aleksandra Wiśniewska-Kowalczyk", company="Fleurs de Dubai Trading",
                        classification="Wedding and Event Florist")
    prefs.set("me_contact_id", me.contact_id)
    # On a 1024x700 screen the window, less its frame, is about 990 pixels wide; 940 leaves a margin.
    for width, height in ((940, 660), (1440, 900)):
        main_window.resize(width, height)
        screen = main_window.show_screen("meeting")
        QApplication.processEvents()
        table, header = screen.table, screen.table.horizontalHeader()
        qtbot.waitUntil(lambda t=table: t.model().rowCount() == 2)
        QApplication.processEvents()
        used = sum(header.sectionSize(c) for c in range(header.count()))
        assert not table.horizontalScrollBar().isVisible()
        assert used <= table.viewport().width() + 1, (width, used, table.viewport().width())
        assert min(header.sectionSize(c) for c in range(header.count())) >= 40
