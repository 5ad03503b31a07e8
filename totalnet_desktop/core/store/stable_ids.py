"""Stable ids of the chapter's slips (schema step 21): referrals, thank-yous, one-to-ones, CEUs and
testimonials carry a ``uid`` that stays the same wherever the row goes (``copy-database``, a backup, a
meeting published from a laptop's file to the chapter server), so publishing the same meeting twice
finds what it wrote the first time instead of writing it again (core.chapter.publish).

A uid is 32 hexadecimal digits, random for a row the app writes (``new_uid``). Rows written before the
step get one from the migration; a row that somehow has none (written by hand with SQL) gets one derived
from what it says when it is published (``derived_uid``), so that too is the same each time.
"""

from __future__ import annotations

import hashlib
import uuid

TABLES = ("referral", "thank_you", "one_to_one", "ceu", "testimonial")


def new_uid() -> str:
    return uuid.uuid4().hex


def derived_uid(*parts: object) -> str:
    """The same 32 digits for the same parts (a row without its own uid, at publishing)."""
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode()).hexdigest()[:32]


def sqlite_sql() -> list[str]:
    out = []
    for table in TABLES:
        out += [f'ALTER TABLE "{table}" ADD COLUMN "uid" VARCHAR(32)',
                f'UPDATE "{table}" SET "uid" = lower(hex(randomblob(16))) WHERE "uid" IS NULL',
                f'CREATE UNIQUE INDEX "{table}_uid" ON "{table}" ("uid")']
    return out


def pg_sql() -> list[str]:
    out = []
    for table in TABLES:
        out += [f'ALTER TABLE "{table}" ADD COLUMN "uid" VARCHAR(32)',
                (f'UPDATE "{table}" SET "uid" = md5(random()::text || clock_timestamp()::text || "id"::text) '
                 f'WHERE "uid" IS NULL'),
                f'CREATE UNIQUE INDEX "{table}_uid" ON "{table}" ("uid")']
    return out
