"""The command line in the member's language: chosen before the parser is built, so that its help,
argparse's own words ("usage:", "options", its error sentences) and every message use the catalogue."""

from __future__ import annotations

import argparse

from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, translate

# argparse writes these through gettext (its module-level ``_``); we answer from our catalogue instead.
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def _argparse_text(text: str) -> str:
    return translate("argparse", text) if text in ARGPARSE_TEXTS else text


def use_language(argv: list[str] | None) -> str:
    """Read ``--lang`` and ``--data-dir`` ahead of the real parser; install the language (``--lang``,
    else the Preferences choice, else the system's) with the Preferences digit choice; make argparse
    speak it. Returns the code."""
    from totalnet_desktop import i18n, paths

    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang")
    early.add_argument("--data-dir")
    known, _rest = early.parse_known_args(argv)
    saved, digits = None, "western"
    try:
        settings = paths.resolve(known.data_dir).settings_path
        if settings.exists():  # the language and digits chosen in Preferences, as the screens use them
            saved, digits = i18n.saved_language(settings), i18n.saved_digits(settings)
    except Exception:  # noqa: BLE001 - a bad data folder is reported by the command itself, in a sentence
        saved = None
    code = i18n.install(i18n.choose(known.lang, saved), digits)
    argparse._ = _argparse_text  # type: ignore[attr-defined]
    return code
