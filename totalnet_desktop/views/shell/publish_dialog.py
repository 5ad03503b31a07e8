"""File > Publish a meeting from a file...: a meeting recorded offline (the laptop at the venue) goes into
the open database, normally the chapter server. The dialog picks the file (your personal file when the
window shows a server) and the meeting, says what publishing would add and what differs, and publishes
in one transaction (core.chapter.publish). The file is only read."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import publish
from totalnet_desktop.core.store.errors import TotalNetError
from totalnet_desktop.i18n import date_text, tr_core
from totalnet_desktop.views.shell import theme

logger = logging.getLogger(__name__)


class PublishDialog(QDialog):
    """Choose a file and one of its meetings, see what publishing adds, publish."""

    def __init__(self, start_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("publish_dialog")
        self.setWindowTitle(self.tr("Publish a meeting from a file"))
        self.setAccessibleName(self.tr("Publish a meeting from a file"))
        self.published: publish.PublishReport | None = None

        intro = QLabel(self.tr(
            "A meeting recorded without internet (on a laptop at the venue, in your personal file) goes "
            "into this database: attendance, visitors, slips and testimonials. Publishing twice adds "
            "nothing twice, and what another desk recorded differently is kept and listed."))
        intro.setWordWrap(True)
        self.path = QLineEdit(str(start_file) if start_file else "")
        self.path.setObjectName("publish_file")
        self.path.setAccessibleName(self.tr("The file the meeting was recorded in"))
        self.path.editingFinished.connect(self.read_file)
        choose = QPushButton(self.tr("C&hoose..."))
        choose.setObjectName("publish_choose")
        choose.setAccessibleName(self.tr("Choose the file"))
        choose.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(choose)
        self.meeting = QComboBox()
        self.meeting.setObjectName("publish_meeting")
        self.meeting.setAccessibleName(self.tr("The meeting to publish"))
        self.meeting.currentIndexChanged.connect(self.preview)
        form = QFormLayout()
        file_label = QLabel(self.tr("&File:"))
        file_label.setBuddy(self.path)  # a row holding a layout gets no buddy by itself
        form.addRow(file_label, file_row)
        form.addRow(self.tr("&Meeting:"), self.meeting)
        self.summary = QLabel()
        self.summary.setObjectName("publish_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setAccessibleName(self.tr("What publishing adds"))
        self.note = QLabel()
        self.note.setObjectName("publish_note")
        self.note.setWordWrap(True)
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.differences = QListWidget()
        self.differences.setObjectName("publish_differences")
        self.differences.setAccessibleName(self.tr("Differences kept as they are here"))
        self.differences.setWordWrap(True)
        self.differences.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.publish_button = self.buttons.addButton(self.tr("&Publish"), QDialogButtonBox.ButtonRole.ActionRole)
        self.publish_button.setObjectName("publish_go")
        self.publish_button.setEnabled(False)
        self.publish_button.setDefault(True)
        self.publish_button.clicked.connect(self.publish_now)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.note)
        layout.addWidget(self.differences, 1)
        layout.addStretch(0)  # while there are no differences to list, the room stays below the text
        layout.addWidget(self.buttons)
        self.resize(620, 420)
        self.read_file()

    # ---- choosing -----------------------------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("The file the meeting was recorded in"),
                                              self.path.text(), self.tr("TotalNet databases (*.sqlite3 *.db);;"
                                                                        "All files (*)"))
        if name:
            self.path.setText(name)
            self.read_file()

    def read_file(self) -> None:
        """List the file's meetings (newest first); say in one sentence why when it cannot be read."""
        self.meeting.blockSignals(True)
        self.meeting.clear()
        self.meeting.blockSignals(False)
        text = self.path.text().strip()
        if not text:
            self._say(self.tr("Choose the file the meeting was recorded in."))
            return
        try:
            found = publish.meetings_in(Path(text))
        except TotalNetError as exc:
            self._say(tr_core(exc), "error")
            return
        if not found:
            self._say(self.tr("That file holds no meeting yet."))
            return
        self.meeting.blockSignals(True)
        for m in found:
            self.meeting.addItem(self.tr("{day}, {chapter} ({rows} rows)").format(
                day=date_text(m.day), chapter=m.chapter, rows=m.rows), (m.chapter, m.day))
        self.meeting.blockSignals(False)
        self.preview()

    def _chosen(self):
        return self.meeting.currentData()

    def preview(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        try:
            report = publish.publish_meeting(Path(self.path.text().strip()), chosen[1], chosen[0], preview=True)
        except TotalNetError as exc:
            self._say(tr_core(exc), "error")
            return
        self._show(report)
        self.publish_button.setEnabled(report.total_added > 0)

    def _say(self, text: str, role: str = "muted") -> None:
        self.summary.clear()
        self.summary.hide()
        self.note.setText(text)
        theme.style_text(self.note, role)
        self.note.show()
        self.differences.clear()
        self.differences.hide()
        self.publish_button.setEnabled(False)

    def _show(self, report: publish.PublishReport) -> None:
        self.note.hide()
        self.summary.setText(tr_core(report.text()))
        self.summary.show()
        self.differences.clear()
        for line in report.differences:
            self.differences.addItem(tr_core(line))
        self.differences.setVisible(bool(report.differences))

    # ---- publishing ---------------------------------------------------------------------------------
    def publish_now(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        try:
            self.published = publish.publish_meeting(Path(self.path.text().strip()), chosen[1], chosen[0])
        except TotalNetError as exc:
            self._say(tr_core(exc), "error")
            return
        self._show(self.published)
        self.publish_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()


def publish_from_file(ctx, parent: QMainWindow) -> publish.PublishReport | None:
    """Show the dialog; the screens re-read what was published."""
    session = ctx.session
    start = session.paths.db_path if session.server and session.paths.db_path.exists() else None
    dialog = PublishDialog(start, parent)
    dialog.exec()
    if dialog.published is not None and dialog.published.total_added:
        ctx.bus.changed.emit("all")
        parent.statusBar().showMessage(tr_core(dialog.published.text()), 10000)
    return dialog.published
