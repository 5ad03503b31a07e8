"""core/ imports no Qt; views hold no SQL."""

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
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_core_source_mentions_no_qt():
    for path in (PACKAGE / "core").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"^\s*(from|import)\s+(PySide6|PyQt)", text, re.M), path


def test_views_hold_no_sql():
    pattern = re.compile(r"\b(execute_sql|\.select\(|\.where\(|SELECT |INSERT INTO|UPDATE \w+ SET)")
    offenders = []
    for folder in ("views", "qtmodels"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if pattern.search(line):
                    offenders.append(f"{path.name}:{number}: {line.strip()}")
    assert not offenders, "\n".join(offenders)
