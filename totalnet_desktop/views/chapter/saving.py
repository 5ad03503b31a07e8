"""Saving a Chapter tab's table or sheet: ask where, write, and say what happened (one way for every tab)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QWidget

from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import path_text, tr_core

Say = Callable[[str, bool], None]


def ask_path(parent: QWidget, title: str, suggested: str, pattern: str) -> str:
    """A save-file dialog; '' when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, pattern)
    return path


def save_with(ask: Callable[[str, str, str], str], title: str, suggested: str, pattern: str,
              write: Callable[[str], object], say: Say, saved: str = "Saved {path}.", ready: bool = True) -> str | None:
    """Ask for a path (``ask``: the tab's ask_path, which tests replace), ``write`` it and say ``saved``
    (the tab's translated 'Saved {path}.'); an error in the app's words is said instead. The path, or
    None when cancelled, not ``ready`` or failed."""
    path = ask(title, suggested, pattern)
    if not path or not ready:
        return None
    try:
        write(path)
    except TotalNetError as exc:
        say(tr_core(exc), True)
        return None
    say(saved.format(path=path_text(path)), False)
    return path


def write_csv(make_table: Callable[[], tuple[list[str], list[list]]]) -> Callable[[str], object]:
    """A writer for ``save_with`` of the ``(headers, rows)`` that ``make_table`` returns, as CSV."""
    def write(path: str) -> object:
        from totalnet_desktop.core.exchange.csv_write import write_table

        return write_table(path, *make_table())
    return write
