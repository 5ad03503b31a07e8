"""Merge: the contacts side by side, one column each; pick the record that survives and, where they
differ, the value to keep. Every phone, e-mail, profile, tag and piece of history is kept."""

from __future__ import annotations

import html
import logging

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.contacts import merge as contact_merge
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.contacts.merge_links import SelfLinks
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, date_text, embedded, number, tr_core, translate
from totalnet_desktop.qtmodels.labels import channel_label, source_label, stage_label
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.sizing import fit_resize

logger = logging.getLogger(__name__)

FIELD_LABELS = {
    "first_name": QT_TRANSLATE_NOOP("MergeDialog", "First name"),
    "last_name": QT_TRANSLATE_NOOP("MergeDialog", "Last name"),
    "company": QT_TRANSLATE_NOOP("MergeDialog", "Company"), "job_title": QT_TRANSLATE_NOOP("MergeDialog", "Job title"),
    "profession": QT_TRANSLATE_NOOP("MergeDialog", "Profession"), "city": QT_TRANSLATE_NOOP("MergeDialog", "City"),
    "stage": QT_TRANSLATE_NOOP("MergeDialog", "Stage"),
    "cadence_days": QT_TRANSLATE_NOOP("MergeDialog", "Cadence (days)"),
    "source": QT_TRANSLATE_NOOP("MergeDialog", "Source"), "met_on": QT_TRANSLATE_NOOP("MergeDialog", "Met on"),
    "met_where": QT_TRANSLATE_NOOP("MergeDialog", "Met where"),
    "met_channel": QT_TRANSLATE_NOOP("MergeDialog", "Met via"),
    "introduced_by_id": QT_TRANSLATE_NOOP("MergeDialog", "Introduced by"),
    "notes": QT_TRANSLATE_NOOP("MergeDialog", "Notes"),
}


def _and(parts: list[str]) -> str:
    if len(parts) == 1:
        return parts[0]
    return translate("MergeDialog", "{items} and {last}").format(
        items=translate("MergeDialog", ", ").join(parts[:-1]), last=parts[-1])


def self_link_text(links: SelfLinks) -> str:
    """What the merge removes or clears because it would link the contact to themselves ("" if nothing)."""
    referrals, thank_yous, one_to_ones = len(links.referrals), len(links.thank_yous), len(links.one_to_ones)
    prospects, substitutes, inviters = len(links.prospects), len(links.substitutes), len(links.inviters)
    removed = []
    if links.referrals:
        removed.append(translate("MergeDialog", "%Ln referral(s)", None, referrals))
    if links.thank_yous:
        removed.append(translate("MergeDialog", "%Ln thank-you(s)", None, thank_yous))
    if links.one_to_ones:
        removed.append(translate("MergeDialog", "%Ln one-to-one(s)", None, one_to_ones))
    sentences = []
    if removed:
        sentences.append(translate("MergeDialog", "{items} between these records will be removed: both ends "
                                   "would be the same person.").format(items=_and(removed)))
    if links.prospects:
        sentences.append(translate("MergeDialog", "The prospect of %Ln referral(s) will be cleared: it would be "
                                   "the giver or receiver.", None, prospects))
    if links.substitutes:
        sentences.append(translate("MergeDialog", "The substitute at %Ln meeting(s) will be cleared: the member "
                                   "would have stood in for themselves.", None, substitutes))
    if links.inviters:
        sentences.append(translate("MergeDialog", "Who invited the visitor at %Ln meeting(s) will be cleared: the "
                                   "visitor would have invited themselves.", None, inviters))
    return "\n".join(sentences)


class MergeDialog(QDialog):
    """Choose the survivor and the values; ``merge()`` does it in one transaction (undoable)."""

    def __init__(self, ctx, ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.preview = contact_merge.preview(ids)
        self.ids: list[int] = [r.id for r in self.preview.records if r.id is not None]  # saved records
        self.merged_id: int | None = None
        self.setWindowTitle(self.tr("Merge %Ln contact(s)", "", len(self.ids)))
        fit_resize(self, min(1100, 300 + 260 * len(self.ids)), 640)
        names = contacts.names(r.introduced_by_id for r in self.preview.records if r.introduced_by_id)
        for contact_id in set(names) & set(self.ids):  # nobody introduces themselves: the merge clears it
            names[contact_id] += " " + self.tr("(one of these: none)")
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.survivor_group = QButtonGroup(self)
        self.survivor_buttons: dict[int, QRadioButton] = {}
        grid.addWidget(QLabel("<b>" + self.tr("Keep as") + "</b>"), 0, 0)
        for col, (record, rid) in enumerate(zip(self.preview.records, self.ids), start=1):
            button = QRadioButton(record.name or self.tr("(no name)"))
            button.setStyleSheet("font-weight: bold;")
            button.setChecked(rid == self.preview.survivor_id)
            self.survivor_group.addButton(button, rid)
            self.survivor_buttons[rid] = button
            grid.addWidget(button, 0, col)
        self.choice_groups: dict[str, QButtonGroup | None] = {}
        self.choice_buttons: dict[tuple[str, int], QRadioButton] = {}
        row = 1
        for name in contact_merge.MERGE_FIELDS:
            values = [getattr(r, name) for r in self.preview.records]
            if all(v in (None, "") for v in values):
                continue
            grid.addWidget(QLabel(translate("MergeDialog", FIELD_LABELS[name])), row, 0)
            differs = name in self.preview.differing
            group = QButtonGroup(self)
            self.choice_groups[name] = group if differs else None
            default = self.preview.defaults.get(name)
            picked = False
            for col, (record, rid) in enumerate(zip(self.preview.records, self.ids), start=1):
                value = getattr(record, name)
                text = self._show(name, value, names)
                if differs:
                    # a value is data, often Latin in an Arabic dialog: kept whole ("Pioneers." not ".Pioneers")
                    button = QRadioButton(embedded(text) if text else self.tr("(empty)"))
                    button.setAccessibleName(self.tr("Keep {field}: {value}").format(
                        field=translate("MergeDialog", FIELD_LABELS[name]), value=text or self.tr("(empty)")))
                    button.setToolTip(text)
                    if not picked and value == default:
                        button.setChecked(True)
                        picked = True
                    group.addButton(button, rid)
                    self.choice_buttons[(name, rid)] = button
                    grid.addWidget(button, row, col)
                else:
                    label = QLabel(html.escape(embedded(text)))
                    label.setWordWrap(True)
                    grid.addWidget(label, row, col)
            if differs and name == "notes" and default and not picked:
                # Muted rather than italic: the default fonts have no oblique Arabic letters.
                combined = QLabel(self.tr("Default: all notes kept, one after another."))
                theme.style_text(combined, "muted")
                grid.addWidget(combined, row + 1, 1, 1, len(self.ids))
                row += 1
            row += 1
        grid.addWidget(QLabel(self.tr("Phones, e-mails, profiles")), row, 0)
        for col, (record, rid) in enumerate(zip(self.preview.records, self.ids), start=1):
            label = QLabel(html.escape("\n".join(p.value for p in record.points)) or "-")
            label.setWordWrap(True)
            grid.addWidget(label, row, col)
        row += 1
        grid.addWidget(QLabel(self.tr("History")), row, 0)
        for col, (record, rid) in enumerate(zip(self.preview.records, self.ids), start=1):
            c = self.preview.counts[rid]
            parts = [self.tr("%Ln interaction(s)", "", c.interactions), self.tr("%Ln referral(s)", "", c.referrals),
                     self.tr("%Ln thank-you(s)", "", c.thank_yous), self.tr("%Ln meeting(s)", "", c.meetings),
                     self.tr("%Ln follow-up(s)", "", c.followups), self.tr("%Ln tag(s)", "", len(record.tags))]
            comma = self.tr(", ")
            grid.addWidget(QLabel((comma.rstrip() + "\n").join(comma.join(parts[k:k + 2]) for k in range(0, 6, 2))),
                           row, col)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        links = self.preview.self_links
        if links:
            note = QLabel(self.tr("Everything else is kept: every phone, e-mail, profile, tag, interaction, "
                                  "referral, thank-you, meeting attended and follow-up moves to the contact you "
                                  "keep. Ctrl+Z undoes the merge, removals included."))
        else:
            note = QLabel(self.tr("Everything is kept: every phone, e-mail, profile, tag, interaction, referral, "
                                  "thank-you, meeting attended and follow-up moves to the contact you keep. "
                                  "Ctrl+Z undoes the merge."))
        note.setWordWrap(True)
        # Rows between the merged records: said before the merge, since they are the only ones not kept.
        self.self_link_note = QLabel(self_link_text(links))
        self.self_link_note.setObjectName("self_link_note")
        self.self_link_note.setStyleSheet(
            theme.panel_style("self_link_note", "warning", "padding: 6px;"))
        self.self_link_note.setWordWrap(True)
        self.self_link_note.setVisible(bool(links))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.self_link_note)
        layout.addWidget(note)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)

    @staticmethod
    def _show(name: str, value, names: dict[int, str]) -> str:
        if value in (None, ""):
            return ""
        if name == "introduced_by_id":
            return names.get(value, f"#{value}")
        if name == "met_channel":
            return channel_label(value)
        if name == "stage":
            return stage_label(value)
        if name == "source":
            return source_label(value)
        if name == "cadence_days":
            return number(value)
        if name == "met_on" and hasattr(value, "strftime"):
            return date_text(value)
        text = str(value)
        return text if len(text) < 80 else text[:77] + "..."

    def survivor_id(self) -> int:
        return self.survivor_group.checkedId()

    def set_survivor(self, contact_id: int) -> None:
        self.survivor_buttons[contact_id].setChecked(True)

    def choose(self, field: str, contact_id: int) -> None:
        """Keep ``field`` from ``contact_id``."""
        self.choice_buttons[(field, contact_id)].setChecked(True)

    def chosen_values(self) -> dict:
        """The field values the survivor will have."""
        values = dict(self.preview.defaults)
        by_id = {r.id: r for r in self.preview.records}
        for name, group in self.choice_groups.items():
            if group is not None and group.checkedId() in by_id:
                values[name] = getattr(by_id[group.checkedId()], name)
        return values

    def merge(self) -> int | None:
        """Do the merge (one transaction; a backup first when merging many) and close."""
        try:
            self.merged_id = contact_merge.merge(self.ids, self.survivor_id(), self.chosen_values(),
                                                 backup_dir=self.ctx.paths.backup_dir)
        except TotalNetError as exc:
            QMessageBox.warning(self, self.tr("Merge"), tr_core(exc))
            return None
        self.ctx.bus.changed.emit("contacts")
        self.accept()
        return self.merged_id

    @classmethod
    def run(cls, ctx, ids: list[int], parent: QWidget | None = None) -> tuple[int | None, bool]:
        """Open modally; return (surviving contact id, accepted)."""
        dialog = cls(ctx, ids, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.merged_id, accepted
