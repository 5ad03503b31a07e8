"""Small keyboard-friendly dialogs for slips: referral, thank-you, one-to-one, CEU; substitute; visitor.

Each dialog takes a ``submit`` callable that saves what was typed (a core service call). OK calls it;
a ValidationError is shown in the dialog, which stays open, so nothing typed is lost. Each has one
classmethod entry point returning ``(value, accepted)``.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import slips
from totalnet_desktop.core.chapter.people import PersonChoice
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, isolate, tr_core, translate
from totalnet_desktop.qtmodels.labels import in_direction
from totalnet_desktop.views.meeting.pickers import MemberCombo, PersonPicker, PhoneEdit
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.dates import to_date, to_qdate, weekend_colours

logger = logging.getLogger(__name__)

HOTNESS = {1: QT_TRANSLATE_NOOP("SlipDialog", "1: details shared"),
           2: QT_TRANSLATE_NOOP("SlipDialog", "2: prospect expects the call"),
           3: QT_TRANSLATE_NOOP("SlipDialog", "3: warm, knows about you"),
           4: QT_TRANSLATE_NOOP("SlipDialog", "4: keen to talk"),
           5: QT_TRANSLATE_NOOP("SlipDialog", "5: introduced in person")}


def hotness_text(value: int) -> str:
    return translate("SlipDialog", HOTNESS[value])


class SlipDialog(QDialog):
    """A form, an error line and OK/Cancel; OK runs ``submit(self)`` and closes only when it worked."""

    heading = ""

    def __init__(self, submit: Callable[[SlipDialog], object], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("SlipDialog", self.heading))
        self.submit = submit
        self.value: object = None
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("slip_error")
        theme.style_text(self.error, "error")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def add_rows(self, rows) -> None:
        """Form rows of (label with its &-key, widget); the label also names the widget for screen readers."""
        for label, widget in rows:
            self.form.addRow(label, widget)
            if label:
                widget.setAccessibleName(label.replace("&", ""))

    def accept(self) -> None:
        try:
            self.value = self.submit(self)
        except ValidationError as exc:
            self.error.setText(tr_core(exc))
            return
        super().accept()

    @classmethod
    def ask(cls, *args, **kwargs) -> tuple[object, bool]:
        """Show the dialog modally; return (what submit returned, accepted)."""
        dialog = cls(*args, **kwargs)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        value = dialog.value
        dialog.deleteLater()
        return value, accepted


def _member_combo(members: list[PersonChoice], preset: int | None) -> MemberCombo:
    combo = MemberCombo(members)
    combo.select_id(preset)
    return combo


def _kind_combo() -> QComboBox:
    combo = QComboBox()
    combo.addItem(translate("SlipDialog", "Outside (a third person)"), "outside")
    combo.addItem(translate("SlipDialog", "Inside (the giver does business with the receiver)"), "inside")
    return combo


def required_member(combo: MemberCombo, what: str) -> int:
    """The picked member or a ValidationError that says which field."""
    cid = combo.current_id()
    if cid is None:
        raise ValidationError(translate("SlipDialog", "Pick the {what} from the roster (type part of the name).").format(
            what=what))
    return cid


class ReferralDialog(SlipDialog):
    heading = QT_TRANSLATE_NOOP("SlipDialog", "Referral slip")

    def __init__(self, submit, members: list[PersonChoice], me_id: int | None = None, parent=None):
        super().__init__(submit, parent)
        self.giver = _member_combo(members, me_id)
        self.receiver = _member_combo(members, None)
        self.kind = _kind_combo()
        self.prospect = PersonPicker(placeholder=self.tr("the prospect: an existing contact or a new name"))
        self.phone = PhoneEdit(self.tr("for a new prospect"))
        self.email = QLineEdit()
        self.email.setPlaceholderText(self.tr("for a new prospect"))
        self.hotness = QSpinBox()
        self.hotness.setRange(1, 5)
        self.hotness.setValue(3)
        self.hotness_text = QLabel(hotness_text(3))
        self.hotness.valueChanged.connect(lambda v: self.hotness_text.setText(hotness_text(v)))
        self.notes = QLineEdit()
        self.add_rows(((self.tr("&Giver"), self.giver), (self.tr("&Receiver"), self.receiver),
                       (self.tr("&Type"), self.kind), (self.tr("&Prospect"), self.prospect),
                       (self.tr("P&hone"), self.phone), (self.tr("&E-mail"), self.email),
                       (self.tr("Hot&ness 1-5"), self.hotness), ("", self.hotness_text),
                       (self.tr("N&otes"), self.notes)))
        (self.receiver if me_id is not None else self.giver).setFocus()

    def draft(self) -> dict:
        """What the form says, as add_referral keyword arguments."""
        prospect_id = self.prospect.chosen_id()
        new = None
        if prospect_id is None and self.prospect.typed_name():
            new = slips.NewPerson(self.prospect.typed_name(), phone=self.phone.text(), email=self.email.text())
        return {"giver_id": required_member(self.giver, self.tr("giver")),
                "receiver_id": required_member(self.receiver, self.tr("receiver")),
                "prospect_id": prospect_id, "new_prospect": new, "kind": self.kind.currentData(),
                "hotness": self.hotness.value(), "notes": self.notes.text()}

    @classmethod
    def get_referral(cls, submit, members, me_id=None, parent=None) -> tuple[object, bool]:
        """Ask for a referral; ``submit(dialog)`` saves it."""
        return cls.ask(submit, members, me_id, parent)


class ThankYouDialog(SlipDialog):
    heading = QT_TRANSLATE_NOOP("SlipDialog", "Thank-you for closed business")

    def __init__(self, submit, members: list[PersonChoice], me_id: int | None = None, currency: str = "AED",
                 parent=None):
        super().__init__(submit, parent)
        self.from_member = _member_combo(members, me_id)
        self.to_member = _member_combo(members, None)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 1,500 or {currency} 1500.50").format(currency=currency))
        self.business = QComboBox()
        self.business.addItem(self.tr("New business"), "new")
        self.business.addItem(self.tr("Repeat business"), "repeat")
        self.kind = _kind_combo()
        self.referral = QComboBox()
        self._referral_kinds: dict[int, str] = {}
        self.referral.currentIndexChanged.connect(self._referral_chosen)
        self.notes = QLineEdit()
        self.add_rows(((self.tr("&From (thanks)"), self.from_member), (self.tr("&To (thanked)"), self.to_member),
                       (self.tr("&Amount ({currency})").format(currency=currency), self.amount),
                       (self.tr("&Business"), self.business), (self.tr("T&ype"), self.kind),
                       (self.tr("&Closes referral"), self.referral), (self.tr("N&otes"), self.notes)))
        for combo in (self.from_member, self.to_member):
            combo.currentIndexChanged.connect(self.refresh_referrals)
            # Typed text (not picked from the pop-up) counts once the field is left.
            combo.lineEdit().editingFinished.connect(self.refresh_referrals)
        self.refresh_referrals()
        (self.to_member if me_id is not None else self.from_member).setFocus()

    def refresh_referrals(self) -> None:
        """Offer the open referrals the thanking member received from the member thanked."""
        key = (self.from_member.current_id(), self.to_member.current_id())
        if key == getattr(self, "_referral_key", None):
            return  # unchanged: keep what the user picked
        self._referral_key = key
        self.referral.clear()
        self.referral.addItem(self.tr("(none)"), None)
        receiver, giver = self.from_member.current_id(), self.to_member.current_id()
        if receiver is None:
            return
        for ref in slips.open_referrals(receiver_id=receiver, giver_id=giver):
            self.referral.addItem(ref.label, ref.id)
            self._referral_kinds[ref.id] = ref.kind

    def _referral_chosen(self, _index: int) -> None:
        """A thank-you for a referral is of the referral's type (inside or outside)."""
        kind = self._referral_kinds.get(self.referral.currentData())
        if kind is not None:
            self.kind.setCurrentIndex(self.kind.findData(kind))

    def draft(self) -> dict:
        return {"from_id": required_member(self.from_member, self.tr("member giving thanks")),
                "to_id": required_member(self.to_member, self.tr("member thanked")), "amount": self.amount.text(),
                "business": self.business.currentData(), "kind": self.kind.currentData(),
                "referral_id": self.referral.currentData(), "notes": self.notes.text()}

    @classmethod
    def get_thank_you(cls, submit, members, me_id=None, currency="AED", parent=None) -> tuple[object, bool]:
        """Ask for a thank-you slip; ``submit(dialog)`` saves it."""
        return cls.ask(submit, members, me_id, currency, parent)


class OneToOneDialog(SlipDialog):
    heading = QT_TRANSLATE_NOOP("SlipDialog", "One-to-one")

    def __init__(self, submit, members: list[PersonChoice], me_id: int | None = None,
                 day: dt.date | None = None, parent=None):
        super().__init__(submit, parent)
        self.member_a = _member_combo(members, me_id)
        self.member_b = _member_combo(members, None)
        self.date = QDateEdit(to_qdate(day or dt.date.today()))
        self.date.setCalendarPopup(True)
        weekend_colours(self.date)
        self.date.setDisplayFormat("ddd d MMM yyyy")
        self.location = QLineEdit()
        self.notes = QLineEdit()
        self.add_rows(((self.tr("&Member"), self.member_a), (self.tr("&With"), self.member_b),
                       (self.tr("&Date"), self.date), (self.tr("&Where"), self.location),
                       (self.tr("N&otes"), self.notes)))
        (self.member_b if me_id is not None else self.member_a).setFocus()

    def draft(self) -> dict:
        return {"member_a": required_member(self.member_a, self.tr("first member")),
                "member_b": required_member(self.member_b, self.tr("second member")),
                "day": to_date(self.date.date()), "location": self.location.text(), "notes": self.notes.text()}

    @classmethod
    def get_one_to_one(cls, submit, members, me_id=None, day=None, parent=None) -> tuple[object, bool]:
        """Ask for a one-to-one; ``submit(dialog)`` saves it."""
        return cls.ask(submit, members, me_id, day, parent)


class CEUDialog(SlipDialog):
    heading = QT_TRANSLATE_NOOP("SlipDialog", "CEU (chapter education)")

    def __init__(self, submit, members: list[PersonChoice], me_id: int | None = None, parent=None):
        super().__init__(submit, parent)
        self.member = _member_combo(members, me_id)
        self.credits = QDoubleSpinBox()
        self.credits.setRange(0.25, 100)
        self.credits.setSingleStep(0.25)
        self.credits.setValue(1.0)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("podcast, training, book..."))
        self.add_rows(((self.tr("&Member"), self.member), (self.tr("&Credits"), self.credits),
                       (self.tr("&Note"), self.note)))
        self.credits.setFocus()

    def draft(self) -> dict:
        return {"contact_id": required_member(self.member, self.tr("member")), "credits": self.credits.value(),
                "note": self.note.text()}

    @classmethod
    def get_ceu(cls, submit, members, me_id=None, parent=None) -> tuple[object, bool]:
        """Ask for CEU credits; ``submit(dialog)`` saves them."""
        return cls.ask(submit, members, me_id, parent)


class SubstituteDialog(SlipDialog):
    heading = QT_TRANSLATE_NOOP("SlipDialog", "Who substituted?")

    def __init__(self, submit, member_name: str, parent=None):
        super().__init__(submit, parent)
        self.form.addRow(QLabel(self.tr("Who came in place of {name}?").format(
            name="<b>" + isolate(html.escape(member_name)) + "</b>")))
        self.person = PersonPicker(placeholder=self.tr("the substitute: an existing contact or a new name"))
        self.phone = PhoneEdit(self.tr("for a new contact"))
        self.add_rows(((self.tr("&Substitute"), self.person), (self.tr("P&hone"), self.phone)))
        self.person.setFocus()

    def draft(self) -> dict:
        name = self.person.typed_name()
        if self.person.chosen_id() is None and not name:
            raise ValidationError(self.tr("Type the substitute's name."))
        return {"contact_id": self.person.chosen_id(), "name": name, "phone": self.phone.text()}

    @classmethod
    def get_substitute(cls, submit, member_name: str, parent=None) -> tuple[object, bool]:
        """Ask who substituted; ``submit(dialog)`` records it."""
        return cls.ask(submit, member_name, parent)


class VisitorDialog(SlipDialog):
    heading = QT_TRANSLATE_NOOP("SlipDialog", "Visitor details")

    def __init__(self, submit, visitor_name: str, members: list[PersonChoice], invited_by: int | None = None,
                 company: str = "", profession: str = "", parent=None):
        super().__init__(submit, parent)
        self.form.addRow(QLabel(in_direction(f"<b>{html.escape(visitor_name)}</b>")))
        self.invited_by = MemberCombo(members, allow_none=True)
        self.invited_by.select_id(invited_by)
        self.company = QLineEdit(company)
        self.profession = QLineEdit(profession)
        self.add_rows(((self.tr("&Invited by"), self.invited_by), (self.tr("&Company"), self.company),
                       (self.tr("&Profession"), self.profession)))
        self.invited_by.setFocus()
        self.invited_by.lineEdit().selectAll()
        self.invited_by.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def draft(self) -> dict:
        invited = self.invited_by.current_id()
        if invited is None and self.invited_by.currentText().strip():
            raise ValidationError(self.tr("Pick who invited the visitor from the roster, or leave it empty."))
        return {"invited_by_id": invited, "company": self.company.text(), "profession": self.profession.text()}

    @classmethod
    def get_details(cls, submit, visitor_name, members, invited_by=None, company="", profession="",
                    parent=None) -> tuple[object, bool]:
        """Ask for a visitor's inviter, company and profession; ``submit(dialog)`` saves them."""
        return cls.ask(submit, visitor_name, members, invited_by, company, profession, parent)
