"""The colours of the leadership screens, in one place (to move into the app's palette later)."""

from __future__ import annotations

# Traffic lights: the cell background and the text drawn on it.
LIGHT_BACKGROUND = {"green": "#2e7d32", "amber": "#f0a500", "red": "#c62828", "grey": "#8a8f98"}
LIGHT_TEXT = {"green": "#ffffff", "amber": "#1d1d1d", "red": "#ffffff", "grey": "#ffffff"}

# The agenda timer: normal, the last seconds, over time; and the projector's background.
TIMER_NORMAL = "#f4f6f8"
TIMER_AMBER = "#f0a500"
TIMER_RED = "#e53935"
TIMER_BACKGROUND = "#101820"
TIMER_DIM_TEXT = "#9aa7b4"
TIMER_TRACK = "#26323d"

# Small charts beside the chapter health figures.
SPARK_LINE = "#1f6fb2"
SPARK_FILL = "#d6e6f5"
MUTED_TEXT = "#666666"
ERROR_TEXT = "#b3261e"
