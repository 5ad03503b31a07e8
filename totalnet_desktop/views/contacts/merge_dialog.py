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
from totalnet_desktop.core.store.models import CHANNEL_LABELS
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.sizing import fit_resize

logger = logging.getLogger(__name__)

FIELD_LABELS = {
    "first_name": "First name", "last_name": "Last name", "company": "Company", "job_title": "Job title",
    "profession": "Profession", "city": "City", "stage": "Stage", "cadence_days": "Cadence (days)",
    "source": "Source", "met_on": "Met on", "met_where": "Met where", "met_channel": "Met via",
    "introduced_by_id": "Introduced by", "notes": "Notes",
}


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _and(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def self_link_text(links: SelfLinks) -> str:
    """What the merge removes or clears because it would link the contact to themselves ("" if nothing)."""
    removed = [_count(len(rows), noun) for rows, noun in ((links.referrals, "referral"),
               (links.thank_yous, "thank-you"), (links.one_to_ones, "one-to-one")) if rows]
    sentences = []
    if removed:
        sentences.append(f"{_and(removed)} between these records will be removed: both ends would be "
                         "the same person.")
    if links.prospects:
        sentences.append(f"The prospect of {_count(len(links.prospects), 'referral')} will be cleared: "
                         "it would be the giver or receiver.")
    if links.substitutes:
        sentences.append(f"The substitute at {_count(len(links.substitutes), 'meeting')} will be cleared: "
                         "the member would have stood in for themselves.")
    if links.inviters:
        sentences.append(f"Who invited the visitor at {_count(len(links.inviters), 'meeting')} will be "
                         "cleared: the visitor would have invited themselves.")
    return "\n".join(sentences)


class MergeDialog(QDialog):
    """Choose the survivor and the values; ``merge()`` does it in one transaction (undoable)."""

    def __init__(self, ctx, ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.preview = contact_merge.preview(ids)
        self.ids: list[int] = [r.id for r in self.preview.records if r.id is not None]  # saved records
        self.merged_id: int | None = None
        self.setWindowTitle(f"Merge {len(self.ids)} contacts")
        fit_resize(self, min(1100, 300 + 260 * len(self.ids)), 640)
        names = contacts.names(r.introduced_by_id for r in self.preview.records if r.introduced_by_id)
        for contact_id in set(names) & set(self.ids):  # nobody introduces themselves: the merge clears it
            names[contact_id] += " (one of these: none)"
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        self.survivor_group = QButtonGroup(self)
        self.survivor_buttons: dict[int, QRadioButton] = {}
        grid.addWidget(QLabel("<b>Keep as</b>"), 0, 0)
        for col, (record, rid) in enumerate(zip(self.preview.records, self.ids), start=1):
            button = QRadioButton(record.name or "(no name)")
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
            grid.addWidget(QLabel(FIELD_LABELS[name]), row, 0)
            differs = name in self.preview.differing
            group = QButtonGroup(self)
            self.choice_groups[name] = group if differs else None
            default = self.preview.defaults.get(name)
            picked = False
            for col, (record, rid) in enumerate(zip(self.preview.records, self.ids), start=1):
                value = getattr(record, name)
                text = self._show(name, value, names)
                if differs:
                    button = QRadioButton(text or "(empty)")
                    button.setToolTip(text)
                    if not picked and value == default:
                        button.setChecked(True)
                        picked = True
                    group.addButton(button, rid)
                    self.choice_buttons[(name, rid)] = button
                    grid.addWidget(button, row, col)
                else:
                    label = QLabel(html.escape(text))
                    label.setWordWrap(True)
                    grid.addWidget(label, row, col)
            if differs and name == "notes" and default and not picked:
                combined = QLabel("<i>Default: all notes kept, one after another.</i>")
                grid.addWidget(combined, row + 1, 1, 1, len(self.ids))
                row += 1
            row += 1
        grid.addWidget(QLabel("Phones, e-mails, profiles"), row, 0)
        for col, (record, rid) in enumerate(zip(self.preview.records, self.ids), start=1):
            label = QLabel(html.escape("\n".join(p.value for p in record.points)) or "-")
            label.setWordWrap(True)
            grid.addWidget(label, row, col)
        row += 1
        grid.addWidget(QLabel("History"), row, 0)
        for col, (record, rid) in enumerate(zip(self.preview.records, self.ids), start=1):
            c = self.preview.counts[rid]
            parts = [_count(c.interactions, "interaction"), _count(c.referrals, "referral"),
                     _count(c.thank_yous, "thank-you"), _count(c.meetings, "meeting"),
                     _count(c.followups, "follow-up"), _count(len(record.tags), "tag")]
            grid.addWidget(QLabel(",\n".join(", ".join(parts[k:k + 2]) for k in range(0, 6, 2))), row, col)
        body = QWidget()
        body.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        links = self.preview.self_links
        note = QLabel(("Everything else is kept" if links else "Everything is kept")
                      + ": every phone, e-mail, profile, tag, interaction, referral, "
                      "thank-you, meeting attended and follow-up moves to the contact you keep. "
                      + ("Ctrl+Z undoes the merge, removals included." if links else "Ctrl+Z undoes the merge."))
        note.setWordWrap(True)
        # Rows between the merged records: said before the merge, since they are the only ones not kept.
        self.self_link_note = QLabel(self_link_text(links))
        self.self_link_note.setObjectName("self_link_note")
        self.self_link_note.setStyleSheet(
            theme.panel_style("self_link_note", "warning", "padding: 6px;"))
        self.self_link_note.setWordWrap(True)
        self.self_link_note.setVisible(bool(links))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Merge")
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
            return CHANNEL_LABELS.get(value, value)
        if name == "met_on" and hasattr(value, "strftime"):
            return f"{value.day} {value:%b %Y}"
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
            QMessageBox.warning(self, "Merge", str(exc))
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
