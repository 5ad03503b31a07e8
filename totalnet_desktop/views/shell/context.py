"""What every screen receives: the open session, window settings and a change bus."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QSettings, Signal

from totalnet_desktop.core.store.session import Session


class DataBus(QObject):
    """Screens announce and hear data changes. ``changed`` carries a topic such as
    'contacts', 'meetings', 'followups' or 'all'."""

    changed = Signal(str)
    # A screen asks the main window to show a contact (Contacts screen opens it).
    open_contact = Signal(int)


@dataclass
class AppContext:
    session: Session
    bus: DataBus = field(default_factory=DataBus)
    # On a chapter server whose login has no "me" yet, ask who they are after connecting (the app sets
    # it; windows made by tests ask only when a test says so).
    ask_who_i_am: bool = False

    @property
    def paths(self):
        return self.session.paths

    def qsettings(self, writing: bool = False) -> QSettings:
        """Window state, kept in the data folder (not the registry) so each data folder has its own.

        ``writing``: the file is made first, owner-only (issue 20); Qt keeps an existing file's mode."""
        if writing:
            from totalnet_desktop import paths

            with contextlib.suppress(OSError):
                paths.private_file(self.paths.settings_path)
        return QSettings(str(self.paths.settings_path), QSettings.Format.IniFormat)
