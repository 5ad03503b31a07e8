"""The Follow-ups screen's exports (a calendar file, CSV) and the chapter's referral needs, each asked in
a dialog. Mixed into the screen; strings keep its translation context ("FollowUpsView")."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import translate
from totalnet_desktop.views.shell.screen import as_widget

if TYPE_CHECKING:
    from totalnet_desktop.views.followups.presenter import FollowUpsPresenter


class ExportActions:
    """Mixed into FollowUpsView, which provides presenter, run_rules_now() and _show_message()."""

    if TYPE_CHECKING:  # what the screen provides
        presenter: FollowUpsPresenter

        def run_rules_now(self) -> None: ...
        def _show_message(self, text: str, undo: bool = True) -> None: ...

    def export_to(self, path: str | Path, kind: str) -> int:
        """Write the open items to ``path`` as 'ics' or 'csv'; how many were written."""
        return self.presenter.export(path, kind)

    def export_ics(self) -> None:
        self._ask_and_export("ics")

    def export_csv(self) -> None:
        self._ask_and_export("csv")

    def _ask_and_export(self, kind: str) -> None:
        """Ask where, then write the open items as 'ics' or 'csv' and say how many."""
        if kind == "ics":
            caption, filter_text = translate("FollowUpsView", "Export follow-ups to a calendar file"), "iCalendar (*.ics)"
        else:
            caption, filter_text = translate("FollowUpsView", "Export follow-ups as CSV"), "CSV (*.csv)"
        path, _ = QFileDialog.getSaveFileName(as_widget(self), caption, self.presenter.export_path(kind), filter_text)
        if not path:
            return
        try:
            count = self.export_to(path, kind)
        except TotalNetError as exc:
            QMessageBox.warning(as_widget(self), translate("FollowUpsView", "Export follow-ups"), str(exc))
            return
        self._show_message(self.presenter.exported_text(count, path), undo=False)

    def edit_needs(self) -> None:
        """The professions the chapter is looking for, one per line; the rules run again when saved."""
        text, ok = QInputDialog.getMultiLineText(
            as_widget(self), translate("FollowUpsView", "Chapter referral needs"),
            translate("FollowUpsView", "Professions your chapter is looking for, one per line.\nOnline-only contacts "
                                       "in these professions are suggested for a coffee or a visit."),
            self.presenter.needs_text())
        if ok:
            self._show_message(self.presenter.save_needs(text), undo=False)
            self.run_rules_now()
