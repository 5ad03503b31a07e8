"""The main window: a thin host for navigation, menus and the status bar."""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Iterator, Mapping

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop import __version__, paths
from totalnet_desktop.core.store import overview
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, path_text, translate
from totalnet_desktop.i18n import number as locale_number
from totalnet_desktop.theme import palette
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.context import AppContext
from totalnet_desktop.views.shell.reminder_bar import ReminderQuestion
from totalnet_desktop.views.shell.reminders import Reminders
from totalnet_desktop.views.shell.screen import Screen
from totalnet_desktop.views.shell.shortcut_guard import ShortcutGuard
from totalnet_desktop.views.shell.welcome import WelcomeView

logger = logging.getLogger(__name__)



def nav_style(colours: dict[str, str], right_to_left: bool = False) -> str:
    """The sidebar's style sheet; the accent bar sits on the side next to the screens' start."""
    edge = "border-right" if right_to_left else "border-left"
    return (
        f"QListWidget#navigation {{ background: {colours['background']}; border: none; padding-top: 12px;"
        f" outline: 0; }}\n"
        f"QListWidget#navigation::item {{ color: {colours['text']}; padding: 8px 14px;"
        f" {edge}: 4px solid transparent; }}\n"
        f"QListWidget#navigation::item:selected {{ background: {colours['selected']};"
        f" color: {colours['selected_text']}; {edge}: 4px solid {colours['accent']}; }}\n"
        f"QListWidget#navigation::item:hover:!selected {{ background: {colours['hover']}; }}\n"
        f"QListWidget#navigation::item:focus {{ outline: 1px dashed {colours['accent']}; }}\n"
    )

# (key, title, module, class): each screen's module is imported and its widget built when the screen
# is first needed (shown, or asked for), so start-up pays only for the first screen. The titles are
# the screens' own ``title`` (a test checks they agree).
SCREENS = (("contacts", QT_TRANSLATE_NOOP("Screen", "Contacts"), "totalnet_desktop.views.contacts.view", "ContactsView"),
           ("meeting", QT_TRANSLATE_NOOP("Screen", "Meeting day"), "totalnet_desktop.views.meeting.view",
            "MeetingView"),
           ("followups", QT_TRANSLATE_NOOP("Screen", "Follow-ups"), "totalnet_desktop.views.followups.view",
            "FollowUpsView"),
           ("insights", QT_TRANSLATE_NOOP("Screen", "Insights"), "totalnet_desktop.views.insights.view",
            "InsightsView"),
           ("chapter", QT_TRANSLATE_NOOP("Screen", "Chapter"), "totalnet_desktop.views.chapter.view", "ChapterView"))
SCREEN_KEYS = tuple(key for key, *_ in SCREENS)


def screen_class(key: str) -> type[Screen]:
    """The class of a screen (imports its module)."""
    _, _, module, name = SCREENS[SCREEN_KEYS.index(key)]
    return getattr(importlib.import_module(module), name)


def first_size(available: QSize | None) -> QSize:
    """The window's size at the first start: 1280x800, or the screen's free area on a smaller screen (a
    1024x700 laptop gets a window that fits rather than one that runs off its edge)."""
    wanted = QSize(1280, 800)
    return wanted if available is None or available.isEmpty() else wanted.boundedTo(available)


class LazyScreens(Mapping):
    """The main window's screens by key; ``screens[key]`` builds a screen on first use. Iterating
    gives only the screens built so far."""

    def __init__(self, build: Callable[[str], Screen]) -> None:
        self._build = build
        self._built: dict[str, Screen] = {}

    def __getitem__(self, key: str) -> Screen:
        if key not in self._built:
            if key not in SCREEN_KEYS:
                raise KeyError(key)
            self._built[key] = self._build(key)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter([k for k in SCREEN_KEYS if k in self._built])

    def __len__(self) -> int:
        return len(self._built)

    def is_built(self, key: str) -> bool:
        return key in self._built

    def build_all(self) -> list[Screen]:
        """Every screen, building those not built yet (the F1 sheet lists every screen's keys)."""
        return [self[key] for key in SCREEN_KEYS]


PREBUILD_GAP_MS = 150  # between building the other screens after the first paint


def screen_title(screen) -> str:
    """A screen's name in the user's language."""
    return translate("Screen", screen.title)


class MainWindow(QMainWindow):
    # Emitted once, after the window's first paint (deferred start-up work hooks in here).
    first_painted = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(paths.window_title(ctx.paths))  # with the database's name: ServerLink
        self.setMinimumSize(QSize(960, 600))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setFixedWidth(190)
        self._style_nav()
        theme.notifier().changed.connect(self._theme_changed)
        self.nav.setIconSize(QSize(20, 20))
        # The sidebar never takes keyboard focus (Ctrl+1..4 switch screens): focus stays in each
        # screen's own box, e.g. the meeting-day check-in field.
        self.nav.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stack = QStackedWidget()
        self.screens = LazyScreens(self._build_screen)
        for key, _title, *_ in SCREENS:
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setSizeHint(QSize(170, 44))
            self.nav.addItem(item)
        self._name_nav_items()
        self._painted = False
        self._retranslating = False
        self._make_welcome()

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)
        self.reminders = Reminders(self, ctx.qsettings())
        self.reminders.open_followups.connect(lambda: self.show_screen("followups"))
        self._quitting = False
        self._right = right
        self._make_reminder_question()
        from totalnet_desktop.views.shell.server_link import ServerLink

        self.server_link = ServerLink(self)
        right.insertWidget(0, self.server_link.banner)  # above the reminder question
        right.insertWidget(0, self.server_link.copy_banner)
        from totalnet_desktop.views.shell.read_only_gate import ReadOnlyGate

        self.read_only_gate = ReadOnlyGate(self)
        right.addWidget(self.stack, 1)
        self.nav.currentRowChanged.connect(self._nav_changed)
        self._build_menus()
        self._install_shortcut_guard()
        from totalnet_desktop.views.shell.privacy import Locker

        self.locker = Locker(self)
        ctx.bus.changed.connect(self._data_changed)
        ctx.bus.open_contact.connect(self._open_contact)
        self._restore_geometry()
        if overview.is_empty():
            self.stack.setCurrentWidget(self.welcome)
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(-1)
            self.nav.blockSignals(False)
        else:
            self.show_screen("contacts")
        self.update_status()
        self.server_link.start()

    def _name_nav_items(self) -> None:
        for number, (_key, title, *_) in enumerate(SCREENS, start=1):
            item = self.nav.item(number - 1)
            item.setText(translate("Screen", title))
            item.setToolTip(f"{translate('Screen', title)} (Ctrl+{number})")

    def _make_welcome(self) -> None:
        self.welcome = WelcomeView(self)
        self.stack.insertWidget(0, self.welcome)
        self.welcome.load_sample.connect(self.load_sample)
        self.welcome.import_contacts.connect(self.import_contacts)
        self.welcome.set_up_chapter.connect(lambda: self.show_screen("meeting"))

    def _make_reminder_question(self) -> None:
        self.reminder_question = ReminderQuestion(self)
        self.reminder_question.answered.connect(self._reminders_answered)
        self.reminder_question.setVisible(not self.reminders.choices.asked)
        self._right.insertWidget(0, self.reminder_question)

    # ---- a language chosen in Preferences: everything again in it, without a restart -----------
    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "_retranslating") \
                and not self._retranslating:
            self._retranslating = True  # one rebuild for the several catalogues swapped at once
            QTimer.singleShot(0, self, self.retranslate)

    def retranslate(self) -> None:
        """Rebuild what shows words in the language now installed (``i18n.install``): menus, the
        sidebar, the welcome page, the reminder question, the tray menu and every screen. A screen is
        built anew, as at start-up (its words, number formats and direction come from its
        constructor); the screen in front and the open contact stay in front."""
        self._retranslating = False
        current = self.current_key()
        on_welcome = self.stack.currentWidget() is self.welcome
        screen = self.current_screen()
        contact_id = screen.selected_contact_id() if screen is not None else None
        self.setUpdatesEnabled(False)
        try:
            for action in self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly):
                if action.objectName().startswith("action_"):
                    action.deleteLater()
            for menu in self.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly):
                menu.deleteLater()
            self.menuBar().clear()
            self._build_menus()
            self.nav.setAccessibleName(self.tr("Screens"))
            self._name_nav_items()
            self._style_nav()  # the accent bar follows the reading side
            old_welcome, old_question = self.welcome, self.reminder_question
            self._make_welcome()
            self._make_reminder_question()
            for old in (old_welcome, old_question):
                old.hide()
                old.setParent(None)
                old.deleteLater()
            built = list(self.screens.values())
            self.screens = LazyScreens(self._build_screen)
            for old_screen in built:
                self.stack.removeWidget(old_screen)
                old_screen.hide()
                old_screen.deleteLater()
            if on_welcome or current is None:
                self.stack.setCurrentWidget(self.welcome)
            else:
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(SCREEN_KEYS.index(current))
                self.nav.blockSignals(False)
                self._nav_changed(SCREEN_KEYS.index(current))
                if current == "contacts" and contact_id is not None:  # the same person open again
                    # (only Contacts: Follow-ups' own open_contact opens the Contacts screen)
                    self._open_contact(contact_id)
            self.reminders.retranslate()
            self.update_status()
            self.read_only_gate.apply()  # the new menus' writing actions off again on a read-only database
        finally:
            self.setUpdatesEnabled(True)
        self._build_the_rest()

    # ---- screens, built on first use ---------------------------------------------------------
    def _build_screen(self, key: str) -> Screen:
        screen = screen_class(key)(self.ctx, self)
        screen.setObjectName(f"screen_{key}")
        self.stack.addWidget(screen)
        if hasattr(self, "read_only_gate"):  # a database that may only be read: its writing buttons off
            self.read_only_gate.screen_built(key, screen)
        if hasattr(self, "_shortcut_guard"):  # the screen's own keys beat text boxes' keys too
            self._shortcut_guard.keys.update(
                k.toString() for action in screen.findChildren(QAction) for k in action.shortcuts()
                if not k.isEmpty())
        return screen

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After the first paint: the work the first screen does not need, one step per turn of
            # the event loop so typing stays answered.
            QTimer.singleShot(0, self, self.after_first_paint)

    def after_first_paint(self) -> None:
        """Build the other screens in the background of the event loop, then fill the badges."""
        self.first_painted.emit()
        self._build_the_rest()

    def _build_the_rest(self) -> None:
        # Follow-ups first: its overdue count is the one badge in the navigation.
        pending = sorted((k for k in SCREEN_KEYS if not self.screens.is_built(k)), key=lambda k: k != "followups")

        def build_next() -> None:
            # Nothing to read while the chapter server is away, nor under a dialog: a modal job (Protect
            # with a passphrase) may be rewriting the file, and a read then would open it half-written.
            if pending and (self.server_link.lost or QApplication.activeModalWidget() is not None):
                QTimer.singleShot(PREBUILD_GAP_MS * 10, self, build_next)
                return
            if pending:
                self.screens[pending.pop(0)]
                self.refresh_badges()
                QTimer.singleShot(PREBUILD_GAP_MS, self, build_next)

        QTimer.singleShot(PREBUILD_GAP_MS, self, build_next)

    # ---- navigation ----------------------------------------------------------------------
    def current_key(self) -> str | None:
        widget = self.stack.currentWidget()
        for key, screen in self.screens.items():
            if screen is widget:
                return key
        return None

    def current_screen(self) -> Screen | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, Screen) else None

    def show_screen(self, key: str) -> Screen:
        """Make a screen current (Ctrl+1..4, the navigation, or another screen's request)."""
        self.nav.setCurrentRow(SCREEN_KEYS.index(key))
        return self.screens[key]

    def _nav_changed(self, row: int) -> None:
        if row < 0:
            return
        screen = self.screens[SCREEN_KEYS[row]]
        self.stack.setCurrentWidget(screen)
        screen.on_shown()
        self.refresh_badges()

    def refresh_badges(self) -> None:
        if self.server_link.lost:
            return  # counted again when the server is back (every screen reloads then)
        for key, screen in self.screens.items():  # screens not built yet have no badge yet
            row = SCREEN_KEYS.index(key)
            badge = screen.badge()
            self.nav.item(row).setText(f"{screen_title(screen)}  ({badge})" if badge else screen_title(screen))

    # ---- menus ---------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(slot)
        if name:
            action.setObjectName(name)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Import..."), self.import_contacts, "Ctrl+I", "action_import")
        self._action(file_menu, self.tr("Import &history..."), self.import_history, name="action_import_history")
        self._action(file_menu, self.tr("&Export..."), self.export_contacts, "Ctrl+E", "action_export")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("Connect to a &chapter server..."), self.connect_server,
                     name="action_connect_server")
        self._action(file_menu, self.tr("Use my &personal file"), self.use_personal_file, name="action_personal_file")
        self._action(file_menu, self.tr("P&ublish a meeting from a file..."), self.publish_meeting,
                     name="action_publish_meeting")
        self._action(file_menu, self.tr("&Open a copy read-only..."), self.open_copy, name="action_open_copy")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Back up now..."), self.backup_now, name="action_backup")
        self._action(file_menu, self.tr("&Restore from backup..."), self.restore_from_backup, name="action_restore")
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Lock"), self.lock, "Ctrl+Shift+L", "action_lock")
        file_menu.addSeparator()
        # Ctrl+Q on every platform (StandardKey.Quit is empty on Windows and offscreen); one action
        # only, since two actions on one key make Qt fire neither ("ambiguous shortcut").
        self._action(file_menu, self.tr("&Quit"), self.quit_app, "Ctrl+Q", "action_quit")

        edit_menu = bar.addMenu(self.tr("&Edit"))
        self._action(edit_menu, self.tr("&Undo"), self.undo, "Ctrl+Z", "action_undo")
        self._action(edit_menu, self.tr("&Find"), self.focus_search, "Ctrl+F", "action_find")
        self._action(edit_menu, self.tr("&New contact"), self.new_contact, "Ctrl+N", "action_new_contact")
        self._action(edit_menu, self.tr("Add &follow-up..."), self.add_followup, "Ctrl+Shift+F",
                     "action_add_followup")
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Preferences..."), self.open_preferences, "Ctrl+,", "action_preferences")

        view_menu = bar.addMenu(self.tr("&View"))
        for number, (key, title, *_) in enumerate(SCREENS, start=1):
            self._action(view_menu, translate("Screen", title), lambda _=False, k=key: self.show_screen(k),
                         f"Ctrl+{number}", f"action_screen_{key}")

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1", "action_shortcuts")
        self._action(help_menu, self.tr("&About TotalNet"), self.show_about, name="action_about")

    def _install_shortcut_guard(self) -> None:
        """Global keys beat text boxes' editing keys (Ctrl+Z stays with a text box: its own undo)."""
        keys = [key for action in self.findChildren(QAction) if action.objectName() != "action_undo"
                for key in action.shortcuts()]
        self._shortcut_guard = ShortcutGuard(keys, self)
        # From the event loop's first turn (no key reaches a text box before): building and painting
        # the window sends hundreds of events that need not pass through Python.
        QTimer.singleShot(0, self, lambda: QApplication.instance().installEventFilter(self._shortcut_guard))

    # ---- actions -------------------------------------------------------------------------
    def import_contacts(self) -> None:
        # Dialogs are imported on first use: they pull in the importer, vobject and icalendar,
        # which start-up does not need.
        from totalnet_desktop.views.exchange import import_dialog

        import_dialog.run_import_dialog(self.ctx, self)

    def import_history(self) -> None:
        from totalnet_desktop.views.exchange import history_dialog

        history_dialog.run_history_dialog(self.ctx, self)

    def export_contacts(self) -> None:
        ids = None
        screen = self.screens["contacts"]
        if self.current_screen() is screen and hasattr(screen, "selected_contact_ids"):
            ids = screen.selected_contact_ids() or None
        from totalnet_desktop.views.exchange import export_dialog

        export_dialog.run_export_dialog(self.ctx, self, ids)

    def load_sample(self) -> None:
        from totalnet_desktop.core.demo import loader as demo

        self.setCursor(Qt.CursorShape.WaitCursor)
        try:
            summary = demo.generate()
        finally:
            self.unsetCursor()
        self.ctx.bus.changed.emit("all")
        self.show_screen("contacts")
        self.statusBar().showMessage(
            self.tr("Loaded the sample chapter {chapter}: {contacts} contacts ({members} members), "
                    "{meetings} meetings, {followups} follow-ups.").format(
                chapter=summary.chapter, contacts=locale_number(summary.contacts), members=locale_number(summary.members),
                meetings=locale_number(summary.meetings), followups=locale_number(summary.followups)), 8000)

    def undo(self) -> None:
        screen = self.current_screen()
        if screen is None or not screen.undo():
            self.statusBar().showMessage(self.tr("Nothing to undo."), 4000)

    def focus_search(self) -> None:
        screen = self.current_screen()
        if screen is not None:
            screen.focus_search()

    def new_contact(self) -> None:
        screen = self.show_screen("contacts")
        if hasattr(screen, "new_contact"):
            screen.new_contact()

    def add_followup(self) -> None:
        screen = self.current_screen()
        contact_id = screen.selected_contact_id() if screen is not None else None
        from totalnet_desktop.views.followups import dialog as followup_dialog

        followup_dialog.add_followup(self.ctx, self, contact_id)

    def connect_server(self) -> bool:
        return self.server_link.connect_dialog()

    def use_personal_file(self) -> bool:
        return self.server_link.use_personal_file()

    def publish_meeting(self) -> None:
        from totalnet_desktop.views.shell import publish_dialog

        publish_dialog.publish_from_file(self.ctx, self)

    def open_copy(self) -> bool:
        """File > Open a copy read-only...: any TotalNet file or backup, never written."""
        return self.server_link.choose_copy()

    def backup_now(self) -> None:
        from totalnet_desktop.views.shell import backup_dialogs

        backup_dialogs.backup_now(self.ctx, self)

    def restore_from_backup(self) -> None:
        from totalnet_desktop.views.shell import backup_dialogs

        backup_dialogs.restore_from_backup(self.ctx, self)

    def open_preferences(self) -> None:
        from totalnet_desktop.views.shell.preferences import open_preferences

        open_preferences(self.ctx, self)
        self.reminders.apply()
        self.reminder_question.setVisible(not self.reminders.choices.asked)
        self.ctx.bus.changed.emit("preferences")

    def lock(self) -> bool:
        """Hide every screen behind a passphrase prompt (needs a passphrase: Preferences)."""
        return self.locker.lock()

    def actions_to_lock(self) -> list[QAction]:
        """The window's menu actions: off while locked (their keys would reach hidden screens)."""
        return [a for a in self.findChildren(QAction) if a.objectName().startswith("action_")]

    def show_shortcuts(self) -> None:
        from totalnet_desktop.views.shell.shortcuts_dialog import ShortcutsDialog  # built on F1 only

        ShortcutsDialog(self).exec()

    def show_about(self) -> None:
        direction = "rtl" if self.isRightToLeft() else "ltr"  # else the Latin heading sits on the left in Arabic
        QMessageBox.about(
            self, self.tr("About TotalNet"),
            f"<div dir='{direction}'><h3 dir='{direction}'>TotalNet Desktop {__version__}</h3><p dir='{direction}'>"
            + self.tr("Total networking, offline: your chapter and your online network in one place.")
            + f"</p><p dir='{direction}'>"
            + self.tr("Data folder: {folder}").format(folder=path_text(self.ctx.paths.data_dir)) + "</p></div>",
        )

    def _open_contact(self, contact_id: int) -> None:
        screen = self.show_screen("contacts")
        if hasattr(screen, "open_contact"):
            screen.open_contact(contact_id)

    def _data_changed(self, topic: str) -> None:
        if self.stack.currentWidget() is self.welcome and not overview.is_empty():
            self.show_screen("contacts")
        self.update_status()
        self.refresh_badges()
        if self.reminders.choices.enabled:
            self.reminders.refresh()

    # ---- colours and reminders -----------------------------------------------------------
    def _style_nav(self) -> None:
        self.nav.setStyleSheet(nav_style(palette.sidebar(theme.mode()), self.isRightToLeft()))

    def _theme_changed(self, _mode: str) -> None:
        self._style_nav()
        self.ctx.bus.changed.emit("theme")  # screens that paint HTML rebuild it in the new colours

    def _reminders_answered(self, yes: bool) -> None:
        self.reminders.choices.set(enabled=yes, asked=True)
        self.reminders.apply()
        if yes and not self.reminders.available():  # e.g. GNOME without its tray extension: say so now
            self.statusBar().showMessage(self.tr(
                "Reminders are on, but this desktop has no system tray: TotalNet cannot show its icon or "
                "notifications here. The Follow-ups screen still counts what is due."), 15000)
        elif yes:
            self.statusBar().showMessage(
                self.tr("Reminders are on: one notification a day at {time}. Preferences changes this.").format(
                    time=self.reminders.choices.time.toString("HH:mm")), 8000)

    def quit_app(self) -> None:
        """Quit for real (Ctrl+Q, the tray's Quit), even when closing would only hide to the tray."""
        self._quitting = True
        hidden_in_tray = not self.isVisible() and self.reminders.keeps_running()
        self.close()
        if hidden_in_tray:  # no window left to close: end the event loop ourselves
            from PySide6.QtWidgets import QApplication

            QApplication.quit()

    def update_status(self) -> None:
        self.statusBar().showMessage(
            self.tr("%Ln contact(s)", "", overview.contact_count())
            + "  ·  " + self.tr("data folder {folder}").format(folder=path_text(self.ctx.paths.data_dir))
        )

    # ---- window state --------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = self.ctx.qsettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(first_size(self.screen().availableGeometry().size() if self.screen() else None))

    def closeEvent(self, event) -> None:
        if not self._quitting and self.reminders.keeps_running():
            event.ignore()  # the member chose to keep TotalNet in the tray
            self.hide()
            return
        settings = self.ctx.qsettings(writing=True)
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.sync()
        self.server_link.stop()
        super().closeEvent(event)
