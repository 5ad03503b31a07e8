"""``totalnet followups``."""

from totalnet_desktop.cli.common import not_yet


def register(sub) -> None:
    p = sub.add_parser("followups", help="print the follow-up queue as a table")
    p.add_argument("--due", default="all", choices=["overdue", "today", "week", "all"])
    p.set_defaults(handler=not_yet("followups"))
