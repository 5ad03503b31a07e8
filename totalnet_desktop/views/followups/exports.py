"""The Follow-ups screen's exports (a calendar file, CSV) and the chapter's referral needs, each asked in
a dialog. Strings keep the screen's translation context ("FollowUpsView")."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import translate
from totalnet_desktop.views.followups.presenter import FollowUpsPresenter
from totalnet_desktop.views.shell.screen import as_widget


class FollowUpsView(Protocol):
    """What these use of the screen (views.followups.view.FollowUpsView)."""

    presenter: FollowUpsPresenter

    def export_to(self, path: str | Path, kind: str) -> int: ...
    def _show_message(self, text: str, undo: bool = True) -> None: ...


def ask_and_export(view: FollowUpsView, kind: str) -> None:
    """Ask where, then write the open items as 'ics' or 'csv' and say how many."""
    if kind == "ics":
        caption, filter_text = translate("FollowUpsView", "Export follow-ups to a calendar file"), "iCalendar (*.ics)"
    else:
        caption, filter_text = translate("FollowUpsView", "Export follow-ups as CSV"), "CSV (*.csv)"
    path, _ = QFileDialog.getSaveFileName(as_widget(view), caption, view.presenter.export_path(kind), filter_text)
    if not path:
        return
    try:
        count = view.export_to(path, kind)
    except TotalNetError as exc:
        QMessageBox.warning(as_widget(view), translate("FollowUpsView", "Export follow-ups"), str(exc))
        return
    view._show_message(view.presenter.exported_text(count, path), undo=False)


def edit_needs(view: FollowUpsView) -> bool:
    """The professions the chapter is looking for, one per line; True when saved."""
    text, ok = QInputDialog.getMultiLineText(
        as_widget(view), translate("FollowUpsView", "Chapter referral needs"),
        translate("FollowUpsView", "Professions your chapter is looking for, one per line.\nOnline-only contacts in "
                                   "these professions are suggested for a coffee or a visit."),
        view.presenter.needs_text())
    if ok:
        view._show_message(view.presenter.save_needs(text), undo=False)
    return bool(ok)
