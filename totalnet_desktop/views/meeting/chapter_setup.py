"""The chapter set-up form shown on meeting day before there is a chapter (or a chosen one)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, translate
from totalnet_desktop.views.shell import theme

logger = logging.getLogger(__name__)


def parse_member_lines(text: str) -> list[tuple[str, str, str]]:
    """'Layla Haddad, Printer, Haddad Print' lines -> (name, classification, company)."""
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(",")]
        if not parts[0]:
            raise ValidationError(translate("ChapterSetupForm", 'Member line {number} has no name: "{line}".').format(
                number=QLocale().toString(number), line=line.strip()))
        parts += ["", ""]
        out.append((parts[0], parts[1], parts[2]))
    return out


FIELDS = (QT_TRANSLATE_NOOP("ChapterSetupForm", "Chapter &name"), QT_TRANSLATE_NOOP("ChapterSetupForm", "&City"),
          QT_TRANSLATE_NOOP("ChapterSetupForm", "Meeting &day"), QT_TRANSLATE_NOOP("ChapterSetupForm", "&Start time"),
          QT_TRANSLATE_NOOP("ChapterSetupForm", "&Grace before Late"), QT_TRANSLATE_NOOP("ChapterSetupForm", "&Venue"),
          QT_TRANSLATE_NOOP("ChapterSetupForm", "C&urrency"), QT_TRANSLATE_NOOP("ChapterSetupForm", "Annual &fee"),
          QT_TRANSLATE_NOOP("ChapterSetupForm", "&Members"))


class ChapterSetupForm(QWidget):
    """Name, city, weekday, start time, grace, venue, currency, fee and the first members."""

    created = Signal(int)  # chapter id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Dubai Achievers"))
        self.city = QLineEdit()
        self.weekday = QComboBox()
        for day in range(len(chapters.WEEKDAYS)):  # Monday first, as the chapter stores it
            self.weekday.addItem(QLocale().dayName(day + 1), day)
        self.weekday.setCurrentIndex(2)
        self.start_time = QLineEdit("07:00")
        self.grace = QSpinBox()
        self.grace.setRange(0, 180)
        self.grace.setValue(5)
        self.grace.setSuffix(" " + self.tr("minutes"))
        self.venue = QLineEdit()
        self.currency = QLineEdit("AED")
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("e.g. 1,500"))
        self.members = QPlainTextEdit()
        self.members.setPlaceholderText(self.tr("One member a line: Name, Classification, Company") + "\n"
                                        + self.tr("Layla Haddad, Printer, Haddad Print\nOmar Khan, Lawyer"))
        self.members.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("setup_error")
        theme.style_text(self.error, "error")
        self.error.setWordWrap(True)
        self.create_button = QPushButton(self.tr("Create chapter"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_chapter)

        form = QFormLayout()
        for label, widget in ((FIELDS[0], self.name), (FIELDS[1], self.city), (FIELDS[2], self.weekday),
                              (FIELDS[3], self.start_time), (FIELDS[4], self.grace), (FIELDS[5], self.venue),
                              (FIELDS[6], self.currency), (FIELDS[7], self.fee), (FIELDS[8], self.members)):
            form.addRow(translate("ChapterSetupForm", label), widget)
            widget.setAccessibleName(translate("ChapterSetupForm", label).replace("&", ""))
        box = QGroupBox(self.tr("Set up your chapter"))
        box.setLayout(form)
        box.setMaximumWidth(720)
        self.choose_box = self._choose_box()

        layout = QVBoxLayout(self)
        intro = QLabel("<h2>" + self.tr("Meeting day") + "</h2><p>" + self.tr(
            "Tell TotalNet about your chapter to check members in, welcome visitors and record slips. "
            "You can add more members later.") + "</p>")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.choose_box)
        layout.addWidget(box)
        footer = QWidget()
        footer.setMaximumWidth(720)
        row = QHBoxLayout(footer)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.error, 1)
        row.addWidget(self.create_button)
        layout.addWidget(footer)
        layout.addStretch(1)
        # Enter in any one-line field creates the chapter (keyboard only).
        for edit in (self.name, self.city, self.start_time, self.venue, self.currency, self.fee):
            edit.returnPressed.connect(self.create_chapter)
        self.refresh()

    def _choose_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Or pick your chapter"))
        self.choose = QComboBox()
        self.choose.setAccessibleName(self.tr("Your chapter"))
        self.choose_button = QPushButton(self.tr("This is my chapter"))
        self.choose_button.clicked.connect(self.choose_mine)
        row = QHBoxLayout(box)
        row.addWidget(self.choose, 1)
        row.addWidget(self.choose_button)
        box.setMaximumWidth(720)
        return box

    def refresh(self) -> None:
        """Offer existing chapters to pick from (several exist and none is mine yet)."""
        existing = chapters.list_chapters()
        self.choose.clear()
        for ch in existing:
            self.choose.addItem(f"{ch.name} ({ch.city})" if ch.city else ch.name, ch.id)
        self.choose_box.setVisible(bool(existing))

    def focus_first(self) -> None:
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    def choose_mine(self) -> None:
        chapter_id = self.choose.currentData()
        if chapter_id is not None:
            chapters.set_my_chapter(chapter_id)
            self.created.emit(chapter_id)

    def create_chapter(self) -> int | None:
        """Create the chapter and its members in one transaction; show what is wrong otherwise."""
        try:
            lines = parse_member_lines(self.members.toPlainText())
            chapter = chapters.set_up_chapter(
                self.name.text(), lines, city=self.city.text(), weekday=self.weekday.currentData(),
                start_time=self.start_time.text(), grace_minutes=self.grace.value(), venue=self.venue.text(),
                currency=self.currency.text(), annual_fee=self.fee.text() or "0")
        except ValidationError as exc:
            self.error.setText(str(exc))
            return None
        self.error.clear()
        logger.info("chapter %s set up with %d members", chapter.name, len(lines))
        self.created.emit(chapter.id)
        return chapter.id
