"""Bulk actions on the selected contacts: tag, untag, stage, cadence, delete, export.

Each action takes its value as an argument (tests pass it) or asks for it when None.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtWidgets import QInputDialog, QMenu, QMessageBox, QWidget

from totalnet_desktop.core.contacts.service_loader import contacts
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.models import DEFAULT_CADENCE_DAYS, STAGES
from totalnet_desktop.i18n import isolate, number, tr_core, translate
from totalnet_desktop.qtmodels.labels import stage_label

logger = logging.getLogger(__name__)


def _done(ctx, say: Callable[[str], None], text: str) -> None:
    ctx.bus.changed.emit("contacts")
    say(text + "  (" + translate("ContactsView", "Ctrl+Z undoes") + ")")


def add_tag(ctx, parent: QWidget, ids: list[int], say, name: str | None = None) -> int:
    """Tag the selection (asks for the tag when ``name`` is None)."""
    if name is None:
        chosen = len(ids)
        name, ok = QInputDialog.getItem(parent, translate("BulkActions", "Add tag"),
                                        translate("BulkActions", "Tag for %Ln contact(s):", None, chosen),
                                        contacts().all_tags(), 0, True)
        if not ok:
            return 0
    try:
        count = contacts().add_tag(ids, name)
    except ValidationError as exc:
        QMessageBox.warning(parent, translate("BulkActions", "Add tag"), tr_core(exc))
        return 0
    _done(ctx, say, translate("BulkActions", 'Tagged %Ln contact(s) "{tag}".', None, count).format(
        tag=isolate(name.strip())))
    return count


def remove_tag(ctx, parent: QWidget, ids: list[int], say, name: str | None = None) -> int:
    """Remove a tag from the selection."""
    if name is None:
        tags = contacts().all_tags()
        if not tags:
            return 0
        chosen = len(ids)
        name, ok = QInputDialog.getItem(parent, translate("BulkActions", "Remove tag"),
                                        translate("BulkActions", "Remove from %Ln contact(s):", None, chosen),
                                        tags, 0, False)
        if not ok:
            return 0
    count = contacts().remove_tag(ids, name)
    _done(ctx, say, translate("BulkActions", 'Removed "{tag}" from %Ln contact(s).', None, count).format(
        tag=isolate(name)))
    return count


def set_stage(ctx, parent: QWidget, ids: list[int], say, stage: str) -> int:
    count = contacts().set_stage(ids, stage)
    _done(ctx, say, translate("BulkActions", "Moved %Ln contact(s) to {stage}.", None, count).format(
        stage=stage_label(stage)))
    return count


def set_cadence(ctx, parent: QWidget, ids: list[int], say, days: int | None = None, ask: bool = True) -> int:
    """Keep-in-touch cadence for the selection (0 when asked: the stage's default)."""
    if ask and days is None:
        defaults = translate("BulkActions", ", ").join(f"{stage_label(s)} {number(d)}"
                                                 for s, d in DEFAULT_CADENCE_DAYS.items())
        value, ok = QInputDialog.getInt(parent, translate("BulkActions", "Set cadence"),
                                        translate("BulkActions", "Keep in touch every N days (0: stage default: "
                                                  "{defaults}):").format(defaults=defaults), 30, 0, 3650)
        if not ok:
            return 0
        days = value or None
    count = contacts().set_cadence(ids, days)
    _done(ctx, say, translate("BulkActions", "Set the cadence of %Ln contact(s).", None, count))
    return count


def delete(ctx, parent: QWidget, ids: list[int], say) -> int:
    """Move the selection to the trash (undoable, so no question asked)."""
    count = contacts().trash(ids)
    _done(ctx, say, translate("BulkActions", "Moved %Ln contact(s) to the trash.", None, count))
    return count


def export(ctx, parent: QWidget, ids: list[int], say) -> None:
    from totalnet_desktop.views.exchange import export_dialog

    export_dialog.run_export_dialog(ctx, parent, ids)


def build_menu(view) -> QMenu:
    """The "Selection" menu; ``view`` provides ctx, selected_contact_ids() and say()."""
    menu = QMenu(view)

    def act(text: str, fn, *args, name: str = "") -> None:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda: fn(view.ctx, view, view.selected_contact_ids(), view.say, *args))

    act(translate("BulkActions", "Add tag..."), add_tag, name="bulk_add_tag")
    act(translate("BulkActions", "Remove tag..."), remove_tag, name="bulk_remove_tag")
    stage_menu = menu.addMenu(translate("BulkActions", "Set stage"))
    for stage in STAGES:
        action = stage_menu.addAction(stage_label(stage))
        action.triggered.connect(lambda _=False, s=stage: set_stage(view.ctx, view, view.selected_contact_ids(),
                                                                    view.say, s))
    act(translate("BulkActions", "Set keep-in-touch cadence..."), set_cadence, name="bulk_cadence")
    menu.addSeparator()
    act(translate("BulkActions", "Merge..."), lambda ctx, parent, ids, say: view.merge_selected(), name="bulk_merge")
    act(translate("BulkActions", "Export selection..."), export, name="bulk_export")
    menu.addSeparator()
    act(translate("BulkActions", "Delete (move to trash)"), delete, name="bulk_delete")
    menu.addSeparator()
    act(translate("BulkActions", "Export everything about this person..."), _export_person, name="bulk_export_person")
    act(translate("BulkActions", "Forget this person..."), _forget_person, name="bulk_forget")
    return menu


def _forget_person(ctx, parent, ids, say) -> None:
    from totalnet_desktop.views.contacts import forget_dialog

    forget_dialog.forget_person(ctx, parent, ids, say)


def _export_person(ctx, parent, ids, say) -> None:
    from totalnet_desktop.views.contacts import forget_dialog

    forget_dialog.export_person(ctx, parent, ids, say)
