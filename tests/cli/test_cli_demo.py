"""``totalnet demo``: one summary line, refusal with exit 2, --force."""

from __future__ import annotations

import os
import subprocess
import sys

from dbsnap import raw_count

from totalnet_desktop.cli import main


def test_demo_prints_one_line_then_refuses_then_force_adds(data_dir, capsys):
    assert main(["demo"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert len(out) == 1 and out[0].startswith("Added the sample chapter Dubai Pioneers: ")
    assert raw_count(data_dir, "contact") > 200

    assert main(["demo"]) == 2
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert captured.out == "" and len(err) == 1
    assert "already has contacts" in err[0] and "--force" in err[0]

    assert main(["demo", "--force"]) == 0
    out = capsys.readouterr().out
    assert "Dubai Pioneers (2)" in out
    # The database had data: the file was backed up first, and the line says where (on a server the
    # event backup is skipped: the server's own backups cover it, backup.before_event).
    made = list((data_dir / "backups").glob("event-*-pre-demo.sqlite3"))
    if os.environ.get("TOTALNET_DATABASE"):  # --engine postgres: the data is on the server
        assert made == [] and "backed up" not in out
    else:
        assert len(made) == 1 and f"backed up first to {made[0]}" in out


def test_demo_data_dir_option_in_a_real_process(tmp_path):
    folder = tmp_path / "elsewhere"
    result = subprocess.run([sys.executable, "-m", "totalnet_desktop", "--data-dir", str(folder), "demo"],
                            check=False, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Dubai Pioneers" in result.stdout
    assert raw_count(folder, "contact") > 200


def test_demo_on_a_file_that_is_not_sqlite_is_refused_and_untouched(data_dir, capsys):
    data_dir.mkdir(parents=True)
    target = data_dir / "totalnet.sqlite3"
    target.write_bytes(b"not a database")
    assert main(["demo"]) == 2
    assert "not an SQLite file" in capsys.readouterr().err
    assert target.read_bytes() == b"not a database"
