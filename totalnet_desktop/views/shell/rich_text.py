"""Rich text (Qt's HTML subset) laid out in the reading direction of the language in use.

Qt's rich text honours ``dir`` on paragraphs, divisions and lists but not on tables: in right to left a
table keeps its columns left to right and sits on the left. ``html_table`` reverses the columns, swaps
'left' and 'right' and sets the table on the right, so a label and its number read as in the language.
"""

from __future__ import annotations

from totalnet_desktop.i18n import is_right_to_left


def direction() -> str:
    """'rtl' or 'ltr', for a ``dir`` attribute."""
    return "rtl" if is_right_to_left() else "ltr"


def start() -> str:
    """The side a line starts on: 'left' (or 'right' in right to left), for an ``align`` attribute."""
    return "right" if is_right_to_left() else "left"


def end() -> str:
    return "left" if is_right_to_left() else "right"


def html_table(rows: list[list[tuple[str, str]]], attributes: str = "cellpadding='2'", head_rows: int = 0,
               head_attributes: str = "") -> str:
    """A table in the reading direction. ``rows`` hold (cell HTML, 'left' | 'right' | 'center') written
    as for left to right; the first ``head_rows`` are headings (``head_attributes`` on their rows)."""
    rtl = is_right_to_left()
    swap = {"left": "right", "right": "left"}
    lines = []
    for n, row in enumerate(rows):
        tag = "th" if n < head_rows else "td"
        extra = f" {head_attributes}" if n < head_rows and head_attributes else ""
        cells = reversed(row) if rtl else row
        lines.append(f"<tr{extra}>" + "".join(
            f"<{tag} align='{swap.get(align, align) if rtl else align}'>{text}</{tag}>" for text, align in cells)
            + "</tr>")
    place = " align='right'" if rtl else ""
    return f"<table{place} {attributes}>{''.join(lines)}</table>"
