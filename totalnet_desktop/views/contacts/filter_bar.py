"""The Contacts screen's search box and filter lists (tag, stage, source, chapter, show)."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from totalnet_desktop.core.contacts.search import ContactFilter
from totalnet_desktop.core.store.models import STAGES
from totalnet_desktop.i18n import translate
from totalnet_desktop.qtmodels.labels import source_label
from totalnet_desktop.views.contacts.presenter import SHOW_CHOICES, make_filter

# At most one search per this many ms while typing goes on; the first key after a pause searches at
# once (on the next turn of the event loop), so the pause never adds to what the user waits for.
SEARCH_DELAY_MS = 60


class FilterBar(QWidget):
    """Emits ``changed`` when a filter is chosen, and a moment after typing stops."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setObjectName("contact_search")
        self.search.setAccessibleName(translate("ContactsView", "Search contacts"))
        self.search.setMinimumWidth(220)  # longer languages' filter names must not squeeze it to nothing
        self.search.setPlaceholderText(translate("ContactsView", "Search names, company, phone, e-mail, tags, notes")
                                       + "  (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.changed)
        self._since_search = QElapsedTimer()  # since the last search finished (see searched())
        self.search.textChanged.connect(self._text_changed)
        self.tag_filter = self._combo("tag_filter", translate("ContactsView", "Any tag"))
        self.stage_filter = self._combo("stage_filter", translate("ContactsView", "Any stage"))
        for stage in STAGES:
            self.stage_filter.addItem(translate("Stage", stage), stage)
        self.source_filter = self._combo("source_filter", translate("ContactsView", "Any source"))
        self.chapter_filter = self._combo("chapter_filter", translate("ContactsView", "Any chapter"))
        for combo, name in ((self.tag_filter, translate("ContactsView", "Tag")), (self.stage_filter, translate("ContactsView", "Stage")),
                            (self.source_filter, translate("ContactsView", "Source")), (self.chapter_filter, translate("ContactsView", "Chapter"))):
            combo.setAccessibleName(name)
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("show_filter")
        self.show_filter.setMinimumContentsLength(10)
        self.show_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        for key, label in SHOW_CHOICES:
            self.show_filter.addItem(translate("ContactsView", label), key)
        self.show_filter.setAccessibleName(translate("ContactsView", "Show"))
        self.show_filter.currentIndexChanged.connect(self.changed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search, 3)
        for combo in (self.tag_filter, self.stage_filter, self.source_filter, self.chapter_filter,
                      self.show_filter):
            layout.addWidget(combo, 1)

    def _text_changed(self, _text: str) -> None:
        """Search now when the last search is older than SEARCH_DELAY_MS, else when it will be; keys
        typed meanwhile wait for that one search (it reads the box's text when it runs)."""
        if self.search_timer.isActive():
            return
        waited = self._since_search.elapsed() if self._since_search.isValid() else SEARCH_DELAY_MS
        self.search_timer.start(max(0, SEARCH_DELAY_MS - waited))

    def searched(self) -> None:
        """The screen finished a search: the next key waits at most SEARCH_DELAY_MS from now."""
        self._since_search.start()

    def _combo(self, name: str, any_text: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(any_text, None)
        combo.setMinimumContentsLength(6)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self.changed)
        return combo

    def current(self) -> ContactFilter:
        """What the box and the lists ask for."""
        return make_filter(text=self.search.text(), tag=self.tag_filter.currentData() or "",
                           stage=self.stage_filter.currentData() or "",
                           source=self.source_filter.currentData() or "",
                           chapter_id=self.chapter_filter.currentData(), show=self.show_filter.currentData() or "")

    def showing_trash(self) -> bool:
        return self.show_filter.currentData() == "trash"

    def fill(self, choices: tuple) -> None:
        """Refresh the tag, source and chapter lists (the presenter's choices), keeping what is chosen."""
        def refill(combo: QComboBox, items: list[tuple[str, object]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for label, data in items:
                combo.addItem(label, data)
            combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
            combo.blockSignals(False)

        tags, sources, chapters = choices
        refill(self.tag_filter, tags)
        refill(self.source_filter, [(source_label(str(s)), s) for _, s in sources])
        refill(self.chapter_filter, chapters)

    def clear_all(self, trash: bool) -> None:
        """No search and no filter, showing everyone (or the trash), without emitting ``changed``."""
        for combo in (self.tag_filter, self.stage_filter, self.source_filter, self.chapter_filter):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.show_filter.blockSignals(True)
        self.show_filter.setCurrentIndex(len(SHOW_CHOICES) - 1 if trash else 0)
        self.show_filter.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
