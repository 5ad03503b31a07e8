"""The timeline's marks for the social networks are the channel chips' letters, which every font has:
circled letters (ⓛ ⓧ ⓕ ⓘ) are in no font of a plain Linux desktop and showed as boxes."""

from totalnet_desktop.views.contacts.detail import CHANNEL_ICONS


def test_network_marks_are_plain_letters():
    for network in ("linkedin", "x", "facebook", "instagram"):
        assert CHANNEL_ICONS[network].isascii() and CHANNEL_ICONS[network].isalpha(), network
