"""Shared fixtures: every test gets its own data folder with a real SQLite file.

The engine: ``--engine postgres`` (or ``TOTALNET_TEST_ENGINE=postgres``) runs every test against a
throwaway PostgreSQL cluster (tests/pgcluster.py), each on a fresh database, except the tests about
the SQLite file itself (marker ``sqlite_only`` or tests/pg_pending.SQLITE_ONLY: deselected) and those
not ported yet (pg_pending.PENDING: skipped with a reason). ``postgres_only`` tests run only there.
Without PostgreSQL binaries that run is skipped with one line.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import log_check
import pg_pending
import pgcluster
import pytest

from totalnet_desktop.core.store import cipher
from totalnet_desktop.core.store import db as db_mod

ENV_ENGINE = "TOTALNET_TEST_ENGINE"
_SKIPPED_LINE: list[str] = []


def pytest_addoption(parser):
    parser.addoption("--engine", choices=("sqlite", "postgres"), default=os.environ.get(ENV_ENGINE, "sqlite"),
                     help="database engine of this run: sqlite (every test) or postgres (tests marked "
                          "both_engines, on a throwaway cluster); default $TOTALNET_TEST_ENGINE or sqlite")


def pytest_configure(config):
    config.addinivalue_line("markers", "both_engines: the test also runs on PostgreSQL (--engine postgres)")
    config.addinivalue_line("markers", "postgres_only: the test needs a PostgreSQL server (--engine postgres)")
    config.addinivalue_line("markers", "sqlite_only: the test is about the SQLite file itself (not run on "
                                       "--engine postgres)")


def runs_on_server(item) -> bool:
    """On a PostgreSQL run: does this test use the server (everything but the SQLite-only tests)?"""
    return not (item.get_closest_marker("sqlite_only") or pg_pending.sqlite_only(item.nodeid))


def pytest_collection_modifyitems(config, items):
    engine = config.getoption("--engine")
    if engine == "postgres":
        keep = [i for i in items if runs_on_server(i)]
        run_pending = os.environ.get("TOTALNET_PG_RUN_PENDING") == "1"  # to see what is left
        for item in keep:
            if pg_pending.is_pending(item.nodeid) and not run_pending:
                item.add_marker(pytest.mark.skip(reason=pg_pending.REASON))
        if pgcluster.find_bin() is None:
            reason = ("PostgreSQL run skipped: no initdb/pg_ctl found (install the distribution's "
                      "postgresql package, or set TOTALNET_PG_BIN)")
            _SKIPPED_LINE.append(reason)
            for item in keep:
                item.add_marker(pytest.mark.skip(reason=reason))
    else:
        keep = [i for i in items if not i.get_closest_marker("postgres_only")]
    dropped = [i for i in items if i not in keep]
    if dropped:
        config.hook.pytest_deselected(items=dropped)
        items[:] = keep


def pytest_terminal_summary(terminalreporter):
    for line in _SKIPPED_LINE:
        terminalreporter.write_line(line, yellow=True)
    log_check.summary(terminalreporter)


def pytest_sessionstart(session):
    log_check.start(session)


@pytest.hookimpl(tryfirst=True)
def pytest_sessionfinish(session, exitstatus):
    """After the whole suite: no log the run wrote names a person of the sample chapter (issue 20)."""
    log_check.finish(session)


@pytest.fixture(scope="session")
def engine_name(pytestconfig) -> str:
    """'sqlite' or 'postgres': the engine this run tests."""
    return pytestconfig.getoption("--engine")


@pytest.fixture(scope="session")
def pg_cluster(engine_name):
    """The session's throwaway PostgreSQL cluster, with a migrated template database."""
    if engine_name != "postgres":
        pytest.skip("needs --engine postgres")
    bin_dir = pgcluster.find_bin()
    if bin_dir is None:
        pytest.skip("no PostgreSQL binaries")
    cluster = pgcluster.Cluster(bin_dir)
    cluster.start()
    try:
        cluster.admin(f"CREATE DATABASE {cluster.template} TEMPLATE template0")
        db_mod.open_server(cluster.url(cluster.template))
        db_mod.close_database()
        cluster.seal_template()
        yield cluster
    finally:
        db_mod.close_database()
        cluster.stop()


@pytest.fixture
def empty_server(pg_cluster):
    """The address of a new, empty PostgreSQL database (dropped after the test)."""
    name = pg_cluster.new_database()
    yield pg_cluster.url(name)
    db_mod.close_database()
    pg_cluster.drop(name)


@pytest.fixture(scope="session")
def qapp(qapp_args, qapp_cls):
    """pytest-qt's application, speaking English with its catalogue (plural forms: '1 item', '2 items')."""
    from totalnet_desktop import i18n

    app = qapp_cls.instance() or qapp_cls(qapp_args)
    i18n.install("en")
    yield app


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch, request, engine_name):
    """Point the app's data folder into a temporary folder before every test; on a PostgreSQL run
    point the database at a fresh server database as well (TOTALNET_DATABASE)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("TOTALNET_DATA_DIR", str(folder))
    monkeypatch.delenv("TOTALNET_DATABASE", raising=False)
    cluster = name = None
    if engine_name == "postgres" and not request.node.get_closest_marker("postgres_only"):
        cluster = request.getfixturevalue("pg_cluster")
        name = cluster.take()
        monkeypatch.setenv("TOTALNET_DATABASE", cluster.url(name))
    yield folder
    _close_stray_dialogs()
    db_mod.close_database()
    cipher.set_passphrase(None)  # a protected file's passphrase never carries over to the next test
    cipher.offer(None)
    if cluster is not None:
        cluster.give_back(name)  # reset to the template's state for the next test, or dropped


class _Borrowed:
    """Server databases a test takes from the cluster, in the template's state; handed back after it."""

    def __init__(self, request) -> None:
        self.request = request
        self.names: list[str] = []

    def take(self) -> str:
        cluster = self.request.getfixturevalue("pg_cluster")
        self.names.append(cluster.take())
        return cluster.url(self.names[-1])

    def give_back(self) -> None:
        if self.names:
            db_mod.close_database()
            cluster = self.request.getfixturevalue("pg_cluster")
            for name in self.names:
                cluster.give_back(name)


@pytest.fixture
def another_database(engine_name, request, monkeypatch):
    """Call it to make the next session open a second, fresh database: on SQLite a new data folder
    does that by itself; on a PostgreSQL run TOTALNET_DATABASE moves to another fresh server database
    (handed back after the test)."""
    borrowed = _Borrowed(request)

    def switch() -> None:
        if engine_name == "postgres":
            monkeypatch.setenv("TOTALNET_DATABASE", borrowed.take())

    yield switch
    borrowed.give_back()


@pytest.fixture
def fresh_target(engine_name, request, tmp_path):
    """Call it with a name for the target of another fresh database (for ``db.open_target``): a new
    SQLite file in the test's folder, or on a PostgreSQL run another server database in the template's
    state (handed back after the test)."""
    borrowed = _Borrowed(request)

    def make(name: str):
        return tmp_path / f"{name}.sqlite3" if engine_name != "postgres" else borrowed.take()

    yield make
    borrowed.give_back()


@pytest.fixture
def empty_target(engine_name, request, tmp_path):
    """Where a test builds a database of an older schema version (``dbsnap.open_at_version``): a new
    SQLite file, or on a PostgreSQL run a new, empty server database (dropped after the test)."""
    if engine_name == "postgres":
        return request.getfixturevalue("empty_server")
    return tmp_path / "old.sqlite3"


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
def file_keyring(tmp_path, monkeypatch):
    """A real keyring backend that keeps its secrets in a file of this test (not the user's); the
    server passwords typed during the test are forgotten after it."""
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from totalnet_desktop.core.store import server_login

    before = keyring.get_keyring()
    ring = PlaintextKeyring()
    ring.file_path = str(tmp_path / "keyring" / "keyring_pass.cfg")
    keyring.set_keyring(ring)
    monkeypatch.setenv(server_login.ENV_PLAINTEXT_OK, "1")  # plain text is refused unless a test allows it
    yield ring
    keyring.set_keyring(before)
    server_login._typed.clear()


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


@pytest.fixture
def sample_window(ctx, qtbot):
    """The main window shown on the sample chapter."""
    from totalnet_desktop.core.demo import loader
    from totalnet_desktop.views.shell.main_window import MainWindow

    loader.generate()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _stretched_in(language: str, monkeypatch):
    from totalnet_desktop import i18n

    monkeypatch.setenv(i18n.STRETCH_ENV, "1")
    i18n.install(language)
    yield
    monkeypatch.delenv(i18n.STRETCH_ENV, raising=False)
    i18n.install("en")


@pytest.fixture
def stretched(qapp, monkeypatch):
    """English with every string 40% longer (TOTALNET_STRING_STRETCH), back to plain English after."""
    yield from _stretched_in("en", monkeypatch)


@pytest.fixture
def arabic_stretched(qapp, monkeypatch):
    """Arabic with every string 40% longer, back to plain English after."""
    yield from _stretched_in("ar", monkeypatch)
