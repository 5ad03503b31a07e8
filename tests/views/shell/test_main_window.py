from PySide6.QtCore import Qt

from totalnet_desktop.core.store import models


def test_title_and_welcome_on_empty_database(main_window):
    assert "TotalNet" in main_window.windowTitle()
    assert main_window.stack.currentWidget() is main_window.welcome
    assert set(main_window.welcome.buttons) == {"sample", "import", "chapter"}


def test_ctrl_digits_switch_screens(main_window, qtbot):
    for number, key in enumerate(("contacts", "meeting", "followups", "insights"), start=1):
        qtbot.keyClick(main_window, Qt.Key.Key_0 + number, Qt.KeyboardModifier.ControlModifier)
        assert main_window.current_key() == key


def test_set_up_chapter_button_opens_meeting_day(main_window, qtbot):
    qtbot.mouseClick(main_window.welcome.buttons["chapter"], Qt.MouseButton.LeftButton)
    assert main_window.current_key() == "meeting"


def test_window_with_data_opens_on_contacts(ctx, qtbot):
    from totalnet_desktop.views.shell.main_window import MainWindow

    models.Contact.create(first_name="Layla")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.current_key() == "contacts"
    assert "1 contact  ·" in window.statusBar().currentMessage()  # one contact, not "1 contacts"


def test_geometry_is_remembered(ctx, qtbot):
    from totalnet_desktop.views.shell.main_window import MainWindow

    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    # The offscreen screen is 800x800, so only the height can differ from the minimum width.
    first.resize(960, 701)
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.height() == 701


def test_ctrl_q_closes_the_window(main_window, qtbot):
    qtbot.keyClick(main_window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not main_window.isVisible()


def test_no_two_active_shortcuts_share_a_key(main_window):
    """Two shortcuts on one key that can be active together make Qt fire neither."""
    from PySide6.QtGui import QAction, QShortcut

    from totalnet_desktop.views.shell.main_window import SCREEN_KEYS
    from totalnet_desktop.views.shell.screen import Screen

    for key in SCREEN_KEYS:  # screens are built on first use: build them all
        main_window.screens[key]

    def owner_screen(obj):
        parent = obj.parent()
        while parent is not None and not isinstance(parent, Screen):
            parent = parent.parent()
        return parent

    seen = {}
    for obj in main_window.findChildren(QAction) + main_window.findChildren(QShortcut):
        keys = obj.shortcuts() if isinstance(obj, QAction) else [obj.key()]
        for key in keys:
            text = key.toString()
            if not text:
                continue
            context = obj.shortcutContext() if isinstance(obj, QAction) else obj.context()
            global_ = context in (Qt.ShortcutContext.ApplicationShortcut,
                                                Qt.ShortcutContext.WindowShortcut)
            screen = None if global_ else owner_screen(obj)
            for other_screen, other in seen.get(text, []):
                clash = screen is None or other_screen is None or screen is other_screen
                assert not clash, f"{text} is bound twice: {other.objectName()} and {obj.objectName()}"
            seen.setdefault(text, []).append((screen, obj))
    assert "Ctrl+Q" in seen and "Ctrl+1" in seen


def test_start_up_does_not_load_export_libraries():
    """The window opens without the importer, vobject or icalendar (they load on first use)."""
    import subprocess
    import sys

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from totalnet_desktop.views.shell.main_window import MainWindow\n"
        "loaded = [m for m in ('vobject', 'icalendar', 'totalnet_desktop.core.exchange.importer',"
        " 'PySide6.QtCharts', 'PySide6.QtPrintSupport') if m in sys.modules]\n"
        "print(loaded); sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_screens_are_built_on_first_use_and_titles_agree(main_window, qtbot):
    from totalnet_desktop.views.shell.main_window import SCREENS, screen_class

    assert main_window.stack.currentWidget() is main_window.welcome
    assert list(main_window.screens) == []  # nothing built before it is needed
    for row, (key, title, *_) in enumerate(SCREENS):
        assert screen_class(key).title == title
        assert main_window.nav.item(row).text() == title
    # After the first paint the others are built one by one in the background of the event loop.
    qtbot.waitUntil(lambda: list(main_window.screens) == [key for key, *_ in SCREENS], timeout=10000)
    assert all(main_window.stack.indexOf(s) >= 0 for s in main_window.screens.values())


def test_first_screen_loads_only_what_it_shows(tmp_path):
    """Opening the window on contacts loads no other screen, no phone metadata, no server database
    driver, no SQLCipher library for a plain file, no import/export library, no keys sheet, no follow-up
    queue (the tray's count comes after the first paint), no crash dialog (each loads when first used)."""
    import subprocess
    import sys

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from totalnet_desktop.app import create_application\n"
        "from totalnet_desktop.core.store import models\n"
        "from totalnet_desktop.core.store.session import open_session\n"
        "from totalnet_desktop.views.shell.context import AppContext\n"
        "from totalnet_desktop.views.shell.main_window import MainWindow\n"
        "app = create_application()\n"
        f"session = open_session({str(tmp_path)!r})\n"
        "models.Contact.create(first_name='Layla')\n"
        "window = MainWindow(AppContext(session)); window.show(); app.processEvents()\n"
        "from totalnet_desktop import app as app_module, paths\n"
        f"app_module._prefetch_key(paths.resolve({str(tmp_path)!r}).db_path)  # a plain file: no SQLCipher\n"
        "app_module.install_excepthook(lambda: window)  # the crash dialog loads on the first error\n"
        "assert window.current_key() == 'contacts' and window.screens['contacts'].model.rowCount() == 1\n"
        "names = ('phonenumbers', 'psycopg', 'psycopg2', 'pymysql', 'vobject', 'icalendar', 'segno',\n"
        "         'importlib.metadata', 'email.message', 'sqlcipher3',\n"
        "         'totalnet_desktop.views.shell.shortcuts_dialog',\n"
        "         'PySide6.QtCharts', 'PySide6.QtPrintSupport', 'totalnet_desktop.core.exchange.importer',\n"
        "         'totalnet_desktop.core.followups.rules', 'totalnet_desktop.views.meeting.view',\n"
        "         'totalnet_desktop.views.followups.view', 'totalnet_desktop.views.insights.view',\n"
        "         'totalnet_desktop.core.followups.queue', 'totalnet_desktop.crash_report',\n"
        "         'totalnet_desktop.views.shell.crash_dialog', 'totalnet_desktop.core.store.server_check',\n"
        "         'totalnet_desktop.core.store.copy')\n"
        # On a chapter server (--engine postgres) its driver is what opens the data.
        "server = ('psycopg', 'importlib.metadata', 'email.message') if os.environ.get('TOTALNET_DATABASE') else ()\n"
        "loaded = [m for m in names if m in sys.modules and m not in server]\n"
        "print(loaded); sys.exit(1 if loaded else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_a_long_list_paints_its_first_page_before_the_contacts_service_loads(tmp_path):
    """With more contacts than the first page, the window paints the first rows without the contacts
    service, the timeline or undo (the detail pane, actions and filter choices load them after the paint)."""
    import subprocess
    import sys

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "from totalnet_desktop.app import create_application\n"
        "from totalnet_desktop.core.store import models\n"
        "from totalnet_desktop.core.store.session import open_session\n"
        "from totalnet_desktop.views.contacts.presenter import FIRST_PAGE\n"
        "from totalnet_desktop.views.shell.context import AppContext\n"
        "from totalnet_desktop.views.shell.main_window import MainWindow\n"
        "app = create_application()\n"
        f"session = open_session({str(tmp_path)!r})\n"
        "models.Contact.insert_many([{'first_name': f'P{n:04d}'} for n in range(FIRST_PAGE + 5)]).execute()\n"
        "window = MainWindow(AppContext(session)); window.show()\n"
        "names = ('totalnet_desktop.core.contacts.service', 'totalnet_desktop.core.contacts.timeline',\n"
        "         'totalnet_desktop.core.store.undo')\n"
        "painted = []\n"
        "window.first_painted.connect(lambda: (painted.append([m for m in names if m in sys.modules]), app.quit()))\n"
        "app.exec()\n"
        "model = window.screens['contacts'].model\n"
        "print(painted, model.rowCount()); sys.exit(0 if painted == [[]] and model.rowCount() >= FIRST_PAGE else 1)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_first_start_window_fits_a_small_screen_and_keeps_its_size_on_a_big_one():
    from PySide6.QtCore import QSize

    from totalnet_desktop.views.shell.main_window import first_size

    assert first_size(QSize(1024, 668)) == QSize(1024, 668)
    assert first_size(QSize(1440, 860)) == QSize(1280, 800)
    assert first_size(QSize(1920, 700)) == QSize(1280, 700)
    assert first_size(None) == QSize(1280, 800)
