"""core/ imports no Qt; views hold no SQL."""

import ast
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import totalnet_desktop.core as core_pkg

PACKAGE = Path(__file__).resolve().parent.parent / "totalnet_desktop"


def test_core_imports_no_qt():
    names = [m.name for m in pkgutil.walk_packages(core_pkg.__path__, "totalnet_desktop.core.")]
    assert "totalnet_desktop.core.models" in names
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'PyQt', 'shiboken')))\n"
        "print(bad)\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_source_mentions_no_qt():
    for path in (PACKAGE / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+(PySide6|PyQt)", text, re.MULTILINE), path


SQL_TEXT = re.compile(r"\b(SELECT\s.+\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b", re.DOTALL)


def test_views_hold_no_sql():
    """views/ and qtmodels/ may read constants from core.models, never model classes, peewee or SQL."""
    offenders = []
    for folder in ("views", "qtmodels"):
        for path in (PACKAGE / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                where = f"{folder}/{path.name}:{getattr(node, 'lineno', '?')}"
                if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "peewee" for a in node.names):
                    offenders.append(f"{where}: imports peewee")
                if isinstance(node, ast.ImportFrom) and node.module:
                    if node.module.split(".")[0] in ("peewee", "playhouse"):
                        offenders.append(f"{where}: imports {node.module}")
                    if node.module == "totalnet_desktop.core.models":
                        classes = [a.name for a in node.names if not a.name.isupper()]
                        if classes:
                            offenders.append(f"{where}: imports model classes {classes}")
                    if node.module == "totalnet_desktop.core" and any(a.name == "models" for a in node.names):
                        offenders.append(f"{where}: imports core.models as a module")
                if isinstance(node, ast.Attribute) and node.attr in ("execute_sql", "atomic", "cursor"):
                    offenders.append(f"{where}: .{node.attr}")
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value):
                    offenders.append(f"{where}: SQL text {node.value[:40]!r}")
    assert not offenders, "\n".join(offenders)
