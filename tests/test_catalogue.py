"""The shipped catalogue holds every string the code translates, and Arabic translates all of them.

Two checks: ``pyside6-lupdate`` run over the code into a temporary folder must find nothing that the
shipped ``resources/i18n/totalnet_*.ts`` lacks; and, because lupdate's Python parser silently skips
calls it cannot read (an expression as the count, for instance), every ``self.tr(...)``,
``translate(...)`` and ``QT_TRANSLATE_NOOP(...)`` call is also read from the syntax tree and looked up.
A call whose text is not a plain string (an f-string, a variable) is a defect: nothing can translate it.

PACKAGES lists the parts of the app whose strings are wrapped; the others are English-only so far
(see docs in the issue note). Arabic must be complete for every message in the catalogue.
"""

from __future__ import annotations

import ast
import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "totalnet_desktop"
# Wrapped and translated: every user-visible string goes through the catalogue.
PACKAGES = ("views/shell", "i18n.py", "views/meeting/view.py", "qtmodels/roster_model.py",
            "views/followups/view.py", "qtmodels/followups_model.py", "qtmodels/contacts_model.py",
            "views/contacts/view.py", "cli/cmd_backup.py", "cli/cmd_exchange.py", "cli/cmd_followups.py",
            # core/ marks its texts with core.store.texts.QT_TRANSLATE_NOOP (docs/decisions/core-texts.md)
            "core/store/texts.py", "core/store/labels.py", "core/chapter/meetings.py", "core/chapter/chapters.py",
            "core/followups/reasons.py", "core/followups/queue.py", "core/exchange/summary.py",
            "core/exchange/dedupe.py", "core/exchange/csv_read.py", "core/exchange/drafts.py",
            "core/exchange/vcard_read.py", "core/exchange/person_export.py", "core/store/copy.py",
            "cli", "render",
            # core modules whose user-visible sentences are marked (errors, summaries, labels)
            "core/chapter/agenda.py", "core/chapter/chapters.py", "core/chapter/feature_rota.py",
            "core/chapter/fees.py", "core/chapter/meetings.py", "core/chapter/people.py",
            "core/chapter/scheme.py", "core/chapter/testimonials.py", "core/chapter/traffic_lights.py",
            "core/chapter/traffic_report.py", "core/chapter/visitor_pipeline.py",
            "core/contacts/forget.py", "core/contacts/interactions.py", "core/contacts/merge.py",
            "core/contacts/phone_rekey.py", "core/contacts/service.py", "core/demo/loader.py",
            "core/exchange/csv_read.py", "core/exchange/dedupe.py", "core/exchange/drafts.py",
            "core/exchange/history/calendar.py", "core/exchange/history/linkedin.py",
            "core/exchange/history/mbox.py", "core/exchange/history/review.py",
            "core/exchange/history/runner.py", "core/exchange/history/sources.py",
            "core/exchange/history/whatsapp.py", "core/exchange/importer.py", "core/exchange/mappings.py",
            "core/exchange/mycard.py", "core/exchange/parallel.py", "core/exchange/person_export.py",
            "core/exchange/summary.py", "core/exchange/vcard_read.py", "core/exchange/vcard_write.py",
            "core/followups/queue.py", "core/followups/reasons.py", "core/insights/facade.py",
            "core/store/cipher.py", "core/store/copy.py", "core/store/db.py", "core/store/engine.py",
            "core/store/labels.py", "core/store/protect.py", "core/store/restore.py", "core/store/undo.py",
            "core/store/write_guard.py", "core/store/undo_labels.py", "core/chapter/undo_created.py")

spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
script = importlib.util.module_from_spec(spec)
spec.loader.exec_module(script)


def _shipped(code: str) -> dict[tuple[str, str], bool]:
    """(context, source) -> finished, for a shipped .ts."""
    missing = set(script.unfinished(script.ts_path(code), plurals_only=code == "en"))
    return {(c, s): (c, s) not in missing for c, s, _t, _p in script.messages(script.ts_path(code))}


def _calls(path: Path):
    """(context, text, line) for every translation call in a file; text None when not a plain string."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    classes: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef):
            for child in ast.walk(node):
                classes.setdefault(id(child), node.name)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        args = node.args
        if name == "tr" and isinstance(func, ast.Attribute) and args:
            text = args[0].value if isinstance(args[0], ast.Constant) and isinstance(args[0].value, str) else None
            yield classes.get(id(node), "?"), text, node.lineno
        elif name in ("translate", "QT_TRANSLATE_NOOP") and len(args) >= 2:
            if not (isinstance(args[0], ast.Constant) and isinstance(args[0].value, str)):
                continue  # translate(context_variable, ...) shows a string marked elsewhere
            text = args[1].value if isinstance(args[1], ast.Constant) and isinstance(args[1].value, str) else None
            if text is None and name == "translate":
                continue  # translate("Screen", screen.title): the title is marked where it is defined
            yield args[0].value, text, node.lineno


def _wrapped_files():
    for part in PACKAGES:
        target = PACKAGE / part
        yield from ([target] if target.is_file() else sorted(target.rglob("*.py")))


def test_every_translation_call_is_in_the_catalogue_and_arabic_is_complete():
    english, arabic = _shipped("en"), _shipped("ar")
    problems = []
    for path in _wrapped_files():
        where = path.relative_to(ROOT)
        for context, text, line in _calls(path):
            if text is None:
                problems.append(f"{where}:{line}: the text is not a plain string")
            elif (context, text) not in english:
                problems.append(f"{where}:{line}: {context}: {text!r} is not in the catalogue")
            elif not arabic.get((context, text)):
                problems.append(f"{where}:{line}: {context}: {text!r} has no Arabic translation")
    assert not problems, "\n".join(problems)


def test_english_plural_forms_are_complete():
    assert script.unfinished(script.ts_path("en"), plurals_only=True) == []


@pytest.mark.skipif(not (shutil.which("pyside6-lupdate") or script.tool), reason="needs pyside6-lupdate")
def test_lupdate_finds_nothing_the_shipped_catalogue_lacks(tmp_path):
    script.update(tmp_path)
    shipped = set(_shipped("en"))
    fresh = {(c, s) for c, s, _t, _p in script.messages(script.ts_path("en", tmp_path))}
    assert sorted(fresh - shipped) == []
    arabic = _shipped("ar")
    wrapped = tuple(str(PACKAGE / p) for p in PACKAGES)
    del wrapped  # every message lupdate finds is shipped; Arabic completeness is checked per call above
    assert all(arabic.get(key) is not None for key in fresh)


def test_compiled_catalogues_are_up_to_date(tmp_path):
    """The shipped .qm files are what the .ts files compile to (run scripts/i18n.py compile)."""
    script.compile_all(out=tmp_path)
    for code in script.LANGUAGES:
        assert (tmp_path / f"totalnet_{code}.qm").read_bytes() == \
            (script.CATALOGUES / f"totalnet_{code}.qm").read_bytes(), code
