"""PostgreSQL objects that give the app's SQLite functions, collation and aggregates their meaning on
a chapter server, so hand-written queries run unchanged (with ``pg_dialect``'s textual rewrites).

Installed by schema step 1 on PostgreSQL (``CREATE OR REPLACE``: a later step may install it again
after adding a function). Each object mirrors SQLite's behaviour for the values TotalNet stores:
dates as ``date``, times as ``timestamp`` without zone, booleans as integers 0/1.
"""

from __future__ import annotations

EXTENSIONS = ("unaccent",)

# A collation that compares without case (ICU, level 2): ``COLLATE NOCASE`` names it unquoted.
COLLATION = ("CREATE COLLATION IF NOT EXISTS nocase "
             "(provider = icu, locale = 'und-u-ks-level2', deterministic = false)")

# Functions whose signature or result type changed since an earlier step installed them (CREATE OR
# REPLACE cannot change a result type): dropped first, then made again from FUNCTIONS.
DROPPED = (
    "DROP FUNCTION IF EXISTS date(text, text)",
    "DROP FUNCTION IF EXISTS date(timestamp, text)",
    "DROP FUNCTION IF EXISTS date(date, text)",
)

FUNCTIONS = (
    # group_concat(x) / group_concat(x, separator), as SQLite's aggregate (NULLs skipped).
    """CREATE OR REPLACE FUNCTION tn_concat(acc text, val anyelement) RETURNS text
       LANGUAGE sql IMMUTABLE AS $$
       SELECT CASE WHEN val IS NULL THEN acc WHEN acc IS NULL THEN val::text ELSE acc || ',' || val::text END
       $$""",
    """CREATE OR REPLACE FUNCTION tn_concat_sep(acc text, val anyelement, sep text) RETURNS text
       LANGUAGE sql IMMUTABLE AS $$
       SELECT CASE WHEN val IS NULL THEN acc WHEN acc IS NULL THEN val::text ELSE acc || sep || val::text END
       $$""",
    """DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'group_concat' AND pronargs = 1) THEN
           CREATE AGGREGATE group_concat(anyelement) (SFUNC = tn_concat, STYPE = text);
         END IF;
         IF NOT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'group_concat' AND pronargs = 2) THEN
           CREATE AGGREGATE group_concat(anyelement, text) (SFUNC = tn_concat_sep, STYPE = text);
         END IF;
       END $$""",
    # sum(comparison): SQLite counts true comparisons (a comparison is 0 or 1 there); NULL on no rows.
    """CREATE OR REPLACE FUNCTION tn_sum_bool(acc bigint, val boolean) RETURNS bigint
       LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN val IS NULL THEN acc ELSE coalesce(acc, 0) + val::int END $$""",
    """DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'sum' AND pronargs = 1
                        AND proargtypes[0] = 'boolean'::regtype) THEN
           CREATE AGGREGATE sum(boolean) (SFUNC = tn_sum_bool, STYPE = bigint);
         END IF;
       END $$""",
    # total(x): sum that is 0.0 on no rows.
    """CREATE OR REPLACE FUNCTION tn_total(acc double precision, val anyelement) RETURNS double precision
       LANGUAGE sql IMMUTABLE AS $$ SELECT acc + coalesce(val::text::double precision, 0) $$""",
    """DO $$ BEGIN
         IF NOT EXISTS (SELECT 1 FROM pg_proc WHERE proname = 'total') THEN
           CREATE AGGREGATE total(anyelement) (SFUNC = tn_total, STYPE = double precision, INITCOND = '0');
         END IF;
       END $$""",
    # julianday(): the Julian day number, as a double (SQLite's noon-based count).
    """CREATE OR REPLACE FUNCTION julianday(val text) RETURNS double precision
       LANGUAGE sql IMMUTABLE AS $$
       SELECT CASE WHEN val IS NULL OR val = '' THEN NULL
              ELSE extract(julian FROM val::timestamp)::double precision - 0.5 END $$""",
    """CREATE OR REPLACE FUNCTION julianday(val timestamp) RETURNS double precision
       LANGUAGE sql IMMUTABLE AS $$ SELECT extract(julian FROM val)::double precision - 0.5 $$""",
    """CREATE OR REPLACE FUNCTION julianday(val date) RETURNS double precision
       LANGUAGE sql IMMUTABLE AS $$ SELECT extract(julian FROM val::timestamp)::double precision - 0.5 $$""",
    # strftime(format, value) for the formats TotalNet uses (%Y %m %d %H %M %S %w %j).
    """CREATE OR REPLACE FUNCTION strftime(fmt text, val timestamp) RETURNS text
       LANGUAGE sql IMMUTABLE AS $$
       SELECT replace(replace(replace(replace(replace(replace(replace(replace(fmt,
              '%Y', to_char(val, 'YYYY')), '%m', to_char(val, 'MM')), '%d', to_char(val, 'DD')),
              '%H', to_char(val, 'HH24')), '%M', to_char(val, 'MI')), '%S', to_char(val, 'SS')),
              '%w', extract(dow FROM val)::int::text), '%j', to_char(val, 'DDD')) $$""",
    """CREATE OR REPLACE FUNCTION strftime(fmt text, val text) RETURNS text
       LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN val IS NULL OR val = '' THEN NULL
              WHEN val = 'now' THEN strftime(fmt, localtimestamp::timestamp)
              ELSE strftime(fmt, val::timestamp) END $$""",
    """CREATE OR REPLACE FUNCTION strftime(fmt text, val date) RETURNS text
       LANGUAGE sql IMMUTABLE AS $$ SELECT strftime(fmt, val::timestamp) $$""",
    # date(value [, modifier]): the day, as a ``date`` (SQLite gives its ISO text; a date compares with
    # the stored timestamps as that text compares with SQLite's, and reads back as the same day).
    # Modifiers: '+N days' / '-N months' ..., 'start of month', 'localtime' (the session's zone is the
    # client's already); 'now' is the current local time. Month and year steps differ at a month's end
    # (SQLite rolls 31 March - 1 month over to 3 March, PostgreSQL clamps to 28 February): the app's
    # SQL steps in days only.
    """CREATE OR REPLACE FUNCTION date(val text, modifier text DEFAULT NULL) RETURNS date
       LANGUAGE sql STABLE AS $$
       SELECT CASE WHEN val IS NULL OR val = '' THEN NULL
              WHEN modifier IS NULL OR modifier = 'localtime' THEN val::timestamp::date
              WHEN modifier = 'start of month' THEN date_trunc('month', val::timestamp)::date
              ELSE (val::timestamp + modifier::interval)::date END $$""",
    """CREATE OR REPLACE FUNCTION date(val timestamp, modifier text DEFAULT NULL) RETURNS date
       LANGUAGE sql STABLE AS $$ SELECT date(val::text, modifier) $$""",
    """CREATE OR REPLACE FUNCTION date(val date, modifier text DEFAULT NULL) RETURNS date
       LANGUAGE sql STABLE AS $$ SELECT date(val::text, modifier) $$""",
    # max(a, b) / min(a, b): SQLite's scalar forms (NULL when either is NULL); the one-argument
    # aggregates keep their meaning.
    """CREATE OR REPLACE FUNCTION max(a anycompatible, b anycompatible) RETURNS anycompatible
       LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE greatest(a, b) END $$""",
    """CREATE OR REPLACE FUNCTION min(a anycompatible, b anycompatible) RETURNS anycompatible
       LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN a IS NULL OR b IS NULL THEN NULL ELSE least(a, b) END $$""",
    # instr(text, part): 1-based position, 0 when absent.
    """CREATE OR REPLACE FUNCTION instr(val text, part text) RETURNS integer
       LANGUAGE sql IMMUTABLE AS $$ SELECT strpos(val, part) $$""",
    # substr() of a date or a time reads its ISO text, as SQLite stores them.
    """CREATE OR REPLACE FUNCTION substr(val date, start integer, len integer) RETURNS text
       LANGUAGE sql IMMUTABLE AS $$ SELECT substr(to_char(val, 'YYYY-MM-DD'), start, len) $$""",
    """CREATE OR REPLACE FUNCTION substr(val timestamp, start integer, len integer) RETURNS text
       LANGUAGE sql IMMUTABLE AS $$ SELECT substr(to_char(val, 'YYYY-MM-DD HH24:MI:SS'), start, len) $$""",
    # printf('%,d', n): a thousands-grouped integer (the only format TotalNet uses).
    """CREATE OR REPLACE FUNCTION printf(fmt text, val numeric) RETURNS text
       LANGUAGE sql IMMUTABLE AS $$
       SELECT CASE WHEN fmt = '%,d' THEN trim(to_char(val, 'FM999,999,999,999,990')) ELSE val::text END $$""",
    # Identity columns follow explicit ids (an undo or a copy re-inserts rows with their old ids),
    # as SQLite's rowid does: after each insert statement the sequence moves past the largest id.
    """CREATE OR REPLACE FUNCTION tn_follow_ids() RETURNS trigger LANGUAGE plpgsql AS $$
       DECLARE
         seq text := pg_get_serial_sequence(quote_ident(TG_TABLE_NAME), 'id');
         top bigint;
         cur bigint;
         called boolean;
       BEGIN
         SELECT max(id) INTO top FROM new_rows;
         IF seq IS NOT NULL AND top IS NOT NULL THEN
           -- Only past explicit ids: an id the sequence gave (top = cur, already called) needs nothing,
           -- and setting it again could move the sequence back under an id another desk drew since.
           EXECUTE format('SELECT last_value, is_called FROM %s', seq) INTO cur, called;
           IF top > cur OR (top = cur AND NOT called) THEN
             PERFORM setval(seq, top);
           END IF;
         END IF;
         RETURN NULL;
       END $$""",
)


# SQLite compares a date or time with text as text (its dates are ISO text); PostgreSQL has no
# operator between text and date/timestamp. These give it one, comparing the ISO texts, so a value cut
# from text (an origin key's date part) compares with date(...) as on SQLite.
_ISO = {"date": "to_char({}, 'YYYY-MM-DD')", "timestamp": "({})::text"}
_OPERATORS = {"<": "lt", "<=": "le", ">": "gt", ">=": "ge", "=": "eq", "<>": "ne"}


def _text_comparisons() -> list[str]:
    out = []
    for typ, iso in _ISO.items():
        for op, name in _OPERATORS.items():
            for left, right, a, b in (("text", typ, "a", iso.format("b")), (typ, "text", iso.format("a"), "b")):
                fn = f"tn_{left}_{name}_{right}"
                out.append(f"CREATE OR REPLACE FUNCTION {fn}(a {left}, b {right}) RETURNS boolean "
                           f"LANGUAGE sql IMMUTABLE AS $$ SELECT {a} {op} {b} $$")
                out.append(
                    "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_operator WHERE oprname = '" + op + "' AND "
                    f"oprleft = '{left}'::regtype AND oprright = '{right}'::regtype) THEN "
                    f"CREATE OPERATOR {op} (LEFTARG = {left}, RIGHTARG = {right}, FUNCTION = {fn}); "
                    "END IF; END $$")
    return out


FUNCTIONS = FUNCTIONS + tuple(_text_comparisons())


def follow_ids_trigger(table: str) -> list[str]:
    """The statement trigger that keeps ``table``'s identity sequence past explicit ids."""
    return [
        f'DROP TRIGGER IF EXISTS "{table}_follow_ids" ON "{table}"',
        (f'CREATE TRIGGER "{table}_follow_ids" AFTER INSERT ON "{table}" REFERENCING NEW TABLE AS new_rows '
         "FOR EACH STATEMENT EXECUTE FUNCTION tn_follow_ids()"),
    ]


def id_tables(db) -> list[str]:
    """Tables of the current schema whose ``id`` is an identity column."""
    rows = db.execute_sql(
        "SELECT table_name FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND column_name = 'id' AND is_identity = 'YES' ORDER BY table_name").fetchall()
    return [r[0] for r in rows]


def install(db) -> None:
    """Create the extensions, collation, functions and aggregates (idempotent)."""
    for ext in EXTENSIONS:
        db.execute_sql(f"CREATE EXTENSION IF NOT EXISTS {ext}")
    db.execute_sql(COLLATION)
    for stmt in DROPPED:
        db.execute_sql(stmt)
    for stmt in FUNCTIONS:
        db.execute_sql(stmt)


def follow_ids(db) -> None:
    """Give every identity table its id-following trigger (after a step created tables)."""
    for table in id_tables(db):
        for stmt in follow_ids_trigger(table):
            db.execute_sql(stmt)
