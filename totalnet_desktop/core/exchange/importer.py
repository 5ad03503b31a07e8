"""The import: open a file, plan it (preview and counts), then execute it in ONE transaction.

Cancel, an error or a crash leaves the database exactly as it was (the transaction rolls back); a
backup copy is made before anything is written.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from totalnet_desktop.core.contacts import normalize as nz
from totalnet_desktop.core.exchange import bulk, copy_writer, csv_read, vcard_read
from totalnet_desktop.core.exchange import parallel as parallel_mod
from totalnet_desktop.core.exchange.csv_drafts import CsvDrafts
from totalnet_desktop.core.exchange.csv_write import atomic_text, write_raw
from totalnet_desktop.core.exchange.dedupe import Classifier
from totalnet_desktop.core.exchange.drafts import Draft
from totalnet_desktop.core.exchange.formats import FORMAT_LABELS, FORMAT_SOURCES, IGNORE, suggest_mapping
from totalnet_desktop.core.exchange.planner import Chunk, ChunkPlanner
from totalnet_desktop.core.exchange.rows import RowMaker
from totalnet_desktop.core.exchange.summary import ImportSummary, Rejected
from totalnet_desktop.core.exchange.writer import load_existing
from totalnet_desktop.core.store import backup, engine, last_touch, prefs, read_only, search_index
from totalnet_desktop.core.store.errors import Cancelled, ImportReadError
from totalnet_desktop.core.store.models import Chapter, database
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

__all__ = ["ImportCancelled", "ImportFile", "ImportOptions", "ImportSummary", "Rejected", "execute",
           "open_import", "plan", "save_rejected"]


class ImportCancelled(Cancelled):
    """The user cancelled; nothing was written."""


@dataclass
class ImportFile:
    """A file opened for import: what was detected and the column mapping in use."""

    path: Path
    format: str  # linkedin, google, outlook, vcard, roster, own, csv
    encoding: str
    delimiter: str = ""
    headers: list[str] = field(default_factory=list)
    mapping: tuple[str, ...] = ()
    preamble: list[str] = field(default_factory=list)
    source: csv_read.CsvSource | None = None
    region: str = nz.DEFAULT_REGION  # national phone numbers are read in this region
    keep_unmapped: bool = False  # values of columns the mapping leaves out go to the notes
    fast: bool = True  # common rows built by fast_drafts (False: the general builder for every row)

    @property
    def format_label(self) -> str:
        return FORMAT_LABELS.get(self.format, self.format)

    def drafts(self, progress: Callable[[int, int], None] | None = None) -> Iterator[Draft]:
        """Stream the drafts of the file with the current mapping."""
        if self.format == "vcard":
            _, drafts = vcard_read.read_vcard_file(self.path, self.region)
            yield from drafts
            return
        yield from self.csv_drafts().drafts(progress)

    def csv_drafts(self) -> CsvDrafts:
        """What a helper process needs to read this (CSV) file's drafts."""
        assert self.source is not None
        return CsvDrafts(self.source, self.headers, tuple(self.mapping), self.format == "own", self.region,
                         self.keep_unmapped, self.fast)

    def unmapped_headers(self) -> list[str]:
        """The named columns the current mapping leaves out, in file order."""
        return [h.strip() for h, f in zip(self.headers, self.mapping) if f == IGNORE and h.strip()]


def open_import(path: str | os.PathLike, fmt: str = "auto") -> ImportFile:
    """Open ``path`` and detect its format; raise ImportReadError when it cannot be read at all."""
    path = Path(path)
    if not path.exists():
        raise ImportReadError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} does not exist.").format(path=path))
    if fmt == "vcard" or (fmt == "auto" and vcard_read.is_vcard(path)):
        encoding, _ = vcard_read.read_vcard_file(path)
        return ImportFile(path=path, format="vcard", encoding=encoding)
    source = csv_read.open_csv(path)
    wanted = {"auto": None, "csv": None}.get(fmt, fmt)
    detected = suggest_mapping(source.headers, wanted)
    return ImportFile(path=path, format=detected.format, encoding=source.encoding,
                      delimiter=source.delimiter, headers=source.headers, mapping=detected.mapping,
                      preamble=source.preamble, source=source)


@dataclass
class ImportOptions:
    """What the user chose in steps 4 and 5."""

    policy: str = "merge"  # merge, skip, add
    tag: str | None = None  # None: "Imported FILE DATE"; "" for no tag
    source: str | None = None  # None: from the format
    chapter: str = ""
    connected_interactions: bool = True
    decisions: dict[int, tuple[str, int]] = field(default_factory=dict)  # possible duplicates merged
    region: str | None = None  # None: the phone region in Preferences
    keep_unmapped: bool = False  # keep the values of unmapped columns in the notes ("Column: value")


def use_region(options: ImportOptions) -> str:
    """The region national phone numbers of an import are read in: the options', else Preferences'."""
    return options.region or prefs.phone_region()


DEFAULT_TAG = QT_TRANSLATE_NOOP("Import", "Imported {file} {day}")


def default_tag(imp: ImportFile, today: dt.date | None = None, others: int = 0) -> str:
    """'Imported Connections.csv 26 Nov 2026' ('Connections.csv +2' when two more files come with it):
    a marked text (a Message) that the Import dialog and the CLI show and store in the member's language
    (``i18n.tr_core_stored``); no tag when re-importing the app's own export."""
    if imp.format == "own":
        return ""
    name = f"{imp.path.name} +{others}" if others else imp.path.name
    return DEFAULT_TAG.format(file=name, day=today or dt.date.today())


def plan(imp: ImportFile, options: ImportOptions | None = None, db=database,
         progress: Callable[[int, int], None] | None = None, parallel: bool | None = None) -> ImportSummary:
    """Read the whole file and decide every row without writing anything (preview and counts).

    A large CSV file is read by a helper process, as for ``execute``: faster, and the importing
    process (the dialog) stays free.
    """
    options = options or ImportOptions()
    imp.region = use_region(options)
    imp.keep_unmapped = options.keep_unmapped
    classifier = Classifier(options.policy, imp.region, options.decisions)
    size = imp.path.stat().st_size or 1
    if parallel is None:
        parallel = imp.format != "vcard" and parallel_mod.worth_it(size)
    result: list[ImportSummary] = []
    with bulk.gc_paused():
        load_existing(db, classifier)

        def here() -> Iterator[Chunk]:
            return _planned_here(imp, ChunkPlanner(classifier, None, 1), result)

        chunks = parallel_mod.start_worker(imp.csv_drafts(), imp.path.name, classifier, None, 1, result, here) \
            if parallel else here()
        try:
            for chunk in chunks:
                if progress is not None:
                    progress(chunk.position, size)
        finally:
            chunks.close()
    if progress is not None:
        progress(size, size)
    return _finished(imp, result[0])


def execute(imp: ImportFile, options: ImportOptions | None = None, db=database, backup_dir: Path | None = None,
            progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None, parallel: bool | None = None) -> ImportSummary:
    """Import the file in one transaction; raise ImportCancelled (nothing written) on cancel.

    ``parallel``: plan the rows in a helper process while this thread writes (None: for CSV files
    of ``parallel.MIN_BYTES`` or more).
    """
    read_only.refuse(db)  # before the backup, the file or the helper: nothing may be written here
    options = options or ImportOptions()
    started = time.perf_counter()
    backup_path = backup.before_event(db, backup_dir, "pre-import")
    tag = str(default_tag(imp)) if options.tag is None else options.tag
    source = FORMAT_SOURCES.get(imp.format, "Import") if options.source is None else options.source
    size = imp.path.stat().st_size or 1
    if parallel is None:
        # Not on a chapter server: there the writing already runs in another process (the server's),
        # beside this one's planning; the helper added nothing but its start (docs/decisions).
        parallel = imp.format != "vcard" and not engine.is_postgres(db) and parallel_mod.worth_it(size)
    imp.region = use_region(options)
    imp.keep_unmapped = options.keep_unmapped

    with (bulk.gc_paused(), db.atomic(), search_index.suspended(db), bulk.index_triggers_dropped(db),
          bulk.indexes_deferred(db), bulk.guards_checked_after(db), bulk.stage_history_in_bulk(db) as stage_rows,
          last_touch.deferred(db)):
        classifier = Classifier(options.policy, imp.region, options.decisions)
        load_existing(db, classifier)
        chapter_id = _chapter_id(options.chapter) if options.chapter.strip() else None
        now = dt.datetime.now().replace(microsecond=0).isoformat(sep=" ")
        writer = copy_writer.writer_for(db, RowMaker(source, now, [], chapter_id, options.connected_interactions),
                                        stage_rows=stage_rows)
        writer.maker.tag_ids = [writer.tag_id(tag)] if tag.strip() else []
        next_id = copy_writer.first_new_id(db, imp.path)
        result: list[ImportSummary] = []

        def here() -> Iterator[Chunk]:
            return _planned_here(imp, ChunkPlanner(classifier, writer.maker, next_id), result)

        chunks = parallel_mod.start_worker(imp.csv_drafts(), imp.path.name, classifier, writer.maker, next_id,
                                           result, here) if parallel else here()
        try:
            for chunk in chunks:
                writer.write(chunk.rows)
                # First stages before merges: a later row of the chunk that merges into a new contact
                # and changes its stage is then recorded as a move from that first stage.
                writer.after_new(chunk.first_id, chunk.last_id)
                writer.merge(chunk.merges)
                _tick(progress, cancelled, chunk.position, size)
        finally:
            chunks.close()  # stops a helper process early on cancel or error
        summary = _finished(imp, result[0])
        _tick(progress, cancelled, size, size)
        rows_done = time.perf_counter()
        writer.index_new()
        new_ids = writer.new_ids()
        _reindex(db, {cid for cid in writer.merged if cid not in new_ids})
        finishing = time.perf_counter()
    done = time.perf_counter()
    summary.backup_path = backup_path
    logger.info("import of %s: %s in %.2f s (rows %.2f s with%s a planning helper, merged contacts "
                "reindexed %.2f s, commit %.2f s)", imp.path, summary.line(), done - started,
                rows_done - started, "" if parallel else "out", finishing - rows_done, done - finishing)
    return summary


def _finished(imp: ImportFile, summary: ImportSummary) -> ImportSummary:
    """The unmapped columns in the file's order, and whether their values were kept."""
    if summary.unmapped:
        order = {h: i for i, h in enumerate(imp.unmapped_headers())}
        summary.unmapped = dict(sorted(summary.unmapped.items(), key=lambda item: order.get(item[0], len(order))))
    summary.kept_unmapped = imp.keep_unmapped and bool(summary.unmapped)
    return summary


def _planned_here(imp: ImportFile, planner: ChunkPlanner, result: list[ImportSummary]) -> Iterator[Chunk]:
    """Chunks planned in this thread (small files, vCards); the summary is put in ``result``."""
    position = [0]

    def on_bytes(done: int, total: int) -> None:
        position[0] = done

    yield from planner.chunks(imp.drafts(on_bytes), lambda: position[0])
    result.append(planner.summary)


def _reindex(db, merged: set[int]) -> None:
    """Redo the search rows of contacts changed by a merge (the whole index when most were)."""
    if not merged:
        return
    total = db.execute_sql("SELECT count(*) FROM contact").fetchone()[0]
    if len(merged) * 2 >= total:
        search_index.recreate(db)
    else:
        search_index.rebuild(db, sorted(merged))


def _tick(progress, cancelled, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)
    if cancelled is not None and cancelled():
        raise ImportCancelled(QT_TRANSLATE_NOOP(
            "Errors", "The import was cancelled; nothing was changed."))


def _chapter_id(name: str) -> int:
    """The chapter called ``name``, created when missing."""
    chapter, created = Chapter.get_or_create(name=nz.clean(name))
    if created:
        logger.info("chapter %s created by an import", chapter.name)
    return chapter.id


def save_rejected(imp: ImportFile, summary: ImportSummary, path: str | os.PathLike) -> int:
    """Write the rejected rows, as read, to a file the user can fix and import again.

    CSV sources give a CSV with the original header plus a "Rejected because" column (cells are
    written as they were read, so the same mapping applies); vCard sources give a .vcf of the cards.
    """
    path = Path(path)
    if imp.format == "vcard":
        with atomic_text(path) as fh:
            fh.writelines(r.cells[0] for r in summary.rejected if r.cells)
        return len(summary.rejected)
    return write_raw(path, [*imp.headers, "Rejected because"],
                     ([*r.cells, f"row {r.line}: {r.reason}"] for r in summary.rejected))
