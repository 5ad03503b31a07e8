"""Add a follow-up for a contact (placeholder until the follow-up issue lands)."""

from totalnet_desktop.views.stubs import not_yet


def add_followup(ctx, parent=None, contact_id: int | None = None) -> None:
    not_yet(parent, "Adding a follow-up")
