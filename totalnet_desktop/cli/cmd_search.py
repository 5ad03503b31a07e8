"""``totalnet search TEXT``."""

from totalnet_desktop.cli.common import not_yet


def register(sub) -> None:
    p = sub.add_parser("search", help="search contacts, one a line (exit 1 when none match)")
    p.add_argument("text")
    p.set_defaults(handler=not_yet("search"))
