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


def test_every_argument_and_option_has_help_text():
    import argparse

    from totalnet_desktop.cli import build_parser

    missing = []

    def walk(parser, path):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    walk(sub, f"{path} {name}")
                    if not any(c.dest == name and c.help for c in action._choices_actions):
                        missing.append(f"{path} {name} (the command)")
                continue
            if action.help in (None, "") and action.help is not argparse.SUPPRESS:
                missing.append(f"{path} {'/'.join(action.option_strings) or action.dest}")

    walk(build_parser(), "totalnet")
    assert missing == []


def test_search_for_nothing_is_an_error_not_the_whole_book(data_dir, capsys):
    from totalnet_desktop.cli import main

    assert main(["demo"]) == 0
    capsys.readouterr()
    for empty in ("", "   "):
        assert main(["search", empty]) == 2
        out, err = capsys.readouterr()
        assert out == "" and err == "totalnet: Type something to search for, e.g. totalnet search Layla.\n"
