"""The translation catalogues: extract, fill, compile, check.

    python scripts/i18n.py update     pyside6-lupdate over the code -> resources/i18n/totalnet_*.ts
    python scripts/i18n.py fill ar FILE.json   put translations ({context: {source: text or [forms]}})
                                                into the Arabic catalogue
    python scripts/i18n.py english-plurals    fill English plurals written as 'item(s)'
    python scripts/i18n.py compile    pyside6-lrelease -> resources/i18n/totalnet_*.qm (build.spec runs it)
    python scripts/i18n.py check      list strings missing a translation (exit 1 when any)

The ``.ts`` files are the source of truth (a translator edits them in Qt Linguist); locations are left
out so that moving code does not change them. English needs only its plural forms.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "totalnet_desktop"
CATALOGUES = ROOT / "resources" / "i18n"
LANGUAGES = ("en", "ar")
# Everything is scanned: core/ marks its texts with core.store.texts.QT_TRANSLATE_NOOP (no Qt there).
SKIP: tuple[str, ...] = ()


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease from the interpreter's folder or PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found (install PySide6).")
    return found


def sources(package: Path = PACKAGE) -> list[str]:
    return sorted(str(p) for p in package.rglob("*.py")
                  if p.relative_to(package).parts[0] not in SKIP)


def ts_path(code: str, folder: Path = CATALOGUES) -> Path:
    return folder / f"totalnet_{code}.ts"


def update(folder: Path = CATALOGUES, package: Path = PACKAGE) -> list[Path]:
    """Extract the strings into each language's .ts (keeping translations already there)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for code in LANGUAGES:
        target = ts_path(code, folder)
        kept = _translations(target) if target.exists() else {}
        subprocess.run([tool("pyside6-lupdate"), *sources(package), "-locations", "none", "-no-obsolete",
                        "-source-language", "en", "-target-language", code, "-ts", str(target)],
                       check=True, capture_output=True, text=True)
        mark_plurals(target)
        _restore(target, kept)
        written.append(target)
    return written


def _translations(ts_file: Path) -> dict:
    """(context, source) -> a finished translation element, to survive lupdate's rewrite."""
    import copy

    kept = {}
    for context, source, translation, _plural in messages(ts_file):
        if translation is not None and translation.get("type") is None:
            kept[(context, source)] = copy.deepcopy(translation)
    return kept


def _restore(ts_file: Path, kept: dict) -> None:
    """Put back finished translations that lupdate dropped or cut (plural forms it does not see)."""
    tree = ET.parse(ts_file)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            old = kept.get((name, message.findtext("source")))
            if old is None:
                continue
            message.remove(message.find("translation"))
            message.append(old)
    _write(tree, ts_file)


def mark_plurals(ts_file: Path) -> int:
    """Make every message with '%n' (or '%Ln', the count in the locale's digits) a plural one. lupdate's Python parser sees the count of
    ``translate(context, text, None, n)`` only when it is a literal number, so it is marked here."""
    tree = ET.parse(ts_file)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if ("%n" in source or "%Ln" in source) and message.get("numerus") != "yes":
            message.set("numerus", "yes")
            translation = message.find("translation")
            if not list(translation):
                old = (translation.text or "").strip()
                translation.text = None
                ET.SubElement(translation, "numerusform").text = old or None
                if not old:
                    translation.set("type", "unfinished")
            count += 1
    _write(tree, ts_file)
    return count


def _write(tree, path: Path) -> None:
    ET.indent(tree, space="    ")
    with open(path, "wb") as handle:
        handle.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(handle, encoding="utf-8", xml_declaration=False)
        handle.write(b"\n")


def messages(ts_file: Path):
    """(context, source, translation element, is_plural) for every message of a .ts."""
    tree = ET.parse(ts_file)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message.find("translation"), message.get("numerus") == "yes"


def unfinished(ts_file: Path, plurals_only: bool = False) -> list[tuple[str, str]]:
    """Messages without a finished translation (only plural ones when ``plurals_only``)."""
    missing = []
    for context, source, translation, plural in messages(ts_file):
        if plurals_only and not plural:
            continue
        done = translation is not None and translation.get("type") not in ("unfinished", "vanished", "obsolete")
        if plural:
            done = done and all((form.text or "").strip() for form in translation.iter("numerusform"))
        else:
            done = done and bool((translation.text or "").strip())
        if not done:
            missing.append((context, source))
    return missing


def fill(code: str, table: dict, folder: Path = CATALOGUES) -> int:
    """Write translations from {context: {source: text | [plural forms]}} into a .ts; return how many."""
    path = ts_path(code, folder)
    tree = ET.parse(path)
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = table.get(context.findtext("name"), {})
        for message in context.iter("message"):
            value = wanted.get(message.findtext("source"))
            if value is None:
                continue
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            count += 1
    _write(tree, path)
    return count


def english_plurals(folder: Path = CATALOGUES) -> int:
    """Fill English plural forms that follow the '(s)' / '(es)' convention (core.store.texts.english's):
    'follow-up(s)' -> follow-up / follow-ups, 'touch(es)' -> touch / touches.

    Other plural messages stay unfinished for a person to write (``check`` lists them)."""
    table: dict[str, dict[str, list[str]]] = {}
    unfinished_set = set(unfinished(ts_path("en", folder), plurals_only=True))
    for context, source, _translation, plural in messages(ts_path("en", folder)):
        if plural and ("(s)" in source or "(es)" in source) and (context, source) in unfinished_set:
            one, many = source.replace("(es)", "").replace("(s)", ""), source.replace("(es)", "es").replace("(s)", "s")
            table.setdefault(context, {})[source] = [one, many]
    return fill("en", table, folder)


def compile_all(folder: Path = CATALOGUES, out: Path | None = None) -> list[Path]:
    """Compile every .ts to .qm (next to it, or into ``out``)."""
    written = []
    for code in LANGUAGES:
        source = ts_path(code, folder)
        target = (out or folder) / f"totalnet_{code}.qm"
        subprocess.run([tool("pyside6-lrelease"), str(source), "-qm", str(target)],
                       check=True, capture_output=True, text=True)
        written.append(target)
    return written


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        for path in update():
            print(f"updated {path.relative_to(ROOT)}")
    elif command == "fill":
        table = json.loads(Path(argv[2]).read_text(encoding="utf-8"))
        print(f"{fill(argv[1], table)} translation(s) written")
    elif command == "english-plurals":
        print(f"{english_plurals()} English plural form(s) written")
    elif command == "compile":
        for path in compile_all():
            print(f"compiled {path.relative_to(ROOT)}")
    elif command == "check":
        bad = 0
        for code in LANGUAGES:
            for context, source in unfinished(ts_path(code), plurals_only=code == "en"):
                print(f"{code}: {context}: {source!r}")
                bad += 1
        return 1 if bad else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
