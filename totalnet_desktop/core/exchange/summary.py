"""The counts and details of an import (or of a plan of one): what each row became."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from totalnet_desktop.core.exchange.dedupe import MERGE, NEW, REJECT, SKIP, Decision, Possible
from totalnet_desktop.core.exchange.drafts import Draft
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

PREVIEW_ROWS = 50
POSSIBLE_LIMIT = 1000
WARNING_LIMIT = 5000


@dataclass(frozen=True)
class Rejected:
    line: int
    reason: str
    cells: tuple[str, ...]


@dataclass
class ImportSummary:
    """Counts and details of a plan or of a finished import."""

    imported: int = 0
    merged: int = 0
    skipped: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[tuple[int, str]] = field(default_factory=list)  # the first WARNING_LIMIT
    warning_count: int = 0
    possible: list[Possible] = field(default_factory=list)
    possible_count: int = 0
    preview: list[tuple[Draft, Decision]] = field(default_factory=list)
    rows: int = 0
    matches: int = 0  # same e-mail or profile as a contact (merged, skipped or added by policy)
    repeats: int = 0  # the same person as an earlier row of the file
    backup_path: Path | None = None
    # Columns the mapping left out: header -> rows that held a value there (kept in the notes or not).
    unmapped: dict[str, int] = field(default_factory=dict)
    kept_unmapped: bool = False
    header_repeats: list[int] = field(default_factory=list)  # lines where the header row came again

    def add(self, other: ImportSummary) -> None:
        """Fold another file's summary into this one (several files in one import)."""
        self.imported += other.imported
        self.merged += other.merged
        self.skipped += other.skipped
        self.rejected.extend(other.rejected)
        self.warnings.extend(other.warnings)
        self.warning_count += other.warning_count
        self.possible.extend(other.possible)
        self.possible_count += other.possible_count
        self.rows += other.rows
        self.matches += other.matches
        self.repeats += other.repeats
        for header, rows in other.unmapped.items():
            self.unmapped[header] = self.unmapped.get(header, 0) + rows
        self.kept_unmapped = self.kept_unmapped or other.kept_unmapped
        self.header_repeats.extend(other.header_repeats)

    def line(self) -> str:
        """The one-line summary the command line prints."""
        # Counts as plain digits: scripts (and the built app's check) read this line.
        return QT_TRANSLATE_NOOP("Import", "imported {imported}, merged {merged}, skipped {skipped}, rejected {rejected}") \
            .format(imported=str(self.imported), merged=str(self.merged), skipped=str(self.skipped),
                    rejected=str(len(self.rejected)))

    def dry_run_line(self) -> str:
        """What ``--dry-run`` prints: the same counts, said as what would happen."""
        return QT_TRANSLATE_NOOP("Import", "would import {imported}, merge {merged}, skip {skipped}, reject {rejected}") \
            .format(imported=str(self.imported), merged=str(self.merged), skipped=str(self.skipped),
                    rejected=str(len(self.rejected)))


def count(summary: ImportSummary, draft: Draft, decision: Decision) -> None:
    """Record what became of one row."""
    if draft.repeat_header:
        summary.header_repeats.append(draft.line)
        return
    summary.rows += 1
    if draft.unmapped:
        unmapped = summary.unmapped
        for header in draft.unmapped:
            unmapped[header] = unmapped.get(header, 0) + 1
    action = decision.action
    if decision.match_kind:
        if decision.match_kind == "row":
            summary.repeats += 1
        else:
            summary.matches += 1
    if action == NEW:
        summary.imported += 1
        if decision.has_possible:
            summary.possible_count += 1
            if len(summary.possible) < POSSIBLE_LIMIT:
                summary.possible.extend(decision.possible[:1])
    elif action == MERGE:
        summary.merged += 1
    elif action == SKIP:
        summary.skipped += 1
    elif action == REJECT:
        summary.rejected.append(Rejected(draft.line, decision.reason, tuple(draft.cells)))
    if draft.warnings:
        summary.warning_count += len(draft.warnings)
        if len(summary.warnings) < WARNING_LIMIT:
            summary.warnings.extend((draft.line, w) for w in draft.warnings)
    if len(summary.preview) < PREVIEW_ROWS:
        summary.preview.append((draft, decision))
    if action != REJECT:
        draft.cells = []  # only rejected rows need their cells (for "Save the rejected rows")
