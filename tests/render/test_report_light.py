"""The PALMS report PDF stays light for printing while the app is dark: its page, rasterised, is white
paper with dark text (Qt prints a document with its own black text, and the report's colours are the
palette's light REPORT set), in English and Arabic."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from PySide6.QtGui import QImage

from tests.render.test_report_arabic import summary  # noqa: F401  (the fixture)
from totalnet_desktop import i18n
from totalnet_desktop.render.meeting_report import write_pdf
from totalnet_desktop.theme import palette


def _page(pdf, tmp_path) -> QImage:
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                    str(tmp_path / "page")], check=True, capture_output=True)
    return QImage(str(tmp_path / "page.png"))


def _shares(image: QImage) -> tuple[float, float]:
    """(share of light pixels, share of dark pixels) on the page."""
    light = dark = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            value = image.pixelColor(x, y).lightness()
            light += value > 200
            dark += value < 90
    total = ((image.height() + 1) // 2) * ((image.width() + 1) // 2)
    return light / total, dark / total


@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="needs pdftoppm (poppler-utils)")
@pytest.mark.parametrize("language", ["en", "ar"])
def test_the_report_prints_light_while_the_app_is_dark(summary, tmp_path, qtbot, language):  # noqa: F811
    from totalnet_desktop.views.shell import theme

    theme.apply(theme.DARK)
    try:
        assert palette.current_mode() == palette.DARK
        i18n.install(language)
        light, dark = _shares(_page(write_pdf(summary, tmp_path / "report.pdf"), tmp_path))
    finally:
        theme.apply(theme.LIGHT)
    assert light > 0.93  # white paper, light table shading
    assert 0.002 < dark < 0.02  # dark text on it, and no dark fills (a dark head row makes it 0.07)
