"""Wiring: paths, logging, database, QApplication, main window."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import os
import sys
import traceback

from totalnet_desktop import APP_NAME, __version__, paths

logger = logging.getLogger(__name__)
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateFormatter(logging.Formatter):
    """The log's lines: an exception is written as its type and its frames (file, line, function),
    without its words or the source lines, which may name a person or quote a note (issue 20)."""

    def formatException(self, ei) -> str:
        exc_type, _exc, tb = ei
        name = exc_type.__name__ if exc_type is not None else "Exception"
        return f"{name} (its message is not logged)\n{frames_only(tb)}".rstrip("\n")


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log file and each new one after a rollover are owner-only (issue 20)."""

    def _open(self):
        paths.private_file(self.baseFilename)
        return super()._open()


def setup_logging(log_file) -> None:
    """Rotating log file in the log folder (falls back to stderr when it cannot be written)."""
    root = logging.getLogger()
    if any(getattr(h, "_totalnet", False) for h in root.handlers):
        return
    try:
        paths.private_dir(log_file.parent)
        handler: logging.Handler = PrivateRotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler(sys.stderr)
    handler._totalnet = True  # type: ignore[attr-defined]
    handler.setFormatter(PrivateFormatter(LOG_FORMAT))
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def frames_only(tb) -> str:
    """A traceback's frames as 'File, line, in function' lines, without their source text."""
    return "".join(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}\n'
                   for frame in traceback.extract_tb(tb))


def install_excepthook(parent_getter, log_file=None, on_damage=None) -> None:
    """Show unexpected exceptions in a dialog (Copy details, log folder) and log them; the app keeps running.

    ``on_damage(exc)``: asked first; True when the error was a damaged database file and the recovery
    dialog dealt with it (no crash dialog then)."""
    showing: list[bool] = []  # a dialog is open: further errors (e.g. from a repaint behind it) are only logged

    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        # The log keeps where it happened, not the exception's words nor the source lines (either
        # may hold a name or a note: a literal, an f-string's text).
        logger.error("unexpected error %s\n%s", exc_type.__name__, frames_only(tb))
        if showing:
            return
        if on_damage is not None:
            showing.append(True)
            try:
                if on_damage(exc):
                    return
            finally:
                showing.clear()
        # Loaded on the first error, not at every start.
        from totalnet_desktop import crash_report
        from totalnet_desktop.views.shell.crash_dialog import CrashDialog

        details = crash_report.details(exc_type, exc, tb, log_file)
        log_dir = log_file.parent if log_file is not None else None
        if log_dir is not None:
            crash_report.record(details, log_dir)
        box = CrashDialog(details, log_dir, parent_getter())
        showing.append(box)
        try:
            box.exec()
        finally:
            showing.clear()
            box.deleteLater()

    sys.excepthook = hook


def create_application(argv=None):
    """The QApplication with the app's names and icon (reuses an existing instance)."""
    from PySide6.QtGui import QIcon

    from totalnet_desktop.qtapp import widgets_application

    app = widgets_application(argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    icon = paths.resources_dir() / "icons" / "totalnet.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def apply_language_and_theme(resolved, lang: str | None = None) -> str:
    """Language (--lang, Preferences, system) and colours (Preferences, system) before any window."""
    from PySide6.QtCore import QSettings

    from totalnet_desktop import i18n
    from totalnet_desktop.views.shell import theme

    settings = QSettings(str(resolved.settings_path), QSettings.Format.IniFormat)
    saved = settings.value(i18n.SETTING)
    code = i18n.install(i18n.choose(lang, str(saved) if saved else None),
                        str(settings.value(i18n.DIGITS_SETTING, "western")))
    # TOTALNET_THEME=light|dark|system overrides the preference (to look at both without changing it).
    theme.apply(os.environ.get("TOTALNET_THEME") or theme.load_preference(settings))
    return code


def run_gui(data_dir=None, argv=None, smoke_test: bool = False, lang: str | None = None) -> int:
    """Open the desktop app; return the process exit status."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from totalnet_desktop.core.store import db
    from totalnet_desktop.i18n import translate
    from totalnet_desktop.single_instance import (
        ACTIVATED,
        FOREIGN,
        PRIMARY,
        SingleInstance,
        ask_start_anyway,
        bring_to_front,
        foreign_message,
    )
    from totalnet_desktop.views.shell.recovery_dialog import open_session_with_recovery

    resolved = paths.resolve(data_dir)
    _prefetch_key(resolved.db_path)  # a protected file's key is stretched while Qt loads
    app = create_application(argv)
    setup_logging(resolved.log_file)
    apply_language_and_theme(resolved, lang)
    # One window per data folder: a second launch brings the running one to the front and exits.
    instance = SingleInstance(resolved.data_dir)
    claim = instance.claim()
    if claim == ACTIVATED:
        return 0
    if claim == FOREIGN:
        path = instance.foreign_path()
        logger.warning("single-instance file owned by another user: %s", path)
        QMessageBox.warning(None, translate("SingleInstance", "TotalNet cannot start"),
                            foreign_message(path) if path else "")
        return 1
    if claim != PRIMARY:
        # Frozen (or very busy) first instance: say so, and let the user start anyway.
        logger.warning("the running instance on %s did not answer", resolved.data_dir)
        if not ask_start_anyway(resolved.data_dir):
            return 1
    # Damaged file: recovery dialog; newer schema, read-only folder: one clear message. The daily
    # check and backup wait until the window is on screen (DailyCheck, below).
    window = session = None
    while window is None:
        session = open_session_with_recovery(data_dir, daily_check=False)
        if session is None:
            instance.release()
            return 2
        window = _main_window(session)
        if window is False:  # a damaged file the user chose not to repair
            instance.release()
            return 2
    from totalnet_desktop.views.shell.daily_check import DailyCheck

    install_excepthook(lambda: window, resolved.log_file,
                       on_damage=lambda exc: window.server_link.absorb(exc)
                       or _damaged_later(app, window, exc, data_dir))
    instance.activated.connect(lambda: bring_to_front(window))
    checker = DailyCheck(session.db_path, session.paths.backup_dir)
    checker.damaged.connect(lambda diagnosis: _damaged_at_start(app, window, checker, diagnosis, data_dir))
    window.first_painted.connect(checker.start)
    # TOTALNET_SMOKE_TEST=window: quit once the window has painted (with the first rows of Contacts on a
    # database that has contacts): the start-up benchmark's end point.
    if os.environ.get("TOTALNET_SMOKE_TEST") == "window" and not smoke_test:
        def at_first_paint() -> None:  # the process ends here: nothing that runs later is counted
            _end_smoke_test(app, window)
            checker.wait()
            db.close_database()
            instance.release()
            quit_process(0)

        window.first_painted.connect(at_first_paint)
    window.show()
    if smoke_test or os.environ.get("TOTALNET_SMOKE_TEST") == "1":
        # Built-app check (.ci/run): the window opened; quit after the first turn of the event loop.
        QTimer.singleShot(0, lambda: _end_smoke_test(app, window))
    status = app.exec()
    # Today's check and backup finish before the file is closed; quit before the first paint: run now.
    checker.start()
    checker.wait()
    db.close_database()
    instance.release()
    return status


def _main_window(session):
    """The main window on ``session``; None after a damaged file was recovered (open it again), False
    when it was not.

    The window's first queries are the first reads of the file: a damaged page found there gets the
    recovery dialog at once instead of waiting for the daily check."""
    import sqlite3

    import peewee

    from totalnet_desktop.core.store import db, recovery
    from totalnet_desktop.views.shell.context import AppContext
    from totalnet_desktop.views.shell.main_window import MainWindow
    from totalnet_desktop.views.shell.recovery_dialog import recover

    try:
        return MainWindow(AppContext(session, ask_who_i_am=True))
    except (peewee.DatabaseError, sqlite3.DatabaseError) as exc:
        db.close_database()
        if recover(session.db_path, recovery.diagnose(session.db_path), None, f"{exc}."):
            return None
        return False


def _damaged_at_start(app, window, checker, diagnosis, data_dir) -> None:
    """The daily check found the file damaged: offer the recovery dialog; reopen what it leaves."""
    from totalnet_desktop.views.shell.recovery_dialog import recover_in_place

    checker.wait()
    if not recover_in_place(window, data_dir, diagnosis, diagnosis.message):
        window.hide()
        app.exit(2)
        return
    # A fresh check of the restored (or new) file, then today's backup of it.
    from totalnet_desktop.views.shell.daily_check import DailyCheck

    again = DailyCheck(checker.db_path, checker.backup_dir, window)
    again.start()
    again.wait()


def _damaged_later(app, window, exc: BaseException, data_dir) -> bool:
    """A query failed while the app ran: when the file is damaged, the same recovery dialog as at
    start-up instead of the error dialog; False for any other error."""
    from totalnet_desktop.core.store import recovery
    from totalnet_desktop.views.shell.recovery_dialog import recover_in_place

    diagnosis = recovery.damage_behind(exc, window.ctx.session.db_path)
    if diagnosis is None:
        return False
    logger.error("a damaged database file was found while the app ran (%s)", diagnosis.state)
    if not recover_in_place(window, data_dir, diagnosis, diagnosis.message):
        window.hide()
        app.exit(2)
    return True


def _prefetch_key(db_path) -> None:
    from totalnet_desktop.core.store import cipher
    from totalnet_desktop.core.store.session import passphrase_from_environment

    # The file's first bytes first: a plain database never loads the SQLCipher library at start-up.
    if cipher.looks_protected(db_path) and cipher.available():
        passphrase = passphrase_from_environment(db_path)
        if passphrase:
            cipher.prefetch(db_path, passphrase)


def _end_smoke_test(app, window) -> None:
    """Built-app check: the window is shown and every screen builds (screens and undo handlers are
    imported by name, which a bundle's import scan can miss); one line, exit 0 or 1. With
    TOTALNET_SMOKE_TEST=window only the shown window (the start-up benchmark stops its clock there)."""
    from totalnet_desktop.views.shell.main_window import SCREEN_KEYS

    shown = window.isVisible()
    failed = ""
    if shown and os.environ.get("TOTALNET_SMOKE_TEST") != "window":
        for key in SCREEN_KEYS:
            try:
                window.screens[key]  # built here, so a failure is caught here rather than in a slot
                window.show_screen(key)
                app.processEvents()
            except Exception as exc:  # noqa: BLE001 - the smoke line names what failed
                failed = f"; screen {key} failed: {type(exc).__name__}: {exc}"
                break
    state = "shown" if shown else "NOT shown"
    print(f"{APP_NAME} {__version__} smoke test: main window {state}{failed}", flush=True)
    app.exit(0 if shown and not failed else 1)


def main(argv=None) -> int:
    """Entry point of the ``totalnet-desktop`` GUI script."""
    parser = argparse.ArgumentParser(prog="totalnet-desktop")
    parser.add_argument("--data-dir")
    parser.add_argument("--lang")
    args, _ = parser.parse_known_args(argv)
    return quit_process(run_gui(args.data_dir, lang=args.lang))


def quit_process(status: int) -> int:
    """End the GUI process at once: the data is closed and the settings written by now, and tearing
    down every Qt object and Python list one by one took about 0.3 s with 100,000 contacts."""
    if os.environ.get("TOTALNET_SLOW_EXIT") == "1":  # leak checkers and profilers need the teardown
        return status
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)


if __name__ == "__main__":
    sys.exit(main())
