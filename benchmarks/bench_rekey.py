"""Changing the default phone region on 100,000 contacts (Edit > Preferences): every stored phone is
read again in the new region.

The data: benchmarks/synth.py contacts whose phones were imported under the default region AE, as
a British user would have them before setting GB: 60% British mobiles in national form
("07700 900123"), 10% London numbers ("020 7946 0123"), 30% already international (unchanged).

Baseline, measured in the same run on a copy of the same file with the stdlib ``sqlite3`` module:
the least any re-read must do: parse each number once with libphonenumber (E.164 key only, no
search tokens), one executemany UPDATE of every phone row, the FTS5 index dropped and built with one
``INSERT ... SELECT``.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

import phonenumbers

from benchmarks.synth import make_contacts

N_CONTACTS = 100_000
ROUNDS = int(os.environ.get("BENCH_REKEY_ROUNDS", "3"))


def national_phones(db_path: Path, seed: int = 5) -> None:
    """Give every contact a phone as an AE-region import would have stored it."""
    from totalnet_desktop.core.contacts.fastnorm import phone_facts

    rnd = random.Random(seed)
    rows = []
    for cid in range(1, N_CONTACTS + 1):
        pick = rnd.random()
        if pick < 0.6:
            value = f"07{rnd.randrange(100, 999)} {rnd.randrange(10**6):06d}"
        elif pick < 0.7:
            value = f"020 {rnd.randrange(7000, 8999)} {rnd.randrange(10**4):04d}"
        elif pick < 0.85:
            value = f"+44 7{rnd.randrange(100, 999)} {rnd.randrange(10**6):06d}"
        else:
            value = f"+971 50 {rnd.randrange(10**3):03d} {rnd.randrange(10**4):04d}"
        key, _valid, search = phone_facts(value, "AE")
        rows.append((value, key, search, cid))
    con = sqlite3.connect(db_path)
    with con:
        con.execute("INSERT INTO search_index_suspend(token) VALUES (1)")
        con.executemany("UPDATE contact_point SET value = ?, key = ?, search = ? WHERE contact_id = ? AND kind = 'phone'",
                        rows)
        _raw_index(con)
        con.execute("DELETE FROM search_index_suspend")
    con.close()


def _raw_index(con: sqlite3.Connection) -> None:
    """Drop and build the FTS5 index with one INSERT ... SELECT (the cheapest full rebuild)."""
    from totalnet_desktop.core.store.search_index import CREATE_FTS

    con.execute("DROP TABLE contact_fts")
    con.execute(CREATE_FTS)
    con.execute("INSERT INTO contact_fts(rowid, name, company, job_title, profession, city, points, tags, notes)"
                " SELECT c.id, trim(c.first_name || ' ' || c.last_name), c.company, c.job_title, c.profession,"
                " c.city, coalesce((SELECT group_concat(p.value || ' ' || p.search, ' ') FROM contact_point p"
                " WHERE p.contact_id = c.id), ''), coalesce((SELECT group_concat(t.name, ' ') FROM contact_tag ct"
                " JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id), ''), c.notes FROM contact c")


def raw_rekey(db_path: Path, region: str) -> int:
    """The floor: parse once, write every key, rebuild the index."""
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=wal")
    rows = con.execute("SELECT id, value FROM contact_point WHERE kind = 'phone'").fetchall()
    keys = []
    for point_id, value in rows:
        try:
            parsed = phonenumbers.parse(value, region)
            key = phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        except phonenumbers.NumberParseException:
            key = value
        keys.append((key, point_id))
    with con:
        con.execute("INSERT INTO search_index_suspend(token) VALUES (1)")
        con.executemany("UPDATE contact_point SET key = ? WHERE id = ?", keys)
        _raw_index(con)
        con.execute("DELETE FROM search_index_suspend")
    con.close()
    return len(rows)


def run(report) -> None:
    from totalnet_desktop.core.contacts import phone_rekey
    from totalnet_desktop.core.store import db as db_mod

    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = folder / "source.sqlite3"
        make_contacts(source, N_CONTACTS)
        national_phones(source)

        # Best of ROUNDS of each, alternated, each on a fresh copy of the same file.
        baseline = project = float("inf")
        result = None
        for attempt in range(ROUNDS):
            raw_path = folder / f"raw{attempt}.sqlite3"
            shutil.copy(source, raw_path)
            start = time.perf_counter()
            raw_rekey(raw_path, "GB")
            baseline = min(baseline, time.perf_counter() - start)
            app_path = folder / f"app{attempt}.sqlite3"
            shutil.copy(source, app_path)
            db_mod.open_database(app_path)
            start = time.perf_counter()
            result = phone_rekey.change_region("GB")
            project = min(project, time.perf_counter() - start)
            if attempt < ROUNDS - 1:
                db_mod.close_database()
        report(f"region AE -> GB: re-read {result.phones:,} phones", project, baseline,
               f"{result.changed:,} changed on {result.contacts:,} contacts; best of {ROUNDS}")

        start = time.perf_counter()
        again = phone_rekey.change_region("GB")
        report("the same region again (idempotent)", time.perf_counter() - start, baseline,
               f"{again.changed:,} changed")

        parse = float("inf")
        for _ in range(ROUNDS):
            start = time.perf_counter()
            phone_rekey._parse_all("AE", None, None)
            parse = min(parse, time.perf_counter() - start)
        report("of which: parsing every number (no lock held)", parse, None)
        db_mod.close_database()
