"""copy-database: every table between SQLite files and PostgreSQL servers, both ways, nothing lost."""

from __future__ import annotations

import datetime as dt
import decimal

import pytest

from totalnet_desktop.cli import main as cli_main
from totalnet_desktop.core.demo import loader as demo
from totalnet_desktop.core.store import copy, engine
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store.errors import TotalNetError

TODAY = dt.date(2026, 3, 5)


def _norm(value):
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float, decimal.Decimal)):
        return format(decimal.Decimal(str(value)).normalize(), "f")
    if isinstance(value, dt.datetime):
        return value.isoformat(" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and len(value) >= 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            return dt.datetime.fromisoformat(value).isoformat(" ") if len(value) > 10 else value
        except ValueError:
            return value
    return value


def snapshot(target, owner: str | None = None) -> dict[str, list[tuple]]:
    """Every copied table's rows, sorted, with values in one comparable form. ``owner``: read an empty
    owner as this login (what a copy of a personal file onto a server makes of it)."""
    handle = copy.open_handle(target, create=False)
    try:
        out = {}
        for table in copy.copied_tables(handle):
            cols = sorted(copy.columns(handle, table))
            quoted = ", ".join(f'coalesce("{c}", \'{owner}\')' if c == "owner" and owner else f'"{c}"'
                               for c in cols)
            rows = handle.execute_sql(f'SELECT {quoted} FROM "{table}"').fetchall()
            out[table] = sorted((tuple(_norm(v) for v in r) for r in rows), key=repr)
        return out
    finally:
        handle.close()


@pytest.fixture
def demo_file(data_dir, db):
    """The sample chapter in the run's database: an SQLite file, or a server database (--engine postgres)."""
    demo.generate(today=TODAY)
    target = engine.chosen_target() or db_mod.database.database
    db_mod.close_database()
    return target


def test_file_to_file_copies_every_table(demo_file, tmp_path):
    target = tmp_path / "copy.sqlite3"
    report = copy.copy_database(demo_file, target)
    assert report.rows["contact"] > 20 and report.rows["attendance"] > 50
    before, after = snapshot(demo_file), snapshot(target)
    assert before.keys() == after.keys() and "stage_change" in after
    for table in before:
        assert after[table] == before[table], table
    assert report.total == sum(len(rows) for rows in before.values())


def test_a_non_empty_target_is_refused_without_replace(demo_file, tmp_path):
    target = tmp_path / "copy.sqlite3"
    copy.copy_database(demo_file, target)
    with pytest.raises(TotalNetError, match="already holds data.*--replace"):
        copy.copy_database(demo_file, target)
    report = copy.copy_database(demo_file, target, replace=True)
    assert snapshot(target) == snapshot(demo_file) and report.total > 0


def test_missing_source_and_same_database_are_refused(demo_file, tmp_path):
    with pytest.raises(TotalNetError, match="no TotalNet database"):
        copy.copy_database(tmp_path / "nothing.sqlite3", tmp_path / "x.sqlite3")
    with pytest.raises(TotalNetError, match="same database"):
        copy.copy_database(demo_file, demo_file)


def test_the_copied_file_opens_and_searches(demo_file, tmp_path):
    from totalnet_desktop.core.contacts import search

    target = tmp_path / "copy.sqlite3"
    copy.copy_database(demo_file, target)
    db_mod.open_target(demo_file)
    expected = search.search_ids(search.ContactFilter(text="a"))
    db_mod.close_database()
    db_mod.open_database(target)
    assert search.search_ids(search.ContactFilter(text="a")) == expected and expected


def test_cli_copy_database(demo_file, tmp_path, capsys):
    target = tmp_path / "out.sqlite3"
    assert cli_main(["copy-database", str(demo_file), str(target)]) == 0
    assert capsys.readouterr().out.startswith("copied ")
    assert cli_main(["copy-database", str(demo_file), str(target)]) == 2
    assert "--replace" in capsys.readouterr().err


@pytest.mark.postgres_only
def test_round_trip_through_postgres_loses_nothing(demo_file, empty_server, tmp_path):
    to_server = copy.copy_database(demo_file, empty_server)
    assert engine.is_server_target(to_server.target) and to_server.total > 0
    back = tmp_path / "back.sqlite3"
    from_server = copy.copy_database(empty_server, back)
    assert from_server.rows == to_server.rows
    # The personal file's rows become the copier's on the server (private to them), and stay so.
    before, on_server, after = snapshot(demo_file, owner="postgres"), snapshot(empty_server), snapshot(back)
    assert snapshot(demo_file) != before
    for table in before:
        assert on_server[table] == before[table], table
        assert after[table] == before[table], table


@pytest.mark.postgres_only
def test_server_copy_keeps_working_ids_and_search(demo_file, empty_server):
    """After a copy new rows get fresh ids (the sequences moved past the copied ones)."""
    from totalnet_desktop.core.contacts import search, service
    from totalnet_desktop.core.store.records import ContactRecord

    copy.copy_database(demo_file, empty_server)
    db_mod.open_database(demo_file)
    expected = search.search_ids(search.ContactFilter(text="a"))
    top = max(search.search_ids())
    db_mod.close_database()
    db_mod.open_server(empty_server)
    assert search.search_ids(search.ContactFilter(text="a")) == expected
    new_id = service.create(ContactRecord(id=None, first_name="Zed", last_name="Newcomer"), undoable=False)
    assert new_id > top and search.search_ids(search.ContactFilter(text="newcom")) == [new_id]


@pytest.mark.postgres_only
def test_backup_and_restore_of_a_server_go_through_sqlite_files(demo_file, empty_server, tmp_path, capsys,
                                                                 monkeypatch):
    copy.copy_database(demo_file, empty_server)
    monkeypatch.setenv("TOTALNET_DATABASE", empty_server)
    assert cli_main(["backup", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("exported ") and "@127.0.0.1" in out
    [export] = tmp_path.glob("server-*.sqlite3")
    assert snapshot(export) == snapshot(demo_file, owner="postgres")
    assert cli_main(["restore", str(export)]) == 0
    assert "restored " in capsys.readouterr().out
    assert snapshot(empty_server) == snapshot(demo_file, owner="postgres")
