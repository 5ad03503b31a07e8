"""A chapter server's last local snapshot: where it goes, which one is newest, and a real export of a
server to a snapshot file that opens on its own (the lost-server bar and "Open the last copy
read-only" use ``latest_snapshot``)."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from totalnet_desktop import paths
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import snapshots
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.core.store.records import ContactRecord

SERVER = "postgresql://vp@db.chapter.ae:5432/pioneers"


def _planted(folder, when: dt.datetime, size: int = 10):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"snapshot-{when:%Y%m%d-%H%M%S-%f}.sqlite3"
    path.write_bytes(b"x" * size)
    return path


def test_the_newest_finished_snapshot_of_that_login_is_found(tmp_path):
    backups = tmp_path / "backups"
    assert snapshots.latest_snapshot(SERVER, backups) is None
    here = snapshots.folder(SERVER, backups)
    # Every spelling of one login's address shares the folder; another login or database does not.
    assert snapshots.folder("postgresql://vp@db.chapter.ae/pioneers?sslmode=require", backups) == here
    assert snapshots.folder("postgresql://vp:secret@db.chapter.ae/pioneers", backups) == here
    assert snapshots.folder("postgresql://bob@db.chapter.ae/pioneers", backups) != here
    assert snapshots.folder("postgresql://vp@db.chapter.ae/eagles", backups) != here
    assert "secret" not in str(snapshots.folder("postgresql://vp:secret@db.chapter.ae/pioneers", backups))
    older = _planted(here, dt.datetime(2026, 12, 6, 7, 2, 0))
    newest = _planted(here, dt.datetime(2026, 12, 7, 7, 2, 30, 125))
    _planted(here, dt.datetime(2026, 12, 7, 9, 0), size=0)  # an empty file is no snapshot
    (here / ".snapshot-20261207-100000-000000.sqlite3.partial").write_bytes(b"half")  # under way
    (here / "notes.txt").write_text("not a snapshot")
    assert snapshots.latest_snapshot(SERVER, backups) == (newest, dt.datetime(2026, 12, 7, 7, 2, 30, 125))
    assert [p for p, _ in snapshots.snapshots(SERVER, backups)] == [newest, older]
    assert snapshots.latest_snapshot("postgresql://bob@db.chapter.ae/pioneers", backups) is None
    assert not snapshots.snapshot_due(SERVER, backups, now=dt.datetime(2026, 12, 7, 23, 59))
    assert snapshots.snapshot_due(SERVER, backups, now=dt.datetime(2026, 12, 8, 0, 1))


def test_only_the_newest_three_are_kept(tmp_path):
    here = snapshots.folder(SERVER, tmp_path)
    made = [_planted(here, dt.datetime(2026, 12, day, 7, 0)) for day in range(1, 6)]
    removed = snapshots.prune(SERVER, tmp_path)
    assert sorted(removed) == made[:2]
    assert [p for p, _ in snapshots.snapshots(SERVER, tmp_path)] == made[:1:-1]


def test_the_data_folder_is_the_default(data_dir):
    here = snapshots.folder(SERVER)
    assert here.parent.parent == paths.resolve().backup_dir
    when = dt.datetime(2026, 12, 7, 7, 2)
    _planted(here, when)
    assert snapshots.latest_snapshot(SERVER)[1] == when


@pytest.mark.postgres_only
def test_a_server_snapshot_is_a_standalone_copy_of_its_data(empty_server, data_dir, tmp_path):
    server = empty_server
    db_mod.open_server(server)
    contacts.save(ContactRecord(id=None, first_name="Layla", last_name="Haddad", company="Cedar Print"))
    made = snapshots.take_snapshot(server, tmp_path / "backups")
    found = snapshots.latest_snapshot(server, tmp_path / "backups")
    assert found is not None and found[0] == made
    assert abs(found[1] - dt.datetime.now()) < dt.timedelta(minutes=5)
    assert not snapshots.snapshot_due(server, tmp_path / "backups")
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no partial, no -wal left
    con = sqlite3.connect(f"{made.resolve().as_uri()}?mode=ro", uri=True)
    try:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert con.execute("SELECT first_name, company FROM contact").fetchall() == [("Layla", "Cedar Print")]
    finally:
        con.close()


@pytest.mark.postgres_only
def test_a_snapshot_of_a_server_that_is_gone_leaves_nothing(pg_cluster, tmp_path):
    gone = pg_cluster.url("no_such_chapter")
    with pytest.raises(TotalNetError):
        snapshots.take_snapshot(gone, tmp_path)
    assert snapshots.latest_snapshot(gone, tmp_path) is None
    assert list(snapshots.folder(gone, tmp_path).iterdir()) == []
