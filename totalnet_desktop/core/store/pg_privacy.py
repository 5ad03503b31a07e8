"""Who sees what on a shared PostgreSQL database (schema step 16): personal rows belong to the
database role that wrote them, and PostgreSQL's row-level security hides them from everyone else.

- ``contact``, ``interaction``, ``follow_up`` and ``undo_entry`` carry an ``owner`` column: the login
  that wrote the row (its default is ``session_user``, the person, which stays theirs when a login
  switches to its group role with SET ROLE, as docs/postgres-roles.sql does for leadership). A row
  without an owner (written before step 16) is shared.
- A contact is shared whatever its owner when the chapter knows them: a member of a chapter, someone
  on a meeting's attendance (visitor or substitute), or a referral's prospect. Every other contact is
  private to its owner.
- A contact's points, tags, edit counter, stage history and search row follow the contact.
- Interactions, follow-ups and undo entries are private to their owner: each person has their own
  timeline notes, queue and Ctrl+Z.

The policies are FORCEd, so the tables' owner is filtered too; only superusers and roles created with
BYPASSRLS see every row (connect the app with an ordinary role). Because the database filters, every
query the app runs (hand-written SQL included) sees the same rows. COPY FROM is refused on such tables:
bulk loads go through a staging table (``pg_bulk``).

On SQLite the columns exist and stay empty: one person, who owns everything.
"""

from __future__ import annotations

OWNED_TABLES = ("contact", "interaction", "follow_up", "undo_entry")
# Tables whose rows follow their contact's visibility (column naming the contact).
CONTACT_CHILDREN = {
    "contact_point": "contact_id",
    "contact_tag": "contact_id",
    "contact_version": "contact_id",
    "stage_change": "contact_id",
    "contact_search": "contact_id",
}

SQLITE_SQL = tuple(f'ALTER TABLE "{t}" ADD COLUMN "owner" VARCHAR(255)' for t in OWNED_TABLES)

# The chapter knows this contact: shared with everyone who may read the chapter's data.
SHARED_CONTACT = (
    "EXISTS (SELECT 1 FROM membership m WHERE m.contact_id = contact.id) "
    "OR EXISTS (SELECT 1 FROM attendance a WHERE a.contact_id = contact.id) "
    "OR EXISTS (SELECT 1 FROM attendance s WHERE s.substitute_id = contact.id) "
    "OR EXISTS (SELECT 1 FROM referral r WHERE r.prospect_id = contact.id)"
)
MINE = "(owner IS NULL OR owner = session_user)"


def pg_statements() -> list[str]:
    out: list[str] = []
    for table in OWNED_TABLES:
        out += [
            f'ALTER TABLE "{table}" ADD COLUMN "owner" VARCHAR(255)',  # old rows: no owner (shared)
            f'ALTER TABLE "{table}" ALTER COLUMN "owner" SET DEFAULT session_user',
            f'CREATE INDEX "{table}_owner" ON "{table}" ("owner")',
        ]
    # App-made follow-ups are keyed per person: two people's rules may each queue the same reminder.
    out += [
        'DROP INDEX IF EXISTS "follow_up_origin_key"',
        'CREATE UNIQUE INDEX "follow_up_origin_key" ON "follow_up" ("origin_key", (coalesce("owner", \'\')))',
    ]
    policies = {"contact": f"{MINE} OR {SHARED_CONTACT}"}
    policies.update({t: MINE for t in OWNED_TABLES if t != "contact"})
    for table, column in CONTACT_CHILDREN.items():
        policies[table] = f"EXISTS (SELECT 1 FROM contact c WHERE c.id = {table}.{column})"
    for table, rule in policies.items():
        out += [
            f'ALTER TABLE "{table}" ENABLE ROW LEVEL SECURITY',
            f'ALTER TABLE "{table}" FORCE ROW LEVEL SECURITY',
            f'DROP POLICY IF EXISTS tn_private ON "{table}"',
            f'CREATE POLICY tn_private ON "{table}" USING ({rule}) WITH CHECK ({rule})',
        ]
    return out


def install(db) -> None:
    for stmt in pg_statements():
        db.execute_sql(stmt)


def rls_tables(db) -> set[str]:
    """Tables where row-level security filters this connection's role (COPY FROM is refused there)."""
    rows = db.execute_sql(
        "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
        "AND c.relrowsecurity AND row_security_active(c.oid)").fetchall()
    return {r[0] for r in rows}
