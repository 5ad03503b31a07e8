"""``totalnet me``: who I am (my contact), shown or chosen; on a chapter server, for this login."""

from __future__ import annotations

import sys

from totalnet_desktop.i18n import translate


def register(sub) -> None:
    p = sub.add_parser("me", help=translate(
        "CLI", "show or choose who you are (on a chapter server: for your login)"))
    p.add_argument("who", nargs="?", metavar="NAME|ID", help=translate(
        "CLI", "yourself on the chapter's roster: a name (or part of it) or a contact id"))
    p.add_argument("--new", metavar="NAME", help=translate(
        "CLI", "you are not on the roster: make your own card with this name (private to your login)"))
    p.add_argument("--company", default="", help=translate("CLI", "your company, with --new"))
    p.add_argument("--roster", action="store_true", help=translate(
        "CLI", "list the members you can choose from"))
    p.set_defaults(handler=run)


def _say_who() -> str:
    from totalnet_desktop.core.contacts import service as contacts
    from totalnet_desktop.core.store import identity

    me, login = identity.me_id(), identity.who()
    if me is None:
        if login is None:
            return translate("CLI", "You have not said who you are yet: totalnet me NAME.")
        return translate("CLI", "Login {login} has not said who they are yet: totalnet me NAME, or "
                         "totalnet me --new \"Your Name\" when you are not on the roster.").format(login=login)
    name = contacts.names([me]).get(me, "")
    if login is None:
        return translate("CLI", "You are {name} (contact {id}).").format(name=name, id=me)
    return translate("CLI", "You are {name} (contact {id}) on login {login}.").format(name=name, id=me, login=login)


def run(args) -> int:
    from totalnet_desktop.core.chapter import whoami

    if args.roster:
        for entry in whoami.roster():
            print(f"{entry.contact_id}\t{entry.name}\t{entry.classification}\t{entry.chapter}")
        return 0
    if args.new:
        whoami.create_own_card(args.new, company=args.company)
        print(_say_who())
        return 0
    if args.who is None:
        print(_say_who())
        return 0
    if args.who.strip().isdigit():
        whoami.choose(int(args.who))
        print(_say_who())
        return 0
    found = whoami.matching(whoami.roster(include_taken=True), args.who)
    if len(found) == 1:
        whoami.choose(found[0].contact_id)
        print(_say_who())
        return 0
    if not found:
        print(translate("CLI", "totalnet: nobody on the roster is called \"{text}\"; see totalnet me --roster, or "
                        "make your own card with totalnet me --new \"Your Name\".").format(text=args.who),
              file=sys.stderr)
        return 2
    print(translate("CLI", "totalnet: several members match \"{text}\"; give more of the name or the id:").format(
        text=args.who), file=sys.stderr)
    for entry in found:  # a member another login has is listed, saying whose (choosing them is refused)
        taken = "\t" + translate("CLI", "already 'me' for the login {login}").format(
            login=entry.taken_by) if entry.taken_by else ""
        print(f"{entry.contact_id}\t{entry.name}\t{entry.classification}{taken}", file=sys.stderr)
    return 2
