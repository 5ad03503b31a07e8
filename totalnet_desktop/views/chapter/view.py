"""The Chapter screen (Ctrl+5): the leadership team's tools, one tab each."""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP
from totalnet_desktop.views.chapter.agenda_tab import AgendaTab
from totalnet_desktop.views.chapter.lights_tab import LightsTab
from totalnet_desktop.views.chapter.rota_tab import RotaTab
from totalnet_desktop.views.chapter.sheet_tab import SheetTab
from totalnet_desktop.views.chapter.teams_tab import TeamsTab
from totalnet_desktop.views.chapter.visitors_tab import VisitorsTab
from totalnet_desktop.views.shell.context import AppContext
from totalnet_desktop.views.shell.screen import Screen

logger = logging.getLogger(__name__)


class ChapterView(Screen):
    title = QT_TRANSLATE_NOOP("Screen", "Chapter")  # shown through translate("Screen", title)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.today: dt.date | None = None  # tests fix the day; None: the real today
        self.tabs = QTabWidget()
        self.tabs.setObjectName("chapter_tabs")
        self.tabs.setAccessibleName(self.tr("Chapter tools"))
        self.lights = LightsTab()
        self.tabs.addTab(self.lights, self.tr("Traffic &lights"))
        self.agenda = AgendaTab()
        self.tabs.addTab(self.agenda, self.tr("A&genda"))
        self.rota = RotaTab()
        self.tabs.addTab(self.rota, self.tr("Feature r&ota"))
        self.visitors = VisitorsTab()
        self.tabs.addTab(self.visitors, self.tr("V&isitors"))
        self.teams = TeamsTab()
        self.tabs.addTab(self.teams, self.tr("Power tea&ms"))
        self.sheet = SheetTab()
        self.tabs.addTab(self.sheet, self.tr("Sheet for BNI &Connect"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _: self._load_current())
        ctx.bus.changed.connect(self._data_changed)

    def chapter_id(self) -> int | None:
        return chapters.my_chapter_id()

    def day(self) -> dt.date:
        return self.today or dt.date.today()

    def on_shown(self) -> None:
        self._load_current()
        self.focus_search()

    def _load_current(self) -> None:
        tab = self.tabs.currentWidget()
        if tab is self.lights:
            self.lights.load(self.chapter_id(), self.day())
        elif hasattr(tab, "load"):
            tab.load(self.chapter_id(), self.day())

    def _data_changed(self, topic: str) -> None:
        if self.isVisible():
            self._load_current()

    def focus_search(self) -> None:
        """Focus inside the current tab, so Ctrl+Tab and the tabs' Alt keys work at once."""
        tab = self.tabs.currentWidget()
        target = getattr(tab, "table", None) or getattr(tab, "list", None) or tab
        target.setFocus()
