"""The Meeting day screen (placeholder until its issue lands)."""

from totalnet_desktop.views.screen import PlaceholderScreen


class MeetingView(PlaceholderScreen):
    title = "Meeting day"
    coming = "Coming soon. Keyboard-first check-in for your chapter meeting, slips and the weekly report."
