"""``totalnet backup`` and ``totalnet restore``."""

from totalnet_desktop.cli.common import not_yet


def register(sub) -> None:
    p = sub.add_parser("backup", help="back up the database (to FILE or the backups folder)")
    p.add_argument("file", nargs="?")
    p.set_defaults(handler=not_yet("backup"))
    p = sub.add_parser("restore", help="restore the database from a backup file")
    p.add_argument("file")
    p.set_defaults(handler=not_yet("restore"))
