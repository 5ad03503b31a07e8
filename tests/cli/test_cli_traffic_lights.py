"""``totalnet traffic-lights``: the same scores as the Chapter screen, printed or as CSV."""

import csv

import pytest
from leadership_data import POWER_OF_ONE, UK_2012, build

from totalnet_desktop.cli import main
from totalnet_desktop.core.store import db as db_mod


@pytest.fixture
def edges(session, data_dir):
    build()
    db_mod.close_database()
    return data_dir


def test_csv_has_each_area_measure_and_points_total_and_colour(edges, tmp_path, capsys):
    out = tmp_path / "lights.csv"
    assert main(["--data-dir", str(edges), "traffic-lights", "--from", "2025-01-01", "--to", "2025-10-31",
                 "--csv", str(out)]) == 0
    assert "wrote" in capsys.readouterr().out
    with open(out, encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert rows[0] == ["First Name", "Last Name", "Absenteeism", "Absenteeism Points", "Referrals",
                       "Referrals Points", "TYFCB", "TYFCB Points", "Visitors", "Visitors Points", "Testimonials",
                       "Testimonials Points", "On time", "On time Points", "Training", "Training Points", "Total",
                       "Colour"]
    by = {r[0]: r for r in rows[1:]}
    assert len(by) == len(UK_2012)
    for name, (points, total, colour) in UK_2012.items():
        row = by[name]
        assert [float(p) for p in row[3:17:2]] == list(points), name
        assert (float(row[16]), row[17]) == (total, colour)
    # Measures as read: Delta's referrals 30 in 40 weeks, TYFCB 2,500, testimonials 3/40.
    assert (by["Delta"][4], by["Delta"][6], by["Delta"][10]) == ("0.750", "2500.00", "0.075")


def test_printed_power_of_one(edges, capsys):
    assert main(["--data-dir", str(edges), "traffic-lights", "--scheme", "Power of One", "--from", "2025-01-01",
                 "--to", "2025-10-31"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Band Edges: Power of One, 1 Jan 2025 to 31 Oct 2025, 40 meetings"
    lima = next(line for line in out if line.startswith("Lima")).split()
    assert lima[-2:] == [POWER_OF_ONE["Lima"][1], "amber"]
    assert out[-1] == "3 green, 7 amber, 3 red, 1 grey"


def test_errors_are_one_plain_line(edges, capsys):
    assert main(["--data-dir", str(edges), "traffic-lights", "--scheme", "Nope"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("totalnet: There is no traffic-light scheme \"Nope\"") and err.count("\n") == 1
    assert main(["--data-dir", str(edges), "traffic-lights", "--from", "1/1/2025"]) == 2
    assert "is not a date" in capsys.readouterr().err
    assert main(["--data-dir", str(edges), "traffic-lights", "--from", "2025-05-01", "--to", "2025-01-01"]) == 2
    assert "ends (2025-01-01) before it starts" in capsys.readouterr().err
