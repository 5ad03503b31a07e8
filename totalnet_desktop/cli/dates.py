"""A date typed on the command line (``--date``, ``--from``...): one rule and one sentence for every
command."""

from __future__ import annotations

import datetime as dt

from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import translate


def option_date(text: str | None, option: str) -> dt.date | None:
    """``text`` as a date (None when the option was not given), or one sentence naming the option."""
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise TotalNetError(translate("CLI", "{option} \"{text}\" is not a date; write it like 2026-11-25.").format(
            option=option, text=text)) from None
