"""Whether this computer's keyring keeps secrets: the one rule for the server password
(server_login) and the database passphrase (cipher).

keyring's "fail" backend keeps nothing, and keyrings.alt's PlaintextKeyring writes a readable file:
no better than no keyring, so a secret is not handed to it (a test allows it for its own folder)."""

from __future__ import annotations

import os

ENV_PLAINTEXT_OK = "TOTALNET_ALLOW_PLAINTEXT_KEYRING"  # tests only: a file keyring in the test's folder


def plaintext(backend) -> bool:
    """keyrings.alt's PlaintextKeyring (a readable file)."""
    return getattr(backend, "scheme", "") == "no encyption" or type(backend).__name__.startswith("Plaintext")


def keyring_usable() -> bool:
    """True when this system has a keyring that keeps secrets: not keyring's 'fail' backend, and not
    a plain-text file (unless a test allows it for its own folder)."""
    try:
        import keyring

        backend = keyring.get_keyring()
        if getattr(backend, "priority", 0) <= 0 or "fail" in type(backend).__module__:
            return False
        return not plaintext(backend) or os.environ.get(ENV_PLAINTEXT_OK) == "1"
    except Exception:  # noqa: BLE001 - no keyring library or backend
        return False
