"""The command line as the shipped reports login (docs/postgres-roles.sql): its read commands work,
its write commands refuse up front with the app's one sentence (--engine postgres)."""

from __future__ import annotations

import datetime as dt

import pytest
import roles_server

from totalnet_desktop.cli import main
from totalnet_desktop.core.demo import loader as demo
from totalnet_desktop.core.followups import rules
from totalnet_desktop.core.store import db as db_mod

TODAY = dt.date(2026, 3, 11)
SENTENCE = "totalnet: This login can read only: director"


@pytest.mark.postgres_only
def test_reports_login_reads_and_refuses_writes(pg_cluster, data_dir, tmp_path, capsys, monkeypatch, qapp):
    # qapp: the in-process `report` would otherwise make a QGuiApplication that later widget tests cannot use
    servers = roles_server.create(pg_cluster)
    try:
        db_mod.open_server(servers["layla"])
        demo.generate(today=TODAY)
        rules.run_rules(TODAY)
        db_mod.close_database()
        roles_server.grant(pg_cluster)
        monkeypatch.setenv("TOTALNET_DATABASE", servers["director"])

        def run(*args) -> tuple[int, str, str]:
            status = main(["--lang", "en", *args])
            out, err = capsys.readouterr()
            return status, out, err

        status, out, err = run("search", "layla")
        assert status == 0 and "Layla" in out, err
        status, out, err = run("followups", "--today", TODAY.isoformat())
        assert (status, out.strip()) == (0, "The follow-up queue is empty."), err  # leadership's are private
        status, out, err = run("followups", "--today", (TODAY + dt.timedelta(days=60)).isoformat())
        # The rules do not run for this login (they would queue the director's own items).
        assert (status, out.strip()) == (0, "The follow-up queue is empty."), err
        status, out, err = run("insights")
        assert status == 0, err
        pdf = tmp_path / "palms.pdf"
        status, out, err = run("report", "meeting", "--pdf", str(pdf))
        assert status == 0 and pdf.read_bytes().startswith(b"%PDF"), err
        csv = tmp_path / "contacts.csv"
        status, out, err = run("export", str(csv))
        assert status == 0 and csv.read_text(encoding="utf-8").count("\n") > 10, err

        # Writes: refused before the file is even looked at (it does not exist), in one sentence.
        for args in (("import", str(tmp_path / "missing.csv")), ("demo",), ("forget", "Layla Haddad")):
            status, out, err = run(*args)
            assert (status, err.strip()) == (2, SENTENCE), args
    finally:
        db_mod.close_database()
        roles_server.remove(pg_cluster)
