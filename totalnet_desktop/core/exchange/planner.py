"""Deciding the rows of an import chunk by chunk, without touching the database.

The planner classifies each draft in file order, numbers the new contacts from the next free id,
resolves a merge into an earlier row of the file to that row's id, counts every row in the summary
and makes the rows to write. It runs in the importing thread for small files and in a second
process for large ones (``exchange.parallel``); either way the writer gets the same chunks.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from totalnet_desktop.core.exchange.dedupe import MERGE, NEW, Classifier
from totalnet_desktop.core.exchange.drafts import Draft
from totalnet_desktop.core.exchange.rows import NewRows, RowMaker
from totalnet_desktop.core.exchange.summary import ImportSummary, count

CHUNK = 2000


@dataclass
class Chunk:
    """What the writer does for one run of rows: insert the new, merge the matched."""

    rows: NewRows
    first_id: int  # the new contacts are first_id .. last_id (none when last_id < first_id)
    last_id: int
    merges: list[tuple[int, Draft]] = field(default_factory=list)  # (contact id, draft)
    position: int = 0  # bytes of the file read so far


class ChunkPlanner:
    """Turns drafts into chunks; keeps the summary of every row it saw."""

    def __init__(self, classifier: Classifier, maker: RowMaker | None, next_id: int) -> None:
        """``maker`` None: only decide and count (a plan shown before the import); chunks are empty."""
        self.classifier = classifier
        self.maker = maker
        self.next_id = next_id
        self.row_ids: dict[int, int] = {}  # file line -> new contact id
        self.summary = ImportSummary()

    def plan(self, drafts: Iterable[Draft]) -> Chunk:
        if self.maker is None:
            for draft in drafts:
                count(self.summary, draft, self.classifier.classify(draft))
            return Chunk(NewRows(), self.next_id, self.next_id - 1)
        first = self.next_id
        new: list[tuple[int, Draft]] = []
        merges: list[tuple[int, Draft]] = []
        classify = self.classifier.classify
        for draft in drafts:
            decision = classify(draft)
            if decision.action == NEW:
                cid = self.next_id
                self.next_id += 1
                self.row_ids[draft.line] = cid
                new.append((cid, draft))
            elif decision.action == MERGE:
                target = decision.target_id
                if target is None:
                    target = self.row_ids.get(decision.target_line or -1)
                if target is not None:
                    merges.append((target, draft))
            count(self.summary, draft, decision)
        return Chunk(self.maker.new(new), first, self.next_id - 1, merges)

    def chunks(self, drafts: Iterable[Draft], position=lambda: 0, size: int = CHUNK) -> Iterator[Chunk]:
        """Plan ``drafts`` in chunks of ``size``; ``position()`` gives the bytes read so far."""
        batch: list[Draft] = []
        for draft in drafts:
            batch.append(draft)
            if len(batch) >= size:
                chunk = self.plan(batch)
                chunk.position = position()
                yield chunk
                batch = []
        chunk = self.plan(batch)
        chunk.position = position()
        yield chunk
