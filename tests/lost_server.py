"""A desk whose chapter server goes away and comes back, for the screens' tests: the real throwaway
cluster stopped and started with pg_ctl (pgcluster.Cluster.pause/resume), the window's lost state
awaited. Imported only by tests that run with --engine postgres."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from totalnet_desktop.core.store.errors import ServerLostError
from totalnet_desktop.views.shell.context import AppContext
from totalnet_desktop.views.shell.main_window import MainWindow

WAIT_MS = 15000  # a bound for a busy machine, not a speed claim

# What a write refused while the server is away says (core.store.server.lost_error), and what the
# window's disabled writing buttons say (views.shell.read_only_gate).
REFUSED = "cannot be reached; nothing of this change was saved."
HELD = "cannot be reached: changes are refused until it is back."


def open_window(session, qtbot) -> MainWindow:
    """The main window on ``session`` (open_session(data_dir, database=server)), on screen."""
    window = MainWindow(AppContext(session))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def stop(pg_cluster) -> None:
    """The server stops now; the window has not noticed yet (no event has run since)."""
    pg_cluster.pause()


def noticed(window, qtbot) -> None:
    """Wait until the window shows the lost state."""
    qtbot.waitUntil(window.server_link.banner.isVisible, timeout=WAIT_MS)


def back(window, pg_cluster, qtbot) -> None:
    """The server starts again; wait until the window knows."""
    pg_cluster.resume()
    qtbot.waitUntil(lambda: not window.server_link.banner.isVisible(), timeout=WAIT_MS)


def only_lost_errors(window, raised) -> None:
    """Reads under way when the server stopped reach Qt's hook as ServerLostError, which the window
    takes as the lost state; nothing else may have gone wrong."""
    for _, exc, _ in raised:
        assert isinstance(exc, ServerLostError) and window.server_link.absorb(exc), repr(exc)


def copied(view, qtbot) -> str:
    """Ctrl+C on a table: the current cell's text, from the clipboard."""
    QApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    return QApplication.clipboard().text()


def scrolls(table) -> bool:
    """The table scrolls to its end and back."""
    bar = table.verticalScrollBar()
    if bar.maximum() <= 0:
        return False
    bar.setValue(bar.maximum())
    at_end = bar.value() == bar.maximum()
    bar.setValue(0)
    return at_end and bar.value() == 0
