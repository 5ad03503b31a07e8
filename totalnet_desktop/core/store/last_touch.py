"""Each contact's last touch, stored (schema step 19): the latest interaction, and the latest that is
not a group chat's message, per contact and owner, in ``contact_touch``.

The follow-up rules ask this of every contact on each run; aggregating every interaction each time cost
more than the rest of the rules together (issue 15). Triggers on ``interaction`` keep the table right
row by row (SQLite triggers; a PL/pgSQL function on PostgreSQL):

- an insert raises the row of its (contact, owner) to the new time (an upsert);
- a delete, or an update of the contact, time, direction or owner, works the old key's row out again from
  that contact's remaining interactions (two index walks from the newest), then raises the new key's.

Bulk writers (the importer, history imports, copy-database) write without the triggers and put the table
right once, set-based, with ``deferred`` (one line in each). ``computed_sql`` is the definition the stored
table must equal; tests compare the two after random operations on both engines.

On SQLite one row per contact. On PostgreSQL one row per contact and *owner* (the interaction's, ''
for none): each person's touches are private there (core.store.pg_privacy), so each person's last
touch is theirs; the table's policy shows the rows of the interactions the reader can see, and the
rules take the latest of those per contact.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from totalnet_desktop.core.store import engine

TABLE = "contact_touch"
# Set for its own transaction by a bulk writer on PostgreSQL: the trigger then returns at once.
DEFERRED = "totalnet.last_touch_deferred"
TRIGGERS = ("contact_touch_ai", "contact_touch_ad", "contact_touch_au")
# What a trigger re-reads on update: the columns the stored values depend on.
WATCHED = "contact_id, occurred_at, direction, owner"
WATCHED_SQLITE = "contact_id, occurred_at, direction"
PERSONAL = "direction != 'group'"  # a group chat's message is not a personal touch

CREATE_SQLITE = (
    f'CREATE TABLE "{TABLE}" ("contact_id" INTEGER NOT NULL PRIMARY KEY, "last_at" DATETIME NOT NULL, '
    '"last_personal_at" DATETIME, FOREIGN KEY ("contact_id") REFERENCES "contact" ("id") ON DELETE CASCADE)'
)
CREATE_PG = (
    f'CREATE TABLE "{TABLE}" ("contact_id" INTEGER NOT NULL REFERENCES "contact" ("id") ON DELETE CASCADE, '
    '"owner" VARCHAR(255) NOT NULL DEFAULT \'\', "last_at" TIMESTAMP NOT NULL, "last_personal_at" TIMESTAMP, '
    'PRIMARY KEY ("contact_id", "owner"))'
)


def _owned(db) -> bool:
    """Rows per contact and owner (PostgreSQL), or per contact (SQLite: one person, no policies)."""
    return engine.is_postgres(db)


def computed_sql(db, where: str = "") -> str:
    """SELECT of the table's columns worked out from the interactions (``where``: on interaction)."""
    owner = "coalesce(owner, '')"
    return (f"SELECT contact_id, {owner + ', ' if _owned(db) else ''}MAX(occurred_at),"
            f" MAX(CASE WHEN {PERSONAL} THEN occurred_at END) FROM interaction"
            f"{' WHERE ' + where if where else ''} GROUP BY contact_id{', ' + owner if _owned(db) else ''}")


def columns(db) -> str:
    return "contact_id, owner, last_at, last_personal_at" if _owned(db) else "contact_id, last_at, last_personal_at"


def days_sql(db, column: str, where: str = "") -> str:
    """SELECT (contact_id, day): each contact's day of ``column`` (last_at or last_personal_at), for
    contacts that have one; ``where`` narrows the rows further (``AND ...``). One row per contact on
    SQLite; on PostgreSQL the latest of the rows this login sees."""
    if _owned(db):
        return (f"SELECT contact_id, date(MAX({column})) FROM {TABLE} WHERE {column} IS NOT NULL{where}"
                " GROUP BY contact_id")
    return f"SELECT contact_id, date({column}) FROM {TABLE} WHERE {column} IS NOT NULL{where}"


# ---- SQLite -----------------------------------------------------------------------------------------
def _sqlite_recompute(ref: str) -> str:
    """Statements putting the row of contact ``ref``.contact_id right from its interactions."""
    same = f"i.contact_id = {ref}.contact_id"
    return (f"DELETE FROM {TABLE} WHERE contact_id = {ref}.contact_id;\n"
            f"  INSERT INTO {TABLE} (contact_id, last_at, last_personal_at)"
            f" SELECT {ref}.contact_id, x.occurred_at,"
            f" (SELECT i.occurred_at FROM interaction i WHERE {same} AND i.{PERSONAL}"
            f" ORDER BY i.occurred_at DESC LIMIT 1)"
            f" FROM (SELECT i.occurred_at FROM interaction i WHERE {same}"
            f" ORDER BY i.occurred_at DESC LIMIT 1) x;")


_SQLITE_RAISE = (
    f"INSERT INTO {TABLE} (contact_id, last_at, last_personal_at)"
    f" VALUES (new.contact_id, new.occurred_at, CASE WHEN new.{PERSONAL} THEN new.occurred_at END)"
    " ON CONFLICT (contact_id) DO UPDATE SET"
    " last_at = CASE WHEN excluded.last_at > last_at THEN excluded.last_at ELSE last_at END,"
    " last_personal_at = CASE WHEN last_personal_at IS NULL OR excluded.last_personal_at > last_personal_at"
    " THEN coalesce(excluded.last_personal_at, last_personal_at) ELSE last_personal_at END;"
)
# A deleted row matters only when it was its contact's newest (a contact's cascade of deletes stays cheap).
_WAS_NEWEST = (f"EXISTS (SELECT 1 FROM {TABLE} t WHERE t.contact_id = old.contact_id AND"
               f" (old.occurred_at >= t.last_at OR (old.{PERSONAL} AND old.occurred_at >= t.last_personal_at)))")

SQLITE_TRIGGERS = (
    f"CREATE TRIGGER contact_touch_ai AFTER INSERT ON interaction\nBEGIN\n  {_SQLITE_RAISE}\nEND",
    (f"CREATE TRIGGER contact_touch_ad AFTER DELETE ON interaction WHEN {_WAS_NEWEST}\nBEGIN\n"
     f"  {_sqlite_recompute('old')}\nEND"),
    (f"CREATE TRIGGER contact_touch_au AFTER UPDATE OF {WATCHED_SQLITE} ON interaction\nBEGIN\n"
     f"  {_sqlite_recompute('old')}\n  {_SQLITE_RAISE}\nEND"),
)


# ---- PostgreSQL -------------------------------------------------------------------------------------
PG_FUNCTION = rf"""CREATE OR REPLACE FUNCTION tn_contact_touch() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  newest timestamp;
  personal timestamp;
BEGIN
  IF current_setting('{DEFERRED}', true) = 'on' THEN
    RETURN NULL;  -- a bulk write in this transaction puts the table right itself (last_touch.deferred)
  END IF;
  IF TG_OP IN ('DELETE', 'UPDATE') THEN
    SELECT i.occurred_at INTO newest FROM interaction i WHERE i.contact_id = OLD.contact_id
       AND coalesce(i.owner, '') = coalesce(OLD.owner, '') ORDER BY i.occurred_at DESC LIMIT 1;
    SELECT i.occurred_at INTO personal FROM interaction i WHERE i.contact_id = OLD.contact_id
       AND coalesce(i.owner, '') = coalesce(OLD.owner, '') AND i.{PERSONAL} ORDER BY i.occurred_at DESC LIMIT 1;
    IF newest IS NULL THEN
      DELETE FROM {TABLE} WHERE contact_id = OLD.contact_id AND owner = coalesce(OLD.owner, '');
    ELSE
      INSERT INTO {TABLE} AS t (contact_id, owner, last_at, last_personal_at)
      VALUES (OLD.contact_id, coalesce(OLD.owner, ''), newest, personal)
      ON CONFLICT (contact_id, owner) DO UPDATE SET last_at = newest, last_personal_at = personal;
    END IF;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') THEN
    INSERT INTO {TABLE} AS t (contact_id, owner, last_at, last_personal_at)
    VALUES (NEW.contact_id, coalesce(NEW.owner, ''), NEW.occurred_at,
            CASE WHEN NEW.{PERSONAL} THEN NEW.occurred_at END)
    ON CONFLICT (contact_id, owner) DO UPDATE SET
      last_at = greatest(t.last_at, excluded.last_at),
      last_personal_at = greatest(t.last_personal_at, excluded.last_personal_at);
  END IF;
  RETURN NULL;
END
$$"""

PG_STATEMENTS = (
    PG_FUNCTION,
    'DROP TRIGGER IF EXISTS contact_touch_ai ON "interaction"',
    'CREATE TRIGGER contact_touch_ai AFTER INSERT ON "interaction" FOR EACH ROW EXECUTE FUNCTION tn_contact_touch()',
    'DROP TRIGGER IF EXISTS contact_touch_ad ON "interaction"',
    'CREATE TRIGGER contact_touch_ad AFTER DELETE ON "interaction" FOR EACH ROW EXECUTE FUNCTION tn_contact_touch()',
    'DROP TRIGGER IF EXISTS contact_touch_au ON "interaction"',
    (f'CREATE TRIGGER contact_touch_au AFTER UPDATE OF {WATCHED} ON "interaction" FOR EACH ROW '
     "EXECUTE FUNCTION tn_contact_touch()"),
    # Each person sees the last touches of the interactions they see (pg_privacy's rule for them).
    f'ALTER TABLE "{TABLE}" ENABLE ROW LEVEL SECURITY',
    f'ALTER TABLE "{TABLE}" FORCE ROW LEVEL SECURITY',
    f'DROP POLICY IF EXISTS tn_private ON "{TABLE}"',
    (f"CREATE POLICY tn_private ON \"{TABLE}\" USING (owner = '' OR owner = session_user)"
     " WITH CHECK (owner = '' OR owner = session_user)"),
)


# ---- schema step 19 ---------------------------------------------------------------------------------
def install(db) -> None:
    """Schema step 19: the table, its triggers, and every contact's last touch filled in."""
    if engine.is_postgres(db):
        db.execute_sql(CREATE_PG)
        for stmt in PG_STATEMENTS:
            db.execute_sql(stmt)
    else:
        db.execute_sql(CREATE_SQLITE)
        for stmt in SQLITE_TRIGGERS:
            db.execute_sql(stmt)
    refresh(db)


# ---- upkeep by bulk writers -------------------------------------------------------------------------
def refresh(db, contacts: str = "") -> None:
    """Work the stored rows out again, set-based: of the contacts ``contacts`` selects (an SQL subquery
    of contact ids), or of everyone. One DELETE and one INSERT ... SELECT ... GROUP BY."""
    where = f"contact_id IN ({contacts})" if contacts else ""
    db.execute_sql(f"DELETE FROM {TABLE}{' WHERE ' + where if where else ''}")
    db.execute_sql(f"INSERT INTO {TABLE} ({columns(db)}) {computed_sql(db, where)}")


@contextlib.contextmanager
def deferred(db, everyone: bool = False) -> Iterator[None]:
    """Inside the caller's transaction: write interactions without the per-row upkeep, then put the
    stored rows right once: those of the contacts of the interactions added (or of ``everyone``, for a
    writer that also deleted or moved interactions). On SQLite the triggers are dropped and made again
    (inside the transaction, so a rollback restores them); on PostgreSQL a setting of this transaction
    makes them step aside (a DROP would lock the table against the other desks)."""
    before = db.execute_sql("SELECT coalesce(max(id), 0) FROM interaction").fetchone()[0]
    if engine.is_postgres(db):
        db.execute_sql("SELECT set_config(?, 'on', true)", (DEFERRED,))
        yield
        db.execute_sql("SELECT set_config(?, 'off', true)", (DEFERRED,))
    else:
        rows = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?)",
                              TRIGGERS).fetchall()
        for name, _sql in rows:
            db.execute_sql(f'DROP TRIGGER "{name}"')
        yield
        for _name, sql in rows:
            db.execute_sql(sql)
    if everyone:
        refresh(db)
    else:
        refresh(db, f"SELECT contact_id FROM interaction WHERE id > {int(before)}")
