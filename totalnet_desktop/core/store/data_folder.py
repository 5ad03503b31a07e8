"""The data folder made ready for the database: created owner-only and writable, or a clear sentence.

``paths.py`` knows where the folders are and how to make them private; saying in the app's words why a
folder cannot hold the database is the store's (DataFolderError), so the check lives here and the
arrow runs one way: core/store uses paths, paths uses nothing of core.
"""

from __future__ import annotations

import os

from totalnet_desktop.core.store.errors import DataFolderError
from totalnet_desktop.paths import AppPaths, private_dir


def ensure(paths: AppPaths) -> AppPaths:
    """Create the data and log folders (owner-only); raise DataFolderError with a clear sentence."""
    for folder in (paths.data_dir, paths.log_dir):
        try:
            private_dir(folder)
        except OSError as exc:
            raise DataFolderError(f"Cannot create the data folder {folder}: {exc.strerror or exc}.") from exc
    if not os.access(paths.data_dir, os.W_OK):
        raise DataFolderError(f"The data folder {paths.data_dir} is not writable.")
    return paths
