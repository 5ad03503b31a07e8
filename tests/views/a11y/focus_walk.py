"""Walk a window's Tab chain with real key presses and judge it as a keyboard user would: the order
follows the reading order, each focused widget is on screen, and it looks focused."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QPlainTextEdit, QScrollArea, QTextEdit, QWidget

SLACK = 4  # pixels: boxes and buttons on one row differ by a pixel or two in their tops
LINKS = 25  # Tab presses a widget may keep (a label's links); a table that keeps Tab for its cells traps
CELLS = 200  # Tab presses an editable grid may keep, walking the boxes in its cells, before it lets go


@dataclass
class Stop:
    widget: QWidget
    rect: QRect  # in the window, as laid out when nothing is scrolled
    area: QRect | None  # the scroll area it sits in (its rect in the window), if any
    visible: bool  # on screen (inside its scroll area's viewport) when it had the focus
    looks_focused: bool  # its picture with the focus differs from its picture without

    def __str__(self) -> str:
        return f"{self.widget.objectName() or type(self.widget).__name__}@({self.rect.x()},{self.rect.y()})"


def laid_out_rect(widget: QWidget) -> QRect:
    """The widget's rectangle in its window, ignoring how far any scroll area is scrolled."""
    window = widget.window()
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        area = parent.parentWidget().parentWidget() if parent.parentWidget() is not None else None
        if isinstance(area, QScrollArea) and area.widget() is parent:
            origin = area.viewport().mapTo(window, QPoint(0, 0)) + widget.mapTo(parent, QPoint(0, 0))
            return QRect(origin, widget.size())
        parent = parent.parentWidget()
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def shown_part(widget: QWidget) -> QRect:
    """The part of the widget inside every one of its parents (a scroll area's viewport clips what is
    scrolled away), in window coordinates."""
    window = widget.window()
    shown = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        shown &= QRect(parent.mapTo(window, QPoint(0, 0)), parent.size())
        parent = parent.parentWidget()
    return shown & window.rect()


def on_screen(widget: QWidget) -> bool:
    """Shown and not scrolled away: all of it when it fits its scroll area, else part of it."""
    if not widget.isVisible():
        return False
    shown = shown_part(widget)
    if shown.isEmpty():
        return False
    area = _scroll_area(widget)
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        # A text box is in view when its caret is (Qt's scroll area scrolls to the caret's line).
        caret = widget.cursorRect().translated(widget.viewport().mapTo(widget.window(), QPoint(0, 0)))
        return shown.contains(caret.center())
    if area is None or widget.height() > area.viewport().height() or widget.width() > area.viewport().width():
        return True
    return shown.size() == widget.size()


def _scroll_area(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea) and parent.widget() is not None and parent.widget().isAncestorOf(widget):
            return parent
        parent = parent.parentWidget()
    return None


def _owner(widget: QWidget) -> QWidget:
    """The stop a widget belongs to: a box inside a table's cell is part of the table."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractItemView):
            return parent
        parent = parent.parentWidget()
    return widget


def tab_walk(qtbot, limit: int = 60) -> list[Stop]:
    """Press Tab from the focused widget until the focus comes back to it; one Stop per widget reached.
    Fails when the focus stays put (a table that keeps Tab for its cells traps the keyboard) or never
    comes back."""
    following: QWidget | None = None
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the keyboard focus"
    first = _owner(focused)
    stops: list[Stop] = []
    widget = first
    for _ in range(limit):
        focused_pictures = [widget.grab().toImage()]
        visible = on_screen(widget)
        presses = CELLS if isinstance(widget, QAbstractItemView) and _has_cell_widgets(widget) else LINKS
        for _press in range(presses):
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            following = _owner(QApplication.focusWidget())
            if following is not widget:
                break  # Tab walks a text's links (a grid its cells' boxes) before it leaves
            focused_pictures.append(widget.grab().toImage())
        assert following is not widget, f"Tab stays in {widget.objectName() or type(widget).__name__}"
        unfocused = widget.grab().toImage()
        area = _scroll_area(widget)
        area_rect = QRect(area.mapTo(widget.window(), QPoint(0, 0)), area.size()) if area is not None else None
        stops.append(Stop(widget, laid_out_rect(widget), area_rect, visible,
                          any(p != unfocused for p in focused_pictures)))
        if following is first:
            # The first stop got its focus before any Tab (styles mark a focus reached by keyboard):
            # judge it again now that Tab brought the focus back.
            again = first.grab().toImage()
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            stops[0].looks_focused = first.grab().toImage() != again
            stops[0].visible = stops[0].visible or on_screen(first)
            return stops
        widget = following
    raise AssertionError(f"Tab never comes back to {first.objectName()}: {', '.join(map(str, stops[-8:]))}")


def _has_cell_widgets(view: QAbstractItemView) -> bool:
    """An editable grid: boxes of its own in its cells (a Tab walks them before it leaves)."""
    viewport = view.viewport()
    return any(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in viewport.findChildren(QWidget) if w.isVisible())


def reads_before(a: QRect, b: QRect, right_to_left: bool) -> bool:
    """Does ``a`` come before ``b`` in reading order: above it, or on the same line and before it in the
    line's direction, or ``b`` inside ``a`` (a panel, then what it holds)?"""
    if a.contains(b):
        return True
    if b.top() >= a.bottom() - SLACK:
        return True  # b on a later line
    if a.top() >= b.bottom() - SLACK:
        return False  # b on an earlier line
    return b.left() >= a.right() - SLACK if not right_to_left else b.right() <= a.left() + SLACK


def out_of_order(stops: list[Stop], right_to_left: bool) -> list[str]:
    """Each step of the cycle that goes against the reading order, except the one wrap from the end
    back to the start (the cycle is read from its top-most, line-first stop)."""
    start = min(range(len(stops)), key=lambda i: ((stops[i].area or stops[i].rect).top() // (2 * SLACK + 1),
                                                 stops[i].rect.top(),
                                                 -stops[i].rect.right() if right_to_left else stops[i].rect.left()))
    ring = stops[start:] + stops[:start]
    return [f"{a} -> {b}" for a, b in pairwise(ring) if not reads_before(*_comparable(a, b), right_to_left)]


def _comparable(a: Stop, b: Stop) -> tuple[QRect, QRect]:
    """Two stops in one scroll area compare as laid out in it; otherwise a stop inside a scroll area
    stands where the area stands (what is below the area reads after all of its contents)."""
    if a.area == b.area:
        return a.rect, b.rect
    return (a.area or a.rect), (b.area or b.rect)
