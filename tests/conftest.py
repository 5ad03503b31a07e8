"""Shared fixtures: every test gets its own data folder with a real SQLite file."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from totalnet_desktop.core.store import db as db_mod


@pytest.fixture(scope="session")
def qapp(qapp_args, qapp_cls):
    """pytest-qt's application, speaking English with its catalogue (plural forms: '1 item', '2 items')."""
    from totalnet_desktop import i18n

    app = qapp_cls.instance() or qapp_cls(qapp_args)
    i18n.install("en")
    yield app


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Point the app's data folder into a temporary folder before every test."""
    folder = tmp_path / "data"
    monkeypatch.setenv("TOTALNET_DATA_DIR", str(folder))
    yield folder
    _close_stray_dialogs()
    db_mod.close_database()


def _close_stray_dialogs() -> None:
    """A failing dialog test can leave a modal dialog open, which would eat later tests' keys."""
    from PySide6.QtWidgets import QApplication, QDialog

    app = QApplication.instance()
    if app is None:
        return
    for _ in range(10):
        modal = QApplication.activeModalWidget()
        if modal is None:
            break
        if isinstance(modal, QDialog):
            modal.reject()
        modal.close()
        modal.deleteLater()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            widget.reject()
            widget.deleteLater()
    # Closed main windows keep their application-wide shortcuts alive until deleted; a pile of them
    # makes Ctrl+Z or Ctrl+2 ambiguous in later tests. pytest-qt has already called deleteLater() on
    # the widgets it knows; run those deletions now, and delete any window it did not know.
    from PySide6.QtCore import QEvent

    from totalnet_desktop.views.shell.main_window import MainWindow

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def session(data_dir):
    """An opened, migrated database in the test's data folder."""
    from totalnet_desktop.core.store.session import open_session

    return open_session(data_dir)


@pytest.fixture
def db(session):
    """The bound peewee database handle (opened in the test's data folder)."""
    from totalnet_desktop.core.store.models import database

    return database


@pytest.fixture
def ctx(session, qapp):
    """The context every screen receives."""
    from totalnet_desktop.views.shell.context import AppContext

    return AppContext(session)


@pytest.fixture
def main_window(ctx, qtbot):
    from totalnet_desktop.views.shell.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
