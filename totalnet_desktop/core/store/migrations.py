"""Ordered schema steps. Each step and its version bump run in one transaction.

The schema version lives in SQLite's ``PRAGMA user_version`` (on PostgreSQL: the one-row table
``totalnet_schema``). Step 1 is frozen SQL (schema_v1), so later changes to the models never rewrite
history: a change to the schema is a new step here, plus a test that opens a database of the previous
version, on both engines.

On PostgreSQL a step runs its ``apply_pg`` when it has one (FTS5, SQLite triggers), else its SQLite
SQL through the dialect translation (core.store.pg_dialect), and then every identity table gets the
trigger that keeps its sequence past explicit ids (pg_compat).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from totalnet_desktop.core.store import (
    checks,
    engine,
    last_touch,
    me_choice,
    pg_compat,
    pg_notify,
    pg_privacy,
    pg_schema,
    pg_search,
    private_history,
    schema_v1,
    schema_v8,
    search_index,
    stable_ids,
)

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Step:
    version: int
    title: str
    apply: Callable[[object], None]
    apply_pg: Callable[[object], None] | None = None  # PostgreSQL's counterpart when SQL differs


def _step1_base(db) -> None:
    for stmt in schema_v1.SQL.split(";"):
        if stmt.strip():
            db.execute_sql(stmt)


UNDO_TABLE_SQL = (
    ('CREATE TABLE "undo_entry" ("id" INTEGER NOT NULL PRIMARY KEY, "created_at" DATETIME NOT NULL, '
    '"scope" VARCHAR(255) NOT NULL, "label" VARCHAR(255) NOT NULL, "payload" TEXT NOT NULL)'),
    'CREATE INDEX "undo_entry_scope" ON "undo_entry" ("scope")',
)


# The index as schema version 2 made it (frozen: step 3 replaced it).
FTS_V2_SQL = """
CREATE VIRTUAL TABLE IF NOT EXISTS contact_fts USING fts5(
    name, company, job_title, profession, city, points, tags, notes,
    tokenize = "unicode61 remove_diacritics 2"
)
"""


def _step2_search_and_undo(db) -> None:
    for stmt in UNDO_TABLE_SQL:
        db.execute_sql(stmt)
    search_index.install(db, FTS_V2_SQL)
    search_index.rebuild(db)


# The index as schema version 3 made it (frozen: step 6 replaced it).
FTS_V3_SQL = """
CREATE VIRTUAL TABLE IF NOT EXISTS contact_fts USING fts5(
    name, company, job_title, profession, city, points, tags, notes,
    tokenize = "unicode61 remove_diacritics 2",
    prefix = '1 2'
)
"""


def _step3_prefix_index(db) -> None:
    # FTS5 options cannot be altered: rebuild the table. The triggers name it and keep working.
    db.execute_sql(f"DROP TABLE {search_index.FTS_TABLE}")
    db.execute_sql(FTS_V3_SQL)
    search_index.rebuild(db)


# Schema version 4 (frozen): a dated history of stage changes, kept by triggers so that every writer
# (editor, bulk stage, importer, merge, undo, demo) records it. The insert trigger dates a contact's
# first stage by its created_at (an import or an undone merge re-inserts with the original date); the
# update trigger dates a change by the local wall clock, as peewee's ``now()`` stamps rows. Trigger
# names must not contain "fts": the importer drops and re-creates only the search-index triggers.
STAGE_CHANGE_SQL = (
    ('CREATE TABLE "stage_change" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, '
     '"from_stage" VARCHAR(255), "to_stage" VARCHAR(255) NOT NULL, "changed_at" DATETIME NOT NULL, '
     'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)'),
    'CREATE INDEX "stage_change_contact_id" ON "stage_change" ("contact_id")',
    'CREATE INDEX "stage_change_changed_at" ON "stage_change" ("changed_at")',
    # History starts honestly: each existing contact entered its current stage when it was created.
    ('INSERT INTO "stage_change" ("contact_id", "from_stage", "to_stage", "changed_at") '
     'SELECT "id", NULL, "stage", "created_at" FROM "contact" ORDER BY "id"'),
    ("CREATE TRIGGER contact_stage_ai AFTER INSERT ON contact\nBEGIN\n"
     "    INSERT INTO stage_change (contact_id, from_stage, to_stage, changed_at)\n"
     "    VALUES (new.id, NULL, new.stage, coalesce(new.created_at, "
     "strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')));\nEND"),
    ("CREATE TRIGGER contact_stage_au AFTER UPDATE OF stage ON contact WHEN old.stage IS NOT new.stage\n"
     "BEGIN\n"
     "    INSERT INTO stage_change (contact_id, from_stage, to_stage, changed_at)\n"
     "    VALUES (new.id, old.stage, new.stage, strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime'));\nEND"),
)


def _step4_stage_history(db) -> None:
    for stmt in STAGE_CHANGE_SQL:
        db.execute_sql(stmt)


# Schema version 5 (frozen): indexes that only repeated the leading column of a composite index
# (SQLite uses the composite for a lookup on its first column) or that no query can use. Each cost
# a B-tree insert per row: together about a third of a 100,000-row import's write time.
REDUNDANT_INDEXES = (
    "contact_point_contact_id",  # (contact_id, kind, position) leads with it
    "contact_point_key",  # lookups are always by (kind, key)
    "contact_tag_contact_id",  # the unique (contact_id, tag_id) leads with it
    "interaction_contact_id",  # (contact_id, occurred_at) leads with it
    # Names and company are only ever sorted or compared case-insensitively (COLLATE NOCASE,
    # lower()), which these case-sensitive indexes cannot serve.
    "contact_last_name_first_name",
    "contact_company",
)


def _step5_drop_redundant_indexes(db) -> None:
    for name in REDUNDANT_INDEXES:
        db.execute_sql(f'DROP INDEX IF EXISTS "{name}"')


def _step6_search_without_positions(db) -> None:
    db.execute_sql(f"DROP TABLE {search_index.FTS_TABLE}")
    db.execute_sql(search_index.CREATE_FTS)
    search_index.rebuild(db)


def _pg_step1_base(db) -> None:
    pg_compat.install(db)
    _step1_base(db)


def _pg_step2_search_and_undo(db) -> None:
    for stmt in UNDO_TABLE_SQL:
        db.execute_sql(stmt)
    search_index.install(db)
    search_index.rebuild(db)


def _pg_nothing(db) -> None:
    """FTS5 table options only: the PostgreSQL index (GIN over a tsvector) needs no change."""


def _step7_enum_guards(db) -> None:
    checks.install(db)


def _step8_leadership(db) -> None:
    for stmt in schema_v8.STATEMENTS:
        db.execute_sql(stmt)
    checks.install(db)  # follow-ups gained two origins: invite, visitor_drip


# The Contacts list's default order (name, A to Z) straight from an index: the whole sorted id list of
# 100,000 contacts in about 0.06 s instead of a 0.2-0.5 s sort, and its first page at once. Partial
# (live contacts only) and covering (the id is the rowid). search.search_ids names it (INDEXED BY).
NAME_ORDER_INDEX = "contact_name_order"
NAME_ORDER_INDEX_SQL = (
    f'CREATE INDEX IF NOT EXISTS "{NAME_ORDER_INDEX}" ON "contact" '
    '("first_name" COLLATE NOCASE, "last_name" COLLATE NOCASE, "id") WHERE "trashed_at" IS NULL'
)


def _step9_name_order_index(db) -> None:
    db.execute_sql(NAME_ORDER_INDEX_SQL)


# Schema version 10 (frozen): an edit counter on contacts, so that of two people editing one contact
# on a shared database the second save is told it changed instead of overwriting it.
CONTACT_VERSION_SQL = (
    ('CREATE TABLE "contact_version" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, '
     '"version" INTEGER NOT NULL, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)'),
    'CREATE UNIQUE INDEX "contact_version_contact_id" ON "contact_version" ("contact_id")',
)


def _step10_contact_version(db) -> None:
    for stmt in CONTACT_VERSION_SQL:
        db.execute_sql(stmt)


# Schema version 11 (frozen): when a member left the chapter, and the chapter's fee history (a fee with
# the day it starts), so the return on membership charges only months of membership at their fee.
MEMBERSHIP_FEES_SQL = (
    'ALTER TABLE "membership" ADD COLUMN "left_on" DATE',
    ('CREATE TABLE "chapter_fee" ("id" INTEGER NOT NULL PRIMARY KEY, "chapter_id" INTEGER NOT NULL, '
     '"starts_on" DATE NOT NULL, "annual_fee" DECIMAL(12, 2) NOT NULL, '
     'FOREIGN KEY ("chapter_id") REFERENCES "chapter" ("id") ON DELETE CASCADE)'),
    'CREATE UNIQUE INDEX "chapter_fee_chapter_id_starts_on" ON "chapter_fee" ("chapter_id", "starts_on")',
)


def _step11_membership_dates_and_fees(db) -> None:
    for stmt in MEMBERSHIP_FEES_SQL:
        db.execute_sql(stmt)


# Schema version 12 (frozen): touches read from the member's history files (LinkedIn, WhatsApp,
# calendar, mail). Interactions gain a direction, a message count, a source and a unique origin key
# (re-importing adds nothing); each file's import is a history_import row that deletes its touches
# with it; people who matched no contact wait in the review list (history_person, history_pending);
# ignored people are remembered by a hash of their key only.
HISTORY_SQL = (
    ('CREATE TABLE "history_import" ("id" INTEGER NOT NULL PRIMARY KEY, "source" VARCHAR(255) NOT NULL, '
     '"file_name" VARCHAR(255) NOT NULL, "imported_at" DATETIME NOT NULL, "touches" INTEGER NOT NULL, '
     '"pending" INTEGER NOT NULL, "first_at" DATETIME, "last_at" DATETIME)'),
    """ALTER TABLE "interaction" ADD COLUMN "direction" VARCHAR(255) NOT NULL DEFAULT ''""",
    'ALTER TABLE "interaction" ADD COLUMN "count" INTEGER NOT NULL DEFAULT 1',
    """ALTER TABLE "interaction" ADD COLUMN "source" VARCHAR(255) NOT NULL DEFAULT ''""",
    'ALTER TABLE "interaction" ADD COLUMN "origin_key" VARCHAR(255)',
    ('ALTER TABLE "interaction" ADD COLUMN "batch_id" INTEGER '
     'REFERENCES "history_import" ("id") ON DELETE CASCADE'),
    'CREATE UNIQUE INDEX "interaction_origin_key" ON "interaction" ("origin_key")',
    'CREATE INDEX "interaction_batch_id" ON "interaction" ("batch_id")',
    ('CREATE TABLE "history_person" ("id" INTEGER NOT NULL PRIMARY KEY, "source" VARCHAR(255) NOT NULL, '
     '"key" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, '
     '"email" VARCHAR(255) NOT NULL, "url" VARCHAR(255) NOT NULL, "batch_id" INTEGER, '
     '"created_at" DATETIME NOT NULL, "contact_id" INTEGER, '
     'FOREIGN KEY ("batch_id") REFERENCES "history_import" ("id") ON DELETE SET NULL, '
     'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)'),
    'CREATE INDEX "history_person_batch_id" ON "history_person" ("batch_id")',
    'CREATE INDEX "history_person_contact_id" ON "history_person" ("contact_id")',
    'CREATE UNIQUE INDEX "history_person_source_key" ON "history_person" ("source", "key")',
    ('CREATE TABLE "history_pending" ("id" INTEGER NOT NULL PRIMARY KEY, "person_id" INTEGER NOT NULL, '
     '"occurred_at" DATETIME NOT NULL, "channel" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, '
     '"note" TEXT NOT NULL, "direction" VARCHAR(255) NOT NULL, "count" INTEGER NOT NULL, '
     '"source" VARCHAR(255) NOT NULL, "origin_key" VARCHAR(255) NOT NULL, "batch_id" INTEGER, '
     'FOREIGN KEY ("person_id") REFERENCES "history_person" ("id") ON DELETE CASCADE, '
     'FOREIGN KEY ("batch_id") REFERENCES "history_import" ("id") ON DELETE CASCADE)'),
    'CREATE INDEX "history_pending_person_id" ON "history_pending" ("person_id")',
    'CREATE UNIQUE INDEX "history_pending_origin_key" ON "history_pending" ("origin_key")',
    'CREATE INDEX "history_pending_batch_id" ON "history_pending" ("batch_id")',
    ('CREATE TABLE "history_ignored" ("id" INTEGER NOT NULL PRIMARY KEY, "source" VARCHAR(255) NOT NULL, '
     '"key_hash" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL)'),
    'CREATE UNIQUE INDEX "history_ignored_source_key_hash" ON "history_ignored" ("source", "key_hash")',
)


def _step12_history(db) -> None:
    for stmt in HISTORY_SQL:
        db.execute_sql(stmt)


# Schema version 13: a one-to-one read from the calendar is a one-to-one slip (it counts in the weekly
# report) that belongs to its history import: undoing or removing the import removes it too.
ONE_TO_ONE_BATCH_SQL = (
    ('ALTER TABLE "one_to_one" ADD COLUMN "history_batch_id" INTEGER '
     'REFERENCES "history_import" ("id") ON DELETE CASCADE'),
    'CREATE INDEX "one_to_one_history_batch_id" ON "one_to_one" ("history_batch_id")',
)


def _step13_one_to_one_from_history(db) -> None:
    for stmt in ONE_TO_ONE_BATCH_SQL:
        db.execute_sql(stmt)
def _step14_nothing(db) -> None:
    """SQLite has these functions built in."""


def _pg_step14_functions(db) -> None:
    """PostgreSQL: the app's SQLite functions made again (date() gives a date, max/min of two values,
    instr) so the follow-up rules, Insights and reports read the same on both engines."""
    pg_compat.install(db)


# Schema version 15: the live contacts whose names are not plain ASCII letters, digits and spaces
# (accents, other scripts, punctuation). The Contacts list's first page merges these few into SQLite's
# NOCASE order by the locale's collation (core.store.collation); without this index finding them read
# every contact row (about 0.1 s of CPU at start-up with 100,000 contacts). The GLOB pattern must stay
# the one of collation.NOT_PLAIN_GLOB, written out in the query, or SQLite cannot use the index.
NOT_PLAIN_NAME_INDEX = "contact_name_not_plain"
NOT_PLAIN_NAME_WHERE = "(\"first_name\" || \"last_name\") GLOB '*[^A-Za-z0-9 ]*'"
NOT_PLAIN_NAME_INDEX_SQL = (
    f'CREATE INDEX IF NOT EXISTS "{NOT_PLAIN_NAME_INDEX}" ON "contact" '
    f'("first_name" COLLATE NOCASE, "last_name" COLLATE NOCASE, "id") WHERE "trashed_at" IS NULL AND {NOT_PLAIN_NAME_WHERE}'
)


def _step15_not_plain_name_index(db) -> None:
    db.execute_sql(NOT_PLAIN_NAME_INDEX_SQL)


def _pg_step15_nothing(db) -> None:
    """PostgreSQL sorts the whole list by name itself (search._by_name): it never reads this index."""


def _step16_owners(db) -> None:
    """SQLite: the owner columns, left empty (one person owns everything)."""
    for stmt in pg_privacy.SQLITE_SQL:
        db.execute_sql(stmt)


def _pg_step16_owners(db) -> None:
    """PostgreSQL: the owner columns with their row-level security (pg_privacy); the id-following
    trigger function again (it no longer moves a sequence back under another desk's id) and the stage
    history's (a bulk load in its own transaction writes the first stages itself)."""
    pg_compat.install(db)
    pg_schema.stage_trigger(db)  # the stage history's insert trigger steps aside for a bulk load
    pg_search.install(db)  # the index triggers: suspended per transaction, not by a shared row
    pg_privacy.install(db)


def _step17_nothing(db) -> None:
    """SQLite's FTS5 folds the words itself."""


def _pg_step17_search_folding(db) -> None:
    """PostgreSQL: the search index folds accents as FTS5 does (no more, no less), so a search finds the
    same contacts on both engines ('lukasz' does not find 'Łukasz' on either)."""
    pg_search.refold(db)


def _step18_nothing(db) -> None:
    """SQLite has one desk: nobody to tell."""


def _step21_stable_ids(db) -> None:
    """Slips get a uid that travels with them (core.store.stable_ids)."""
    for stmt in stable_ids.sqlite_sql():
        db.execute_sql(stmt)


def _step22_follow_up_key_per_owner(db) -> None:
    """SQLite: a follow-up's origin key is unique per owner, as on PostgreSQL since step 16, so a chapter
    server's queues copied into one file fit (two logins may each have "visit:12:2026-12-07"). The owner is
    empty on a personal file, so uniqueness there is as before."""
    db.execute_sql('DROP INDEX IF EXISTS "follow_up_origin_key"')
    db.execute_sql('CREATE UNIQUE INDEX "follow_up_origin_key" ON "follow_up" ("origin_key", (coalesce("owner", \'\')))')


def _pg_step22_nothing(db) -> None:
    """PostgreSQL: the key is already per owner (step 16)."""


def _pg_step21_stable_ids(db) -> None:
    for stmt in stable_ids.pg_sql():
        db.execute_sql(stmt)


# Schema version 20: history imports and saved mappings are their owner's, and
# the keys that make a re-import add nothing are unique per owner (core.store.private_history).


STEPS: tuple[Step, ...] = (
    Step(1, "base schema: contacts, chapters, meetings, slips, follow-ups", _step1_base, _pg_step1_base),
    Step(2, "full-text search index over contacts, undo log", _step2_search_and_undo,
         _pg_step2_search_and_undo),
    Step(3, "prefix indexes in the contact search (fast first keystrokes)", _step3_prefix_index, _pg_nothing),
    Step(4, "dated history of stage changes (Know, Like, Trust, Partner)", _step4_stage_history,
         pg_schema.stage_history),
    Step(5, "drop indexes that repeat a composite index (faster bulk writes)", _step5_drop_redundant_indexes),
    Step(6, "contact search index without word positions (faster bulk loads)", _step6_search_without_positions,
         _pg_nothing),
    Step(7, "guards: stages, channels, statuses and kinds accept only their listed values", _step7_enum_guards),
    Step(8, "chapter leadership: testimonials, power teams, agenda, visitor stages, rota, speakers",
         _step8_leadership),
    Step(9, "index of live contacts in name order (the Contacts list at once)", _step9_name_order_index),
    Step(10, "edit counter on contacts (a second save from an older read is refused)", _step10_contact_version),
    Step(11, "members' leaving dates and the chapter's fee history", _step11_membership_dates_and_fees),
    Step(12, "history imports: touches with direction, count, source and origin key; review list", _step12_history),
    Step(13, "one-to-ones read from the calendar belong to their history import", _step13_one_to_one_from_history),
    Step(14, "PostgreSQL: SQLite's date and text functions as they answer on SQLite", _step14_nothing,
         _pg_step14_functions),
    Step(15, "index of contacts whose names are not plain ASCII (the Contacts list's first page at once)",
         _step15_not_plain_name_index, _pg_step15_nothing),
    Step(16, "personal rows have an owner; on a shared server others cannot read them", _step16_owners,
         _pg_step16_owners),
    Step(17, "PostgreSQL: the contact search folds accents as the SQLite search does", _step17_nothing,
         _pg_step17_search_folding),
    Step(18, "PostgreSQL: other desks hear each change (LISTEN/NOTIFY) and refresh their screens",
         _step18_nothing, pg_notify.install),
    Step(19, "each contact's last touch, stored and kept by triggers (the follow-up rules at once)",
         last_touch.install, last_touch.install),
    Step(20, "history imports and saved mappings have an owner; each login's re-import keys are its own",
         private_history.install_sqlite, private_history.install_pg),
    Step(21, "slips keep one id wherever they go (a meeting published twice is written once)",
         _step21_stable_ids, _pg_step21_stable_ids),
    Step(22, "a follow-up's origin key is unique per owner on SQLite too (a server's queues fit in one file)",
         _step22_follow_up_key_per_owner, _pg_step22_nothing),
    Step(23, "one roster member is \"me\" for one login only, kept by the database (earliest choice kept)",
         me_choice.install_sqlite, me_choice.install_pg),
)
CURRENT_VERSION = STEPS[-1].version


def schema_version(db) -> int:
    """The database's schema version (0 for a new, empty file or server database)."""
    if engine.is_postgres(db):
        return pg_schema.version(db)
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def _set_version(db, version: int) -> None:
    if engine.is_postgres(db):
        pg_schema.set_version(db, version)
    else:
        db.execute_sql(f"PRAGMA user_version = {int(version)}")


def pending_steps(db) -> list[Step]:
    """Steps not yet applied to this database."""
    version = schema_version(db)
    return [s for s in STEPS if s.version > version]


def migrate(db, up_to: int | None = None) -> list[int]:
    """Apply pending steps (optionally only up to a version); return the versions applied."""
    applied = []
    for step in pending_steps(db):
        if up_to is not None and step.version > up_to:
            break
        logger.info("migrating database to version %s: %s", step.version, step.title)
        with db.atomic():
            if engine.is_postgres(db):
                (step.apply_pg or step.apply)(db)
                pg_compat.follow_ids(db)
            else:
                step.apply(db)
            _set_version(db, step.version)
        applied.append(step.version)
    return applied
