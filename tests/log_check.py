"""Issue 20: after a whole run of the suite, no log holds a person of the sample chapter.

Every log record of the run goes to one run log as well (at the app's level, INFO), and every log file
the tests wrote under pytest's temporary folder (the app's ``totalnet.log`` and its rotations,
``crash.log``, the logs of the app and CLI processes the tests start) is read at the end. Each is
searched for the sample chapter's names, e-mails, phones and notes, made by a throwaway ``totalnet
demo``. A hit fails the run and names the file and the words.

It runs after a run of at least FULL_RUN tests (the whole suite, or a large part of it), or with
TOTALNET_LOG_CHECK=1; TOTALNET_LOG_CHECK=0 turns it off.
"""

from __future__ import annotations

import json
import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ENV = "TOTALNET_LOG_CHECK"
FULL_RUN = 300
LOG_NAMES = ("*.log", "*.log.[0-9]*")

_state: dict = {}
_report: list[str] = []

# Prints the strings a log must never hold: every name (full, first, last; 4+ letters), e-mail, phone
# and note of the sample chapter, made in a throwaway data folder.
_WORDS = """
import json, sys
from totalnet_desktop.core.demo import loader
from totalnet_desktop.core.store.models import Contact, ContactPoint, Interaction
from totalnet_desktop.core.store.session import open_session
open_session(sys.argv[1])
loader.generate()
words = set()
for c in Contact.select():
    words.update(w for w in (c.first_name, c.last_name, c.full_name, c.notes) if len(w) >= 4)
for p in ContactPoint.select().where(ContactPoint.kind.in_(("phone", "email"))):
    words.update((p.value, p.key))
words.update(i.note for i in Interaction.select() if len(i.note) >= 12)
print(json.dumps(sorted(words)))
"""


def start(session) -> None:
    if os.environ.get(ENV) == "0":
        return
    folder = Path(tempfile.mkdtemp(prefix="totalnet-run-log-"))
    from totalnet_desktop.app import LOG_FORMAT, PrivateFormatter

    handler = logging.FileHandler(folder / "run.log", encoding="utf-8")
    handler.setFormatter(PrivateFormatter(LOG_FORMAT))  # written as the app writes its log
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level == logging.NOTSET or root.level > logging.INFO:
        root.setLevel(logging.INFO)  # the app's level (app.setup_logging)
    _state.update(handler=handler, folder=folder)


def finish(session) -> None:
    handler = _state.pop("handler", None)
    if handler is None:
        return
    logging.getLogger().removeHandler(handler)
    handler.close()
    folder: Path = _state.pop("folder")
    wanted = os.environ.get(ENV) == "1" or session.testscollected >= FULL_RUN
    if not wanted or session.config.option.collectonly:
        _remove(folder)
        return
    files = [folder / "run.log", *_test_logs(session)]
    words = _sample_words(folder)
    hits = {}
    for path in files:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        found = sorted(w for w in words if w in text)
        if found:
            hits[path] = found
    _report.append(f"Log check (issue 20): {len(files)} log files of this run searched for "
                   f"{len(words)} names, e-mails, phones and notes of the sample chapter: "
                   + ("none found." if not hits else f"found in {len(hits)} files."))
    for path, found in hits.items():
        _report.append(f"  {path}: {', '.join(found[:12])}")
    if hits:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
    else:
        _remove(folder)


def summary(terminalreporter) -> None:
    for line in _report:
        terminalreporter.write_line(line, red=line.startswith("  ") or "found in" in line)


def _test_logs(session) -> list[Path]:
    factory = getattr(session.config, "_tmp_path_factory", None)
    if factory is None:
        return []
    base = factory.getbasetemp()
    found: set[Path] = set()
    for pattern in LOG_NAMES:
        found.update(p for p in base.rglob(pattern) if p.is_file())
    return sorted(found)


def _sample_words(folder: Path) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("TOTALNET_DATABASE", None)
    env.pop("TOTALNET_PASSPHRASE", None)
    done = subprocess.run([sys.executable, "-c", _WORDS, str(folder / "sample")], capture_output=True,
                          text=True, env=env, timeout=600, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _remove(folder: Path) -> None:
    import shutil

    shutil.rmtree(folder, ignore_errors=True)
