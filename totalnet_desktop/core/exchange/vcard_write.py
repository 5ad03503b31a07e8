"""Writing contacts as vCard 3.0 (RFC 2426) or 4.0 (RFC 6350), with social profiles."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from totalnet_desktop.core.contacts.normalize import social_url
from totalnet_desktop.core.store.records import ContactRecord, PointRecord
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

VERSIONS = ("3.0", "4.0")
# X-SOCIALPROFILE TYPE values understood by Apple Contacts, Android and Outlook.
_SOCIAL_TYPE = {"linkedin": "linkedin", "x": "twitter", "facebook": "facebook", "instagram": "instagram"}
_PHONE_TYPES = {"mobile": "CELL", "cell": "CELL", "work": "WORK", "home": "HOME", "fax": "FAX"}


def escape(text: str) -> str:
    """Escape a text value: backslash, comma, semicolon and newlines (RFC 6350 3.4)."""
    return (
        text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
        .replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    raw = line.encode("utf-8")
    if len(raw) <= 75:
        return line
    parts: list[str] = []
    current = b""
    limit = 75
    for ch in line:
        enc = ch.encode("utf-8")
        if len(current) + len(enc) > limit:
            parts.append(current.decode("utf-8"))
            current = b""
            limit = 74  # continuation lines start with one space
        current += enc
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def _type_param(types: list[str], version: str) -> str:
    if not types:
        return ""
    if version == "4.0":
        return ";TYPE=" + ",".join(t.lower() for t in types)
    return "".join(f";TYPE={t}" for t in types)


def _point_lines(point: PointRecord, version: str, pref: bool) -> list[str]:
    value = point.value
    if point.kind == "email":
        types = [] if version == "4.0" else ["INTERNET"]
        if point.label.lower() in ("work", "home"):
            types.append(point.label.upper())
        if pref and version == "3.0":
            types.append("PREF")
        line = "EMAIL" + _type_param(types, version) + (";PREF=1" if pref and version == "4.0" else "")
        return [line + ":" + escape(value)]
    if point.kind == "phone":
        mapped = _PHONE_TYPES.get(point.label.lower())
        types = [mapped] if mapped else ["VOICE"]
        if pref and version == "3.0":
            types.append("PREF")
        line = "TEL" + _type_param(types, version) + (";PREF=1" if pref and version == "4.0" else "")
        return [line + ":" + escape(value)]
    if point.kind == "website":
        return ["URL:" + value]
    if point.kind == "social":
        url = social_url(point.network, value) or value
        kind = _SOCIAL_TYPE.get(point.network, point.network or "other")
        lines = [f"X-SOCIALPROFILE;TYPE={kind}:{url}"]
        # Readers that ignore X- properties still get a URL they can open.
        lines.append(("URL;TYPE=" + kind + ":" if version == "4.0" else "URL:") + url)
        return lines
    return []


def contact_to_vcard(record: ContactRecord, version: str = "3.0") -> str:
    """One contact as a vCard ('3.0' or '4.0'), CRLF line endings, lines folded at 75 octets."""
    if version not in VERSIONS:
        raise ValueError(QT_TRANSLATE_NOOP(
            "Errors", "vCard version {version!r} is not supported (3.0 or 4.0).").format(version=version))
    full = record.name or record.company or "(no name)"
    lines = [
        "BEGIN:VCARD",
        f"VERSION:{version}",
        "FN:" + escape(full),
        "N:" + ";".join(escape(p) for p in (record.last_name, record.first_name, "", "", "")),
    ]
    if record.company:
        lines.append("ORG:" + escape(record.company))
    if record.job_title:
        lines.append("TITLE:" + escape(record.job_title))
    if record.profession:
        lines.append("ROLE:" + escape(record.profession))
    seen: dict[str, int] = {}
    for point in record.points:
        if not point.value:
            continue
        first = seen.get(point.kind, 0) == 0
        seen[point.kind] = seen.get(point.kind, 0) + 1
        lines.extend(_point_lines(point, version, pref=first and point.kind in ("email", "phone")))
    if record.city:
        lines.append("ADR" + (";TYPE=work" if version == "4.0" else ";TYPE=WORK") + ":;;;"
                     + escape(record.city) + ";;;")
    if record.tags:
        lines.append("CATEGORIES:" + ",".join(escape(t) for t in record.tags))
    if record.notes:
        lines.append("NOTE:" + escape(record.notes))
    if record.met_on is not None and version == "4.0":
        lines.append("X-TOTALNET-MET-ON:" + record.met_on.isoformat())
    lines.append("END:VCARD")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def contacts_to_vcard(records: Iterable[ContactRecord], version: str = "3.0") -> str:
    """Several contacts, one card after another (a .vcf file)."""
    return "".join(contact_to_vcard(r, version) for r in records)
