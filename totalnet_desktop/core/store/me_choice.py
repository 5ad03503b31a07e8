"""One roster member is "me" for one login only (schema step 23), kept by the database itself.

On a shared PostgreSQL database each login's "me" is its preference row ``me_contact_id@login`` in the
setting table (core.store.prefs, identity). Two rules hold for every writer, the app, psql or any other
program, on both engines:

- such a row holds a contact id written one way (its digits, as the app's JSON writes it) or ``null``:
  a CHECK constraint on PostgreSQL, BEFORE INSERT/UPDATE triggers on SQLite (which cannot add a CHECK to
  a live table; docs/decisions/enum-guards.md). So every reader (the app's JSON, the rights SQL's
  ``totalnet_me()``) reads the same member, and " 12" cannot stand beside "12";
- no two such rows hold the same contact id: a unique partial index, which PostgreSQL enforces across
  logins whatever row-level security lets each of them see.

The plain ``me_contact_id`` key (an SQLite file's one person; a leftover on a server a personal file was
copied to, read by nobody there) is outside both.

Upgrading a database where two logins already hold one member (possible only through raw SQL before
this step) keeps the earliest choice, the row written first (SQLite's row order, PostgreSQL's transaction
ids, then the key), deletes the later ones and logs their contact ids: those logins are asked who they
are at their next connection (core.chapter.whoami). A row that holds no contact id is deleted the same
way; a number written another way (" 12", "012", "12.0") is rewritten as the app writes it.

A write the index refuses reads as the app's sentence naming the login that has the member
(``refusal``, called by prefs.set for every writer of "me": the who-am-I screens, Preferences, a merge),
whichever engine refused it. (SQLite's ``INSERT OR REPLACE`` resolves a unique conflict by deleting the
other row; the app never writes a login's row on an SQLite file, and one member still has one login.)
"""

from __future__ import annotations

import logging
import re

from totalnet_desktop.core.store import engine
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.guards import ME_CHECK as CHECK
from totalnet_desktop.core.store.guards import ME_MESSAGE as MESSAGE
from totalnet_desktop.core.store.models import Contact, Setting
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

KEY = "me_contact_id"  # the preference (core.store.prefs)
PREFIX = KEY + "@"  # a login's own row on a server: me_contact_id@login
INDEX = "setting_me_contact"

ME_TAKEN = QT_TRANSLATE_NOOP(
    "Errors", "{name} is already 'me' for the login {login}; ask your chapter's leadership if that is wrong.")
# The same when this login may not read the other's row (row-level security set up otherwise than
# docs/postgres-rights.sql, which lets every login read the chapter's settings).
ME_TAKEN_UNSEEN = QT_TRANSLATE_NOOP(
    "Errors", "{name} is already 'me' for another login; ask your chapter's leadership if that is wrong.")

IS_ME_ROW = f"substr({{row}}\"key\", 1, {len(PREFIX)}) = '{PREFIX}'"
INDEX_SQL = (f'CREATE UNIQUE INDEX "{INDEX}" ON "setting" ("value") '
             f"WHERE {IS_ME_ROW.format(row='')} AND \"value\" <> 'null'")
# The value's guard: a CHECK on PostgreSQL, triggers on SQLite; a refused write is told guards.ME_MESSAGE
# on both (SQLite's RAISE; the server handle maps the constraint's name, as for the enum guards).
PG_CHECK_SQL = (f'ALTER TABLE "setting" ADD CONSTRAINT {CHECK} CHECK (NOT ({IS_ME_ROW.format(row="")}) '
                f"OR \"value\" = 'null' OR \"value\" ~ '^[1-9][0-9]*$')")


def _sqlite_guard(event: str, when: str) -> str:
    row = IS_ME_ROW.format(row="NEW.")
    return (f"CREATE TRIGGER {CHECK}_{event} BEFORE {when} ON setting "
            f"WHEN {row} AND NOT (NEW.value = 'null' OR (NEW.value GLOB '[1-9]*' AND NEW.value NOT GLOB '*[^0-9]*')) "
            f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END")


SQLITE_GUARDS = (_sqlite_guard("insert", "INSERT"), _sqlite_guard("update", 'UPDATE OF "key", "value"'))

# A number as a person or a program might have written it: the contact id's digits without sign,
# leading zeros, spaces or a ".0".
_NUMBER = re.compile(r"\s*\+?0*([1-9][0-9]*)(?:\.0*)?\s*")


def canonical(value: str) -> str | None:
    """The value as the app writes it ("12" or "null"), or None when it holds no contact id."""
    if value.strip() == "null":
        return "null"
    number = _NUMBER.fullmatch(value)
    return number.group(1) if number else None


def _me_rows(db) -> list[tuple[str, str]]:
    """Every login's "me" row, the earliest written first."""
    order = 'age(xmin) DESC, "key"' if engine.is_postgres(db) else "rowid"
    return db.execute_sql(f'SELECT "key", "value" FROM "setting" WHERE {IS_ME_ROW.format(row="")} '
                          f"ORDER BY {order}").fetchall()


def repair(db) -> None:
    """Make the rows fit the constraint: one login per member (the earliest), contact ids written one way."""
    kept: set[str] = set()
    cleared: list[int] = []
    unreadable = 0
    for key, value in _me_rows(db):
        fixed = canonical(value)
        if fixed is None or fixed in kept:
            db.execute_sql('DELETE FROM "setting" WHERE "key" = ?', (key,))
            if fixed is None:
                unreadable += 1
            else:
                cleared.append(int(fixed))
            continue
        if fixed != "null":
            kept.add(fixed)
        if fixed != value:
            db.execute_sql('UPDATE "setting" SET "value" = ? WHERE "key" = ?', (fixed, key))
    if cleared:
        logger.warning("schema step 23: %d later choice(s) of a member another login chose first were cleared "
                       "(contact ids %s); those logins are asked who they are at their next connection",
                       len(cleared), sorted(cleared))
    if unreadable:
        logger.warning("schema step 23: %d \"me\" preference(s) held no contact id and were cleared", unreadable)


def install_sqlite(db) -> None:
    repair(db)
    for stmt in SQLITE_GUARDS:
        db.execute_sql(stmt)
    db.execute_sql(INDEX_SQL)


def install_pg(db) -> None:
    repair(db)
    db.execute_sql(PG_CHECK_SQL)
    db.execute_sql(INDEX_SQL)


def taken(exc: BaseException) -> bool:
    """True when ``exc`` is the index refusing a member another login has: PostgreSQL names the index,
    SQLite the indexed column (no other unique index covers setting.value)."""
    seen: BaseException | None = exc
    for _ in range(6):  # peewee's error, the driver's behind it
        if seen is None:
            return False
        if getattr(getattr(seen, "diag", None), "constraint_name", None) == INDEX:
            return True
        if "UNIQUE constraint failed: setting.value" in str(seen):
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__ or seen.__context__
    return False


def refusal(exc: BaseException, key: str, value: object) -> ValidationError | None:
    """The app's sentence for a choice of "me" the index refused (None for any other error): who the
    member is and which login has them. ``key`` is the row written (``me_contact_id@login``)."""
    if not key.startswith(PREFIX) or not isinstance(value, int) or not taken(exc):
        return None
    holder = (Setting.select(Setting.key)
              .where((Setting.value == str(value)) & (Setting.key != key) & Setting.key.startswith(PREFIX))
              .order_by(Setting.key).first())
    contact = Contact.get_or_none(Contact.id == value)
    name = contact.full_name if contact is not None else f"#{value}"
    if holder is None:
        return ValidationError(ME_TAKEN_UNSEEN.format(name=name))
    return ValidationError(ME_TAKEN.format(name=name, login=holder.key[len(PREFIX):]))
