"""Privacy commands (issue 20): ``forget``, ``export-person``, ``encrypt``, ``decrypt``.

A CONTACT is a contact id or text the Contacts search finds exactly one contact for (a name, an
e-mail, a phone). Passphrases come from ``--passphrase-file FILE`` or ``TOTALNET_PASSPHRASE``;
``encrypt`` takes the new one from ``--new-passphrase-file`` or ``TOTALNET_NEW_PASSPHRASE``, or asks.
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from totalnet_desktop.core.store.errors import TotalNetError, ValidationError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP
from totalnet_desktop.i18n import date_text, time_text, tr_core, translate

ENV_NEW_PASSPHRASE = "TOTALNET_NEW_PASSPHRASE"


def register(sub) -> None:
    p = sub.add_parser("forget", help=translate(
        "CLI", "forget a person completely (contact, history, search, undo, logs)"))
    p.add_argument("contact", help=translate(
        "CLI", "contact id, or a name, e-mail or phone that finds exactly one contact"))
    p.add_argument("--yes", action="store_true", help=translate("CLI", "do not ask for confirmation"))
    p.add_argument("--rewrite-backups", action="store_true",
                   help=translate("CLI", "also rewrite every backup that holds them, without them"))
    p.set_defaults(handler=run_forget)
    p = sub.add_parser("export-person", help=translate(
        "CLI", "write everything held about one person to a folder"))
    p.add_argument("contact", help=translate(
        "CLI", "contact id, or a name, e-mail or phone that finds exactly one contact"))
    p.add_argument("folder", help=translate("CLI", "a new or empty folder"))
    p.set_defaults(handler=run_export_person)
    p = sub.add_parser("encrypt", help=translate(
        "CLI", "protect the database and its backups with a passphrase"))
    p.add_argument("--new-passphrase-file", metavar="FILE",
                   help=translate(
                       "CLI", "read the new passphrase from FILE (default: "
                       "$TOTALNET_NEW_PASSPHRASE or ask)"))
    p.add_argument("--keyring", action="store_true", help=translate(
        "CLI", "keep the passphrase in the system keyring"))
    p.set_defaults(handler=run_encrypt)
    p = sub.add_parser("decrypt", help=translate(
        "CLI", "remove the passphrase: a plain SQLite file again"))
    p.set_defaults(handler=run_decrypt)


def find_contact(text: str) -> int:
    """The one contact ``text`` names (an id, or a search that finds exactly one)."""
    from totalnet_desktop.core.contacts import search
    from totalnet_desktop.core.store.models import Contact

    if text.strip().isdigit():
        if Contact.get_or_none(id=int(text)) is None:
            raise ValidationError(translate(
                "CLI", "There is no contact with id {text}.").format(text=text))
        return int(text)
    lines = search.search_lines(text, limit=11)
    if not lines:
        raise ValidationError(translate("CLI", "No contact matches \"{text}\".").format(text=text))
    exact = [line for line in lines if line.name.casefold() == text.strip().casefold()]
    if len(exact) == 1:
        return exact[0].id
    if len(lines) > 1:
        shown = "; ".join(f"{line.id}: {line.name}" for line in lines[:10])
        if len(lines) <= 10:
            raise ValidationError(translate("CLI", "\"{text}\" matches {count} contacts ({shown}); give the id of the "
                                                   "one you mean.").format(text=text, count=len(lines), shown=shown))
        raise ValidationError(translate("CLI", "\"{text}\" matches more than 10 contacts ({shown}); give the id of "
                                               "the one you mean.").format(text=text, shown=shown))
    return lines[0].id


YES = QT_TRANSLATE_NOOP("CLI", "yes")  # a marked word: shown translated, not set apart like a name


def run_forget(args) -> int:
    from totalnet_desktop.core.contacts import forget

    cid = find_contact(args.contact)
    who = forget.Identity.of(cid)
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError(translate(
                "CLI", "forget asks for confirmation; add --yes to run it from a script."))
        yes = tr_core(YES)  # what to type in the member's language ("yes" is understood too)
        name = who.full_name or translate("CLI", "this contact")
        answer = input(translate("CLI", "Forget {name} (id {id}) for good? This cannot be undone. Type {yes}: ")
                       .format(name=name, id=str(cid), yes=YES))
        if answer.strip().lower() not in ("yes", yes.strip().lower()):
            print(translate("CLI", "Nothing was changed."))
            return 1
    session = args.session
    result = forget.forget(cid, session.paths.log_dir)
    print(tr_core(result.line()))
    held = forget.backups_holding(session.paths.backup_dir, who)
    if not held:
        return 0
    if not args.rewrite_backups:
        count = len(held)
        print(translate("CLI", "%n backup(s) made before still hold them:", None, count))
        for info in held:
            print("  " + translate("CLI", "{name}  {label}, {created}").format(name=info.path.name,
                                   label=tr_core(info.label),
                                   created=f"{date_text(info.created)} {time_text(info.created)}"))
        print(translate("CLI", "Run again with --rewrite-backups to rewrite each without them."))
        return 0
    for info in held:
        forget.forget_in_backup(info.path, who)
    rewritten = len(held)
    print(translate("CLI", "Rewrote %n backup(s) without them.", None, rewritten))
    return 0


def run_export_person(args) -> int:
    from totalnet_desktop.core.exchange.person_export import export_person

    cid = find_contact(args.contact)
    print(tr_core(export_person(cid, Path(args.folder)).line()))
    return 0


def _new_passphrase(args) -> str:
    if args.new_passphrase_file:
        return read_passphrase_file(args.new_passphrase_file)
    if os.environ.get(ENV_NEW_PASSPHRASE):
        return os.environ[ENV_NEW_PASSPHRASE]
    if not sys.stdin.isatty():
        raise ValidationError(translate(
            "CLI", "Give the new passphrase with --new-passphrase-file FILE or "
            "{ENV_NEW_PASSPHRASE}.").format(ENV_NEW_PASSPHRASE=ENV_NEW_PASSPHRASE))
    print(translate(
        "CLI", "A forgotten passphrase cannot be recovered: without it the data cannot be read by "
        "anyone, you included."))
    first = getpass.getpass(translate("CLI", "New passphrase: "))
    if getpass.getpass(translate("CLI", "The same passphrase again: ")) != first:
        raise ValidationError(translate("CLI", "The two passphrases differ; nothing was changed."))
    return first


def read_passphrase_file(name: str) -> str:
    try:
        text = Path(name).expanduser().read_text(encoding="utf-8")
    except OSError as exc:
        raise TotalNetError(translate(
            "CLI", "The passphrase file {name} cannot be read: {error}.").format(name=name, error=exc.strerror or str(exc))) \
            from exc
    passphrase = text.rstrip("\r\n")
    if not passphrase:
        raise TotalNetError(translate("CLI", "The passphrase file {name} is empty.").format(name=name))
    return passphrase


def run_encrypt(args) -> int:
    from totalnet_desktop.core.store import cipher, protect
    from totalnet_desktop.i18n import translate
    from totalnet_desktop.single_instance import no_window_open

    session = args.session
    new = _new_passphrase(args)
    with no_window_open(session.paths.data_dir, translate("CLI", "encrypting")):
        result = protect.change_key(session.db_path, session.paths.backup_dir, new)
    if args.keyring:
        kept = cipher.keyring_set(session.db_path, new)
        print(translate("CLI", "The passphrase is kept in the system keyring.") if kept else
              translate("CLI", "No system keyring is available; the passphrase was not kept."))
    print(tr_core(result.line()))
    return 0


def run_decrypt(args) -> int:
    from totalnet_desktop.core.store import cipher, protect
    from totalnet_desktop.i18n import translate
    from totalnet_desktop.single_instance import no_window_open

    session = args.session
    with no_window_open(session.paths.data_dir, translate("CLI", "decrypting")):
        result = protect.change_key(session.db_path, session.paths.backup_dir, None)
    cipher.keyring_set(session.db_path, None)
    print(tr_core(result.line()))
    return 0
