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
    assert "totalnet_desktop.core.store.models" in names
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
                    if node.module == "totalnet_desktop.core.store.models":
                        classes = [a.name for a in node.names if not a.name.isupper()]
                        if classes:
                            offenders.append(f"{where}: imports model classes {classes}")
                    if node.module == "totalnet_desktop.core.store" and any(a.name == "models" for a in node.names):
                        offenders.append(f"{where}: imports core.models as a module")
                if isinstance(node, ast.Attribute) and node.attr in ("execute_sql", "atomic", "cursor"):
                    offenders.append(f"{where}: .{node.attr}")
                if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL_TEXT.search(node.value):
                    offenders.append(f"{where}: SQL text {node.value[:40]!r}")
    assert not offenders, "\n".join(offenders)


# The arrows between core's capability packages (docs/architecture.md draws them). store is the ground
# floor and imports no other package; an arrow not listed here is an import that goes up or sideways.
CORE_ARROWS = {
    "store": set(),
    "contacts": {"store"},
    "insights": {"store"},
    "followups": {"store", "contacts"},
    "chapter": {"store", "contacts", "followups"},
    "exchange": {"store", "contacts", "chapter", "followups"},  # export: the chapter tables; history: follow-ups
    "demo": {"store", "contacts", "followups", "chapter", "exchange"},
}


def _imports(path: Path) -> list[str]:
    """Every module name a file imports, at any depth (deferred imports included)."""
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names += [a.name for a in node.names]
    return names


def _module_name(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def test_core_modules_live_in_capability_packages():
    loose = sorted(p.name for p in (PACKAGE / "core").glob("*.py") if p.name != "__init__.py")
    assert not loose, f"core modules outside a package: {loose}"
    packages = sorted(p.name for p in (PACKAGE / "core").iterdir() if (p / "__init__.py").is_file())
    assert packages == sorted(CORE_ARROWS)


def test_core_packages_import_only_along_the_arrows():
    offenders = []
    for path in (PACKAGE / "core").rglob("*.py"):
        parts = path.relative_to(PACKAGE / "core").parts
        if len(parts) < 2:
            continue
        here = parts[0]
        for name in _imports(path):
            bits = name.split(".")
            inside_core = bits[:2] == ["totalnet_desktop", "core"] and len(bits) > 2
            if inside_core and bits[2] != here and bits[2] not in CORE_ARROWS[here]:
                offenders.append(f"core/{'/'.join(parts)} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_no_import_circles():
    """No two modules of the app import each other, directly or through others (deferred imports too)."""
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in files.items():
        targets = set()
        for imported in _imports(path):
            while imported and imported not in files:
                imported = imported.rpartition(".")[0]
            # A package's __init__ is not an arrow to everything below it.
            if imported and imported != name and files[imported].name != "__init__.py":
                targets.add(imported)
        graph[name] = targets
    index, low, stack, on_stack, circles = {}, {}, [], set(), []

    def visit(node):  # Tarjan's strongly connected components
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                circles.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    assert not circles, circles


def test_cli_and_render_never_import_views():
    offenders = []
    for folder in ("cli", "render"):
        for path in (PACKAGE / folder).rglob("*.py"):
            for name in _imports(path):
                if name.startswith(("totalnet_desktop.views", "PySide6.QtWidgets")):
                    offenders.append(f"{folder}/{path.name} imports {name}")
    assert not offenders, "\n".join(offenders)


def test_presenters_hold_no_widgets():
    """A screen's presenter (views/<screen>/presenter.py) decides what the screen shows and is tested
    without a window: no widgets, no GUI classes, no other view module that makes them."""
    presenters = sorted((PACKAGE / "views").rglob("presenter.py"))
    assert len(presenters) >= 4
    allowed_views = ("totalnet_desktop.views.insights.numbers",)  # HTML text helpers, no Qt
    offenders = [f"{path.relative_to(PACKAGE)} imports {name}" for path in presenters for name in _imports(path)
                 if name.startswith(("PySide6.QtWidgets", "PySide6.QtGui", "PySide6.QtCharts"))
                 or (name.startswith("totalnet_desktop.views") and not name.startswith(allowed_views)
                     and not (PACKAGE.parent / name.replace(".", "/")).is_dir())]  # "from package import x"
    assert not offenders, "\n".join(offenders)


def test_paths_import_nothing_of_core():
    """paths.py is below core (core/store opens the database in the folders it names): no arrow back."""
    offenders = [name for name in _imports(PACKAGE / "paths.py") if name.startswith("totalnet_desktop.core")]
    assert not offenders, offenders
