"""The app's colours, one table with a light and a dark set (no Qt: the PDF renderer and tests read it).

Every colour the screens paint comes from here: stage colours, channel chips, PALMS statuses,
follow-up groups, chart series, the sidebar and the few message colours (error, muted, success,
warning panels). ``tests/theme/test_palette.py`` computes WCAG 2.1 contrast ratios for both sets:
text at least 4.5:1 against the background it is drawn on, chart marks at least 3:1 (non-text
contrast, WCAG 1.4.11).

The PDF report is printed on paper, so ``render/`` always asks for the light set.
"""

from __future__ import annotations

from dataclasses import dataclass

LIGHT = "light"
DARK = "dark"


@dataclass(frozen=True)
class Chip:
    """A channel chip: short text on a coloured rounded box."""

    text: str
    background: str
    foreground: str


# The window and view backgrounds the colours below are drawn on (Qt's Fusion palette for each mode;
# the dark set is applied by views/shell/theme.py, so these are what the user really sees).
BASES = {
    LIGHT: {"window": "#efefef", "base": "#ffffff", "text": "#1d1d1d", "card": "#ffffff", "card_border": "#d5dbe1",
            "indicator_border": "#767676", "focus_ring": "#0b57a4"},
    DARK: {"window": "#2b2b2b", "base": "#1f1f1f", "text": "#e6e6e6", "card": "#262626", "card_border": "#4a4f55",
           "indicator_border": "#8a8a8a", "focus_ring": "#8ab4f8"},
}
# indicator_border: the edge of an empty check box or radio button (views/shell/indicator_style.py), at least
# 3:1 against the window and the box's inside (WCAG 1.4.11); Fusion's own (the window colour darkened) is
# 1.0:1 on the dark set and 2.7:1 on the light one.
# focus_ring: the ring around a push or tool button that has the keyboard focus (indicator_style.py), at least
# 3:1 against the window, the view background and a button's face (WCAG 1.4.11). Fusion draws a dialog's
# default button with the same highlighted edge as a focused one, so without the ring Tab to it shows nothing.

# Text colours used on the base/window background.
TEXT = {
    LIGHT: {
        "error": "#b3261e", "muted": "#5f5f5f", "success": "#17722f", "link": "#0b57a4",
        # PALMS statuses in the roster
        "status.Present": "#17722f", "status.Late": "#9a5b00", "status.Absent": "#b3261e",
        "status.Medical": "#4b4fb8", "status.Substitute": "#00695c", "status.Visitor": "#6d4c9f",
        # follow-up groups
        "group.Overdue": "#b3261e", "group.Today": "#1b5e9f", "group.This week": "#276b2b",
        "group.Later": "#5f5f5f",
        # contacts table: archived grey, trashed red
        "contact.archived": "#6b6b6b", "contact.trashed": "#b3261e",
        # calendars: Saturday and Sunday (Qt's own red is hard to read on the dark set)
        "calendar.weekend": "#b3261e",
    },
    DARK: {
        "error": "#ff8a80", "muted": "#b0b0b0", "success": "#7bd88f", "link": "#8ab4f8",
        "status.Present": "#7bd88f", "status.Late": "#ffc266", "status.Absent": "#ff8a80",
        "status.Medical": "#b4b7ff", "status.Substitute": "#5fd3c4", "status.Visitor": "#d1b3ff",
        "group.Overdue": "#ff8a80", "group.Today": "#8ab4f8", "group.This week": "#7bd88f",
        "group.Later": "#b0b0b0",
        "contact.archived": "#a0a0a0", "contact.trashed": "#ff8a80",
        "calendar.weekend": "#ff8a80",
    },
}

# Panels: (background, border, text) for notes that must stand out (duplicate warning, self links).
PANELS = {
    LIGHT: {"warning": ("#fff8e1", "#b07800", "#1d1d1d"), "invalid": ("#fff4f4", "#c62828", "#1d1d1d"),
            "reject_row": ("#f8d7da", "#c62828", "#1d1d1d"), "warn_row": ("#fff3cd", "#b07800", "#1d1d1d")},
    DARK: {"warning": ("#3d3320", "#e0a800", "#f0f0f0"), "invalid": ("#4a2424", "#ff8a80", "#f0f0f0"),
           "reject_row": ("#5a2a2e", "#ff8a80", "#f0f0f0"), "warn_row": ("#4d4220", "#e0a800", "#f0f0f0")},
}

# The navigation sidebar: (background, text, selected background, selected text, accent, hover).
SIDEBAR = {
    LIGHT: {"background": "#1f3b57", "text": "#e8eef4", "selected": "#2d5275", "selected_text": "#ffffff",
            "accent": "#f2b134", "hover": "#28496a"},
    DARK: {"background": "#16222e", "text": "#dfe6ee", "selected": "#2a4763", "selected_text": "#ffffff",
           "accent": "#f2b134", "hover": "#1f3347"},
}

# Channel chips: the short text is a brand mark (the same in every language) or a word the view translates
# (views/shell/widgets.py CHIP_WORDS: "Met", "Tel").
_CHIP_TEXT = {"in_person": "Met", "linkedin": "in", "x": "X", "facebook": "f", "instagram": "IG",
              "phone": "Tel", "email": "@"}
_CHIP_COLOURS = {
    LIGHT: {"in_person": ("#2e7d32", "#ffffff"), "linkedin": ("#0a66c2", "#ffffff"),
            "x": ("#202020", "#ffffff"), "facebook": ("#1565d8", "#ffffff"),
            "instagram": ("#b02a78", "#ffffff"), "phone": ("#616161", "#ffffff"),
            "email": ("#616161", "#ffffff"), "other": ("#616161", "#ffffff")},
    DARK: {"in_person": ("#81c784", "#102a12"), "linkedin": ("#70b5f9", "#0b1e33"),
           "x": ("#e0e0e0", "#151515"), "facebook": ("#8ab4f8", "#0d1f3a"),
           "instagram": ("#f48fb1", "#3a0f24"), "phone": ("#bdbdbd", "#1a1a1a"),
           "email": ("#bdbdbd", "#1a1a1a"), "other": ("#bdbdbd", "#1a1a1a")},
}

# Chart series (bars, lines, pie slices) drawn on the card background.
SERIES = {
    LIGHT: {
        "closed": "#2a7ab0", "cumulative": "#1b4f72", "fee": "#c8443a", "passed": "#7b8794",
        "given": "#2a7ab0", "received": "#c8651f",
        "online": "#7a5cc7", "in_person": "#c8651f", "both": "#2f8a4f",
        "on_time": "#2f8a4f", "late": "#a07800", "dismissed": "#7b8794", "overdue": "#c8443a",
        "pending": "#5b8db8", "absences": "#2a7ab0", "limit": "#c8443a",
        "Know": "#6593bd", "Like": "#3f87c0", "Trust": "#1f6aa5", "Partner": "#1b4f72",
        "member": "#2a7ab0", "visitor": "#c8651f", "online_src": "#7a5cc7", "other": "#7b8794",
        # Conversations (imported history), one colour per channel.
        "ch_messaging": "#2f8a4f", "ch_linkedin": "#2a7ab0", "ch_email": "#a07800",
        "ch_online_meeting": "#7a5cc7", "ch_in_person": "#c8651f", "ch_one_to_one": "#c8443a",
        "ch_phone": "#1b4f72", "ch_other": "#7b8794", "ch_x": "#3d3d3d", "ch_facebook": "#4a6fa5",
        "ch_instagram": "#b8458a",
    },
    DARK: {
        "closed": "#5dade2", "cumulative": "#aed6f1", "fee": "#ff7b6e", "passed": "#9aa5b1",
        "given": "#5dade2", "received": "#f0a060",
        "online": "#b39ddb", "in_person": "#f0a060", "both": "#6fcf8f",
        "on_time": "#6fcf8f", "late": "#e8c547", "dismissed": "#9aa5b1", "overdue": "#ff7b6e",
        "pending": "#7fb2d9", "absences": "#5dade2", "limit": "#ff7b6e",
        "Know": "#5a8fbf", "Like": "#7fb2d9", "Trust": "#a9cdeb", "Partner": "#d6e9f8",
        "member": "#5dade2", "visitor": "#f0a060", "online_src": "#b39ddb", "other": "#9aa5b1",
        "ch_messaging": "#6fcf8f", "ch_linkedin": "#5dade2", "ch_email": "#e8c547",
        "ch_online_meeting": "#b39ddb", "ch_in_person": "#f0a060", "ch_one_to_one": "#ff7b6e",
        "ch_phone": "#aed6f1", "ch_other": "#9aa5b1", "ch_x": "#d0d0d0", "ch_facebook": "#8fb4e3",
        "ch_instagram": "#e48cc0",
    },
}

# The rest of Qt's window palette in dark mode (views/shell/theme.py applies it with BASES[DARK]).
DARK_WINDOW_ROLES = {
    "AlternateBase": "#2a2a2a", "ToolTipBase": "#3a3a3a", "Button": "#353535", "BrightText": "#ff8a80",
    "Highlight": "#2f65ca", "HighlightedText": "#ffffff", "PlaceholderText": "#9a9a9a", "Light": "#505050",
    "Midlight": "#404040", "Mid": "#303030", "Dark": "#1a1a1a", "Shadow": "#000000", "Disabled": "#7a7a7a",
}

# The tray icon's count badge (on the app icon, the same in both modes) and the icon's fallback fill.
BADGE = {"background": "#b3261e", "text": "#ffffff", "icon_fallback": "#1f3b57"}

# Leadership screens (views/chapter/colours.py reads these): traffic lights (cell background and the
# text on it; the same on screen and on paper), the agenda timer on a projector, small spark charts.
TRAFFIC_LIGHTS = {"green": "#2e7d32", "amber": "#f0a500", "red": "#c62828", "grey": "#6b7079"}
TRAFFIC_TEXT = {"green": "#ffffff", "amber": "#1d1d1d", "red": "#ffffff", "grey": "#ffffff"}
TIMER = {"normal": "#f4f6f8", "amber": "#f0a500", "red": "#e53935", "background": "#101820",
         "dim_text": "#9aa7b4", "track": "#26323d"}
SPARK = {LIGHT: {"line": "#1f6fb2", "fill": "#d6e6f5"},  # per mode: the light line was 2.7:1 on the dark window
         DARK: {"line": "#5dade2", "fill": "#1f3a52"}}

# The PDF report: always light (printed on paper).
REPORT = {"row_shade": "#f3f5f8", "total_row": "#e3e8ef", "head_row": "#dde3ea", "muted": "#555555",
          "text": "#000000", "paper": "#ffffff",
          "rule": "#8a94a3"}


_current = {"mode": LIGHT}


def current_mode() -> str:
    """The set in use on screen ('light' or 'dark'); views/shell/theme.py switches it."""
    return _current["mode"]


def set_current_mode(mode: str) -> None:
    _current["mode"] = DARK if mode == DARK else LIGHT


def now(key: str) -> str:
    """A text colour of the set in use on screen (models and delegates paint with it)."""
    return TEXT[current_mode()][key]


def chip(channel: str, mode: str = LIGHT) -> Chip:
    """The chip for a channel key ('linkedin', 'in_person', ...); unknown channels get the grey one."""
    background, foreground = _CHIP_COLOURS[mode].get(channel, _CHIP_COLOURS[mode]["other"])
    return Chip(_CHIP_TEXT.get(channel, channel), background, foreground)


def channels() -> tuple[str, ...]:
    """Every channel that has its own chip."""
    return tuple(_CHIP_TEXT)


def text(key: str, mode: str = LIGHT) -> str:
    """A text colour by key ('error', 'status.Present', 'group.Today', ...)."""
    return TEXT[mode][key]


def series(key: str, mode: str = LIGHT) -> str:
    """A chart series colour by key."""
    return SERIES[mode][key]


def base(key: str, mode: str = LIGHT) -> str:
    """A background or default text colour ('window', 'base', 'text', 'card', 'card_border', 'indicator_border',
    'focus_ring')."""
    return BASES[mode][key]


def panel(key: str, mode: str = LIGHT) -> tuple[str, str, str]:
    """(background, border, text) of a highlighted panel."""
    return PANELS[mode][key]


def sidebar(mode: str = LIGHT) -> dict[str, str]:
    """The navigation sidebar's colours."""
    return dict(SIDEBAR[mode])


# ---- WCAG 2.1 contrast -----------------------------------------------------------------------
def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """WCAG relative luminance of '#rrggbb'."""
    colour = colour.lstrip("#")
    r, g, b = (int(colour[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio between two '#rrggbb' colours, 1.0 .. 21.0."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)
