"""The Chapter screen (Ctrl+5): traffic-light table with the hand-counted scores, sorting, colours,
the what-if column, chapter health, scheme editing, PDF and CSV."""

import datetime as dt

import pytest
from leadership_data import END, START, TODAY, UK_2012, build
from modal_helpers import on_next_modal
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from totalnet_desktop.views.chapter.colours import LIGHT_BACKGROUND
from totalnet_desktop.views.chapter.scheme_dialog import SchemeDialog


@pytest.fixture
def screen(db, main_window, qtbot):
    build()
    view = main_window.screens["chapter"]
    view.today = TODAY
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window, timeout=2000)
    qtbot.keyClick(main_window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_key() == "chapter"
    tab = view.lights
    tab.period.setCurrentIndex(tab.period.findData("custom"))
    tab.start.setDate(START)
    tab.end.setDate(END)
    return view


def rows(tab):
    t = tab.table
    return [[t.item(r, c).text() for c in range(t.columnCount())] for r in range(t.rowCount())]


def test_table_shows_the_hand_counted_scores_and_colours(screen):
    tab = screen.lights
    by = {r[0].split()[0]: r for r in rows(tab)}
    assert len(by) == len(UK_2012)
    for name, (points, total, colour) in UK_2012.items():
        assert [float(x) for x in by[name][1:8]] == list(points), name
        assert (float(by[name][8]), by[name][9]) == (total, colour)
    colour_item = tab.table.item(0, 9)
    assert colour_item.background().color().name() == LIGHT_BACKGROUND[colour_item.text()]
    assert "→" in by["Bravo"][10] or "out of reach" in by["Bravo"][10]
    assert by["Hotel"][10] == "green: the top colour"
    assert "40 meetings held" in tab.summary.text()


def test_sorting_by_total_and_the_printed_order(screen, tmp_path):
    tab = screen.lights
    tab.table.sortItems(8, Qt.SortOrder.DescendingOrder)
    totals = [float(r[8]) for r in rows(tab)]
    assert totals == sorted(totals, reverse=True) and rows(tab)[0][0] == "Hotel Member"
    tab.table.sortItems(9, Qt.SortOrder.AscendingOrder)  # colour: grey, red, amber, green
    assert [r[9] for r in rows(tab)][:3] == ["grey"] * 3 and rows(tab)[-1][9] == "green"
    target = tmp_path / "lights.pdf"
    tab.ask_path = lambda *a: str(target)
    assert tab.print_pdf() == str(target)
    assert target.read_bytes().startswith(b"%PDF")
    from totalnet_desktop.render.traffic_lights_report import report_html

    html = report_html(tab.report, tab.shown_order())
    assert html.index("Alpha Member") < html.index("Hotel Member")


def test_power_of_one_and_health(screen):
    tab = screen.lights
    tab.scheme.setCurrentIndex(tab.scheme.findData("Power of One"))
    lima = next(r for r in rows(tab) if r[0].startswith("Lima"))
    assert lima[1:8] == ["20", "20", "0", "20", "9.9", "69.9", "amber"]
    members = tab.health.findChild(type(tab.summary), "health_size")
    assert "14" in members.text()
    attendance = tab.health.findChild(type(tab.summary), "health_attendance")
    # 14 members x 40 meetings = 560 statuses; 4 M left out; 11 A => 545 / 556 = 98.0%
    assert "98%" in attendance.text()


def test_csv_export_matches_the_cli_columns(screen, tmp_path):
    tab = screen.lights
    target = tmp_path / "lights.csv"
    tab.ask_path = lambda *a: str(target)
    tab.export_csv()
    text = target.read_text(encoding="utf-8")
    assert text.startswith("First Name,Last Name,Absenteeism,Absenteeism Points")
    assert "Delta,Member,3,0,0.750,10,2500.00,10" in text


def test_edit_scheme_keeps_a_chapter_copy_and_reports_errors_in_the_dialog(screen, qtbot):
    tab = screen.lights

    def bad_then_good(d):
        assert isinstance(d, SchemeDialog)
        d.text.setPlainText(d.text.toPlainText().replace('measure = "lates"', 'measure = "smiles"'))
        d.accept()
        assert "unknown measure 'smiles'" in d.error.text() and d.isVisible()
        d.text.setPlainText(d.text.toPlainText().replace('"smiles"', '"lates"').replace(
            'name = "UK 2012"', 'name = "Gulf 2026"').replace("green = 70", "green = 60"))
        d.accept()

    on_next_modal(bad_then_good, SchemeDialog)
    tab.edit_scheme()
    assert tab.scheme.currentData() == "Gulf 2026"
    golf = next(r for r in rows(tab) if r[0].startswith("Golf"))
    assert golf[8:10] == ["65", "green"]
    assert tab.scheme.findData("UK 2012") >= 0  # the shipped one is still there


def test_no_chapter_says_so(db, main_window, qtbot):
    view = main_window.show_screen("chapter")
    assert "Set up your chapter" in view.lights.summary.text()
    assert dt.date.today()  # the screen opened without data and without an error


def test_print_and_export_refuse_the_live_database_in_one_sentence(screen, session, tmp_path):
    tab = screen.lights
    live = session.db_path
    before = live.stat().st_ino, live.stat().st_size
    tab.ask_path = lambda *a: str(live)
    assert tab.print_pdf() is None
    assert tab.summary.text() == f"{live} is TotalNet's own database; choose another file."
    assert tab.export_csv() is None
    assert "own database" in tab.summary.text()
    tab.ask_path = lambda *a: str(tmp_path)
    assert tab.print_pdf() is None and tab.summary.text() == f"{tmp_path} is a folder; choose a file name."
    assert (live.stat().st_ino, live.stat().st_size) == before


def test_screen_pdf_and_csv_show_each_measure_with_the_same_decimals(screen, tmp_path):
    """One rule (core.chapter.traffic_report) decides the decimals; a quarter CEU reads 0.25 everywhere."""
    from totalnet_desktop.core.chapter.traffic_report import table
    from totalnet_desktop.core.store.models import CEU, Contact
    from totalnet_desktop.render.traffic_lights_report import report_html

    alpha = Contact.get(Contact.first_name == "Alpha")
    CEU.create(date=START + dt.timedelta(days=30), contact=alpha.id, credits=0.25)
    tab = screen.lights
    tab.refresh()
    headers, csv_rows = table(tab.report)
    areas = tab.report.scheme.areas
    for r in range(tab.table.rowCount()):
        member = tab.report.members[tab.table.item(r, 0).data(Qt.ItemDataRole.UserRole)]
        csv = next(row for row in csv_rows if row[:2] == [member.first_name, member.last_name])
        for i, area in enumerate(areas):
            shown = tab.table.item(r, i + 1)
            assert shown.text() == csv[3 + 2 * i], (member.name, area.label)
            # the same digits; the screen adds the locale's group separator (1,000.00)
            assert shown.toolTip().replace(",", "") == f"{area.label}: {csv[2 + 2 * i]}", (member.name, area.label)
    alpha_row = next(row for row in csv_rows if row[0] == "Alpha")
    assert alpha_row[headers.index("Training")] == "0.25"
    assert ">0.25</span>" in report_html(tab.report)


def test_colour_and_total_are_seen_at_1024_without_scrolling(screen, main_window, qtbot):
    main_window.resize(1024, 700)
    qtbot.wait(20)
    tab = screen.lights
    table, header = tab.table, tab.table.horizontalHeader()
    colour, total = table.columnCount() - 2, table.columnCount() - 3
    assert table.horizontalHeaderItem(colour).text() == "Colour"
    for column in (0, colour, total):
        right = header.sectionViewportPosition(column) + header.sectionSize(column)
        assert 0 <= header.sectionViewportPosition(column) and right <= table.viewport().width(), column
    assert [header.logicalIndex(v) for v in range(3)] == [0, colour, total]
    tab.refresh()
    assert [header.logicalIndex(v) for v in range(3)] == [0, colour, total]  # refilling keeps the order


def _scheme_intro(qtbot) -> str:
    from totalnet_desktop.core.chapter import traffic_lights
    from totalnet_desktop.core.store.models import Chapter

    chapter = Chapter.get_or_none(Chapter.name == "Dubai Digits") or Chapter.create(name="Dubai Digits")
    dialog = SchemeDialog(chapter.id, traffic_lights.find_scheme(traffic_lights.DEFAULT_SCHEME, chapter.id))
    qtbot.addWidget(dialog)
    return dialog.findChild(QLabel, "scheme_intro").text()


def test_the_scheme_formula_reads_right_to_left_in_arabic(db, qtbot):
    """The linear formula read oddly in Arabic (Latin 'min(1, ...' amid Arabic words, reordered by the
    bidi rules). Now the paragraph is right to left, the TOML keywords are each kept whole (isolates),
    the formula is one whole phrase in Arabic words with the chosen digits, and no other Latin is
    left loose in the sentence."""
    import re

    from totalnet_desktop import i18n

    english = _scheme_intro(qtbot)
    assert english.endswith("Change the name to keep both. A band gives its points when the measure is <i>below</i> "
                            "a value (or <i>upto</i> it, inclusive); <i>linear</i> gives points × min(1, measure / "
                            "target).")  # English as it was
    i18n.install("ar", digits="arabic")
    try:
        text = _scheme_intro(qtbot)
        formula = i18n.translate("SchemeDialog", "points × min({one}, measure / target)").format(one=1)
    finally:
        i18n.install("en")
    assert text.startswith("\u200f")  # a right-to-left paragraph (i18n.paragraph)
    for keyword in ("below", "upto", "linear"):
        assert f"<i>\u2068{keyword}\u2069</i>" in text
    assert f"\u2068{formula}\u2069" in text and "١" in formula and "min" not in text  # whole, Arabic words and digits
    plain = re.sub("<[^>]+>", "", text)
    for latin in re.finditer("[A-Za-z0-9]+", plain):  # every Latin or Western-digit part inside an isolate
        before = plain[:latin.start()]
        assert before.rfind("\u2068") > before.rfind("\u2069"), latin.group()
