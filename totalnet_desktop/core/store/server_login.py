"""Which chapter server a desk uses, and its password kept out of plain text.

- ``ServerAddress``: host, port, database, user and sslmode, as the Connect dialog asks them; its
  ``url()`` never holds a password.
- The password lives in the platform keyring (``keyring``: Keychain, Windows Credential Locker,
  Secret Service), under the address without the password; or, where the user prefers, in libpq's
  own ``~/.pgpass`` (then TotalNet gives none and libpq finds it). For this run only, a password typed
  without "remember" is kept in memory (``offer``).
- The choice is remembered in the data folder (``chapter_server.json``, owner-only, no password), so
  the next start opens the server again; ``forget`` goes back to the personal file.
"""

from __future__ import annotations

import contextlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlsplit

from totalnet_desktop import paths as paths_mod
from totalnet_desktop.core.store import addresses as engine  # URL helpers only (no import circle)
from totalnet_desktop.core.store import keyring_check

logger = logging.getLogger(__name__)

KEYRING_SERVICE = "TotalNet chapter server"
REMEMBER_FILE = "chapter_server.json"
SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable")
DEFAULT_PORT = 5432

_typed: dict[str, str] = {}  # passwords typed this run, by account


@dataclass(frozen=True)
class ServerAddress:
    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT
    sslmode: str = "prefer"

    def url(self) -> str:
        """postgresql://user@host:port/database?sslmode=... (no password)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = f"?sslmode={self.sslmode}" if self.sslmode and self.sslmode != "prefer" else ""
        return f"postgresql://{quote(self.user, safe='')}@{host}:{int(self.port)}/{quote(self.database, safe='')}{query}"

    @property
    def account(self) -> str:
        return account(self.url())

    @classmethod
    def from_url(cls, url: str) -> ServerAddress:
        parts = urlsplit(url)
        ssl = parse_qs(parts.query).get("sslmode", ["prefer"])[0]
        return cls(host=parts.hostname or "localhost", database=engine.database_name(url),
                   user=unquote(parts.username or ""), port=parts.port or DEFAULT_PORT, sslmode=ssl)


def account(url: str) -> str:
    """The keyring's name for a server login: 'user@host:port/database' (what the title shows)."""
    parts = urlsplit(url)
    host = parts.hostname or "localhost"
    return f"{unquote(parts.username or '')}@{host}:{parts.port or DEFAULT_PORT}/{engine.database_name(url)}"


def has_password(url: str) -> bool:
    return urlsplit(url).password is not None


# ---- the password ----------------------------------------------------------------------------------
ENV_PLAINTEXT_OK = keyring_check.ENV_PLAINTEXT_OK
keyring_usable = keyring_check.keyring_usable


def save_password(url: str, password: str) -> bool:
    """Keep the password in the keyring; False when there is no usable keyring."""
    if not keyring_usable():
        return False
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, account(url), password)
        return True
    except Exception:
        logger.warning("the keyring refused the server password", exc_info=True)
        return False


def stored_password(url: str) -> str | None:
    if not keyring_usable():
        return None
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, account(url))
    except Exception:  # noqa: BLE001 - no keyring backend
        return None


def forget_password(url: str) -> None:
    _typed.pop(account(url), None)
    with contextlib.suppress(Exception):
        import keyring

        keyring.delete_password(KEYRING_SERVICE, account(url))


def offer(url: str, password: str | None) -> None:
    """A password for this run only (typed in the dialog, not remembered)."""
    if password:
        _typed[account(url)] = password
    else:
        _typed.pop(account(url), None)


def password_for(url: str) -> str | None:
    """The password to connect with: the one typed this run, else the keyring's, else None (libpq
    then reads ~/.pgpass or PGPASSWORD). An address that carries its own password needs none."""
    if has_password(url):
        return None
    return _typed.get(account(url)) or stored_password(url)


# ---- the remembered choice --------------------------------------------------------------------------
def _file(resolved: paths_mod.AppPaths) -> Path:
    return Path(resolved.data_dir) / REMEMBER_FILE


def remember(resolved: paths_mod.AppPaths, url: str) -> None:
    """Open this server at the next start (the address only; a password in it is dropped)."""
    if has_password(url):
        url = ServerAddress.from_url(url).url()
    target = _file(resolved)
    paths_mod.private_file(target)
    target.write_text(json.dumps({"database": url}), encoding="utf-8")


def remembered(resolved: paths_mod.AppPaths) -> str | None:
    """The server chosen in the Connect dialog, or None (the personal file)."""
    try:
        value = json.loads(_file(resolved).read_text(encoding="utf-8")).get("database")
    except (OSError, ValueError, AttributeError):
        return None
    return value if engine.is_server_target(value) else None


def forget(resolved: paths_mod.AppPaths) -> None:
    """Back to the personal file at the next start."""
    with contextlib.suppress(FileNotFoundError):
        _file(resolved).unlink()
