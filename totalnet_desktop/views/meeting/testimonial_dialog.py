"""The testimonial slip (key T on a roster row): who gave it, about whom, a note."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from totalnet_desktop.core.chapter.people import PersonChoice
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP
from totalnet_desktop.views.meeting.pickers import MemberCombo
from totalnet_desktop.views.meeting.slip_dialogs import SlipDialog, required_member


class TestimonialDialog(SlipDialog):
    heading = QT_TRANSLATE_NOOP("SlipDialog", "Testimonial")

    def __init__(self, submit, members: list[PersonChoice], giver_id: int | None = None, parent=None):
        super().__init__(submit, parent)
        self.giver = MemberCombo(members)
        self.giver.select_id(giver_id)
        self.about = MemberCombo(members, allow_none=True)
        self.about.select_id(None)
        self.about.lineEdit().setPlaceholderText(self.tr("the member it is about (optional)"))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("what they said, in a few words"))
        self.add_rows(((self.tr("&Given by"), self.giver), (self.tr("&About"), self.about),
                       (self.tr("&Note"), self.note)))
        self.about.setFocus()

    def draft(self) -> dict:
        return {"giver_id": required_member(self.giver, self.tr("member who gave the testimonial")),
                "about_id": self.about.current_id(), "notes": self.note.text()}

    @classmethod
    def get_testimonial(cls, submit, members, giver_id=None, parent=None) -> tuple[object, bool]:
        """Ask for a testimonial; ``submit(dialog)`` saves it."""
        return cls.ask(submit, members, giver_id, parent)
