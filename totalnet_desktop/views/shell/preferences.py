"""Preferences: default phone region (AE out of the box) and which contact is me. Saved on change.

Changing the region re-reads every stored phone number in the new region (``core.phone_rekey``):
about 9 s for 100,000 numbers on a 2-core machine (benchmarks/bench_rekey.py), so it runs off the
GUI thread with a progress bar and Cancel, the way exports do.
"""

from __future__ import annotations

import logging

import phonenumbers
from PySide6.QtCore import QCollator, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.contacts import phone_rekey
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.contacts.phone_rekey import RekeyResult
from totalnet_desktop.core.followups.rules import GROUP_RESETS_CADENCE_KEY
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.i18n import number, tr_core, translate
from totalnet_desktop.views.shell.desktop_prefs import DesktopPreferences
from totalnet_desktop.views.shell.job_dialog import JobDialog
from totalnet_desktop.views.shell.territories import NAMES
from totalnet_desktop.views.shell.widgets import ContactPicker

logger = logging.getLogger(__name__)

def region_hint() -> str:
    return "<small>" + translate("Preferences", "Numbers typed without a country code are read as this region's.") \
        + "</small>"


def territory(code: str) -> str:
    """'United Kingdom' for 'GB' in the member's language ('المملكة المتّحدة'); Qt names territories in
    English only, so the names come from the catalogue (views/shell/territories.py); the code itself
    when neither knows it."""
    name = NAMES.get(code)
    if name is not None:
        return translate("Territory", name)
    found = QLocale.codeToTerritory(code)
    return QLocale.territoryToString(found) if found != QLocale.Country.AnyTerritory else code


def region_name(code: str) -> str:
    """'United Arab Emirates (AE, +971)'."""
    return f"{territory(code)} ({code}, +{phonenumbers.country_code_for_region(code)})"


def rekey_message(result: RekeyResult) -> str:
    """The one sentence that tells what a region change did to the stored numbers."""
    where = f"{territory(result.region)} ({result.region})"
    if result.changed:
        changed = result.changed  # a plain name: lupdate reads no expression in this place
        return translate("Preferences", "Re-read %Ln phone number(s) for {where}.", None, changed).format(where=where)
    if result.phones == 1:
        return translate("Preferences", "The one stored phone number reads the same for {where}.").format(where=where)
    if result.phones:
        return translate("Preferences", "The {count} stored phone numbers read the same for {where}.").format(
            count=number(result.phones), where=where)
    return translate("Preferences", "Numbers typed from now on are read as {where}'s; no phone numbers are "
                     "stored yet.").format(where=where)


class PreferencesDialog(JobDialog):
    """Every change is saved the moment it is made."""

    rekey_started = Signal(object)  # the ImportJob of a re-read, just before it starts

    def __init__(self, ctx, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Preferences"))
        self.region = QComboBox()
        self.region.setObjectName("phone_region")
        collator = QCollator(QLocale())  # alphabetical as the member's language sorts
        for name, code in sorted(((region_name(c), c) for c in phonenumbers.SUPPORTED_REGIONS),
                                 key=lambda item: collator.sortKey(item[0])):
            self.region.addItem(name, code)
        self._show_region(prefs.phone_region())
        self.region.currentIndexChanged.connect(self._region_changed)
        self.region_note = QLabel(region_hint())
        self.region_note.setObjectName("region_note")
        self.region_note.setWordWrap(True)
        self.region_note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.region_note.setMinimumWidth(380)  # a wrapped label otherwise asks for a narrow, tall box
        # While stored numbers are re-read (off the GUI thread): progress and Cancel.
        self.bar = QProgressBar()
        self.bar.setVisible(False)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel_rekey)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.bar, 1)
        busy_row.addWidget(self.cancel_button)
        self._wanted: str | None = None  # the region chosen last, waiting for its re-read
        self._user_cancelled = False
        self.me = ContactPicker(placeholder=self.tr("type your name"))
        me_id = contacts.me_id()
        if me_id is not None:
            self.me.set_contact(me_id, contacts.names([me_id]).get(me_id, ""))
        self.me.picked.connect(self.set_me)
        self.form = form = QFormLayout()
        form.addRow(self.tr("Default phone region"), self.region)
        form.addRow("", self.region_note)
        self._busy_row = form.rowCount()
        form.addRow("", busy_row)
        form.setRowVisible(self._busy_row, False)  # no empty gap while idle
        form.addRow(self.tr("I am"), self.me)
        self.me_note = QLabel("<small>" + self.tr("Your contact makes \"Show my card\".") + "</small>")
        self.me_note.setWordWrap(True)
        form.addRow("", self.me_note)
        self.group_touches = QCheckBox(self.tr("A message in a group chat counts as keeping in touch"))
        self.group_touches.setChecked(bool(prefs.get(GROUP_RESETS_CADENCE_KEY, False)))
        self.group_touches.toggled.connect(lambda on: prefs.set(GROUP_RESETS_CADENCE_KEY, bool(on)))
        form.addRow(self.tr("Imported history"), self.group_touches)
        self._add_privacy_rows(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        self.desktop = DesktopPreferences(ctx.qsettings(), self)  # language, colours, reminders
        self.desktop.language_applied.connect(lambda _code: self.done(LANGUAGE_CHANGED))
        layout.addWidget(self.desktop)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    # ---- privacy (issue 20) ----------------------------------------------------------------
    def _add_privacy_rows(self, form: QFormLayout) -> None:
        from PySide6.QtWidgets import QCheckBox, QSpinBox

        from totalnet_desktop.views.shell import privacy

        self.protect_status = QLabel()
        self.protect_status.setObjectName("protect_status")
        self.protect_status.setWordWrap(True)
        self.protect_button = QPushButton()
        self.protect_button.setObjectName("protect_with_passphrase")
        self.protect_button.clicked.connect(self.open_protect)
        row = QHBoxLayout()
        row.addWidget(self.protect_status, 1)
        row.addWidget(self.protect_button)
        form.addRow(self.tr("Privacy"), row)
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setObjectName("lock_minutes")
        self.lock_minutes.setRange(0, 240)
        self.lock_minutes.setSpecialValueText(self.tr("never"))
        self.lock_minutes.setSuffix(" " + self.tr("idle minutes"))
        self.lock_minutes.setValue(privacy.Locker.idle_minutes())
        self.lock_minutes.valueChanged.connect(lambda v: prefs.set(privacy.LOCK_MINUTES_KEY, v))
        form.addRow(self.tr("Lock after"), self.lock_minutes)
        self.spare_meeting = QCheckBox(self.tr("Not during a meeting while Meeting day is in front (check-in stays "
                                                 "open)"))
        self.spare_meeting.setObjectName("lock_spare_meeting")
        self.spare_meeting.setChecked(bool(prefs.get(privacy.LOCK_MEETING_KEY, True)))
        self.spare_meeting.toggled.connect(lambda on: prefs.set(privacy.LOCK_MEETING_KEY, on))
        form.addRow("", self.spare_meeting)
        self._show_protection()

    def _show_protection(self) -> None:
        from totalnet_desktop.core.store import cipher

        protected = cipher.passphrase() is not None
        self.protect_status.setText("<small>" + (
            self.tr("Protected with a passphrase: the database and its backups are encrypted.") if protected else
            self.tr("Not protected: anyone who gets this computer's disk can read the database.")) + "</small>")
        self.protect_button.setText(self.tr("Change or remove...") if protected else
                                    self.tr("Protect with a passphrase..."))
        self.lock_minutes.setEnabled(protected)
        self.spare_meeting.setEnabled(protected)

    def open_protect(self) -> str:
        from totalnet_desktop.views.shell.privacy import ProtectDialog

        dialog = ProtectDialog(self.ctx, self)
        dialog.exec()
        self._show_protection()
        if dialog.result_line:
            self._say(dialog.result_line)
        return dialog.result_line

    def _show_region(self, code: str) -> None:
        """Select ``code`` in the box without treating it as the user's choice."""
        self.region.blockSignals(True)
        self.region.setCurrentIndex(max(0, self.region.findData(code)))
        self.region.blockSignals(False)

    def _say(self, text: str) -> None:
        """Show ``text`` under the region box; the window fits the lines it wraps onto."""
        self.region_note.setText(text)
        self._fit_height()

    def _fit_height(self) -> None:
        # A top-level window does not follow its layout's height-for-width by itself.
        self.layout().activate()
        needed = self.heightForWidth(self.width())
        if needed > 0:
            self.resize(self.width(), needed)

    def _region_changed(self) -> None:
        self.set_region(self.region.currentData())

    def set_region(self, code: str) -> RekeyResult | None:
        """Store the default region and re-read the stored numbers in it; None when nothing was stored.

        The box stays usable while numbers are re-read: a newer choice stops the running re-read
        (which rolls back) and is re-read next, so scrolling through the list with the keyboard
        ends with the region it stopped on.
        """
        self._wanted = code
        if self.job is not None:
            self.job.cancel()
            return None
        self._user_cancelled = False
        outcome: dict = {}
        while self._wanted is not None and not self._user_cancelled:
            code, self._wanted = self._wanted, None
            if code == prefs.phone_region():
                outcome = {}
                continue
            outcome = self._run(code)
        self._set_busy(False)
        if "result" in outcome:
            result = outcome["result"]
            self._show_region(result.region)
            self._say(rekey_message(result))
            self.ctx.bus.changed.emit("prefs")
            if result.changed:
                self.ctx.bus.changed.emit("contacts")
            return result
        stored = prefs.phone_region()
        self._show_region(stored)
        stays = self.tr("the default region stays {region}.").format(region=f"{territory(stored)} ({stored})")
        if "error" in outcome:
            message = self.tr("{error} So {what}").format(error=outcome["error"], what=stays)
            self._say(message)
            if self.isVisible():
                QMessageBox.warning(self, self.tr("Preferences"), message)
        elif outcome.get("cancelled"):
            self._say(self.tr("Cancelled; {what}").format(what=stays))
        else:
            self._say(region_hint())
        return None

    def _run(self, code: str) -> dict:
        """Change the region to ``code`` off the GUI thread; the window stays responsive meanwhile."""
        def started(job) -> None:
            self._set_busy(True)
            self.rekey_started.emit(job)
            self._say(self.tr("Re-reading the stored phone numbers for {region}...").format(
                region=f"{territory(code)} ({code})"))

        return self.run_job(lambda progress, cancelled: phone_rekey.change_region(code, progress, cancelled),
                            self.tr("re-reading of the phone numbers"), self.show_progress, started)

    def cancel_rekey(self) -> None:
        """Stop a running re-read; the region and every stored number stay as they were."""
        if self.job is not None:
            self._user_cancelled = True
            self._wanted = None
            self.job.cancel()

    def cancel_job(self) -> None:
        """Escape or closing while numbers are re-read: as Cancel."""
        self.cancel_rekey()

    def _set_busy(self, busy: bool) -> None:
        self.form.setRowVisible(self._busy_row, busy)
        self.bar.setVisible(busy)
        self.bar.setRange(0, 0)  # busy until the first numbers are read
        self.cancel_button.setVisible(busy)
        self.close_button.setEnabled(not busy)
        self.me.setEnabled(not busy)
        self._fit_height()

    def set_me(self, contact_id: int | None) -> None:
        """Make the picked contact "me"; a refusal (another login's "me" on a server) is said under the
        box, which goes back to who I still am."""
        try:
            contacts.set_me(contact_id)
        except ValidationError as exc:
            me_id = contacts.me_id()
            self.me.set_contact(me_id, contacts.names([me_id]).get(me_id, "") if me_id is not None else "")
            self.me_note.setText(tr_core(exc.args[0]))
            self._fit_height()
            return
        self.ctx.bus.changed.emit("contacts")


LANGUAGE_CHANGED = 2  # the dialog's result when it closed to open again in a new language


def open_preferences(ctx, parent: QWidget | None = None) -> None:
    """Show the preferences dialog (the main window's menu calls this); after a language change it
    opens again, in the new language, where it was."""
    where = None
    while True:
        dialog = PreferencesDialog(ctx, parent)
        if where is not None:
            dialog.move(where)
        result = dialog.exec()
        where = dialog.pos()
        dialog.deleteLater()
        if result != LANGUAGE_CHANGED:
            return
