"""Light and dark: follow the system's colour scheme or the member's choice, and switch live.

The preference (system / light / dark) lives in the data folder's window.ini. With "system" the app
follows ``QStyleHints.colorScheme()`` and its ``colorSchemeChanged`` signal (Qt >= 6.5). Colours come
from ``theme.palette``; this module applies its window colours as a Fusion palette (so both sets look
the same on every platform) and re-styles the widgets registered with ``style_text`` when the mode
changes. Screens that paint HTML listen to ``notifier().changed`` (the main window turns it into a
data refresh).
"""

from __future__ import annotations

import logging
import weakref

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from totalnet_desktop.theme import palette
from totalnet_desktop.views.shell import indicator_style

logger = logging.getLogger(__name__)

SYSTEM, LIGHT, DARK = "system", palette.LIGHT, palette.DARK
CHOICES = (SYSTEM, LIGHT, DARK)
SETTING = "ui/theme"


class _Notifier(QObject):
    changed = Signal(str)  # the new mode: 'light' or 'dark'


_state: dict = {"preference": SYSTEM, "connected": False, "signalled": None}
_notifier: _Notifier | None = None
_styled: weakref.WeakKeyDictionary[QWidget, tuple[str, str]] = weakref.WeakKeyDictionary()


def notifier() -> _Notifier:
    """The object whose ``changed(mode)`` fires when the colours switch."""
    global _notifier
    if _notifier is None:
        _notifier = _Notifier()
    return _notifier


def mode() -> str:
    """'light' or 'dark': the set of colours in use now."""
    return palette.current_mode()


def preference() -> str:
    return _state["preference"]


def text(key: str) -> str:
    """A text colour of the current mode ('error', 'muted', 'status.Present', ...)."""
    return palette.text(key, mode())


def series(key: str) -> str:
    return palette.series(key, mode())


def base(key: str) -> str:
    return palette.base(key, mode())


def panel(key: str) -> tuple[str, str, str]:
    return palette.panel(key, mode())


def focus_frame(widget: QWidget, object_name: str, keep_frame: bool = False) -> None:
    """Frame ``widget`` in the style's highlight colour while it has the keyboard focus: for a scroll
    area, a read-only text or an empty table, which the style marks with nothing. ``keep_frame``
    leaves its usual frame when it has no focus (else a transparent one keeps the size)."""
    widget.setObjectName(object_name)
    resting = "" if keep_frame else f"#{object_name} {{ border: 2px solid transparent; }} "
    widget.setStyleSheet(resting + f"#{object_name}:focus {{ border: 2px solid palette(highlight); }}")


def panel_style(object_name: str, key: str, extra: str = "") -> str:
    """A style sheet for a highlighted panel (e.g. the duplicate warning) in the current mode."""
    background, border, fg = panel(key)
    return (f"#{object_name} {{ background: {background}; border: 1px solid {border}; {extra} }}"
            f" #{object_name} QLabel {{ color: {fg}; }}")


def system_mode() -> str:
    """What the desktop asks for: dark when its colour scheme is dark, else light."""
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hints is not None and hasattr(hints, "colorScheme") else None
    if _state["signalled"] is not None and scheme in (None, Qt.ColorScheme.Unknown):
        scheme = _state["signalled"]  # the platform told us through colorSchemeChanged
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def style_text(widget: QWidget, key: str, extra: str = "") -> None:
    """Colour a label's text by palette key, now and whenever the mode changes."""
    _styled[widget] = (key, extra)
    widget.setStyleSheet(f"color: {text(key)}; {extra}")


def _widgets_app() -> QApplication | None:
    """The running QApplication (None without one, or when only a QGuiApplication runs)."""
    app = QApplication.instance()
    return app if isinstance(app, QApplication) else None


def qpalette(for_mode: str) -> QPalette:
    """The window palette of a mode, built from the colour table."""
    app = _widgets_app()
    pal = QPalette(app.style().standardPalette()) if app is not None else QPalette()
    if for_mode == LIGHT:
        return pal
    colours = palette.BASES[DARK]
    role = QPalette.ColorRole
    for name, value in (("Window", colours["window"]), ("WindowText", colours["text"]), ("Base", colours["base"]),
                        ("ToolTipText", colours["text"]), ("Text", colours["text"]), ("ButtonText", colours["text"]),
                        ("Link", palette.text("link", DARK))):
        pal.setColor(getattr(role, name), QColor(value))
    for name, value in palette.DARK_WINDOW_ROLES.items():
        if name != "Disabled":
            pal.setColor(getattr(role, name), QColor(value))
    disabled = QColor(palette.DARK_WINDOW_ROLES["Disabled"])
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return pal


def apply(choice: str | None = None) -> str:
    """Use ``choice`` (system/light/dark; None keeps the current preference); return the mode in use."""
    app = _widgets_app()
    if choice is not None:
        _state["preference"] = choice if choice in CHOICES else SYSTEM
    if app is None:
        return mode()
    if not _state["connected"]:
        hints = QGuiApplication.styleHints()
        if hints is not None and hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(_system_changed)
        _state["connected"] = True
    wanted = system_mode() if _state["preference"] == SYSTEM else _state["preference"]
    if wanted == DARK or app.style().name().lower() == "fusion":
        # native styles (Windows, macOS) ignore part of a custom palette: Fusion, with visible box edges
        indicator_style.install(app)
    old = palette.current_mode()
    palette.set_current_mode(wanted)
    app.setPalette(qpalette(wanted))
    for widget, (key, extra) in list(_styled.items()):
        if not shiboken6.isValid(widget):  # its window is gone; the Python side lingers until collected
            _styled.pop(widget, None)
            continue
        widget.setStyleSheet(f"color: {text(key)}; {extra}")
    if wanted != old:
        logger.info("colour scheme: %s (preference %s)", wanted, _state["preference"])
        notifier().changed.emit(wanted)
    return wanted


def _system_changed(scheme=None) -> None:
    _state["signalled"] = scheme
    if _state["preference"] == SYSTEM:
        apply()


def load_preference(settings) -> str:
    """The saved choice from a QSettings (system when none)."""
    value = settings.value(SETTING, SYSTEM)
    return value if value in CHOICES else SYSTEM


def save_preference(settings, choice: str) -> None:
    settings.setValue(SETTING, choice)
    settings.sync()
