"""Both colour sets meet WCAG AA: text 4.5:1 on what it is drawn on, chart marks 3:1 (non-text)."""

import pytest

from totalnet_desktop.theme import palette as p

MODES = (p.LIGHT, p.DARK)


def test_contrast_ratio_matches_known_values():
    # WCAG's own extremes and a hand-computed pair: #767676 on white is the classic 4.54:1 grey.
    assert p.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert p.contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert p.contrast_ratio("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)
    assert p.contrast_ratio("#777777", "#ffffff") < 4.5  # one step lighter fails AA


@pytest.mark.parametrize("mode", MODES)
def test_text_colours_readable_on_every_background(mode):
    failures = [(key, where, round(p.contrast_ratio(colour, p.base(where, mode)), 2))
                for key, colour in p.TEXT[mode].items() for where in ("base", "window", "card")
                if p.contrast_ratio(colour, p.base(where, mode)) < 4.5]
    assert not failures
    assert p.contrast_ratio(p.base("text", mode), p.base("base", mode)) >= 7


@pytest.mark.parametrize("mode", MODES)
def test_chart_series_stand_out_from_the_card(mode):
    failures = [(key, round(p.contrast_ratio(colour, p.base("card", mode)), 2))
                for key, colour in p.SERIES[mode].items() if p.contrast_ratio(colour, p.base("card", mode)) < 3]
    assert not failures


@pytest.mark.parametrize("mode", MODES)
def test_chips_panels_and_sidebar_are_readable(mode):
    for channel in p.channels() + ("unknown",):
        chip = p.chip(channel, mode)
        assert p.contrast_ratio(chip.background, chip.foreground) >= 4.5, channel
    for key, (background, _border, text) in p.PANELS[mode].items():
        assert p.contrast_ratio(background, text) >= 4.5, key
    side = p.sidebar(mode)
    for fg, bg in (("text", "background"), ("selected_text", "selected"), ("text", "hover")):
        assert p.contrast_ratio(side[fg], side[bg]) >= 4.5, (fg, bg)


def test_traffic_light_cells_are_readable():
    for colour, background in p.TRAFFIC_LIGHTS.items():
        assert p.contrast_ratio(background, p.TRAFFIC_TEXT[colour]) >= 4.5, colour


def test_both_sets_have_the_same_keys():
    for table in (p.TEXT, p.SERIES, p.PANELS, p.SIDEBAR, p.BASES):
        assert set(table[p.LIGHT]) == set(table[p.DARK])


def test_report_colours_are_light_for_paper():
    assert p.contrast_ratio(p.REPORT["muted"], p.REPORT["paper"]) >= 4.5
    for key in ("row_shade", "total_row", "head_row"):
        assert p.contrast_ratio(p.REPORT["text"], p.REPORT[key]) >= 7


def test_no_hard_coded_colours_outside_the_palette():
    """Every colour on screen (and in the PDF) comes from theme/palette.py."""
    import re
    from pathlib import Path

    package = Path(p.__file__).resolve().parent.parent
    colour = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b|QColor\(\"(?!#)|Qt\.GlobalColor\.")
    offenders = [f"{path.relative_to(package)}:{n}: {line.strip()}"
                 for path in package.rglob("*.py") if path != Path(p.__file__).resolve()
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if colour.search(line) and "#self_link" not in line]
    assert offenders == []


@pytest.mark.parametrize("mode", MODES)
def test_spark_lines_stand_out_from_the_window_and_their_fill(mode):
    line, fill = p.SPARK[mode]["line"], p.SPARK[mode]["fill"]
    assert p.contrast_ratio(line, p.base("window", mode)) >= 3
    assert p.contrast_ratio(line, fill) >= 3


@pytest.mark.parametrize("mode", MODES)
def test_the_focus_ring_stands_out_from_the_window_and_a_button(mode):
    # WCAG 1.4.11: the ring around a focused button (views/shell/indicator_style.py) at 3:1 against what is
    # around it and what it is drawn on: the window, a view or card, and the button's face (Fusion's light
    # face is the window grey; the dark set gives it its own colour).
    ring = p.base("focus_ring", mode)
    face = p.DARK_WINDOW_ROLES["Button"] if mode == p.DARK else p.base("window", mode)
    for behind in (p.base("window", mode), p.base("base", mode), p.base("card", mode), face):
        assert p.contrast_ratio(ring, behind) >= 3, (mode, behind)
