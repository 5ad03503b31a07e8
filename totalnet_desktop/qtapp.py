"""The one place a Qt application object is made, for the window and for the CLI's PDF rendering."""

from __future__ import annotations

import os
import sys

from totalnet_desktop import qtfix


def gui_application():
    """A QGuiApplication for text layout and PDF output: reuse one, or make one (offscreen on a headless
    Linux machine)."""
    from PySide6.QtGui import QGuiApplication

    qtfix.apply_if_needed()
    app = QGuiApplication.instance()
    if app is None:
        if "QT_QPA_PLATFORM" not in os.environ and not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QGuiApplication([sys.argv[0] if sys.argv else "totalnet"])
    return app


def widgets_application(argv=None):
    """The QApplication for the desktop window (reuses an existing instance)."""
    from PySide6.QtWidgets import QApplication

    qtfix.apply_if_needed()
    return QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
