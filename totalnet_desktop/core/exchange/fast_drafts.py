"""The common import row, built without the general builder's branches: same draft, less work.

A LinkedIn export (and any CSV whose mapped columns are names, company, job, one e-mail, profiles and
dates) gives rows that need none of ``RowBuilder.build``'s general cases. The mapping is sorted once
into what each column needs; a row that holds anything unusual (more cells than columns, an e-mail
cell that is not exactly one valid address, a date that does not read, no name) is handed to the
general builder, so every warning and problem comes from one place. Tests check that both give the
same drafts and the same plan for random files.
"""

from __future__ import annotations

from collections.abc import Callable

from totalnet_desktop.core.contacts import fastnorm as fn
from totalnet_desktop.core.exchange.drafts import _TEXT_FIELDS, SOCIAL_FIELDS, Draft, RowBuilder, parse_date

_NEW = object.__new__
_KINDS = {**{t: "text" for t in _TEXT_FIELDS}, **{t: "social" for t in SOCIAL_FIELDS},
          "email": "email", "connected_on": "date", "next_followup": "date"}


def fast_builder(builder: RowBuilder) -> Callable[[int, list[str]], Draft] | None:
    """A ``build(line, cells)`` equal to ``builder.build`` for this mapping, or None when the mapping
    needs the general builder (the app's own export, kept unmapped values, phones, notes, tags...)."""
    if builder.own or builder.keep_unmapped:
        return None
    targets = [target for _, target, _, _ in builder.columns]
    if len(set(targets)) != len(targets) or any(t not in _KINDS for t in targets):
        return None  # two columns into one field (joined, listed) or a field with rules of its own
    general = builder.build
    width = len(builder.headers)
    if builder.width != width:
        return None
    texts = [(i, t) for i, t, _, _ in builder.columns if _KINDS[t] == "text"]
    email = next((i for i, t, _, _ in builder.columns if t == "email"), None)
    socials = [(i, t) for i, t, _, _ in builder.columns if _KINDS[t] == "social"]
    dates = [(i, t) for i, t, _, _ in builder.columns if _KINDS[t] == "date"]
    unmapped = builder.unmapped
    valid_email = fn.is_valid_email
    email_key, social_key = fn.email_key, fn.social_key

    def build(line: int, cells: list[str]) -> Draft:
        if len(cells) != width:
            return general(line, cells)
        d = _NEW(Draft)
        values: dict[str, str] = {}
        for index, target in texts:
            raw = cells[index]
            if raw and not raw.isspace():
                values[target] = " ".join(raw.split()) if raw.isascii() else fn.clean(raw)
        if not (values.get("first_name") or values.get("last_name")):
            return general(line, cells)  # no name: read from a profile address, or rejected
        emails: list[str] = []
        email_keys: list[str] = []
        if email is not None:
            raw = cells[email]
            if raw and not raw.isspace():
                addr = " ".join(raw.split()) if raw.isascii() else fn.clean(raw)
                if ";" in addr or not valid_email(addr):
                    return general(line, cells)  # several addresses, or kept in the notes with a warning
                emails.append(addr)
                email_keys.append(email_key(addr))
        connected = followup = None
        for index, target in dates:
            raw = cells[index]
            if raw and not raw.isspace():
                date = parse_date(" ".join(raw.split()) if raw.isascii() else fn.clean(raw))
                if date is None:
                    return general(line, cells)  # a warning says so
                if target == "connected_on":
                    connected = date
                else:
                    followup = date
        profiles: list[tuple[str, str]] = []
        social_keys: list[str] = []
        for index, target in socials:
            raw = cells[index]
            if raw and not raw.isspace():
                url = " ".join(raw.split()) if raw.isascii() else fn.clean(raw)
                key = social_key(target, url)
                if key and key not in social_keys:
                    profiles.append((target, url))
                    social_keys.append(key)
        d.line = line
        get = values.get
        d.first_name, d.last_name, d.company = get("first_name", ""), get("last_name", ""), get("company", "")
        d.job_title, d.profession, d.city = get("job_title", ""), get("profession", ""), get("city", "")
        d.source = get("source", "")
        d.notes = d.stage = d.met_where = d.role = d.problem = ""
        d.emails, d.email_keys = emails, email_keys
        d.match_emails = [k for k in email_keys if k]
        d.socials, d.social_keys = profiles, social_keys
        d.phones, d.websites, d.tags, d.warnings, d.phone_keys, d.phone_tokens = [], [], [], [], [], []
        d.unmapped = [header for index, header in unmapped if (raw := cells[index]) and not raw.isspace()] \
            if unmapped else []
        d.connected_on, d.next_followup = connected, followup
        d.repeat_header = False
        d.cells = cells
        return d

    return build
