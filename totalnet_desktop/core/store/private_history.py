"""Schema step 20: history imports and saved import mappings belong to whoever made them.

The rows of ``history_import``, ``history_person`` (the review list), ``history_pending`` (its waiting
touches), ``history_ignored`` and ``import_mapping`` carry an ``owner``, as contacts, notes, follow-ups
and undo do since step 16 (core.store.pg_privacy). On a shared PostgreSQL database the owner defaults to
the login (``session_user``) and row-level security hides the rows from every other login, so Bob can
read neither Alice's message history nor her saved mappings. A row without an owner (written before
the upgrade) stays everyone's, as in step 16.

The keys that make a re-import add nothing (an interaction's or a waiting touch's origin key, a review
person's source and key, an ignored person's hash, a mapping's name) are unique per owner on both
engines: two logins importing the same WhatsApp chat each get their own touches instead of colliding
with rows they cannot see. On SQLite the owner stays empty (one person owns everything), so the keys
stay unique as before.
"""

from __future__ import annotations

from totalnet_desktop.core.store.pg_privacy import MINE

TABLES = ("history_import", "history_person", "history_pending", "history_ignored", "import_mapping")
OWNER_KEY = "(coalesce(\"owner\", ''))"
# (index, table, the key's columns): each becomes unique per owner.
KEYS = (
    ("interaction_origin_key", "interaction", '"origin_key"'),
    ("history_pending_origin_key", "history_pending", '"origin_key"'),
    ("history_person_source_key", "history_person", '"source", "key"'),
    ("history_ignored_source_key_hash", "history_ignored", '"source", "key_hash"'),
    ("import_mapping_name", "import_mapping", '"name"'),
)
# The conflict target of an upsert on an origin key, the same text on both engines.
ORIGIN_CONFLICT = "ON CONFLICT (origin_key, (coalesce(owner, '')))"


def _columns_and_keys() -> list[str]:
    out = [f'ALTER TABLE "{t}" ADD COLUMN "owner" VARCHAR(255)' for t in TABLES]
    for index, table, columns in KEYS:
        out += [f'DROP INDEX IF EXISTS "{index}"',
                f'CREATE UNIQUE INDEX "{index}" ON "{table}" ({columns}, {OWNER_KEY})']
    return out


def sqlite_statements() -> list[str]:
    """SQLite: the columns (left empty) and the per-owner keys; no policy (one person)."""
    return _columns_and_keys()


def pg_statements() -> list[str]:
    """PostgreSQL: the columns defaulting to the login, the per-owner keys and the row-level security."""
    out = _columns_and_keys()
    for table in TABLES:
        out += [
            f'ALTER TABLE "{table}" ALTER COLUMN "owner" SET DEFAULT session_user',
            f'CREATE INDEX "{table}_owner" ON "{table}" ("owner")',
            f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY',
            f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY',
            f'DROP POLICY IF EXISTS tn_private ON "{table}"',
            f'CREATE POLICY tn_private ON "{table}" USING ({MINE}) WITH CHECK ({MINE})',
        ]
    return out


def install_sqlite(db) -> None:
    for stmt in sqlite_statements():
        db.execute_sql(stmt)


def install_pg(db) -> None:
    for stmt in pg_statements():
        db.execute_sql(stmt)
