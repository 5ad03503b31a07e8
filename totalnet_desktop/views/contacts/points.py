"""Editing a contact's phones, e-mails, profiles and websites: one row each, flagged in place."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store.records import PointRecord
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, tr_core, translate
from totalnet_desktop.qtmodels.labels import point_label
from totalnet_desktop.views.shell import theme

PLACEHOLDERS = {"phone": QT_TRANSLATE_NOOP("Points", "e.g. 050 555 0107 or +44 20 7946 0958"),
                "email": QT_TRANSLATE_NOOP("Points", "name@example.com"),
                "social": QT_TRANSLATE_NOOP("Points", "profile URL or @handle"),
                "website": QT_TRANSLATE_NOOP("Points", "www.example.com")}
TITLES = {"phone": QT_TRANSLATE_NOOP("Points", "Phones"), "email": QT_TRANSLATE_NOOP("Points", "E-mails"),
          "social": QT_TRANSLATE_NOOP("Points", "Social profiles"),
          "website": QT_TRANSLATE_NOOP("Points", "Websites")}
ADD = {"phone": QT_TRANSLATE_NOOP("Points", "Add phone"), "email": QT_TRANSLATE_NOOP("Points", "Add e-mail"),
       "social": QT_TRANSLATE_NOOP("Points", "Add profile"), "website": QT_TRANSLATE_NOOP("Points", "Add website")}
LABELS = {"phone": ("mobile", "work", "home", "other"), "email": ("work", "home", "other"),
          "website": ("work", "other")}
NETWORKS = (("linkedin", "LinkedIn"), ("x", "X"), ("facebook", "Facebook"), ("instagram", "Instagram"),
            ("other", QT_TRANSLATE_NOOP("Points", "Other")))
def invalid_style() -> str:
    background, border, text = theme.panel("invalid")
    return f"QLineEdit {{ border: 1px solid {border}; background: {background}; color: {text}; }}"


# What a screen reader says for each part of a row (the placeholder text is not a name).
ACCESSIBLE = {"phone": (QT_TRANSLATE_NOOP("Points", "Phone label"), QT_TRANSLATE_NOOP("Points", "Phone number")),
              "email": (QT_TRANSLATE_NOOP("Points", "E-mail label"), QT_TRANSLATE_NOOP("Points", "E-mail address")),
              "social": (QT_TRANSLATE_NOOP("Points", "Network"), QT_TRANSLATE_NOOP("Points", "Profile link or handle")),
              "website": (QT_TRANSLATE_NOOP("Points", "Website label"),
                          QT_TRANSLATE_NOOP("Points", "Website address"))}

class PointRow(QWidget):
    """One phone, e-mail, profile or website: label (or network), value, warning and remove."""

    def __init__(self, kind: str, region: str, point: PointRecord | None = None, parent=None):
        super().__init__(parent)
        self.kind, self.region = kind, region
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        layout.setVerticalSpacing(0)
        self.label = QComboBox()
        self.label.setMinimumWidth(96)
        if kind == "social":
            for key, name in NETWORKS:
                self.label.addItem(translate("Points", name), key)
        else:
            self.label.setEditable(True)
            for name in LABELS[kind]:
                self.label.addItem(point_label(name), name)
        self.value = QLineEdit()
        self.value.setPlaceholderText(translate("Points", PLACEHOLDERS[kind]))
        self.value.setObjectName(f"point_{kind}")
        self.remove = QPushButton("✕")
        self.remove.setFixedWidth(28)
        self.remove.setToolTip(translate("Points", "Remove"))
        self.remove.setAccessibleName(translate("Points", "Remove"))
        self.label.setAccessibleName(translate("Points", ACCESSIBLE[kind][0]))
        self.value.setAccessibleName(translate("Points", ACCESSIBLE[kind][1]))
        self.warning = QLabel()
        self.warning.setObjectName("point_warning")
        theme.style_text(self.warning, "error", "font-size: 11px;")
        self.warning.setWordWrap(True)
        self.warning.hide()
        layout.addWidget(self.label, 0, 0)
        layout.addWidget(self.value, 0, 1)
        layout.addWidget(self.remove, 0, 2)
        layout.addWidget(self.warning, 1, 1, 1, 2)
        layout.setColumnStretch(1, 1)
        if point is not None:
            self.value.setText(point.value)
            self._set_label(point.network if kind == "social" else point.label)
        self.value.textChanged.connect(self._check)
        self.value.textChanged.connect(self._guess_network)
        self._check()

    def _set_label(self, value: str) -> None:
        index = self.label.findData(value)
        if index >= 0:
            self.label.setCurrentIndex(index)
        elif value and self.label.isEditable():
            self.label.setEditText(value)

    def _guess_network(self, text: str) -> None:
        if self.kind == "social":
            network = normalize.network_of(text)
            if network:
                self._set_label(network)

    def _check(self) -> None:
        """Flag a value that does not look right (it can still be saved)."""
        warning = contacts.check_point(self.point(), self.region) if self.value.text().strip() else None
        self.value.setStyleSheet(invalid_style() if warning else "")
        self.value.setToolTip(tr_core(warning.message) if warning else "")
        self.warning.setText(tr_core(warning.message) if warning else "")
        self.warning.setVisible(warning is not None)

    def is_flagged(self) -> bool:
        return bool(self.warning.text())

    def point(self) -> PointRecord:
        if self.kind == "social":
            return PointRecord("social", self.value.text(), network=self.label.currentData() or "other")
        label = self.label.currentText().strip()
        index = self.label.findText(label)  # an offered label is stored in English; a typed one as typed
        if index >= 0 and self.label.itemData(index):
            label = self.label.itemData(index)
        return PointRecord(self.kind, self.value.text(), label=label)


class PointsEditor(QWidget):
    """All points of one kind, with an "Add" button."""

    def __init__(self, kind: str, region: str, parent=None):
        super().__init__(parent)
        self.kind, self.region = kind, region
        self.rows: list[PointRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        head = QHBoxLayout()
        head.addWidget(QLabel("<b>" + translate("Points", TITLES[kind]) + "</b>"))
        head.addStretch(1)
        self.add_button = QPushButton(translate("Points", ADD[kind]))
        self.add_button.clicked.connect(lambda: self.add_row().value.setFocus())
        head.addWidget(self.add_button)
        outer.addLayout(head)
        self.on_edit: Callable[[], object] | None = None  # called on every change of a value (the editor's live duplicate check)
        self.box = QVBoxLayout()
        self.box.setSpacing(4)
        outer.addLayout(self.box)

    def add_row(self, point: PointRecord | None = None) -> PointRow:
        row = PointRow(self.kind, self.region, point, self)
        row.remove.clicked.connect(lambda: self._remove(row))
        if self.on_edit is not None:
            row.value.textChanged.connect(self.on_edit)
        previous = self.rows[-1].remove if self.rows else self.add_button
        self.rows.append(row)
        self.box.addWidget(row)
        # Tab reaches a new row after the row above it (or the Add button), not at the dialog's end.
        QWidget.setTabOrder(previous, row.label)
        QWidget.setTabOrder(row.label, row.value)
        QWidget.setTabOrder(row.value, row.remove)
        return row

    def _remove(self, row: PointRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()

    def set_points(self, points) -> None:
        for point in points:
            self.add_row(point)
        if not self.rows and self.kind in ("phone", "email"):
            self.add_row()

    def points(self) -> list[PointRecord]:
        return [r.point() for r in self.rows if r.value.text().strip()]
