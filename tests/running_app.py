"""Waiting for a TotalNet started in another process (tests that start the real app)."""

from __future__ import annotations

import time

from PySide6.QtNetwork import QLocalSocket

from totalnet_desktop.single_instance import SingleInstance


def wait_listening(folder, proc, seconds: float = 30) -> None:
    """Until the app started as ``proc`` for data folder ``folder`` answers the single-instance ping (its
    event loop runs once it answers; a second launch waits single_instance.ANSWER_SECONDS for that)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        probe = QLocalSocket()
        probe.connectToServer(SingleInstance(folder).name)
        if probe.waitForConnected(100):
            probe.write(b"ping\n")
            probe.flush()
            answered = probe.waitForReadyRead(1000) and b"ok" in probe.readAll().data()
            probe.disconnectFromServer()
            if answered:
                return
        time.sleep(0.1)
    raise AssertionError("the app never started listening")
