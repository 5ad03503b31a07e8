"""The import floor as a whole command: ``python -m benchmarks.floor_import FILE.csv DB``.

Plain ``csv.reader`` over a LinkedIn Connections.csv; one ``executemany`` into a single 7-column
table in one transaction, with WAL; then one FTS5 external-content build over first name, last
name, e-mail and company. No checks, no normalising. ``totalnet import`` of the same file, timed
the same way (process start to exit), is compared with this.
"""

from __future__ import annotations

import csv
import sqlite3
import sys


def load(csv_path: str, db_path: str) -> int:
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE TABLE person (id INTEGER PRIMARY KEY, first TEXT, last TEXT, url TEXT, email TEXT,"
                " company TEXT, position TEXT, connected TEXT)")
    con.execute("CREATE VIRTUAL TABLE person_fts USING fts5(first, last, email, company,"
                " content='person', content_rowid='id')")
    with open(csv_path, encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        for row in reader:  # LinkedIn's notes before the header
            if row[:2] == ["First Name", "Last Name"]:
                break
        rows = [tuple(row[:7]) for row in reader]
    con.execute("BEGIN")
    con.executemany("INSERT INTO person (first, last, url, email, company, position, connected)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute("INSERT INTO person_fts(person_fts) VALUES ('rebuild')")
    con.execute("COMMIT")
    con.close()
    return len(rows)


if __name__ == "__main__":
    print(load(sys.argv[1], sys.argv[2]), "rows")
