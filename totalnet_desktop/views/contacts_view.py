"""The Contacts screen (placeholder until its issue lands)."""

from totalnet_desktop.views.screen import PlaceholderScreen


class ContactsView(PlaceholderScreen):
    title = "Contacts"
    coming = "Coming soon. Your contact book: search, filters, the timeline of every interaction."
