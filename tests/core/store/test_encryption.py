"""Encryption at rest (issue 20): SQLCipher 4 through the [encryption] extra, one step both ways."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from totalnet_desktop.cli import main
from totalnet_desktop.core.store import cipher
from totalnet_desktop.core.store import db as db_mod

pytest.importorskip("sqlcipher3")

PASS = "correct horse battery"


def _names(data_dir: Path) -> list[str]:
    import sqlite3

    con = sqlite3.connect(data_dir / "totalnet.sqlite3")
    try:
        rows = con.execute("SELECT first_name || ' ' || last_name FROM contact WHERE last_name != ''").fetchall()
        emails = con.execute("SELECT value FROM contact_point WHERE kind = 'email'").fetchall()
    finally:
        con.close()
    return [r[0] for r in rows] + [e[0] for e in emails]


def _exports(folder: Path, capsys) -> dict[str, bytes]:
    folder.mkdir(exist_ok=True)
    for what in ("contacts", "palms", "referrals", "attendance"):
        assert main(["export", "--what", what, str(folder / f"{what}.csv")]) == 0
    assert main(["export", "--format", "vcard", str(folder / "contacts.vcf")]) == 0
    capsys.readouterr()
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _leaks(path: Path, names: list[str]) -> list[str]:
    raw = path.read_bytes()
    return [n for n in names if n.encode() in raw]


def test_encrypt_round_trip(data_dir, tmp_path, monkeypatch, capsys):
    assert main(["demo"]) == 0
    assert main(["backup"]) == 0
    names = _names(data_dir)
    assert len(names) > 100
    before = _exports(tmp_path / "before", capsys)

    # Second names for the plain files' bytes (hard links): what encrypting leaves of them on the disk.
    old_bytes = tmp_path / "old-inodes"
    old_bytes.mkdir()
    for item in [data_dir / "totalnet.sqlite3", *(data_dir / "backups").glob("*.sqlite3")]:
        os.link(item, old_bytes / item.name)
    monkeypatch.setenv("TOTALNET_NEW_PASSPHRASE", PASS)
    assert main(["encrypt"]) == 0
    out = capsys.readouterr().out
    # The plain database and backups were overwritten, not only renamed over ("deleted securely").
    assert not [p.name for p in old_bytes.iterdir() if _leaks(p, names)]
    assert "protected with your passphrase" in out and "1 backup are" in out  # one backup (before encrypting), one agreement
    db_file = data_dir / "totalnet.sqlite3"
    assert db_file.read_bytes()[:16] != cipher.SQLITE_MAGIC
    assert not _leaks(db_file, names)
    # Every file in the data folder (the WAL, the salt's copy, the logs...): no name, and owner-only.
    every = [p for p in data_dir.rglob("*") if p.is_file()]
    assert not [f"{p.name}: {_leaks(p, names)[:3]}" for p in every if _leaks(p, names)]
    if os.name == "posix":
        assert not [p.name for p in every if p.stat().st_mode & 0o077]
    backups = list((data_dir / "backups").glob("*.sqlite3"))
    assert backups and not [b.name for b in backups if _leaks(b, names)]
    assert not list((data_dir / "backups").glob("*pre-encrypt*"))  # the safety copy was shredded
    assert not list(data_dir.glob("*.converting"))
    assert (db_file.stat().st_mode & 0o777) == 0o600

    # Without the passphrase: one sentence; a wrong one: another.
    cipher.set_passphrase(None)
    assert main(["search", "a"]) == 2
    err = capsys.readouterr().err.strip()
    assert "protected with a passphrase" in err and len(err.splitlines()) == 1
    pf = tmp_path / "wrong.txt"
    pf.write_text("not the passphrase\n")
    assert main(["--passphrase-file", str(pf), "search", "a"]) == 2
    assert "does not open" in capsys.readouterr().err

    # With it: search (FTS5 on SQLCipher) works, and the exports are the same bytes.
    monkeypatch.setenv("TOTALNET_PASSPHRASE", PASS)
    assert main(["search", names[0].split()[-1]]) == 0
    capsys.readouterr()
    assert main(["backup"]) == 0  # a backup made now is encrypted with the same key
    capsys.readouterr()
    newest = max((data_dir / "backups").glob("manual-*.sqlite3"), key=lambda p: p.name)
    assert not _leaks(newest, names) and newest.read_bytes()[:16] != cipher.SQLITE_MAGIC
    during = _exports(tmp_path / "during", capsys)
    assert during == before

    assert main(["decrypt"]) == 0
    assert "no longer protected" in capsys.readouterr().out
    monkeypatch.delenv("TOTALNET_PASSPHRASE")
    cipher.set_passphrase(None)
    assert db_file.read_bytes()[:16] == cipher.SQLITE_MAGIC
    assert all(b.read_bytes()[:16] == cipher.SQLITE_MAGIC for b in (data_dir / "backups").glob("*.sqlite3"))
    after = _exports(tmp_path / "after", capsys)
    assert after == before


def test_passphrase_file_opens_and_a_short_passphrase_is_refused(data_dir, tmp_path, monkeypatch, capsys):
    assert main(["demo"]) == 0
    assert main(["decrypt"]) == 2
    assert "is not protected; there is no protection to remove" in capsys.readouterr().err
    short = tmp_path / "short.txt"
    short.write_text("abc")
    assert main(["encrypt", "--new-passphrase-file", str(short)]) == 2
    assert "at least 8 characters" in capsys.readouterr().err
    good = tmp_path / "pass.txt"
    good.write_text(PASS + "\n")
    assert main(["encrypt", "--new-passphrase-file", str(good)]) == 0
    cipher.set_passphrase(None)
    capsys.readouterr()
    assert main(["--passphrase-file", str(good), "followups", "--due", "all"]) == 0


def test_without_the_extra_a_protected_file_says_how_to_install_it(data_dir, monkeypatch, capsys):
    assert main(["demo"]) == 0
    monkeypatch.setenv("TOTALNET_NEW_PASSPHRASE", PASS)
    assert main(["encrypt"]) == 0
    db_mod.close_database()
    code = ("import sys; sys.modules['sqlcipher3'] = None; sys.modules['sqlcipher3.dbapi2'] = None\n"
            "from totalnet_desktop.cli import main; sys.exit(main(['search', 'a']))")
    env = dict(os.environ, TOTALNET_DATA_DIR=str(data_dir), TOTALNET_PASSPHRASE=PASS)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 2
    assert "protected with a passphrase" in result.stderr and 'pip install "totalnet-desktop[encryption]"' in \
        result.stderr and "Traceback" not in result.stderr


def test_restore_of_a_protected_backup(data_dir, monkeypatch, capsys):
    assert main(["demo"]) == 0
    monkeypatch.setenv("TOTALNET_NEW_PASSPHRASE", PASS)
    assert main(["encrypt"]) == 0
    monkeypatch.setenv("TOTALNET_PASSPHRASE", PASS)
    assert main(["backup"]) == 0
    made = max((data_dir / "backups").glob("manual-*.sqlite3"), key=lambda p: p.name)
    capsys.readouterr()
    db_mod.close_database()
    cipher.set_passphrase(None)
    assert main(["restore", str(made)]) == 0
    assert "restored" in capsys.readouterr().out


def test_a_protected_file_is_read_back_as_protected_by_restore_and_copy_database(data_dir, tmp_path, monkeypatch,
                                                                                   capsys):
    """A protected file opened without its key says so, wherever it is opened: the database, a backup
    restored into a plain database, copy-database (they said "not an SQLite file" and "file is not a
    database"); a backup protected with another passphrase says that."""
    assert main(["demo"]) == 0
    monkeypatch.setenv("TOTALNET_NEW_PASSPHRASE", PASS)
    assert main(["encrypt"]) == 0
    monkeypatch.setenv("TOTALNET_PASSPHRASE", PASS)
    assert main(["backup", str(tmp_path / "stick" / "protected.sqlite3")]) == 0
    db_mod.close_database()
    cipher.set_passphrase(None)
    monkeypatch.delenv("TOTALNET_PASSPHRASE")
    protected = tmp_path / "stick" / "protected.sqlite3"
    capsys.readouterr()

    other = tmp_path / "plain-folder"
    monkeypatch.setenv("TOTALNET_DATA_DIR", str(other))
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["restore", str(protected)]) == 2
    err = capsys.readouterr().err
    assert "is protected with a passphrase and your database is not" in err and len(err.strip().splitlines()) == 1
    assert main(["copy-database", str(protected), str(tmp_path / "copy.sqlite3")]) == 2
    err = capsys.readouterr().err
    assert "is protected with a passphrase" in err and "not a database" not in err
    assert main(["copy-database", str(other / "totalnet.sqlite3"), str(protected)]) == 2  # nor written into
    assert "is protected with a passphrase" in capsys.readouterr().err
    db_mod.close_database()

    monkeypatch.setenv("TOTALNET_NEW_PASSPHRASE", "another passphrase")
    assert main(["encrypt"]) == 0
    monkeypatch.setenv("TOTALNET_PASSPHRASE", "another passphrase")
    capsys.readouterr()
    assert main(["restore", str(protected)]) == 2
    assert "protected with another passphrase" in capsys.readouterr().err


def test_shred_overwrites_the_bytes_before_it_deletes_the_file(tmp_path):
    """The safety backup made before a conversion is removed with cipher.shred: its bytes are zeros
    before its name goes (a hard link still reaches them)."""
    doomed = tmp_path / "pre-encrypt.sqlite3"
    doomed.write_bytes(b"Layla Haddad +971 50 555 0107 " * 5000)
    os.link(doomed, tmp_path / "second-name")
    cipher.shred(doomed)
    assert not doomed.exists()
    left = (tmp_path / "second-name").read_bytes()
    assert len(left) == 150000 and left == bytes(len(left))
