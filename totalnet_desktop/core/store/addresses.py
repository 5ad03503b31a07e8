"""Database addresses as text: a file path or a ``postgresql://`` address, and the words the window
shows for them (never a password). No imports of the store: everyone may use these."""

from __future__ import annotations

import os
import re
from urllib.parse import urlsplit, urlunsplit

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_server_target(target: object) -> bool:
    """True when ``target`` names a PostgreSQL database rather than a file."""
    return isinstance(target, str) and target.lower().startswith(SERVER_SCHEMES)


def safe_label(target: object) -> str:
    """What the window title and the status bar show: the address without any password."""
    text = str(target)
    if not is_server_target(text):
        return text
    parts = urlsplit(text)
    host = parts.hostname or "localhost"
    netloc = (f"{parts.username}@" if parts.username else "") + host + (f":{parts.port}" if parts.port else "")
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def short_label(target: object) -> str:
    """The title bar's words for a database: the file's name, or user@host/database."""
    text = str(target)
    if not is_server_target(text):
        return os.path.basename(text) or text
    parts = urlsplit(text)
    user = f"{parts.username}@" if parts.username else ""
    return f"{user}{parts.hostname or 'localhost'}/{database_name(text)}"


def database_name(target: str) -> str:
    """The database part of a server address ('chapter' in postgresql://me@host/chapter)."""
    return re.sub(r"^/", "", urlsplit(target).path) or "postgres"
