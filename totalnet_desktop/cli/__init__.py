"""The ``totalnet`` command line: the same core services as the GUI.

Each command group lives in its own module with ``register(subparsers)``; a command's handler takes
the parsed arguments and returns the exit status. Errors go to stderr as one plain sentence.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys

import peewee

from totalnet_desktop import __version__
from totalnet_desktop.cli import (
    cmd_backup,
    cmd_chapter,
    cmd_database,
    cmd_demo,
    cmd_exchange,
    cmd_followups,
    cmd_history,
    cmd_insights,
    cmd_me,
    cmd_privacy,
    cmd_report,
    cmd_search,
    language,
)
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import tr_core, translate

COMMAND_MODULES = (cmd_exchange, cmd_history, cmd_search, cmd_followups, cmd_report, cmd_insights, cmd_backup,
                   cmd_demo, cmd_chapter, cmd_database, cmd_privacy, cmd_me)
# Commands that write the database: refused up front on a login that may only read (the others read;
# ``followups`` then shows the queue as it was written, without running the rules).
WRITING_COMMANDS = frozenset(("import", "import-history", "demo", "forget", "encrypt", "decrypt", "publish-meeting",
                              "restore"))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="totalnet",
        description=translate(
            "CLI", "TotalNet Desktop: total networking, offline. With no command, opens the app."),
    )
    parser.add_argument("--version", action="version", version=f"TotalNet {__version__}")
    parser.add_argument("--database", metavar="URL",
                        help=translate(
                            "CLI", "a shared chapter database, postgresql://user@host/chapter "
                            "(default: $TOTALNET_DATABASE, else the SQLite file in the "
                            "data folder)"))
    parser.add_argument("--copy", metavar="FILE",
                        help=translate(
                            "CLI", "run the command on the TotalNet file or backup FILE, read-only: "
                            "reading commands work, writing commands are refused, FILE is never changed"))
    parser.add_argument("--data-dir", metavar="DIR",
                        help=translate(
                            "CLI", "data folder (default: $TOTALNET_DATA_DIR or the user data "
                            "folder)"))
    parser.add_argument("--lang", metavar="CODE",
                        help=translate(
                            "CLI", "language of the app and its messages, e.g. ar or en (default: "
                            "the system's)"))
    parser.add_argument("--passphrase-file", metavar="FILE",
                        help=translate(
                            "CLI", "read the passphrase of a protected database from FILE "
                            "(default: $TOTALNET_PASSPHRASE)"))
    # Hidden: open the window, quit after the first event-loop turn, exit 0 (checks a built app).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    return parser


def main(argv=None) -> int:
    """Entry point of the ``totalnet`` console script."""
    language.use_language(sys.argv[1:] if argv is None else list(argv))
    parser = build_parser()
    args = parser.parse_args(argv)
    from totalnet_desktop.core.store import cipher

    try:
        cipher.offer(cmd_privacy.read_passphrase_file(args.passphrase_file) if args.passphrase_file else None)
    except TotalNetError as exc:
        print("totalnet: " + tr_core(exc), file=sys.stderr)
        return 2
    if args.copy and args.database:
        parser.error(translate("CLI", "give --copy or --database, not both"))
    if args.copy and args.command is None:
        parser.error(translate("CLI", "--copy needs a command; the app opens a copy with File > Open a copy "
                               "read-only..."))
    if args.database:
        import os

        from totalnet_desktop.core.store.engine import ENV_DATABASE

        os.environ[ENV_DATABASE] = args.database  # the GUI and the command open it alike
    if args.command is None:
        from totalnet_desktop.app import quit_process, run_gui

        status = run_gui(args.data_dir, smoke_test=args.smoke_test, lang=args.lang)
        return quit_process(status) if argv is None else status  # in-process callers (tests) go on
    try:
        if args.copy:
            from totalnet_desktop.core.store.session import open_copy_session

            args.session = open_copy_session(args.data_dir, args.copy)
            if args.command in WRITING_COMMANDS:
                from totalnet_desktop.core.store import read_only

                read_only.refuse()  # before the command reads its file or asks anything
        elif getattr(args, "needs_session", True):
            from totalnet_desktop.core.store.session import open_session

            args.session = open_session(args.data_dir)
            if args.session.read_only and args.command in WRITING_COMMANDS:
                from totalnet_desktop.core.store import read_only

                read_only.refuse()  # before the command reads its file or asks anything
        return int(args.handler(args) or 0)
    except TotalNetError as exc:
        print("totalnet: " + tr_core(exc), file=sys.stderr)
        return 2
    except (peewee.OperationalError, sqlite3.OperationalError) as exc:
        # A write the disk refused (full, read-only, I/O error); its transaction rolled back.
        from totalnet_desktop import paths
        from totalnet_desktop.core.store.recovery import explain_write_error

        print("totalnet: " + tr_core(explain_write_error(exc, paths.resolve(args.data_dir).db_path)), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(translate("CLI", "totalnet: interrupted; nothing more was written."), file=sys.stderr)
        return 130
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        # A damaged page met half-way through a command (the header and schema read fine at open).
        print("totalnet: " + tr_core(_damaged(args, exc)), file=sys.stderr)
        return 2
    finally:
        from totalnet_desktop.core.store import db

        db.close_database()


def _damaged(args, exc: BaseException) -> str:
    """The same sentence and way out the app gives for a damaged database."""
    from totalnet_desktop import paths
    from totalnet_desktop.core.store import backup, db, recovery

    db.close_database()
    db_path = paths.resolve(args.data_dir).db_path
    status = recovery.quick_check(db_path)
    return backup.damaged_message(db_path, status if status != "ok" else str(exc))
