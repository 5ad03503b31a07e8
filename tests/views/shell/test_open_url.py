"""Links leave the app through the desktop's URL handlers; tests register their own through Qt's seam."""

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices

from totalnet_desktop.views.shell.widgets import open_url


class Catcher(QObject):
    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def handle(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_open_url_hands_the_link_to_the_desktop_handler(qapp):
    catcher = Catcher()
    for scheme in ("https", "mailto"):
        QDesktopServices.setUrlHandler(scheme, catcher, "handle")
    try:
        assert open_url("https://wa.me/971501234567")
        assert open_url("mailto:layla@example.com")
        assert open_url("linkedin.com/in/layla-haddad")  # a bare profile address gets https://
    finally:
        for scheme in ("https", "mailto"):
            QDesktopServices.unsetUrlHandler(scheme)
    assert catcher.urls == ["https://wa.me/971501234567", "mailto:layla@example.com",
                            "https://linkedin.com/in/layla-haddad"]
