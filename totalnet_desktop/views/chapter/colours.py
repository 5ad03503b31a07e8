"""The colours of the leadership screens, named for their code; the values live in theme/palette.py."""

from __future__ import annotations

from totalnet_desktop.theme import palette

# Traffic lights: the cell background and the text drawn on it.
LIGHT_BACKGROUND = dict(palette.TRAFFIC_LIGHTS)
LIGHT_TEXT = dict(palette.TRAFFIC_TEXT)

# The agenda timer: normal, the last seconds, over time; and the projector's background.
TIMER_NORMAL = palette.TIMER["normal"]
TIMER_AMBER = palette.TIMER["amber"]
TIMER_RED = palette.TIMER["red"]
TIMER_BACKGROUND = palette.TIMER["background"]
TIMER_DIM_TEXT = palette.TIMER["dim_text"]
TIMER_TRACK = palette.TIMER["track"]



def spark(key: str) -> str:
    """The small charts beside the chapter health figures: 'line' or 'fill' of the set in use."""
    return palette.SPARK[palette.current_mode()][key]


class _TextColour:
    """A text colour of the set in use (light or dark) when it is written into a style: f"color: {MUTED_TEXT}"."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __str__(self) -> str:
        return palette.now(self.key)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)


MUTED_TEXT = _TextColour("muted")
ERROR_TEXT = _TextColour("error")
