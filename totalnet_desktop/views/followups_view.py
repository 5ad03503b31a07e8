"""The Follow-ups screen (placeholder until its issue lands)."""

from totalnet_desktop.views.screen import PlaceholderScreen


class FollowUpsView(PlaceholderScreen):
    title = "Follow-ups"
    coming = "Coming soon. Who to nurture next and why, overdue first."
