import subprocess
import sys

from totalnet_desktop import __version__
from totalnet_desktop.cli import main


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert __version__ in capsys.readouterr().out


def test_python_dash_m_help():
    result = subprocess.run([sys.executable, "-m", "totalnet_desktop", "--help"], check=False, capture_output=True, text=True)
    assert result.returncode == 0
    for command in ("import", "export", "search", "followups", "report", "backup", "restore", "demo"):
        assert command in result.stdout


def test_not_sqlite_database_is_one_clear_line_and_exit_2(data_dir, capsys):
    data_dir.mkdir(parents=True)
    (data_dir / "totalnet.sqlite3").write_text("hello")
    assert main(["followups"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "not an SQLite file" in err[0]
