"""``totalnet search TEXT``: what the Contacts screen's search finds, one contact a line."""

from __future__ import annotations

from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("search", help=translate(
        "CLI", "search contacts, one a line (exit 1 when none match)"))
    p.add_argument("text", help=translate("CLI", "what you would type in the Contacts search box"))
    p.set_defaults(handler=run)


def run(args) -> int:
    """Print name | company | e-mails | phones for each match; exit 1 when nothing matches, 2 when
    there is nothing to search for (an empty text would list the whole address book)."""
    from totalnet_desktop.core.contacts import search as contact_search

    if not args.text.strip():
        raise TotalNetError(translate("CLI", "Type something to search for, e.g. totalnet search Layla."))
    lines = contact_search.search_lines(args.text)
    for line in lines:
        print(line.text())
    return 0 if lines else 1
