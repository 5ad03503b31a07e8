"""``totalnet import`` and ``totalnet export``."""

from totalnet_desktop.cli.common import not_yet


def register(sub) -> None:
    p = sub.add_parser("import", help="import contacts from a CSV or vCard file")
    p.add_argument("file")
    p.add_argument("--format", default="auto", choices=["auto", "linkedin", "google", "outlook", "vcard", "csv"])
    p.add_argument("--chapter", metavar="NAME", help="add the imported people to this chapter's roster")
    p.add_argument("--on-duplicate", default="merge", choices=["merge", "skip", "add"])
    p.add_argument("--dry-run", action="store_true")
    p.set_defaults(handler=not_yet("import"))

    p = sub.add_parser("export", help="export contacts, attendance, referrals, PALMS or follow-ups")
    p.add_argument("file")
    p.add_argument("--format", default="csv", choices=["csv", "vcard"])
    p.add_argument("--what", default="contacts",
                   choices=["contacts", "attendance", "referrals", "palms", "followups"])
    p.add_argument("--excel", action="store_true", help="add a BOM so Excel reads UTF-8")
    p.set_defaults(handler=not_yet("export"))
