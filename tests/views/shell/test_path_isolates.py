"""Paths inside a right-to-left sentence keep their own order: wrapped in LEFT-TO-RIGHT ISOLATE ... POP
DIRECTIONAL ISOLATE (i18n.path_text), in the window's sentences and in the sentences core writes; every
sentence of the window that takes a path (a {path}, {folder}, {file} or {dest}) uses the helper."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from totalnet_desktop import i18n
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"
PACKAGE = Path(i18n.__file__).parent


@pytest.fixture
def arabic(qapp):
    i18n.install("ar")
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    i18n.install("en")
    qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_a_path_is_a_left_to_right_isolate_in_arabic_only(arabic):
    assert i18n.path_text(Path("/home/layla/مستندات/x.csv")) == f"{LRI}/home/layla/مستندات/x.csv{PDI}"
    assert i18n.path_text("") == ""
    i18n.install("en")
    assert i18n.path_text("/tmp/x.csv") == "/tmp/x.csv"


def test_core_sentences_isolate_their_paths_left_to_right(arabic):
    message = QT_TRANSLATE_NOOP("Errors", "The file {path} is empty.").format(path=Path("/tmp/in/x.csv"))
    shown = i18n.tr_core(message)
    assert f"{LRI}/tmp/in/x.csv{PDI}" in shown and FSI not in shown
    named = QT_TRANSLATE_NOOP("Slips", "{giver} → {receiver} ({kind}), {day:%-d %b}")
    assert LRI not in i18n.tr_core(named.format(giver="Layla", receiver="Omar", kind="x", day=__import__(
        "datetime").date(2026, 12, 7)))  # a person's name is not a path: first-strong isolate


def _path_keywords(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
            for kw in node.keywords:
                if kw.arg in i18n.PATH_FIELDS:
                    yield node, kw


def _uses_path_text(value: ast.AST) -> bool:
    return any(isinstance(n, ast.Call) and getattr(n.func, "id", getattr(n.func, "attr", "")) == "path_text"
               for n in ast.walk(value))


def test_every_window_sentence_with_a_path_uses_path_text():
    offenders, seen = [], 0
    for folder in ("views", "qtmodels", "render"):
        for source in (PACKAGE / folder).rglob("*.py"):
            for node, kw in _path_keywords(ast.parse(source.read_text(encoding="utf-8"))):
                seen += 1
                if not _uses_path_text(kw.value):
                    offenders.append(f"{source.relative_to(PACKAGE)}:{node.lineno} {kw.arg}=")
    assert seen >= 10  # the check really reads the screens' sentences
    assert not offenders, "paths shown without i18n.path_text:\n" + "\n".join(offenders)


def test_backup_made_says_its_path_left_to_right_in_arabic(ctx, qtbot, arabic, tmp_path):
    from totalnet_desktop.views.shell import backup_dialogs
    from totalnet_desktop.views.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    qtbot.waitExposed(window)
    made = backup_dialogs.backup_to(ctx, window, tmp_path / "نسخ" / "backup.sqlite3")
    assert made is not None
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    assert f"{LRI}{made}{PDI}" in box.text()
    assert f"{LRI}{made}{PDI}" in window.statusBar().currentMessage()
    window.grab().save(str(tmp_path / "backup_made_ar.png"))
    box.grab().save(str(tmp_path / "backup_made_box_ar.png"))
    box.close()
