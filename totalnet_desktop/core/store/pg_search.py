"""The contact search index on PostgreSQL: what FTS5 is on SQLite (``search_index``).

One row per contact in ``contact_search``: a ``tsvector`` of the same words FTS5 indexes (names,
company, job title, profession, city, every contact point with its search tokens, tags, notes),
lower-cased and stripped of combining accents as FTS5's unicode61 ``remove_diacritics`` does ('é' is
'e'; 'ł', 'ø', 'ß' stay themselves: they have no accent to remove), split on every character that
is not a letter or a digit (as FTS5's unicode61 tokenizer does) and stored as given (``array_to_tsvector``: no stemming,
no stop words). A GIN index answers prefix queries ('lay':*), so the first keystrokes are as cheap
as FTS5's prefix indexes; phone digits are found anywhere through the digit-suffix tokens the
contact point's ``search`` column already carries. PL/pgSQL triggers keep it current, and bulk loads
suspend them (``search_index_suspend``) exactly as on SQLite.
"""

from __future__ import annotations

TABLE = "contact_search"
# Set for its own transaction by a bulk write (search_index.suspended): the triggers then return at
# once, and the writer rebuilds the rows it touched. Before schema step 16: a row in
# search_index_suspend, which two desks' bulk writes queued on.
SUSPENDED = "totalnet.search_suspended"
GUARD = f"  IF current_setting('{SUSPENDED}', true) = 'on' THEN\n    RETURN NULL;\n  END IF;\n"

CREATE = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} (contact_id INTEGER PRIMARY KEY, doc tsvector NOT NULL)",
    f"CREATE INDEX IF NOT EXISTS {TABLE}_doc ON {TABLE} USING gin (doc)",
    "CREATE TABLE IF NOT EXISTS search_index_suspend (token INTEGER PRIMARY KEY)",
)

# The words of a text, as FTS5 unicode61 with remove_diacritics sees them: the combining accents of the
# decomposed text removed, then composed again (Korean syllables stay whole). ``unaccent`` did more than
# FTS5 ('Łukasz' found by "lukasz" on a server only; schema step 17).
WORDS_FUNCTION = r"""
CREATE OR REPLACE FUNCTION tn_search_words(val text) RETURNS text[] LANGUAGE sql STABLE AS $$
  SELECT coalesce(array_remove(regexp_split_to_array(normalize(regexp_replace(
           normalize(lower(coalesce(val COLLATE "default", '')), NFD), '[\u0300-\u036f]', '', 'g'), NFC),
           '[^[:alnum:]]+'), ''), '{}')
$$
"""

DOC_FUNCTION = r"""
CREATE OR REPLACE FUNCTION tn_search_doc(cid integer) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT array_to_tsvector(tn_search_words(concat_ws(' ',
           c.first_name, c.last_name, c.company, c.job_title, c.profession, c.city,
           (SELECT string_agg(p.value || ' ' || p.search, ' ') FROM contact_point p WHERE p.contact_id = c.id),
           (SELECT string_agg(t.name COLLATE "default", ' ') FROM contact_tag ct JOIN tag t ON t.id = ct.tag_id
             WHERE ct.contact_id = c.id),
           c.notes)))
  FROM contact c WHERE c.id = cid
$$
"""

REFRESH_FUNCTION = rf"""
CREATE OR REPLACE FUNCTION tn_search_refresh(cid integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF cid IS NULL OR current_setting('{SUSPENDED}', true) = 'on' THEN
    RETURN;
  END IF;
  IF EXISTS (SELECT 1 FROM contact WHERE id = cid) THEN
    INSERT INTO {TABLE} (contact_id, doc) VALUES (cid, tn_search_doc(cid))
      ON CONFLICT (contact_id) DO UPDATE SET doc = excluded.doc;
  ELSE
    DELETE FROM {TABLE} WHERE contact_id = cid;
  END IF;
END
$$
"""

# One trigger function per table: which contacts a row change touches.
TRIGGER_FUNCTIONS = {
    "contact": r"""
CREATE OR REPLACE FUNCTION tn_search_on_contact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
""" + GUARD + r"""  IF TG_OP = 'DELETE' THEN
    DELETE FROM contact_search WHERE contact_id = OLD.id;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND (OLD.first_name, OLD.last_name, OLD.company, OLD.job_title, OLD.profession,
      OLD.city, OLD.notes) IS NOT DISTINCT FROM (NEW.first_name, NEW.last_name, NEW.company,
      NEW.job_title, NEW.profession, NEW.city, NEW.notes) THEN
    RETURN NULL;
  END IF;
  PERFORM tn_search_refresh(NEW.id);
  RETURN NULL;
END
$$""",
    "contact_point": r"""
CREATE OR REPLACE FUNCTION tn_search_on_contact_point() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
""" + GUARD + r"""  IF TG_OP <> 'INSERT' THEN
    PERFORM tn_search_refresh(OLD.contact_id);
  END IF;
  IF TG_OP = 'INSERT' THEN
    PERFORM tn_search_refresh(NEW.contact_id);
  ELSIF TG_OP = 'UPDATE' AND NEW.contact_id <> OLD.contact_id THEN
    PERFORM tn_search_refresh(NEW.contact_id);
  END IF;
  RETURN NULL;
END
$$""",
    "contact_tag": r"""
CREATE OR REPLACE FUNCTION tn_search_on_contact_tag() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
""" + GUARD + r"""  IF TG_OP = 'DELETE' THEN
    PERFORM tn_search_refresh(OLD.contact_id);
  ELSE
    PERFORM tn_search_refresh(NEW.contact_id);
  END IF;
  RETURN NULL;
END
$$""",
    "tag": r"""
CREATE OR REPLACE FUNCTION tn_search_on_tag() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.name IS DISTINCT FROM NEW.name THEN
    PERFORM tn_search_refresh(ct.contact_id) FROM contact_tag ct WHERE ct.tag_id = NEW.id;
  END IF;
  RETURN NULL;
END
$$""",
}

TRIGGER_EVENTS = {
    "contact": "AFTER INSERT OR UPDATE OR DELETE",
    "contact_point": "AFTER INSERT OR UPDATE OR DELETE",
    "contact_tag": "AFTER INSERT OR DELETE",
    "tag": "AFTER UPDATE",
}


def trigger_statements() -> list[str]:
    out = []
    for table, event in TRIGGER_EVENTS.items():
        name = f"{table}_search_sync"
        out.append(f'DROP TRIGGER IF EXISTS {name} ON "{table}"')
        out.append(f'CREATE TRIGGER {name} {event} ON "{table}" FOR EACH ROW '
                   f"EXECUTE FUNCTION tn_search_on_{table}()")
    return out


def install(db) -> None:
    """Create the index table, its functions and triggers (idempotent)."""
    for stmt in CREATE:
        db.execute_sql(stmt)
    for stmt in (WORDS_FUNCTION, DOC_FUNCTION, REFRESH_FUNCTION, *TRIGGER_FUNCTIONS.values()):
        db.execute_sql(stmt)
    for stmt in trigger_statements():
        db.execute_sql(stmt)


def refold(db) -> None:
    """Schema step 17: the words folded as FTS5 folds them (WORDS_FUNCTION), every row indexed again."""
    db.execute_sql(WORDS_FUNCTION)
    rebuild(db)


def _documents(where: str) -> str:
    """One INSERT…SELECT writing the index rows of the contacts ``where`` picks (``{col}`` is the contact
    id column of each table read), set-based: each contact's points and tags gathered in one grouped pass
    each, not by one lookup per contact. The same words as ``tn_search_doc`` (the triggers' per-contact
    path): a tsvector is a set, so the order the words are gathered in does not matter."""
    point = where.format(col="contact_id")
    tag = where.format(col="ct.contact_id")
    contact = where.format(col="c.id")
    return (
        f"INSERT INTO {TABLE} (contact_id, doc) "
        "SELECT c.id, array_to_tsvector(tn_search_words(concat_ws(' ', c.first_name, c.last_name, c.company, "
        "c.job_title, c.profession, c.city, p.words, t.words, c.notes))) "
        "FROM contact c "
        "LEFT JOIN (SELECT contact_id, string_agg(value || ' ' || search, ' ') AS words FROM contact_point "
        f"WHERE {point} GROUP BY contact_id) p ON p.contact_id = c.id "
        "LEFT JOIN (SELECT ct.contact_id, string_agg(tg.name COLLATE \"default\", ' ') AS words "
        f"FROM contact_tag ct JOIN tag tg ON tg.id = ct.tag_id WHERE {tag} GROUP BY ct.contact_id) t "
        "ON t.contact_id = c.id "
        f"WHERE {contact}")


def rebuild(db, contact_ids=None) -> None:
    """Rewrite the index rows of the given contacts, or of all contacts when None."""
    if contact_ids is None:
        db.execute_sql(f"DELETE FROM {TABLE}")
        db.execute_sql(_documents("TRUE"))
        return
    ids = list(contact_ids)
    for start in range(0, len(ids), 5000):
        chunk = ids[start:start + 5000]
        db.execute_sql(f"DELETE FROM {TABLE} WHERE contact_id = ANY(?)", (chunk,))
        db.execute_sql(_documents("{col} = ANY(?)"), (chunk, chunk, chunk))


# A block this large was just loaded by COPY in the same transaction, which the planner's statistics do
# not know yet (autovacuum cannot see it): they said "2 rows" and the set-based statement chose a
# nested loop that compared every contact with every tag row (33 s for 20,000 contacts instead of
# 0.3 s). ANALYZE reads a sample (inside the transaction, it sees the new rows); a role that does not
# own the tables gets a notice from it, not an error, and the old statistics.
ANALYZE_FROM = 1000


def rebuild_range(db, first_id: int, last_id: int) -> None:
    """The index rows of the contacts with ids in [first_id, last_id] (an import's block), set-based."""
    if last_id - first_id >= ANALYZE_FROM:
        db.execute_sql("ANALYZE contact, contact_point, contact_tag")
    db.execute_sql(f"DELETE FROM {TABLE} WHERE contact_id BETWEEN ? AND ?", (first_id, last_id))
    db.execute_sql(_documents("{col} BETWEEN ? AND ?"), (first_id, last_id) * 3)


def _quote(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def match_expression(terms: list[tuple[str, ...]], prefix: bool = True) -> str:
    """A tsquery for the typed terms: each a group of alternatives (prefixes, or whole words when not
    ``prefix``), all groups required."""
    groups = []
    for alternatives in terms:
        parts = [_quote(t) + (":*" if prefix else "") for t in alternatives]
        groups.append(parts[0] if len(parts) == 1 else "(" + " | ".join(parts) + ")")
    return " & ".join(groups)


MATCH_CLAUSE = f"c.id IN (SELECT contact_id FROM {TABLE} WHERE doc @@ CAST(? AS tsquery))"
IDS_SQL = f"SELECT string_agg(contact_id::text, ',') FROM {TABLE} WHERE doc @@ CAST(? AS tsquery)"
# The ids among ``:ids`` whose row matches ``:query`` (a search narrowing the last one). For a login under
# row-level security: the policy comes before ``@@`` (not leakproof), so the GIN index is never used and a
# search reads every row; ``contact_id = ANY`` is leakproof, so the primary key picks the few rows first.
IDS_WITHIN_SQL = (f"SELECT string_agg(contact_id::text, ',') FROM {TABLE} "
                  "WHERE contact_id = ANY(CAST(:ids AS integer[])) AND doc @@ CAST(:query AS tsquery)")
# True when row-level security filters the index table for this login (not for a superuser or BYPASSRLS).
POLICED = f"row_security_active('{TABLE}')"
