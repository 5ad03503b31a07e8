"""Copy a traffic-light scheme and edit it for the chapter: the scheme's TOML text, checked on save."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.chapter import traffic_lights
from totalnet_desktop.core.chapter.scheme import Scheme
from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.i18n import embedded, paragraph, tr_core, translate
from totalnet_desktop.views.shell import theme


class SchemeDialog(QDialog):
    def __init__(self, chapter_id: int, scheme: Scheme, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Traffic-light scheme: {name}").format(name=scheme.name))
        self.chapter_id, self.scheme = chapter_id, scheme
        self.saved: Scheme | None = None
        intro = QLabel(self.intro_text(scheme))
        intro.setObjectName("scheme_intro")
        intro.setWordWrap(True)
        theme.style_text(intro, "muted")
        self.text = QPlainTextEdit(scheme.text)
        self.text.setObjectName("scheme_text")
        self.text.setAccessibleName(self.tr("The scheme's text"))
        self.text.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # TOML: keys and values read left to right
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.error = QLabel()
        self.error.setObjectName("scheme_error")
        self.error.setWordWrap(True)
        theme.style_text(self.error, "error")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        if scheme.source == "chapter":
            self.remove = QPushButton(self.tr("&Delete the chapter's copy"))
            self.remove.clicked.connect(self.delete_copy)
            buttons.addButton(self.remove, QDialogButtonBox.ButtonRole.DestructiveRole)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(720, 620)

    def intro_text(self, scheme: Scheme) -> str:
        """What the dialog says above the text, laid out in the language's direction: the scheme's
        keywords (below, upto, linear: TOML, always English) kept whole, and the linear formula a whole
        phrase of the sentence, written in the language's words and digits (in Arabic it reads right to
        left: 'النقاط × الأصغر من ١ و(القياس ÷ الهدف)', no Latin 'min(1, ...)' to reorder it)."""
        def keyword(word: str) -> str:
            return f"<i>{embedded(word)}</i>"

        # translate(), not self.tr(): its format writes the 1 in the chosen digits and keeps the formula whole.
        formula = translate("SchemeDialog", "points × min({one}, measure / target)").format(one=1)
        bands = translate("SchemeDialog", "A band gives its points when the measure is {below} a value (or {upto} it, inclusive); "
                        "{linear} gives {formula}.").format(
            below=keyword("below"), upto=keyword("upto"), linear=keyword("linear"), formula=formula)
        first = (self.tr("This is the chapter's own copy.") if scheme.source == "chapter" else
                 self.tr("Saving keeps an edited copy for this chapter; the shipped scheme stays as it is."))
        return paragraph(" ".join((first, self.tr("Change the name to keep both."), bands)))

    def accept(self) -> None:
        replaces = self.scheme.name if self.scheme.source == "chapter" else None
        try:
            self.saved = traffic_lights.save_chapter_scheme(self.chapter_id, self.text.toPlainText(), replaces)
        except ValidationError as exc:
            self.error.setText(tr_core(exc))
            return
        super().accept()

    def delete_copy(self) -> None:
        traffic_lights.delete_chapter_scheme(self.chapter_id, self.scheme.name)
        self.saved = None
        super().accept()

    @classmethod
    def edit(cls, chapter_id: int, scheme: Scheme, parent: QWidget | None = None) -> tuple[Scheme | None, bool]:
        """Edit a scheme; returns (the saved scheme or None when the copy was deleted, accepted)."""
        dialog = cls(chapter_id, scheme, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        saved = dialog.saved
        dialog.deleteLater()
        return saved, accepted
