"""File > Back up now... and File > Restore from backup... (placeholders until the reliability issue)."""

from totalnet_desktop.views.stubs import not_yet


def backup_now(ctx, parent=None) -> None:
    not_yet(parent, "Back up now")


def restore_from_backup(ctx, parent=None) -> None:
    not_yet(parent, "Restore from backup")
