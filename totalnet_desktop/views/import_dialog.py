"""Import dialog (placeholder until the import/export issue lands)."""

from totalnet_desktop.views.stubs import not_yet


def run_import_dialog(ctx, parent=None) -> None:
    """Open the import dialog modally; announce changes on ctx.bus when rows were imported."""
    not_yet(parent, "Import")
