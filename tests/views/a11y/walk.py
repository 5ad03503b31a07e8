"""Walk a widget tree and list interactive widgets a screen reader would announce without a name."""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (QCalendarWidget, QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractSlider,
               QTextEdit, QPlainTextEdit, QTabBar)


def _is_part_of_another_control(widget: QWidget) -> bool:
    """Qt's own sub-widgets (a combo box's editor or popup, a spin box's editor, scroll bars,
    table headers and corner buttons) are announced as part of their owner."""
    if isinstance(widget, (QScrollBar, QHeaderView)):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QCalendarWidget)):
            return True
        if isinstance(parent, QAbstractScrollArea) and isinstance(widget, QAbstractButton) \
                and widget.parentWidget() is parent:
            return True  # a table's corner button
        parent = parent.parentWidget()
    return False


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(root: QWidget) -> list[str]:
    """'ClassName objectName (parent chain)' for every visible interactive widget without a name."""
    missing = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root.window()) \
                or _is_part_of_another_control(widget):
            continue
        if not accessible_name(widget):
            chain = []
            parent = widget.parentWidget()
            while parent is not None and len(chain) < 3:
                chain.append(parent.objectName() or type(parent).__name__)
                parent = parent.parentWidget()
            missing.append(f"{type(widget).__name__} '{widget.objectName()}' in {' < '.join(chain)}")
    return missing
