"""Issue 12: the single-instance lock and socket are private to the user, and a frozen first
instance gets a "Start anyway" question instead of a silent exit."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from totalnet_desktop.single_instance import (
    FOREIGN,
    NOT_ANSWERING,
    PRIMARY,
    SingleInstance,
    ask_start_anyway,
    instance_key,
    not_answering_box,
)


@pytest.fixture
def runtime(monkeypatch):
    # Short, like /run/user/UID (a socket path has ~100 bytes); mkdtemp makes it 0700.
    folder = Path(tempfile.mkdtemp(prefix="tnrun"))
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(folder))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def test_lock_and_socket_live_in_the_private_runtime_folder(qapp, runtime, tmp_path):
    instance = SingleInstance(tmp_path / "data")
    try:
        assert instance.claim() == PRIMARY
        key = instance_key(tmp_path / "data")
        assert (runtime / f"{key}.lock").exists() and instance.lock_path.parent == runtime
        assert instance.socket_path is not None and instance.socket_path.parent == runtime
        assert stat.S_ISSOCK(instance.socket_path.lstat().st_mode)
        assert not list(Path("/tmp").glob(f"{key}*"))
    finally:
        instance.release()


def test_without_a_private_runtime_folder_the_data_folder_is_used(qapp, tmp_path, monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)  # anyone may enter: not private
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(shared))
    data = tmp_path / "d"
    instance = SingleInstance(data)
    try:
        assert instance.claim() == PRIMARY
        assert instance.lock_path.parent == data.resolve()
        assert not list(shared.iterdir())
    finally:
        instance.release()


@pytest.mark.skipif(sys.platform == "win32" or os.getuid() != 0, reason="needs root to give a file away")
@pytest.mark.parametrize("suffix", [".lock", ".sock"])
def test_a_lock_or_socket_owned_by_another_user_is_refused(qapp, runtime, tmp_path, suffix):
    probe = SingleInstance(tmp_path / "data")
    planted = probe.lock_path if suffix == ".lock" else probe.socket_path
    planted.write_text("12345\n")
    os.chown(planted, 65534, 65534)
    instance = SingleInstance(tmp_path / "data")
    try:
        assert instance.claim() == FOREIGN
        assert instance.foreign_path() == planted
        assert planted.exists() and planted.lstat().st_uid == 65534  # left alone
    finally:
        instance.release()


FROZEN = textwrap.dedent("""
    import sys, time
    from PySide6.QtCore import QCoreApplication, QLockFile
    from PySide6.QtNetwork import QLocalServer
    from totalnet_desktop.single_instance import SingleInstance
    app = QCoreApplication([])
    instance = SingleInstance(sys.argv[1])
    lock = QLockFile(str(instance.lock_path))
    assert lock.tryLock(0)
    server = QLocalServer()
    assert server.listen(instance.name)
    print("ready", flush=True)
    time.sleep(120)  # frozen: the event loop never runs, nothing answers
""")


def test_a_frozen_first_instance_is_reported_not_answering(qapp, runtime, tmp_path):
    data = tmp_path / "data"
    frozen = subprocess.Popen([sys.executable, "-c", FROZEN, str(data)], stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert frozen.stdout.readline().strip() == "ready"
        later = SingleInstance(data)
        assert later.claim() == NOT_ANSWERING
        assert not later.is_primary
    finally:
        frozen.kill()
        frozen.wait(10)


def _click_later(name: str) -> list[str]:
    """Click the button ``name`` of the question once it is on screen (a real click)."""
    seen: list[str] = []

    def poll():
        boxes = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, QMessageBox) and w.objectName() == "notAnsweringBox" and w.isVisible()]
        if not boxes:
            QTimer.singleShot(20, poll)
            return
        seen.append(boxes[0].text())
        button = next(b for b in boxes[0].buttons() if b.objectName() == name)
        button.click()

    QTimer.singleShot(0, poll)
    return seen


@pytest.mark.parametrize(("button", "expected"), [("startAnyway", True), ("quit", False)])
def test_the_not_answering_question_offers_start_anyway_or_quit(qtbot, tmp_path, button, expected):
    box = not_answering_box(tmp_path)
    assert sorted(b.text() for b in box.buttons()) == ["Quit", "Start anyway"]
    box.deleteLater()
    seen = _click_later(button)
    assert ask_start_anyway(tmp_path) is expected
    assert seen and "did not answer" in seen[0] and str(tmp_path) in seen[0]
