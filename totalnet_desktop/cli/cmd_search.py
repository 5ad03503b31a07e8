"""``totalnet search TEXT``: what the Contacts screen's search finds, one contact a line."""

from __future__ import annotations

from totalnet_desktop.core.contacts import search as contact_search


def register(sub) -> None:
    p = sub.add_parser("search", help="search contacts, one a line (exit 1 when none match)")
    p.add_argument("text", help="what you would type in the Contacts search box")
    p.set_defaults(handler=run)


def run(args) -> int:
    """Print name | company | e-mails | phones for each match; exit 1 when nothing matches."""
    lines = contact_search.search_lines(args.text)
    for line in lines:
        print(line.text())
    return 0 if lines else 1
