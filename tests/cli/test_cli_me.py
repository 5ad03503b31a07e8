"""``totalnet me``: who I am, shown and chosen from the roster (by part of a name or an id), or a new
card of my own; on a chapter server for the login only (two real logins with --engine postgres)."""

from __future__ import annotations

import pytest

from totalnet_desktop.cli import main
from totalnet_desktop.core.chapter import chapters
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store import db as db_mod
from totalnet_desktop.core.store import identity
from totalnet_desktop.core.store.session import open_session


def _roster(data_dir) -> dict[str, int]:
    open_session(data_dir)
    chapter = chapters.create_chapter("Dubai Achievers", start_time="07:00")
    ids = {name: chapters.add_member(chapter.id, name=name, classification=what).contact_id
           for name, what in (("Maya Member", "Printing"), ("Mark Stone", "Plumbing"), ("Rami Saad", "Law"))}
    db_mod.close_database()
    return ids


def _me(data_dir) -> int | None:
    open_session(data_dir)
    try:
        return identity.me_id()
    finally:
        db_mod.close_database()


def test_show_list_and_choose(data_dir, capsys):
    ids = _roster(data_dir)
    args = ["--data-dir", str(data_dir), "me"]
    assert main(args) == 0
    assert "not said who" in capsys.readouterr().out
    assert main([*args, "--roster"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"{ids['Mark Stone']}\tMark Stone\tPlumbing\tDubai Achievers",
        f"{ids['Maya Member']}\tMaya Member\tPrinting\tDubai Achievers",
        f"{ids['Rami Saad']}\tRami Saad\tLaw\tDubai Achievers"]
    assert main([*args, "ma"]) == 2  # two members: the command lists them and changes nothing
    err = capsys.readouterr().err
    assert 'several members match "ma"' in err and "Rami" not in err
    assert [line.split("\t")[1] for line in err.splitlines()[1:]] == ["Mark Stone", "Maya Member"]
    assert _me(data_dir) is None
    assert main([*args, "nobody"]) == 2
    assert "totalnet me --new" in capsys.readouterr().err
    assert main([*args, "ma pr"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"You are Maya Member (contact {ids['Maya Member']})")
    assert _me(data_dir) == ids["Maya Member"]
    assert main([*args, str(ids["Rami Saad"])]) == 0 and _me(data_dir) == ids["Rami Saad"]
    assert main([*args, "999"]) == 2 and "does not exist" in capsys.readouterr().err
    assert main(args) == 0 and f"You are Rami Saad (contact {ids['Rami Saad']})" in capsys.readouterr().out


def test_not_on_the_roster_makes_my_own_card(data_dir, capsys):
    ids = _roster(data_dir)
    assert main(["--data-dir", str(data_dir), "me", "--new", "Dina Director", "--company", "Region Office"]) == 0
    me = _me(data_dir)
    assert me not in ids.values() and f"You are Dina Director (contact {me})" in capsys.readouterr().out
    open_session(data_dir)
    assert contacts.get(me).company == "Region Office"
    db_mod.close_database()
    assert main(["--data-dir", str(data_dir), "me", "--new", "  "]) == 2
    assert "Type your name" in capsys.readouterr().err


@pytest.mark.postgres_only
def test_each_login_chooses_their_own(pg_cluster, empty_server, data_dir, capsys, monkeypatch):
    from pglogins import login

    monkeypatch.setenv("TOTALNET_DATABASE", empty_server)
    ids = _roster(data_dir)
    alice, bob = login(pg_cluster, empty_server, "alice"), login(pg_cluster, empty_server, "bob")
    assert main(["--database", alice, "me"]) == 0
    assert "Login alice has not said who they are yet" in capsys.readouterr().out
    assert main(["--database", alice, "me", "maya"]) == 0
    assert f"You are Maya Member (contact {ids['Maya Member']}) on login alice." in capsys.readouterr().out
    assert main(["--database", bob, "me", "--new", "Bob Director"]) == 0
    assert "on login bob." in capsys.readouterr().out
    assert main(["--database", alice, "me"]) == 0
    assert "You are Maya Member" in capsys.readouterr().out  # Bob's choice did not move hers
    assert main(["--database", alice, "me", "--roster"]) == 0
    assert "Bob Director" not in capsys.readouterr().out  # his card is his


@pytest.mark.postgres_only
def test_a_member_is_me_for_one_login_only(pg_cluster, empty_server, data_dir, capsys, monkeypatch):
    from pglogins import login, raw

    monkeypatch.setenv("TOTALNET_DATABASE", empty_server)
    ids = _roster(data_dir)
    alice, bob = login(pg_cluster, empty_server, "alice"), login(pg_cluster, empty_server, "bob")
    assert main(["--database", alice, "me", "maya"]) == 0
    capsys.readouterr()
    assert main(["--database", bob, "me", "--roster"]) == 0
    assert "Maya Member" not in capsys.readouterr().out  # taken: left out of his roster
    assert main(["--database", bob, "me", "maya"]) == 2
    assert capsys.readouterr().err == (  # one sentence on one line
        "totalnet: Maya Member is already 'me' for the login alice; ask your chapter's leadership if that is "
        "wrong.\n")
    assert main(["--database", bob, "me", "ma"]) == 2  # two match: the taken one says whose she is
    assert capsys.readouterr().err.splitlines()[1:] == [
        f"{ids['Mark Stone']}\tMark Stone\tPlumbing",
        f"{ids['Maya Member']}\tMaya Member\tPrinting\talready 'me' for the login alice"]
    assert main(["--database", bob, "me", str(ids["Maya Member"])]) == 2
    assert raw(alice, "SELECT key FROM setting WHERE key LIKE 'me_contact_id@%%'") == [("me_contact_id@alice",)]
    assert main(["--database", alice, "me", "maya"]) == 0  # choosing herself again is fine
    assert main(["--database", alice, "me", "rami"]) == 0  # she moves: Maya is free for Bob
    assert main(["--database", bob, "me", "maya"]) == 0
    assert "You are Maya Member" in capsys.readouterr().out
