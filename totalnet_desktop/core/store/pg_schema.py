"""Schema pieces that differ on PostgreSQL: where the version lives, and the SQLite triggers of
migration steps rewritten in PL/pgSQL (the tables themselves come from the steps' SQL, translated)."""

from __future__ import annotations

VERSION_TABLE = "totalnet_schema"


def version(db) -> int:
    """The schema version (0 when TotalNet has never written to this database)."""
    exists = db.execute_sql("SELECT to_regclass(?) IS NOT NULL", (VERSION_TABLE,)).fetchone()[0]
    if not exists:
        return 0
    row = db.execute_sql(f"SELECT version FROM {VERSION_TABLE}").fetchone()
    return int(row[0]) if row else 0


def set_version(db, value: int) -> None:
    db.execute_sql(f"CREATE TABLE IF NOT EXISTS {VERSION_TABLE} (version INTEGER NOT NULL)")
    db.execute_sql(f"DELETE FROM {VERSION_TABLE}")
    db.execute_sql(f"INSERT INTO {VERSION_TABLE} (version) VALUES (?)", (int(value),))


# Schema step 4 on PostgreSQL: the dated history of stage changes (migrations.STAGE_CHANGE_SQL).
STAGE_TABLE = (
    ('CREATE TABLE "stage_change" ("id" INTEGER NOT NULL PRIMARY KEY, "contact_id" INTEGER NOT NULL, '
     '"from_stage" VARCHAR(255), "to_stage" VARCHAR(255) NOT NULL, "changed_at" DATETIME NOT NULL, '
     'FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)'),
    'CREATE INDEX "stage_change_contact_id" ON "stage_change" ("contact_id")',
    'CREATE INDEX "stage_change_changed_at" ON "stage_change" ("changed_at")',
    ('INSERT INTO "stage_change" ("contact_id", "from_stage", "to_stage", "changed_at") '
     'SELECT "id", NULL, "stage", "created_at" FROM "contact" ORDER BY "id"'),
)

STAGE_TRIGGER = (
    r"""CREATE OR REPLACE FUNCTION tn_stage_history() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF current_setting('totalnet.bulk_stages', true) = 'on' THEN
      RETURN NULL;  -- a bulk load in this transaction writes the first stages itself (BULK_STAGES)
    END IF;
    INSERT INTO stage_change (contact_id, from_stage, to_stage, changed_at)
    VALUES (NEW.id, NULL, NEW.stage, coalesce(NEW.created_at, date_trunc('second', localtimestamp)));
  ELSIF OLD.stage IS DISTINCT FROM NEW.stage THEN
    INSERT INTO stage_change (contact_id, from_stage, to_stage, changed_at)
    VALUES (NEW.id, OLD.stage, NEW.stage, date_trunc('second', localtimestamp));
  END IF;
  RETURN NULL;
END
$$""",
    'DROP TRIGGER IF EXISTS contact_stage_ai ON "contact"',
    'CREATE TRIGGER contact_stage_ai AFTER INSERT ON "contact" FOR EACH ROW EXECUTE FUNCTION tn_stage_history()',
    'DROP TRIGGER IF EXISTS contact_stage_au ON "contact"',
    ('CREATE TRIGGER contact_stage_au AFTER UPDATE OF stage ON "contact" FOR EACH ROW '
     "EXECUTE FUNCTION tn_stage_history()"),
)


# A bulk load (the importer) sets this for its own transaction only (set_config(..., true)): the insert
# trigger then returns at once and the load writes the new contacts' first stages with one INSERT ...
# SELECT per chunk, as on SQLite. Other desks' inserts keep their trigger.
BULK_STAGES = "totalnet.bulk_stages"


def stage_trigger(db) -> None:
    """(Re)install the stage-history trigger function and its triggers."""
    for stmt in STAGE_TRIGGER:
        db.execute_sql(stmt)


def stage_history(db) -> None:
    for stmt in STAGE_TABLE + STAGE_TRIGGER:
        db.execute_sql(stmt)
