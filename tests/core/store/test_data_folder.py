"""The data folder made ready for the database, or a clear sentence saying why not."""

from __future__ import annotations

import os

import pytest

from totalnet_desktop import paths
from totalnet_desktop.core.store.data_folder import ensure
from totalnet_desktop.core.store.errors import DataFolderError


def test_unwritable_data_dir_is_a_clear_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(DataFolderError, match="Cannot create the data folder"):
        ensure(paths.resolve(blocker / "sub"))


def test_the_folders_are_made_owner_only(tmp_path):
    resolved = ensure(paths.resolve(tmp_path / "new" / "data"))
    assert resolved.data_dir.is_dir() and resolved.log_dir.is_dir()
    if os.name == "posix":
        assert resolved.data_dir.stat().st_mode & 0o777 == 0o700
