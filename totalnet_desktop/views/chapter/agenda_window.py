"""The agenda in full screen (on the second screen or projector when there is one): the segment, a large
countdown (amber at 10 s left, red when over), who speaks now and who is next.

Keys: Space start/pause, N next speaker, B back, S skip, Esc leave full screen (a second Esc closes).
The clock is injected (tests drive it); the window redraws on a short timer and on every key.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import math
import os
import struct
import tempfile
import time
import wave
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from totalnet_desktop.core.chapter import agenda
from totalnet_desktop.core.chapter.agenda import AgendaRun
from totalnet_desktop.core.store import write_guard
from totalnet_desktop.i18n import date_text, number, paragraph, translate
from totalnet_desktop.views.chapter import labels
from totalnet_desktop.views.chapter.colours import (
    TIMER_AMBER,
    TIMER_BACKGROUND,
    TIMER_DIM_TEXT,
    TIMER_NORMAL,
    TIMER_RED,
    TIMER_TRACK,
)

logger = logging.getLogger(__name__)

PHASE_COLOURS = {"normal": TIMER_NORMAL, "amber": TIMER_AMBER, "red": TIMER_RED}
KEYS = {Qt.Key.Key_Space: "toggle", Qt.Key.Key_N: "next", Qt.Key.Key_B: "back", Qt.Key.Key_S: "skip"}


class Chime:
    """A soft two-tone chime; silent where the system has no sound output."""

    def __init__(self) -> None:
        self.effect = None
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QSoundEffect
        except ImportError:  # no audio libraries on this system
            return
        path = chime_file()
        if path is None:
            return
        self.effect = QSoundEffect()
        self.effect.setSource(QUrl.fromLocalFile(str(path)))
        self.effect.setVolume(0.35)

    def play(self) -> None:
        if self.effect is not None:
            self.effect.play()


_chime: dict[str, Path] = {}


def chime_file(folder: Path | None = None) -> Path | None:
    """The chime's sound file, written once per run: owner-only (0600) under a name nobody can guess
    (``mkstemp``), in the data folder (else the user's temp folder), and removed when TotalNet quits.
    Never a fixed name in the shared /tmp, where another account could plant a file or a link first."""
    if "path" in _chime and _chime["path"].exists():
        return _chime["path"]
    if folder is None:
        live = write_guard.live_database_path()
        folder = live.parent if live is not None else None
    try:
        fd, name = tempfile.mkstemp(prefix="totalnet-chime-", suffix=".wav", dir=folder)
    except OSError:
        logger.warning("no place to write the chime's sound; the agenda stays silent", exc_info=True)
        return None
    path = Path(name)
    try:
        with os.fdopen(fd, "wb") as out:
            _write_chime(out)
    except OSError:
        logger.warning("the chime's sound could not be written; the agenda stays silent", exc_info=True)
        _remove(path)
        return None
    if not _chime:
        atexit.register(lambda: _remove(_chime.pop("path", None)))
    _chime["path"] = path
    return path


def _remove(path: Path | None) -> None:
    if path is not None:
        with contextlib.suppress(OSError):
            path.unlink()


def _write_chime(out, rate: int = 22050) -> None:
    frames = bytearray()
    for freq, length in ((880.0, 0.18), (660.0, 0.28)):
        n = int(rate * length)
        for i in range(n):
            envelope = math.sin(math.pi * i / n)  # fade in and out: soft, no click
            frames += struct.pack("<h", int(9000 * envelope * math.sin(2 * math.pi * freq * i / rate)))
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(frames))


class AgendaWindow(QWidget):
    """One run of the agenda. ``closed`` carries the run when the window closes (to record it)."""

    closed = Signal(object)

    def __init__(self, run: AgendaRun, title: str = "", sound: bool = True, parent: QWidget | None = None,
                 chime: Callable[[], None] | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.run = run
        self.setWindowTitle(self.tr("Agenda - {title} - TotalNet").format(title=title) if title
                            else self.tr("Agenda - TotalNet"))
        self.setObjectName("agenda_window")
        self.setStyleSheet(f"QWidget#agenda_window {{ background: {TIMER_BACKGROUND}; }}"
                           f"QLabel {{ color: {TIMER_NORMAL}; }} QCheckBox {{ color: {TIMER_DIM_TEXT}; }}"
                           f"QProgressBar {{ background: {TIMER_TRACK}; border: none; border-radius: 4px; }}"
                           f"QProgressBar::chunk {{ background: {TIMER_DIM_TEXT}; border-radius: 4px; }}")
        self.sounds_played: list[str] = []
        self._chime = chime
        self.segment = QLabel()
        self.segment.setObjectName("agenda_segment")
        self.position = QLabel()
        self.position.setObjectName("agenda_position")
        self.position.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.countdown = QLabel()
        self.countdown.setObjectName("agenda_countdown")
        self.countdown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.speaker = QLabel()
        self.speaker.setObjectName("agenda_speaker")
        self.speaker.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.speaker.setWordWrap(True)
        self.next_label = QLabel()
        self.next_label.setObjectName("agenda_next")
        self.next_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.sound = QCheckBox(self.tr("Sound"))
        self.sound.setChecked(sound)
        self.sound.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel(self.tr("Space start/pause · N next · B back · S skip · Esc leave full screen"))
        self.hint.setStyleSheet(f"color: {TIMER_DIM_TEXT};")
        top = QHBoxLayout()
        top.addWidget(self.segment, 1)
        top.addWidget(self.position)
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addWidget(self.sound)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addLayout(top)
        layout.addWidget(self.progress)
        layout.addStretch(1)
        layout.addWidget(self.countdown)
        layout.addWidget(self.speaker)
        layout.addSpacing(12)
        layout.addWidget(self.next_label)
        layout.addStretch(1)
        layout.addLayout(bottom)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.timer = QTimer(self)
        self.timer.setInterval(200)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    # ---- showing ---------------------------------------------------------------------------
    def show_on_best_screen(self) -> None:
        """Full screen on the second screen (projector) when there is one, else on this one."""
        screens = QGuiApplication.screens()
        parent = self.parentWidget()
        here = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
        others = [s for s in screens if s is not here]
        # The geometry first: without a window manager (a kiosk, a virtual screen) full screen alone
        # keeps the window's old size.
        self.setGeometry((others[0] if others else here).geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()

    def resizeEvent(self, event) -> None:
        h = max(self.height(), 300)
        self.countdown.setStyleSheet(f"font-size: {int(h * 0.36)}px; font-weight: 600;")
        self.speaker.setStyleSheet(f"font-size: {int(h * 0.07)}px;")
        self.next_label.setStyleSheet(f"font-size: {int(h * 0.04)}px; color: {TIMER_DIM_TEXT};")
        self.segment.setStyleSheet(f"font-size: {int(h * 0.045)}px; font-weight: 600;")
        self.position.setStyleSheet(f"font-size: {int(h * 0.03)}px; color: {TIMER_DIM_TEXT};")
        super().resizeEvent(event)

    def refresh(self) -> None:
        run = self.run
        if run.finished:
            self.segment.setText(self.tr("End of the agenda"))
            self.countdown.setText("")
            self.speaker.setText(self.tr("Thank you!"))
            self.next_label.setText(paragraph(self.tr("Esc closes; who spoke is recorded for the report.")))
            self.position.setText("")
            self.progress.setValue(self.progress.maximum())
            return
        seg, turn = run.segment(), run.turn
        remaining = run.remaining()
        phase = run.phase()
        title = labels.segment_title(seg.kind, seg.title, agenda.SEGMENT_KINDS)
        self.segment.setText(title)
        position = self.tr("segment {n} of {count}").format(n=number(turn.segment + 1), count=number(len(run.segments)))
        self.position.setText(position if run.running else self.tr("{position} · paused").format(position=position))
        self.countdown.setText(agenda.clock_text(remaining))
        colour = PHASE_COLOURS[phase]
        size = self.countdown.styleSheet().split(";")[0] or "font-size: 160px"
        self.countdown.setStyleSheet(f"{size}; font-weight: 600; color: {colour};")
        self.countdown.setProperty("phase", phase)
        name = turn.speaker.name
        if turn.speaker.contact_id is None and name == seg.title:
            name = ""  # a segment without a named speaker: the title above says it all
        if name == seg.title:
            name = title
        self.speaker.setText(self.tr("{name}  (visitor)").format(name=name) if turn.speaker.is_visitor else name)
        nxt = run.up_next()
        if nxt is not None:
            upcoming = nxt.speaker.name
            if nxt.speaker.contact_id is None:
                upcoming = labels.segment_title(run.segments[nxt.segment].kind, upcoming, agenda.SEGMENT_KINDS)
            self.next_label.setText(self.tr("Next: {name}").format(name=upcoming))
        else:
            self.next_label.setText(self.tr("Next: end of the agenda"))
        self.progress.setMaximum(max(1, len(run.turns)))
        self.progress.setValue(run.index)
        for moment in run.tick():
            self.sounds_played.append(moment)
            if self.sound.isChecked():
                self._play()

    def _play(self) -> None:
        if self._chime is None:
            self._chime = Chime().play
        self._chime()

    # ---- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in KEYS and not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            getattr(self.run, KEYS[Qt.Key(key)])()
            self.refresh()
            return
        if key == Qt.Key.Key_Escape:
            if self.isFullScreen():
                self.showNormal()
            else:
                self.close()
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        # Space and Tab would move focus or press the check box: the window takes them first.
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in KEYS:
            event.accept()
            return True
        return super().event(event)

    def closeEvent(self, event) -> None:
        self.timer.stop()
        self.closed.emit(self.run)
        super().closeEvent(event)


def default_clock() -> float:
    return time.monotonic()


def start(run: AgendaRun, meeting_id: int, title: str, sound: bool = True, parent: QWidget | None = None,
          full_screen: bool = True) -> AgendaWindow:
    """Open the agenda window; when it closes, who spoke is recorded for the meeting."""
    window = AgendaWindow(run, title, sound, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.closed.connect(lambda r: agenda.save_run(meeting_id, r))
    if full_screen:
        window.show_on_best_screen()
    else:
        window.resize(1024, 640)
        window.show()
        window.setFocus()
    return window


def open_for_meeting(meeting, parent: QWidget | None = None, clock: Callable[[], float] | None = None,
                     segments: list | None = None, order: str | None = None,
                     sound: bool | None = None) -> AgendaWindow:
    """The agenda window for a meeting: the chapter's agenda, speakers in the chosen order (kept in the
    preferences by the Chapter screen), the feature presenter from the rota."""
    from totalnet_desktop.core.store import prefs

    order = order or prefs.get("agenda_order") or "roster"
    sound = bool(prefs.get("agenda_sound", True)) if sound is None else sound
    speakers = agenda.presentation_speakers(meeting.id, order)
    run = AgendaRun(segments or agenda.load_agenda(meeting.chapter_id), speakers, clock or default_clock,
                    agenda.feature_presenter(meeting.chapter_id, meeting.date))
    title = translate("AgendaWindow", "{chapter}, {date}").format(chapter=meeting.chapter_name,
                                                                    date=date_text(meeting.date))
    return start(run, meeting.id, title, sound, parent,
                 full_screen=clock is None)
