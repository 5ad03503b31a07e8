"""The detail pane: one contact's details with clickable links, and its timeline newest first."""

from __future__ import annotations

import html
import logging
import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.contacts.service_loader import contacts
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.errors import ServerLostError
from totalnet_desktop.core.store.models import DEFAULT_CADENCE_DAYS
from totalnet_desktop.core.store.records import ContactRecord
from totalnet_desktop.i18n import QT_TRANSLATE_NOOP, is_right_to_left, isolate, number, tr_core, translate
from totalnet_desktop.qtmodels.contacts_model import format_day
from totalnet_desktop.qtmodels.labels import channel_label, point_label, source_label
from totalnet_desktop.views.shell import theme
from totalnet_desktop.views.shell.widgets import open_url

logger = logging.getLogger(__name__)

NETWORK_NAMES = {"linkedin": "LinkedIn", "x": "X", "facebook": "Facebook", "instagram": "Instagram",
                 "other": QT_TRANSLATE_NOOP("ContactDetail", "Profile")}
KIND_ICONS = {"interaction": "•", "referral_given": "→", "referral_received": "←", "referral_prospect": "↔",
              "thank_you_given": "♥", "thank_you_received": "♥", "meeting": "▣", "one_to_one": "◆", "ceu": "✎"}
# A touch shows its channel (symbols the default fonts have; no colour-emoji font is assumed). The social
# networks show the channel chips' letters: circled letters (ⓛ) are in no font of a plain Linux desktop
# and showed as boxes.
CHANNEL_ICONS = {"in_person": "☺", "one_to_one": "◆", "online_meeting": "▶", "phone": "☎", "messaging": "✆",
                 "email": "✉", "linkedin": "in", "x": "X", "facebook": "f", "instagram": "IG", "other": "•"}


def _a(href: str, text: str) -> str:
    return f'<a href="{html.escape(href, quote=True)}">{html.escape(_kept(text))}</a>'


def _kept(text: str) -> str:
    """In a right-to-left window, a value of its own direction (+971 50..., @handle, a Latin note) kept
    whole: without the isolate the '+' or '@' would move to the other end."""
    return isolate(text) if text and is_right_to_left() else text


def point_links(record: ContactRecord, region: str) -> list[tuple[str, str]]:
    """(label, rich text) lines for the points: mailto for e-mails, WhatsApp for mobiles, profile links."""
    lines: list[tuple[str, str]] = []
    for p in record.points:
        label = point_label(p.label) if p.label else ""
        if p.kind == "email":
            lines.append((label or translate("ContactDetail", "E-mail"), _a(f"mailto:{p.value}", p.value)))
        elif p.kind == "phone":
            shown = normalize.format_phone(p.value, region)
            key = normalize.phone_key(p.value, region)
            text = _a(f"tel:{key}", shown) if key.startswith("+") else html.escape(_kept(shown))
            wa = normalize.whatsapp_link(p.value, region) if normalize.is_mobile(p.value, region) else ""
            if wa:
                text += " &nbsp; " + _a(wa, translate("ContactDetail", "Chat on WhatsApp"))
            lines.append((label or translate("ContactDetail", "Phone"), text))
        elif p.kind == "social":
            url = normalize.social_url(p.network, p.value)
            network = NETWORK_NAMES.get(p.network, NETWORK_NAMES["other"])
            lines.append((translate("ContactDetail", network), _a(url, p.value)))
        else:
            url = p.value if "://" in p.value else "https://" + p.value
            lines.append((label or translate("ContactDetail", "Website"), _a(url, p.value)))
    return lines


class ContactDetail(QWidget):
    """Shows one contact; buttons ask the screen to edit, log a touch or mark "this is me"."""

    edit_requested = Signal(int)
    log_requested = Signal(int)
    me_requested = Signal(int)
    contact_link = Signal(int)  # a link to another contact (introduced by) was clicked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.contact_id: int | None = None
        self.setMinimumWidth(320)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("contact_heading")
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        self.edit_button = QPushButton(self.tr("Edit..."))
        self.log_button = QPushButton(self.tr("Log touch (Ctrl+L)"))
        self.me_button = QPushButton(self.tr("This is me"))
        self.me_button.setToolTip(self.tr("Use this contact for \"Show my card\""))
        for button in (self.edit_button, self.log_button, self.me_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.log_button.clicked.connect(lambda: self._emit(self.log_requested))
        self.me_button.clicked.connect(lambda: self._emit(self.me_requested))
        self.body = QLabel()
        self.body.setObjectName("contact_body")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.body.setOpenExternalLinks(False)
        self.body.linkActivated.connect(self._link)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        theme.focus_frame(scroll, "contact_scroll")  # Tab stops here (arrows then scroll a long card)
        scroll.setWidget(self.body)
        self.timeline_title = QLabel("<b>" + self.tr("Timeline") + "</b>")
        self.timeline = QListWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setAccessibleName(self.tr("Timeline"))
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        self.empty = QLabel(self.tr("Select a contact to see their details and history."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        outer.addWidget(self.heading)
        outer.addLayout(buttons)
        self.timeline_scroll = scroll
        outer.addWidget(scroll)  # as tall as the details need (at most ~half), see _fit_body
        outer.addWidget(self.timeline_title)
        outer.addWidget(self.timeline, 1)  # the timeline gets the rest, no blank rows above it
        outer.addWidget(self.empty, 1)
        self._parts = (self.heading, self.edit_button, self.log_button, self.me_button, scroll,
                       self.timeline_title, self.timeline)
        self.show_contact(None)

    def _fit_body(self) -> None:
        """Give the details the height their text needs, up to about half the pane."""
        width = max(100, self.timeline_scroll.viewport().width())
        document = QTextDocument()
        document.setDefaultFont(self.body.font())
        document.setHtml(self.body.text())
        document.setTextWidth(width)
        needed = int(document.size().height()) + 8
        limit = int(self.height() * 0.55) if self.height() > 300 else 420
        self.timeline_scroll.setFixedHeight(max(120, min(needed, limit)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.contact_id is not None:
            self._fit_body()

    def _emit(self, signal) -> None:
        if self.contact_id is not None:
            signal.emit(self.contact_id)

    def _link(self, href: str) -> None:
        if href.startswith("contact:"):
            self.contact_link.emit(int(href.split(":", 1)[1]))
        else:
            open_url(href)

    def show_contact(self, contact_id: int | None) -> bool:
        """Show a contact (None: the empty state); False when it cannot be read now (the chapter server
        is away: the pane says so)."""
        record = None
        if contact_id is not None:
            try:
                record = contacts().get(contact_id)
            except contacts().ContactNotFoundError:
                record = None
            except ServerLostError:
                # The chapter server is away: the contact on show stays; another one cannot be read now.
                if contact_id == self.contact_id:
                    return True
                self._show_empty(self.tr("This contact's details cannot be read while the chapter server "
                                         "is away; the list stays as it was."))
                return False
        if record is None:
            self.empty.setText(self.tr("Select a contact to see their details and history."))
        self.contact_id = record.id if record else None
        for part in self._parts:
            part.setVisible(record is not None)
        self.empty.setVisible(record is None)
        if record is None:
            self.heading.clear()
            self.body.clear()
            self.timeline.clear()
            return True
        self._fill(record)
        return True

    def _show_empty(self, text: str) -> None:
        self.contact_id = None
        for part in self._parts:
            part.setVisible(False)
        self.empty.setText(text)
        self.empty.setVisible(True)

    def _fill(self, record: ContactRecord) -> None:
        region = prefs.phone_region()
        sub = " · ".join(x for x in (record.job_title, record.company) if x)
        me = (f" <span style='color:{theme.text('success')}'>" + self.tr("(me)") + "</span>"
              if record.is_me else "")
        trashed = (f" <span style='color:{theme.text('error')}'>" + self.tr("(in the trash)") + "</span>"
                   if record.trashed_at else "")
        shown_name = record.name or self.tr("(no name)")
        # The paragraphs take the window's direction (a Latin name must not turn an Arabic pane left to right).
        way = "rtl" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
        self.heading.setText(f"<h2 dir='{way}' style='margin:0'>{html.escape(shown_name)}{me}{trashed}</h2>"
                             f"<div dir='{way}'>{html.escape(sub)}</div>")
        self.me_button.setVisible(not record.is_me and contacts().me_id() is None)
        rows: list[tuple[str, str]] = []
        if record.profession:
            rows.append((self.tr("Profession"), html.escape(_kept(record.profession))))
        cadence = record.cadence_days or DEFAULT_CADENCE_DAYS.get(record.stage, 60)
        every = self.tr("keep in touch every %Ln day(s)", "", cadence)
        rows.append((self.tr("Stage"), f"{html.escape(translate('Stage', record.stage))} &nbsp;·&nbsp; {every}"))
        rows.extend(point_links(record, region))
        if record.city:
            rows.append((self.tr("City"), html.escape(_kept(record.city))))
        met = [format_day(record.met_on) if record.met_on else "", _kept(record.met_where),
               channel_label(record.met_channel) if record.met_channel else ""]
        met_text = html.escape(", ".join(x for x in met if x))
        if record.introduced_by_id:
            introducer = contacts().names([record.introduced_by_id]).get(record.introduced_by_id)
            if introducer:
                link = _a(f"contact:{record.introduced_by_id}", isolate(introducer))
                met_text += (", " if met_text else "") + self.tr("introduced by {name}").format(name=link)
        if met_text:
            rows.append((self.tr("How we met"), met_text))
        if record.source:
            rows.append((self.tr("Source"), html.escape(source_label(record.source))))
        if record.tags:
            rows.append((self.tr("Tags"), html.escape(", ".join(record.tags))))
        if record.notes:
            rows.append((self.tr("Notes"), "<br>".join(html.escape(_kept(line)) for line in record.notes.split("\n"))))
        muted = theme.text("muted")
        side = "left" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "right"
        cells = [(f"<td style='color:{muted};padding-{side}:10px' valign='top'>{label}</td>", f"<td>{value}</td>")
                 for label, value in rows]
        # Qt's rich text does not mirror a table's columns: in a right-to-left window the label cell goes last.
        table = "".join(f"<tr>{b}{a}</tr>" if way == "rtl" else f"<tr>{a}{b}</tr>" for a, b in cells)
        self.body.setText(f"<table dir='{way}' cellspacing='0' cellpadding='2'>{table}</table>")
        self._fit_body()
        QTimer.singleShot(0, self._fit_body)  # again once the pane has its final size
        if record.id is not None:
            self._fill_timeline(record.id)

    def _fill_timeline(self, contact_id: int) -> None:
        self.timeline.clear()
        from totalnet_desktop.core.contacts import timeline  # when a contact is first shown

        entries = timeline.timeline(contact_id)
        self.timeline_title.setText("<b>" + self.tr("Timeline") + f"</b> ({number(len(entries))})")
        if not entries:
            item = QListWidgetItem(self.tr("Nothing logged yet. Ctrl+L logs a touch (a call, a coffee, a comment)."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.timeline.addItem(item)
            return
        for entry in entries:
            day = format_day(entry.when.date())
            icon = CHANNEL_ICONS.get(entry.channel, "•") if entry.kind == "interaction" else KIND_ICONS.get(
                entry.kind, "•")
            text = f"{day}   {icon} {_kept(tr_core(entry.title))}"
            if entry.note:
                text += f"\n        {_kept(entry.note)}"
            item = QListWidgetItem(text)
            item.setToolTip(entry.note or tr_core(entry.title))
            self.timeline.addItem(item)

    def links(self) -> list[str]:
        """The hrefs currently shown (tests and accessibility read them)."""
        return re.findall(r'href="([^"]+)"', self.body.text())
