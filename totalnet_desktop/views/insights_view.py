"""The Insights screen (placeholder until its issue lands)."""

from totalnet_desktop.views.screen import PlaceholderScreen


class InsightsView(PlaceholderScreen):
    title = "Insights"
    coming = "Coming soon. Is your networking paying off? Return on membership, referrals, attendance and channel balance."
