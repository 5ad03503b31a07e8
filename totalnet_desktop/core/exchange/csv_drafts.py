"""The drafts of a CSV file with a column mapping: what a planning helper process needs to read
(kept apart from ``importer`` so that process starts without loading the rest of the import)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from totalnet_desktop.core.exchange.csv_read import CsvSource
from totalnet_desktop.core.exchange.drafts import Draft, RowBuilder
from totalnet_desktop.core.exchange.fast_drafts import fast_builder


@dataclass
class CsvDrafts:
    """A CSV source, its mapping, and the region its national phone numbers are read in."""

    source: CsvSource
    headers: list[str]
    mapping: tuple[str, ...]
    own: bool  # the app's own export: its conventions are undone exactly
    region: str
    keep_unmapped: bool = False  # unmapped columns' values go to the notes
    fast: bool = True  # the common row built by fast_drafts (same drafts, less work)

    def drafts(self, progress: Callable[[int, int], None] | None = None) -> Iterator[Draft]:
        """Stream the drafts; ``progress(bytes_read, size)`` now and then."""
        builder = RowBuilder(self.headers, self.mapping, own=self.own, region=self.region,
                             keep_unmapped=self.keep_unmapped)
        build = (fast_builder(builder) if self.fast else None) or builder.build
        for row in self.source.rows(progress):
            if row.repeat_header:
                yield Draft(line=row.line, problem=row.problem, repeat_header=True, cells=row.cells)
                continue
            draft = build(row.line, row.cells)
            if row.warnings:
                draft.warnings[:0] = list(row.warnings)
            if row.problem:
                draft.problem = row.problem
            yield draft
