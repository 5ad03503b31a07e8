"""Synthetic data for benchmarks: N contacts with points and tags, loaded the fast way."""

from __future__ import annotations

import atexit
import random
import shutil
import sqlite3
import tempfile
from pathlib import Path

FIRST = ["Layla", "Omar", "Aisha", "Arjun", "Priya", "Zoë", "Lukas", "Maria", "Jose", "Mei", "Wei",
         "Fatima", "Hassan", "Sofia", "Chen", "Ravi", "Anna", "Carlos", "Noor", "Yusuf", "Elena", "Rania"]
LAST = ["Haddad", "Mehta", "Santos", "Nakamura", "Schmidt", "Rossi", "Khan", "Reyes", "Li", "Wang",
        "Al Mansouri", "Iyer", "Dubois", "Novak", "Garcia", "Kapoor", "Tan", "Lim", "Fernandez", "Zhou"]
JOBS = ["Accountant", "Architect", "Photographer", "Printer", "Lawyer", "Florist", "IT support",
        "Mortgage broker", "Interior designer", "Caterer", "Insurance", "Dentist", "Recruiter"]


_MADE: dict[tuple[int, int], Path] = {}  # (n, seed) -> a closed copy made earlier in this run


def _cache_dir() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="bench-synth-"))
    atexit.register(shutil.rmtree, folder, True)
    return folder


def make_contacts(db_path: Path, n: int, seed: int = 7) -> None:
    """Create a migrated database at ``db_path`` holding ``n`` contacts (each with an e-mail, a phone,
    a LinkedIn profile for half of them, and a tag for a third). The database is left closed.

    The same (n, seed) is built once per run and copied after that (several modules need 100,000
    contacts; building them takes longer than most figures)."""
    made = _MADE.get((n, seed))
    if made is not None and made.exists():
        shutil.copyfile(made, db_path)
        return
    _build(db_path, n, seed)
    con = sqlite3.connect(db_path)  # everything into the main file, so that one file is the copy
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    copy = _cache_dir() / f"contacts-{n}-{seed}.sqlite3"
    shutil.copyfile(db_path, copy)
    _MADE[(n, seed)] = copy


def _build(db_path: Path, n: int, seed: int) -> None:
    from totalnet_desktop.core.store import db as db_mod
    from totalnet_desktop.core.store import search_index

    rnd = random.Random(seed)
    database = db_mod.open_database(db_path)
    now = "2026-01-01 09:00:00"
    contacts, points, tags = [], [], []
    for i in range(1, n + 1):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        contacts.append((i, first, last, f"{last} {rnd.choice(JOBS)} LLC", rnd.choice(JOBS), rnd.choice(JOBS),
                         "Dubai", "", rnd.choice(["Know", "Like", "Trust", "Partner"]), "LinkedIn", now, now))
        email = f"{first}.{last}.{i}@example.com".lower().replace(" ", "")
        points.append((i, "email", "", email, email, "", "", 0))
        phone = f"+97150{i:07d}"
        points.append((i, "phone", "", phone, phone, " ".join(phone[k:] for k in range(1, len(phone) - 2)), "", 0))
        if i % 2:
            url = f"https://www.linkedin.com/in/{first}-{last}-{i}".lower().replace(" ", "-")
            points.append((i, "social", "linkedin", url, url.split("www.")[1], "", "", 0))
        if i % 3 == 0:
            tags.append((i, 1 + i % 5))
    with database.atomic(), search_index.suspended(database):
        cur = database.cursor()
        cur.executemany(
            "INSERT INTO contact (id, first_name, last_name, company, job_title, profession, city, notes,"
            " stage, source, met_where, met_channel, is_me, archived, created_at, updated_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,'','',0,0,?,?)", contacts)
        cur.executemany(
            "INSERT INTO contact_point (contact_id, kind, network, value, key, search, label, position)"
            " VALUES (?,?,?,?,?,?,?,?)", points)
        cur.executemany("INSERT INTO tag (id, name) VALUES (?, ?)",
                        [(k, name) for k, name in enumerate(["prospect", "vip", "event", "golf", "media"], 1)])
        cur.executemany("INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", tags)
        search_index.rebuild(database)
    db_mod.close_database()
