"""Issue 20: the passphrase kept in a real keyring backend (keyrings.alt's file keyring in the test's
folder, a real store on disk): kept when protecting, read at start instead of asking, forgotten when
the protection is removed or the box is unticked."""

from __future__ import annotations

import configparser

import pytest
from modal_helpers import on_next_modal

from totalnet_desktop.cli import main
from totalnet_desktop.core.store import cipher, keyring_check
from totalnet_desktop.core.store import db as db_mod

pytest.importorskip("sqlcipher3")
keyring = pytest.importorskip("keyring", reason="the encryption extra's keyring is not installed")
plaintext = pytest.importorskip("keyrings.alt.file", reason="keyrings.alt (test extra) is not installed")

PASS = "correct horse battery"


class FileKeyring(plaintext.PlaintextKeyring):
    """keyrings.alt's file keyring, kept in the test's own folder."""

    def __init__(self, path) -> None:
        super().__init__()
        self._path = str(path)

    @property
    def file_path(self) -> str:  # type: ignore[override]
        return self._path


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.delenv(cipher.ENV_PASSPHRASE, raising=False)
    monkeypatch.setenv(keyring_check.ENV_PLAINTEXT_OK, "1")  # plain text is refused unless a test allows it
    before = keyring.get_keyring()
    backend = FileKeyring(tmp_path / "keyring_pass.cfg")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(before)
    db_mod.close_database()
    cipher.set_passphrase(None)
    cipher.offer(None)


def _entries(backend) -> list[str]:
    """The entries the keyring's file holds on disk for TotalNet (their names, escaped)."""
    config = configparser.RawConfigParser()
    config.read(backend.file_path, encoding="utf-8")
    section = cipher.KEYRING_SERVICE
    return config.options(section) if config.has_section(section) else []


def test_kept_by_the_cli_read_at_start_and_forgotten_by_decrypt(store, data_dir, monkeypatch, capsys):
    from totalnet_desktop.core.store.session import open_session

    assert main(["demo"]) == 0
    monkeypatch.setenv("TOTALNET_NEW_PASSPHRASE", PASS)
    assert main(["encrypt", "--keyring"]) == 0
    assert "The passphrase is kept in the system keyring." in capsys.readouterr().out
    db_path = data_dir / "totalnet.sqlite3"
    assert store.get_password(cipher.KEYRING_SERVICE, str(db_path.resolve())) == PASS
    assert len(_entries(store)) == 1  # on disk, one entry

    # Start: no variable, no file: the keyring's passphrase opens it (the window's start asks only
    # when this raises PassphraseError).
    db_mod.close_database()
    cipher.set_passphrase(None)
    opened = open_session(data_dir)
    assert opened.protected and cipher.passphrase() == PASS
    db_mod.close_database()
    cipher.set_passphrase(None)
    assert main(["search", "a"]) == 0  # the CLI reads it too
    capsys.readouterr()

    assert main(["decrypt"]) == 0
    assert store.get_password(cipher.KEYRING_SERVICE, str(db_path.resolve())) is None and not _entries(store)


def test_a_wrong_passphrase_in_the_keyring_asks_instead(store, data_dir, qapp, monkeypatch):
    from totalnet_desktop.views.shell.privacy import PassphrasePrompt
    from totalnet_desktop.views.shell.recovery_dialog import open_session_with_recovery

    assert main(["demo"]) == 0
    monkeypatch.setenv("TOTALNET_NEW_PASSPHRASE", PASS)
    assert main(["encrypt"]) == 0
    db_path = data_dir / "totalnet.sqlite3"
    store.set_password(cipher.KEYRING_SERVICE, str(db_path.resolve()), "an old passphrase")
    db_mod.close_database()
    cipher.set_passphrase(None)
    asked = []

    def answer(dialog):
        assert isinstance(dialog, PassphrasePrompt)
        asked.append(dialog.error.text())
        dialog.field.setText(PASS)
        dialog.try_it()

    on_next_modal(answer)
    opened = open_session_with_recovery()
    assert asked and opened is not None and opened.protected


def test_the_preferences_box_keeps_it_and_unticking_forgets_it(store, ctx, qtbot):
    from totalnet_desktop.core.demo import loader
    from totalnet_desktop.views.shell.preferences import PreferencesDialog
    from totalnet_desktop.views.shell.privacy import ProtectDialog

    loader.generate()
    key = str(ctx.paths.db_path.resolve())

    def protect(dialog, new: str | None, keep: bool):
        assert isinstance(dialog, ProtectDialog)
        dialog.keyring.setChecked(keep)
        if new is None:
            dialog.remove_button.click()
            return
        dialog.first.setText(new)
        dialog.second.setText(new)
        dialog.protect_button.click()

    prefs_dialog = PreferencesDialog(ctx, None)
    qtbot.addWidget(prefs_dialog)
    on_next_modal(lambda dialog: protect(dialog, PASS, keep=True))
    assert "protected with your passphrase" in prefs_dialog.open_protect()
    assert store.get_password(cipher.KEYRING_SERVICE, key) == PASS

    on_next_modal(lambda dialog: protect(dialog, PASS + " two", keep=False))
    assert "protected with your passphrase" in prefs_dialog.open_protect()
    assert store.get_password(cipher.KEYRING_SERVICE, key) is None and not _entries(store)


def test_a_plain_text_keyring_is_not_given_the_passphrase(store, tmp_path, monkeypatch):
    """keyrings.alt's plain-text file would keep the passphrase readable: not a keyring for secrets."""
    monkeypatch.delenv(keyring_check.ENV_PLAINTEXT_OK)
    assert not cipher.keyring_set(tmp_path / "totalnet.sqlite3", PASS)
    assert not (tmp_path / "keyring_pass.cfg").exists() or PASS not in (tmp_path / "keyring_pass.cfg").read_text()
    assert cipher.keyring_get(tmp_path / "totalnet.sqlite3") is None
