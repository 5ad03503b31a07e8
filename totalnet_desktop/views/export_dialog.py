"""Export dialog (placeholder until the import/export issue lands)."""

from totalnet_desktop.views.stubs import not_yet


def run_export_dialog(ctx, parent=None, contact_ids=None) -> None:
    """Open the export dialog; ``contact_ids`` preselects 'the selection'."""
    not_yet(parent, "Export")
