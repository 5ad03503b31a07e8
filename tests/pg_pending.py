"""Tests that do not pass on PostgreSQL yet (issue 18, listed in its note), and tests that are about the
SQLite file itself.

A pending test is skipped on a PostgreSQL run with this reason, so the run stays green and the list
is the honest size of what is left. Cause of what remains: the follow-up rules (core/followups/
rules.py) still build a temporary table SQLite's way; they are being rewritten as named CTEs, and that
rewrite runs on PostgreSQL with three small casts (/work/notes/issue-18-pg-rules-speed.patch). A
nudge made by a check-in runs the rules too. ``TOTALNET_PG_RUN_PENDING=1`` runs them anyway.
"""

REASON = "not yet on PostgreSQL (issue 18 note: the follow-up rules' temporary table)"

# A path ending in ".py" names a whole module.
PENDING = frozenset({
    "tests/core/followups/test_followup_rules.py",
    "tests/core/chapter/test_meetings.py::test_an_app_made_nudge_does_not_keep_the_new_contact",
    "tests/core/chapter/test_meetings.py::test_undo_visitor_removes_the_new_contact_and_its_followup",
})


def is_pending(nodeid: str) -> bool:
    test = nodeid.split("[", 1)[0]
    return test in PENDING or test.split("::", 1)[0] in PENDING


# Tests about the SQLite file itself (its pages, WAL, recovery, encryption, file backups): not run on
# --engine postgres. A path ending in "/" names a folder, else a module or one test.
SQLITE_ONLY: dict[str, str] = {
    "tests/reliability/": "kill, full disk and bad-file start-up of the SQLite file",
    "tests/core/store/test_backup.py": "SQLite online backups of the file",
    "tests/core/store/test_backup_safety.py": "the SQLite backup file's pages",
    "tests/core/store/test_recovery.py": "recovering a damaged SQLite file",
    "tests/core/store/test_encryption.py": "SQLCipher files",
    "tests/core/store/test_db.py": "opening the SQLite file: header, pragmas, WAL, FTS5 steps",
    "tests/cli/test_cli_backup.py": "file backups (a server's backup is an export: tests/core/store/test_copy.py)",
    "tests/views/shell/test_backup_dialogs.py": "file backups and restore dialogs",
    "tests/views/shell/test_app_faults.py": "a damaged, foreign or read-only SQLite file at start-up",
    "tests/views/shell/test_privacy_gui.py": "protecting the SQLite file with a passphrase, and its lock",
    "tests/test_private_modes.py": "file modes of the SQLite file and its companions",
}


def sqlite_only(nodeid: str) -> bool:
    """True for a test listed in SQLITE_ONLY (by folder, module or test)."""
    test = nodeid.split("[", 1)[0]
    module = test.split("::", 1)[0]
    return any(test == key or module == key or (key.endswith("/") and module.startswith(key))
               for key in SQLITE_ONLY)
