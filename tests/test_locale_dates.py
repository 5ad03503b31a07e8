"""Dates, numbers and money reach the screen through QLocale (i18n.date_text, number, money), never
through hand-made formats: this test reads the code of the packages already wrapped for translation
and fails on strftime(), an f-string date format or a "{:%d %b}" format string other than ISO (file
names, machine formats)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from test_catalogue import PACKAGES, _wrapped_files

ROOT = Path(__file__).resolve().parent.parent
ISO = {"%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y%m%d", "%Y%m%d-%H%M%S",
       "%Y-%m", "%Y%m%d-%H%M%S-%f", "%H%M%S-%f"}  # month keys, backup file names
# Machine formats in files the app writes for other programs (not shown on a screen). The BNI Connect
# sheet's CSV amount column keeps core's English '1,500' (texts.Amount's str); its screen and PDF write
# the amount through the locale (i18n.tr_core).
FILE_FORMATS = {"totalnet_desktop/core/chapter/reports.py: strftime('%H:%M')"}  # the attendance CSV's time
# Nothing left: amounts (texts.Amount) and Insights months (texts.Month, the period a Message of two
# dates) are written by i18n.tr_core since issue 19. A new hand-made format fails the test.
PENDING: set[str] = set()


def _known(line: str) -> bool:
    path, _line, what = line.split(":", 2)
    return f"{path}:{what}" in FILE_FORMATS | PENDING


def _marked_in_core(tree: ast.AST) -> set[int]:
    """ids of the texts core marks with QT_TRANSLATE_NOOP: i18n.tr_core fills them through QLocale (their
    '%d %b' only says which date form), so their format is not hand-made."""
    marked = set()
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "QT_TRANSLATE_NOOP"
                and len(node.args) >= 2):
            marked.add(id(node.args[1]))
    return marked


def hand_made_dates(path: Path) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    core = "core" in path.relative_to(ROOT).parts
    marked = _marked_in_core(tree) if core else set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "strftime":
            fmt = node.args[0].value if node.args and isinstance(node.args[0], ast.Constant) else "?"
            if fmt not in ISO:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: strftime({fmt!r})")
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in marked:
            # "{:%d %b}".format(day): a date format in a plain string
            for spec in re.findall(r"\{[^{}]*:(%[^{}]*)\}", node.value):
                if spec not in ISO:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: date format in a string {spec!r}")
        if isinstance(node, ast.FormattedValue) and node.format_spec is not None:
            spec = "".join(v.value for v in node.format_spec.values if isinstance(v, ast.Constant))
            if spec.endswith("%") and spec.count("%") == 1:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: percentage written by hand ({spec!r})")
            elif "%" in spec and spec not in ISO:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: f-string date format {spec!r}")
            if spec in (",", ",.0f", ",.2f", ",d"):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: number grouped by hand ({spec!r})")
    return found


def test_the_finder_finds_hand_made_dates(tmp_path):
    sample = ROOT / "tests" / "_sample_dates.py"
    sample.write_text("import datetime as dt\nd = dt.date.today()\na = d.strftime('%d %b %Y')\n"
                      "b = f'{d:%A %d}'\nc = f'{d:%Y-%m-%d}'\nn = f'{1234:,}'\np = f'{0.42:.0%}'\n"
                      "e = '{:%d %b}'.format(d)\nf = '{:%Y-%m-%d}'.format(d)\n", encoding="utf-8")
    try:
        found = hand_made_dates(sample)
    finally:
        sample.unlink()
    assert len(found) == 5 and "strftime('%d %b %Y')" in found[0]
    assert any("percentage" in f for f in found)
    assert any("date format in a string '%d %b'" in f for f in found)


def test_wrapped_packages_format_dates_and_numbers_through_the_locale():
    assert PACKAGES
    found = [line for path in _wrapped_files() for line in hand_made_dates(path)
             if path.name != "texts.py" and not _known(line)]  # texts.py: core's English rendering of a marked text
    assert not found, "\n".join(found)
