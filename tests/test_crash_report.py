"""The crash report: recent log lines keep their time and the program files of a trace, mask the rest;
the crash log rotates (five old files of 256 kB at most), each owner-only."""

from __future__ import annotations

import sys

from totalnet_desktop import crash_report


def test_log_lines_keep_their_time_and_mask_what_could_be_personal(tmp_path):
    log = tmp_path / "pasted-log.txt"  # not named as a log: the whole-run log check would find its names
    log.write_text(
        "2026-12-07 18:44:37,192 INFO totalnet_desktop.demo: opened layla@example.com, +971 55 555 0107\n"
        "2026-12-07 18:44:38,050 ERROR totalnet_desktop.app: unexpected error RuntimeError\n"
        '  File "/home/layla/apps/totalnet/totalnet_desktop/views/contacts/view.py", line 42, in save\n'
        '  File "/home/layla/notes.py", line 3, in <module>\n'
        "a line of its own about 'Layla Haddad' on 2026-12-07\n", encoding="utf-8")
    lines = crash_report.recent_log_lines(log)
    assert lines[0] == "2026-12-07 18:44:37,192 INFO totalnet_desktop.demo: opened <e-mail>, <number>"
    assert lines[1].startswith("2026-12-07 18:44:38,050 ERROR")  # the time is not taken for a phone number
    assert lines[2] == '  File "totalnet_desktop/views/contacts/view.py", line 42, in save'
    assert lines[3] == '  File "notes.py", line 3, in <module>'  # no home folder, no user name
    assert "Layla" not in lines[4] and "layla" not in "\n".join(lines)


def test_crash_log_rotates_and_stays_owner_only(tmp_path):
    log_dir = tmp_path / "logs"
    entry = "Traceback (most recent call last):\n" + "  File \"x.py\", line 1, in f\n" * 2000  # ~60 kB
    for _ in range(40):  # ~2.4 MB written in all
        assert crash_report.record(entry, log_dir) == log_dir / crash_report.CRASH_LOG
    names = sorted(p.name for p in log_dir.iterdir())
    assert names == ["crash.log", *(f"crash.log.{n}" for n in range(1, 6))]  # five old ones, no more
    for path in log_dir.iterdir():
        assert path.stat().st_size <= 256_000 + len(entry) + 100
        if sys.platform != "win32":
            assert path.stat().st_mode & 0o077 == 0, path.name

