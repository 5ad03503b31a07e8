"""F1: the keyboard shortcut sheet, generated from the keys actually registered (key_registry)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from totalnet_desktop.views.shell import key_registry
from totalnet_desktop.views.shell.sizing import fit_resize


def sheet_html(keys: list[key_registry.KeyHelp]) -> str:
    """The keys grouped by where they work, in two columns of tables."""
    groups: dict[str, list[key_registry.KeyHelp]] = {}
    for k in keys:
        groups.setdefault(k.scope, []).append(k)
    blocks = []
    for scope, items in groups.items():
        seen: set[tuple[str, str]] = set()
        rows = []
        for k in items:
            if (k.keys, k.text) in seen:
                continue
            seen.add((k.keys, k.text))
            rows.append(f"<tr><td style='padding-right:10px'><b>{html.escape(k.keys)}</b></td>"
                        f"<td>{html.escape(k.text)}</td></tr>")
        blocks.append(f"<h3 style='margin-bottom:2px'>{html.escape(scope)}</h3>"
                      f"<table cellpadding='2'>{''.join(rows)}</table>")
    half = (len(blocks) + 1) // 2
    return (f"<table width='100%'><tr><td valign='top' width='50%'>{''.join(blocks[:half])}</td>"
            f"<td valign='top' width='50%' style='padding-left:18px'>{''.join(blocks[half:])}</td></tr></table>")


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, keys: list[key_registry.KeyHelp] | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts - TotalNet"))
        if keys is None:
            keys = key_registry.collect(parent) if parent is not None and hasattr(parent, "screens") else []
        self.keys = keys
        self.sheet = QLabel(sheet_html(keys))
        self.sheet.setTextFormat(Qt.TextFormat.RichText)
        self.sheet.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.sheet.setMargin(6)
        scroll = QScrollArea()
        scroll.setWidget(self.sheet)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sheet.setWordWrap(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_resize(self, 900, 640)
