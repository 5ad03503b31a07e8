"""Finding the contact behind a party: profile URL, e-mail, phone number, then the name.

One pass over the contact points and names builds the look-up tables for a whole import (a few
hundred milliseconds on 100,000 contacts), instead of a query per sender. People the member linked by
hand in the review list are remembered by their key and found first.
"""

from __future__ import annotations

import hashlib
import logging
import re

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.exchange.history.records import Party
from totalnet_desktop.core.store.models import database

logger = logging.getLogger(__name__)

_WORD = re.compile(r"[^\W_]+")


def name_key(name: str) -> str:
    """A name as the contact search compares it: folded words only (emoji and punctuation dropped)."""
    return " ".join(_WORD.findall(normalize.fold(name)))


def party_key(party: Party, region: str) -> str:
    """The review list's key of a party: its strongest identifier."""
    if party.url:
        return "url:" + normalize.url_key(party.url)
    if party.email:
        return "email:" + normalize.email_key(party.email)
    if party.phone:
        return "phone:" + normalize.phone_key(party.phone, region)
    return "name:" + name_key(party.name)


def ignore_hash(source: str, key: str) -> str:
    """What is kept of an ignored person: a hash, not their number or address."""
    return hashlib.sha256(f"{source}\x00{key}".encode()).hexdigest()


class Matcher:
    """Look-up tables of every live contact's URLs, e-mails, phones and (unique) names."""

    def __init__(self, region: str):
        self.region = region
        self.points: dict[tuple[str, str], int] = {}
        for kind, key, cid in database.execute_sql(
                "SELECT p.kind, p.key, p.contact_id FROM contact_point p JOIN contact c ON c.id = p.contact_id"
                " WHERE c.trashed_at IS NULL AND p.key != '' ORDER BY p.contact_id DESC"):
            self.points[(kind, key)] = cid  # the oldest contact wins a shared key
        self.names: dict[str, int | None] = {}
        for cid, first, last in database.execute_sql(
                "SELECT id, first_name, last_name FROM contact WHERE trashed_at IS NULL AND is_me = 0"):
            key = name_key(f"{first} {last}")
            if key:
                self.names[key] = None if key in self.names else cid  # a name two contacts share matches none
        self.aliases: dict[tuple[str, str], int] = {
            (source, key): cid for source, key, cid in database.execute_sql(
                "SELECT source, key, contact_id FROM history_person WHERE contact_id IS NOT NULL")}
        self.ignored = {(s, h) for s, h in database.execute_sql("SELECT source, key_hash FROM history_ignored")}
        self._keys: dict[Party, str] = {}
        self._found: dict[tuple[str, Party], int | None] = {}

    def key(self, party: Party) -> str:
        """``party_key``, computed once per party in an import (a chat repeats its senders)."""
        key = self._keys.get(party)
        if key is None:
            key = self._keys[party] = party_key(party, self.region)
        return key

    def match(self, source: str, party: Party) -> int | None:
        """The contact of a party, or None (computed once per party)."""
        try:
            return self._found[(source, party)]
        except KeyError:
            found = self._found[(source, party)] = self._match(source, party)
            return found

    def _match(self, source: str, party: Party) -> int | None:
        alias = self.aliases.get((source, self.key(party)))
        if alias:
            return alias
        if party.url:
            cid = self.points.get(("social", normalize.url_key(party.url)))
            if cid:
                return cid
        if party.email:
            cid = self.points.get(("email", normalize.email_key(party.email)))
            if cid:
                return cid
        if party.phone:
            cid = self.points.get(("phone", normalize.phone_key(party.phone, self.region)))
            if cid:
                return cid
        if party.name:
            return self.names.get(name_key(party.name))
        return None

    def is_ignored(self, source: str, key: str) -> bool:
        return (source, ignore_hash(source, key)) in self.ignored
