"""``totalnet demo``."""

from totalnet_desktop.cli.common import not_yet


def register(sub) -> None:
    p = sub.add_parser("demo", help="fill the database with a sample chapter and contacts")
    p.add_argument("--force", action="store_true", help="add the sample even when the database has data")
    p.set_defaults(handler=not_yet("demo"))
