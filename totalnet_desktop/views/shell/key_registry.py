"""Every key the app answers, collected from what is actually registered, for the F1 sheet and the
test that no two keys collide.

Three sources, read from the live window:
- QActions with a shortcut: window-wide ones (the menus) are "Everywhere"; one added to a screen
  belongs to that screen (its text, or its tool tip, says what it does);
- mnemonics (Alt+letter) of the buttons and tabs on each screen (``&Close meeting`` -> Alt+C);
- single keys a screen handles in its own key handler, which it declares in ``Screen.key_help``
  (and a dialog in its ``key_help``), so they are listed where their code lives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractButton, QStackedWidget, QTabWidget, QWidget

from totalnet_desktop.i18n import translate

EVERYWHERE = "Everywhere"


@dataclass(frozen=True)
class KeyHelp:
    keys: str  # as shown: "Ctrl+Shift+E", "Alt+C", "P A L M S"
    text: str
    scope: str  # EVERYWHERE, a screen's title, or a dialog's name
    checked: bool = True  # False: several keys described together (not one sequence to compare)
    group: str = ""  # a tab page's name: keys on two different tabs never fire together


_KEY_PART = re.compile(r"^(Ctrl|Alt|Shift|Meta|F\d{1,2})(\+|$)")


def _clean(text: str) -> str:
    """'Re&port' -> 'Report'; 'Referral  Ctrl+R' -> 'Referral'; '▶  S&tart' -> 'Start'; '&&' stays '&'.

    A button's text may carry its key after two spaces, or a symbol before them: neither names it.
    """
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    parts = [p.strip() for p in text.split("  ") if p.strip()]
    words = [p for p in parts if not _KEY_PART.match(p) and any(c.isalnum() for c in p)]
    return " ".join(words or parts[:1]).rstrip(".").strip()


def _portable(sequence: QKeySequence) -> str:
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    return "Delete" if text == "Del" else text


def action_keys(action: QAction, scope: str) -> list[KeyHelp]:
    """The shortcuts of one action (its text, else its tool tip, says what it does)."""
    text = _clean(action.text()) or action.toolTip() or action.objectName()
    return [KeyHelp(_portable(k), text, scope) for k in action.shortcuts() if not k.isEmpty()]


def mnemonic_keys(widget: QWidget, scope: str) -> list[KeyHelp]:
    """Alt+letter of every button under ``widget`` whose text has an '&'."""
    out = []
    for button in widget.findChildren(QAbstractButton):
        if button.window() is not widget.window():
            continue  # a dialog's button: its own window, its own keys
        key = QKeySequence.mnemonic(button.text())
        if not key.isEmpty():
            out.append(KeyHelp(_portable(key), _clean(button.text()), scope, group=_page_of(button, widget)))
    return out


def tab_keys(widget: QWidget, scope: str) -> list[KeyHelp]:
    """Alt+letter of the tabs under ``widget`` ('Traffic &lights' -> Alt+L): the tab bar shows whichever
    page is open, so a tab's key meets the buttons of every page (it has no group)."""
    out = []
    for tabs in widget.findChildren(QTabWidget):
        if tabs.window() is not widget.window():
            continue
        for index in range(tabs.count()):
            key = QKeySequence.mnemonic(tabs.tabText(index))
            if not key.isEmpty():
                text = translate("Shortcuts", "{tab} tab").format(tab=_clean(tabs.tabText(index)))
                out.append(KeyHelp(_portable(key), text, scope))
    return out


def _page_of(button: QWidget, screen: QWidget) -> str:
    """The name of the tab page (inside ``screen``) holding ``button``; '' when on no tab."""
    child = button
    parent = child.parentWidget()
    while parent is not None and child is not screen:
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), QTabWidget):
            tabs = parent.parentWidget()
            index = tabs.indexOf(child)
            return _clean(tabs.tabText(index)) if index >= 0 else str(id(child))
        child, parent = parent, parent.parentWidget()
    return ""


def declared_keys(owner, scope: str) -> list[KeyHelp]:
    """The single keys ``owner`` handles itself (its ``key_help``: (keys, text) pairs, the text marked
    QT_TRANSLATE_NOOP("Shortcuts", ...) and translated here; the keys are key names, shown as they are)."""
    return [KeyHelp(keys, translate("Shortcuts", text), scope, checked=False)
            for keys, text in getattr(owner, "key_help", ())]


def collect(window) -> list[KeyHelp]:
    """Every key of the main window and its screens, window-wide ones first, then screen by screen."""
    out: list[KeyHelp] = []
    screens = window.screens.build_all()  # a screen not built yet still has its keys listed
    for menu in window.menuBar().actions():  # Alt+F File, Alt+E Edit...
        key = QKeySequence.mnemonic(menu.text())
        if not key.isEmpty():
            out.append(KeyHelp(_portable(key), translate("Shortcuts", "{menu} menu").format(menu=_clean(menu.text())),
                               EVERYWHERE))
    for action in window.findChildren(QAction):
        owner = action.parent()
        if owner is window:
            out.extend(action_keys(action, EVERYWHERE))
    for screen in screens:
        for action in screen.actions():
            out.extend(action_keys(action, screen.title))
        out.extend(tab_keys(screen, screen.title))
        out.extend(mnemonic_keys(screen, screen.title))
        out.extend(declared_keys(screen, screen.title))
    for extra in getattr(window, "key_help_extras", ()):
        out.extend(declared_keys(extra, extra.key_help_scope))
    return out


def collisions(keys: list[KeyHelp]) -> list[str]:
    """Key sequences bound twice where both could fire: in one scope, or a screen's and a window-wide
    one ('Ctrl+R in Meeting day: Referral slip and Everywhere: Reload')."""
    found = []
    everywhere = {k.keys: k for k in keys if k.scope == EVERYWHERE and k.checked}
    earlier: list[KeyHelp] = []
    for k in keys:
        if not k.checked:
            continue
        # Same scope, and on the same tab page (or one of them on no tab: both can fire).
        other = next((o for o in earlier if o.scope == k.scope and o.keys == k.keys
                      and (o.group == k.group or not o.group or not k.group)), None)
        if other is None and k.scope != EVERYWHERE:
            other = everywhere.get(k.keys)
        if other is not None and other is not k:
            where = f" ({k.group} tab)" if k.group else ""
            found.append(f"{k.keys} in {k.scope}{where}: {k.text} and {other.scope}: {other.text}")
        earlier.append(k)
    return found
