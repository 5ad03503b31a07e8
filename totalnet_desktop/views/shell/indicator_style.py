"""Fusion with check boxes and radio buttons that can be seen when empty, and buttons that show the focus.

Fusion draws their edge in the window colour darkened: 1.0:1 against the box's inside on the dark set
(an empty box all but vanished) and 2.7:1 on the light one, under the 3:1 WCAG 1.4.11 asks of a control's
edge. This style draws Fusion's indicator, then its edge again in palette.py's "indicator_border"; a
switched-off box keeps Fusion's faint edge (WCAG leaves inactive controls out), a box with keyboard focus
its highlighted one.

Fusion also draws a dialog's default push button with the highlighted edge it uses for keyboard focus, so
Tab to a dialog's only button (OK, Close) changes nothing on screen. A push or tool button with the focus
reached by keyboard gets a 2-pixel ring in palette.py's "focus_ring" (3:1 against the window and the
button's face); a button without the focus, or one focused by a mouse click, is drawn as Fusion draws it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

from totalnet_desktop.theme import palette

NAME = "fusion"  # what QStyle.name() says (theme.apply checks it)

_CHECK, _RADIO = QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorRadioButton
_RING = 2  # pixels: the focus ring's width, drawn over the button's own edge (inside the widget)


def _keyboard_focus(option) -> bool:
    """The control has the focus, reached by keyboard (Tab, a shortcut), and can be used."""
    state, flag = option.state, QStyle.StateFlag
    return bool(state & flag.State_HasFocus and state & flag.State_KeyboardFocusChange and state & flag.State_Enabled)


def draw_focus_ring(painter: QPainter, rect: QRect) -> None:
    """The focus ring, just inside ``rect`` (where Fusion draws the button's edge)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setPen(QPen(QColor(palette.base("focus_ring", palette.current_mode())), _RING))
    painter.setBrush(QColor(0, 0, 0, 0))
    half = _RING / 2
    painter.drawRoundedRect(QRectF(rect).adjusted(half, half, -half, -half), 3, 3)
    painter.restore()


class IndicatorStyle(QProxyStyle):
    """Fusion, with the edge of check boxes and radio buttons in the palette's colour and a focus ring on
    buttons reached by keyboard."""

    def __init__(self) -> None:
        super().__init__(QStyleFactory.create("Fusion"))

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if element == QStyle.ControlElement.CE_PushButton and _keyboard_focus(option):
            draw_focus_ring(painter, option.rect)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.ComplexControl.CC_ToolButton and _keyboard_focus(option):
            draw_focus_ring(painter, option.rect)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element not in (_CHECK, _RADIO):
            return
        state = option.state
        if not state & QStyle.StateFlag.State_Enabled:
            return
        if state & QStyle.StateFlag.State_HasFocus and state & QStyle.StateFlag.State_KeyboardFocusChange:
            return
        edge = QColor(palette.base("indicator_border", palette.current_mode()))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(edge))
        painter.setBrush(QColor(0, 0, 0, 0))
        rect = option.rect
        if element == _CHECK:  # Fusion's own geometry: a half-pixel in, one pixel smaller
            painter.drawRect(QRectF(rect.x() + 0.5, rect.y() + 0.5, rect.width() - 1, rect.height() - 1))
        else:
            centre = QPointF(rect.center()) + QPointF(1, 1)
            radius = (rect.width() + (rect.width() + 1) % 2) / 2.0 - 1
            circle = QPainterPath()
            circle.addEllipse(centre, radius, radius)
            painter.drawPath(circle)
        painter.restore()


def install(app) -> None:
    """Use Fusion with the visible indicator edge (once; the palette decides its colour when drawn)."""
    if not isinstance(app.style(), IndicatorStyle):
        app.setStyle(IndicatorStyle())
