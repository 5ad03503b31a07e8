"""F1: the keyboard shortcut sheet, generated from the keys actually registered (key_registry)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from totalnet_desktop.i18n import is_right_to_left, isolate, listing, translate
from totalnet_desktop.views.shell import key_registry, theme
from totalnet_desktop.views.shell.sizing import fit_resize


def _row(keys: str, text: str) -> str:
    if is_right_to_left():  # Qt's rich text does not mirror a table: the key is put on the right by hand
        return (f"<tr><td>{html.escape(text)}</td>"
                f"<td style='padding-left:10px'><b>{html.escape(isolate(keys))}</b></td></tr>")  # "Ctrl+," whole
    return (f"<tr><td style='padding-right:10px'><b>{html.escape(keys)}</b></td>"
            f"<td>{html.escape(text)}</td></tr>")


def _table() -> str:
    """A table's opening tag: its text reads right to left in a right-to-left language."""
    return "<table dir='rtl'" if is_right_to_left() else "<table"


def _scope_block(scope: str, items: list[key_registry.KeyHelp]) -> str:
    """One screen's keys: its own first; a tab page's buttons under that tab's name, except a key that
    does the same on several tabs (Alt+D Print to PDF), which is listed once with those tabs."""
    tabs_of: dict[tuple[str, str], list[str]] = {}
    for k in items:
        if k.group and k.group not in tabs_of.setdefault((k.keys, k.text), []):
            tabs_of[(k.keys, k.text)].append(k.group)
    rows: list[str] = []
    per_tab: dict[str, list[str]] = {}
    seen: set[tuple[str, str]] = set()
    for k in items:
        pair = (k.keys, k.text)
        if pair in seen:
            continue
        seen.add(pair)
        tabs = tabs_of.get(pair, [])
        if len(tabs) > 1:
            rows.append(_row(k.keys, translate("Shortcuts", "{action} (tabs: {tabs})").format(
                action=k.text, tabs=listing(tabs))))
        elif tabs:
            per_tab.setdefault(tabs[0], []).append(_row(k.keys, k.text))
        else:
            rows.append(_row(k.keys, k.text))
    for tab, tab_rows in per_tab.items():
        heading = html.escape(translate("Shortcuts", "{tab} tab").format(tab=tab))
        rows.append(f"<tr><td colspan='2' style='padding-top:6px'><b>{heading}</b></td></tr>")
        rows.extend(tab_rows)
    # a screen's scope is its title, marked in the "Screen" context
    title = (translate("Shortcuts", "Everywhere") if scope == key_registry.EVERYWHERE
             else translate("Screen", scope))
    return f"<h3 style='margin-bottom:2px'>{html.escape(title)}</h3>{_table()} cellpadding='2'>{''.join(rows)}</table>"


def sheet_html(keys: list[key_registry.KeyHelp]) -> str:
    """The keys grouped by where they work, in two columns of tables."""
    groups: dict[str, list[key_registry.KeyHelp]] = {}
    for k in keys:
        groups.setdefault(k.scope, []).append(k)
    blocks = [_scope_block(scope, items) for scope, items in groups.items()]
    half = (len(blocks) + 1) // 2
    first = f"<td valign='top' width='50%'>{''.join(blocks[:half])}</td>"
    if is_right_to_left():  # the first column on the right
        second = f"<td valign='top' width='50%' style='padding-right:18px'>{''.join(blocks[half:])}</td>"
        return f"{_table()} width='100%'><tr>{second}{first}</tr></table>"
    second = f"<td valign='top' width='50%' style='padding-left:18px'>{''.join(blocks[half:])}</td>"
    return f"{_table()} width='100%'><tr>{first}{second}</tr></table>"


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
        theme.focus_frame(scroll, "shortcuts_sheet")  # Tab stops here: arrows scroll the sheet
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_resize(self, 900, 640)
