"""Meeting day's bottom row: a button per slip with its key, and the hint of the screen's keys.
Strings keep the screen's translation context ("MeetingView")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from totalnet_desktop.i18n import paragraph, translate
from totalnet_desktop.views.meeting.header import tab_button
from totalnet_desktop.views.shell import theme


class SlipBar(QWidget):
    """``slots`` maps each slip (referral, thank_you, one_to_one, ceu) to what its button does."""

    def __init__(self, slots: dict[str, Callable[[], object]], parent: QWidget | None = None):
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for key, text in (("referral", translate("MeetingView", "Referral") + "  Ctrl+R"),
                          ("thank_you", translate("MeetingView", "Thank-you") + "  Ctrl+T"),
                          ("one_to_one", translate("MeetingView", "One-to-one") + "  Ctrl+O"),
                          ("ceu", "CEU  Ctrl+Shift+E")):
            self.buttons[key] = tab_button(f"slip_{key}", text, slots[key])
            layout.addWidget(self.buttons[key])
        layout.addStretch(1)
        self.hint = QLabel(paragraph(translate("MeetingView", "Enter: check in · Tab, then P A L M S: status, "
                                                              "T: testimonial · Ctrl+Z: undo")))
        theme.style_text(self.hint, "muted")
        self.hint.setWordWrap(True)  # two lines on a narrow window rather than cut off
        layout.addWidget(self.hint)
