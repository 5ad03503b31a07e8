"""The Follow-ups list's Due column shows a late date whole, with its number of days late, at 1024
pixels and in Arabic ('15 Oct (53 days ...' hid how late an item was)."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QStyle

from totalnet_desktop import i18n
from totalnet_desktop.core.followups import queue as followups
from totalnet_desktop.core.store.models import Contact
from totalnet_desktop.views.followups.view import FollowUpsView

TODAY = dt.date(2026, 12, 7)


@pytest.fixture(params=["en", "ar"])
def language(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_a_late_date_is_shown_whole(language, ctx, qtbot, db):
    layla = Contact.create(first_name="Layla", last_name="Haddad", source="LinkedIn")
    followups.queue(layla.id, TODAY - dt.timedelta(days=53), "Call Layla", channel="phone")
    view = FollowUpsView(ctx, run_rules_on_start=False)
    view.today_override = TODAY
    qtbot.addWidget(view)
    view.resize(1024 - 190, 640)  # the screen's part of a 1024-pixel window
    view.show()
    view.refresh()
    table, model = view.table, view.model
    index = model.index(1, 3)
    text = model.data(index)
    assert "53" in text
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    assert table.fontMetrics().horizontalAdvance(text) <= table.columnWidth(3) - 2 * margin, text
    assert table.columnWidth(1) >= 200  # the Reason keeps its room
