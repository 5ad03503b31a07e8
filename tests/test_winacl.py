"""Issue 20 on Windows: the user's own access list on the data folder, database, WAL, backups, logs,
exports and temporary files.

What runs everywhere: the access list written (entries, flags, mask, SIDs), the rule that tells an
owner-only list from one that lets others in, the icacls line the README gives, and the list of real
files and folders an existing install has tightened. What needs Windows and pywin32 (reading and
writing a real DACL) is at the end, skipped elsewhere with the reason."""

from __future__ import annotations

import os

import pytest

from totalnet_desktop import paths, winacl
from totalnet_desktop.winacl import (
    ACCESS_ALLOWED,
    ACCESS_DENIED,
    CONTAINER_INHERIT,
    FILE_ALL_ACCESS,
    INHERIT_ONLY,
    INHERITED,
    OBJECT_INHERIT,
    SYSTEM_SID,
    Ace,
)

ME = "S-1-5-21-3623811015-3361044348-30300820-1013"
USERS = "S-1-5-32-545"
EVERYONE = "S-1-1-0"
ADMINISTRATORS = "S-1-5-32-544"
CREATOR_OWNER = "S-1-3-0"
READ = 0x001200A9


def test_the_list_written_allows_full_control_to_the_user_and_system_only():
    assert winacl.private_entries(ME, folder=True) == [
        Ace(ACCESS_ALLOWED, OBJECT_INHERIT | CONTAINER_INHERIT, 0x1F01FF, ME),
        Ace(ACCESS_ALLOWED, OBJECT_INHERIT | CONTAINER_INHERIT, 0x1F01FF, "S-1-5-18"),
    ]
    assert winacl.private_entries(ME, folder=False) == [
        Ace(ACCESS_ALLOWED, 0, FILE_ALL_ACCESS, ME), Ace(ACCESS_ALLOWED, 0, FILE_ALL_ACCESS, SYSTEM_SID)]
    assert winacl.is_private(winacl.private_entries(ME, True), ME)


@pytest.mark.parametrize(("entries", "private"), [
    ([Ace(ACCESS_ALLOWED, 0, FILE_ALL_ACCESS, ME)], True),
    ([Ace(ACCESS_ALLOWED, INHERITED, FILE_ALL_ACCESS, ME), Ace(ACCESS_ALLOWED, INHERITED, FILE_ALL_ACCESS, SYSTEM_SID)],
     True),  # inherited from an owner-only folder
    ([Ace(ACCESS_DENIED, 0, FILE_ALL_ACCESS, EVERYONE), Ace(ACCESS_ALLOWED, 0, FILE_ALL_ACCESS, ME)], True),
    ([], True),  # an empty list lets nobody in (the owner can still change it)
    (None, False),  # a NULL DACL: everyone may do everything
    ([Ace(ACCESS_ALLOWED, INHERITED, FILE_ALL_ACCESS, ME), Ace(ACCESS_ALLOWED, INHERITED, READ, USERS)], False),
    ([Ace(ACCESS_ALLOWED, 0, FILE_ALL_ACCESS, ME), Ace(ACCESS_ALLOWED, 0, READ, EVERYONE)], False),
    ([Ace(ACCESS_ALLOWED, 0, FILE_ALL_ACCESS, ME), Ace(ACCESS_ALLOWED, 0, FILE_ALL_ACCESS, ADMINISTRATORS)], False),
    ([Ace(ACCESS_ALLOWED, 0, FILE_ALL_ACCESS, ME),
      Ace(ACCESS_ALLOWED, OBJECT_INHERIT | INHERIT_ONLY, FILE_ALL_ACCESS, CREATOR_OWNER)], False),
], ids=["mine", "inherited-mine", "deny-others", "empty", "null", "users-inherited", "everyone", "admins",
        "creator-owner-passed-on"])
def test_an_owner_only_list_is_told_from_one_that_lets_others_in(entries, private):
    assert winacl.is_private(entries, ME) is private


def test_the_icacls_line_for_a_folder_and_a_file(tmp_path):
    assert winacl.icacls_command(tmp_path / "TotalNet", ME, folder=True) == [
        "icacls", str(tmp_path / "TotalNet"), "/inheritance:r", "/grant:r", f"*{ME}:(OI)(CI)F",
        "*S-1-5-18:(OI)(CI)F"]
    assert winacl.icacls_command(tmp_path / "a.csv", ME, folder=False)[-2:] == [f"*{ME}:F", "*S-1-5-18:F"]


def test_the_files_and_folders_an_install_has_tightened_are_the_apps(tmp_path):
    """The same list is tightened on POSIX (modes) and on Windows (access lists)."""
    resolved = paths.resolve(tmp_path / "data")
    for folder in (resolved.data_dir, resolved.log_dir, resolved.backup_dir):
        folder.mkdir(parents=True, exist_ok=True)
    made = [resolved.db_path, resolved.db_path.with_name("totalnet.sqlite3-wal"),
            resolved.db_path.with_name("totalnet.sqlite3.salt"), resolved.settings_path,
            resolved.log_file, resolved.log_dir / "totalnet.log.1", resolved.log_dir / "crash.log",
            resolved.backup_dir / "totalnet-2026-12-01.sqlite3"]
    for path in made:
        path.write_bytes(b"x")
    (resolved.data_dir / "my own notes.txt").write_text("mine")  # the user's, not the app's
    (resolved.data_dir / "exports").mkdir()  # a folder of the user's
    expected = sorted([resolved.data_dir, resolved.log_dir, resolved.backup_dir, *made])
    assert sorted(paths.app_items(resolved)) == expected
    if os.name == "posix":
        for path in expected:
            path.chmod(0o755 if path.is_dir() else 0o644)
        assert paths.tighten(resolved) == len(expected)
        assert paths.tighten(resolved) == 0
        assert (resolved.data_dir / "my own notes.txt").stat().st_mode & 0o777 != 0o600


def test_off_windows_nothing_reads_or_writes_an_access_list():
    if os.name == "nt":
        pytest.skip("on Windows the tests below run instead")
    assert not winacl.available()


windows = pytest.mark.skipif(not winacl.available(), reason=(
    "reading and writing a real Windows access list needs Windows and pywin32; this machine is "
    f"{os.name!r}" + ("" if os.name != "nt" else " without pywin32")))


@windows
def test_a_new_data_folder_and_its_files_are_the_users_alone(tmp_path):  # pragma: no cover - Windows
    folder = paths.private_dir(tmp_path / "TotalNetData" / "backups")
    file = paths.private_file(folder / "totalnet-2026-12-01.sqlite3")
    me = winacl.current_user_sid()
    for path in (folder.parent, folder, file):
        entries = winacl.read(path)
        assert winacl.is_private(entries, me), (path, entries)
        assert {e.sid for e in entries if e.kind == ACCESS_ALLOWED} == {me, SYSTEM_SID}


@windows
def test_an_older_install_is_tightened_once(tmp_path):  # pragma: no cover - Windows
    resolved = paths.resolve(tmp_path / "data")
    resolved.data_dir.mkdir()  # made the old way: inherits the temp folder's list
    resolved.db_path.write_bytes(b"x")
    me = winacl.current_user_sid()
    winacl.write(resolved.db_path, [*winacl.private_entries(me, False), Ace(ACCESS_ALLOWED, 0, READ, USERS)])
    assert not winacl.is_private(winacl.read(resolved.db_path), me)
    assert paths.tighten(resolved) >= 1
    assert winacl.is_private(winacl.read(resolved.db_path), me)
    assert paths.tighten(resolved) == 0
