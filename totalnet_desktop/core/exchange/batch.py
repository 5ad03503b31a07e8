"""What the import dialog needs around the importer: a quick preview, several files in one
transaction, chapter names, and releasing a worker thread's connection."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from pathlib import Path

from totalnet_desktop.core.exchange.dedupe import Classifier, Decision
from totalnet_desktop.core.exchange.drafts import Draft
from totalnet_desktop.core.exchange.importer import (
    ImportFile,
    ImportOptions,
    ImportSummary,
    execute,
    plan,
    use_region,
)
from totalnet_desktop.core.exchange.writer import load_existing
from totalnet_desktop.core.store import backup
from totalnet_desktop.core.store.models import Chapter, database

logger = logging.getLogger(__name__)


def preview(imp: ImportFile, options: ImportOptions | None = None, limit: int = 50,
            classifier: Classifier | None = None) -> list[tuple[Draft, Decision]]:
    """The first ``limit`` rows as they will be stored, each with its decision (reads no further)."""
    options = options or ImportOptions()
    imp.region = use_region(options)
    imp.keep_unmapped = options.keep_unmapped
    if classifier is None:
        classifier = existing_classifier(options)
    return [(d, classifier.classify(d)) for d in itertools.islice(imp.drafts(), limit)]


def existing_classifier(options: ImportOptions) -> Classifier:
    """A classifier that knows every live contact (load once, copy per preview)."""
    classifier = Classifier(options.policy, use_region(options), options.decisions)
    load_existing(database, classifier)
    return classifier


def live_contact_count() -> int:
    """How many contacts (not in the trash) an import is checked against."""
    return database.execute_sql("SELECT count(*) FROM contact WHERE trashed_at IS NULL").fetchone()[0]


def plan_files(files: list[ImportFile], options: list[ImportOptions],
               progress: Callable[[int, int], None] | None = None) -> list[ImportSummary]:
    """Plan each file (no writing): counts, possible duplicates, rejected rows."""
    out = []
    for index, (imp, opts) in enumerate(zip(files, options)):
        out.append(plan(imp, opts, progress=_scaled(progress, index, len(files))))
    return out


def execute_files(files: list[ImportFile], options: list[ImportOptions], backup_dir: Path | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> list[ImportSummary]:
    """Import several files in ONE transaction (after one backup); cancel rolls all of them back."""
    backup_path = backup.before_event(database, backup_dir, "pre-import")
    results = []
    with database.atomic():
        for index, (imp, opts) in enumerate(zip(files, options)):
            results.append(execute(imp, opts, progress=_scaled(progress, index, len(files)),
                                   cancelled=cancelled))
    if results:
        results[0].backup_path = backup_path
    return results


def _scaled(progress, index: int, count: int):
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        share = 1000 // max(count, 1)
        progress(index * share + (share * done // max(total, 1)), share * count)

    return report


def chapter_names() -> list[str]:
    """Names of the chapters, for the roster option."""
    return [c.name for c in Chapter.select(Chapter.name).order_by(Chapter.name)]


def release_thread_connection() -> None:
    """Close this thread's database connection (peewee keeps one per thread)."""
    if not database.is_closed():
        database.close()
