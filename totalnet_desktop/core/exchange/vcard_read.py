"""Reading vCard files (2.1, 3.0, 4.0; many cards per file) into contact drafts with ``vobject``.

Cards are cut apart by their BEGIN/END lines and parsed one at a time, so one broken card becomes a
rejected row (with its line number) instead of failing the whole file.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

from totalnet_desktop.core.contacts import normalize as nz
from totalnet_desktop.core.exchange import encoding as enc
from totalnet_desktop.core.exchange.drafts import Draft, finish, split_full_name
from totalnet_desktop.core.store.errors import ImportReadError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)

_SOCIAL_TYPES = {"linkedin": "linkedin", "twitter": "x", "x": "x", "facebook": "facebook",
                 "instagram": "instagram"}
_X_PROPS = {"x-linkedin": "linkedin", "x-twitter": "x", "x-facebook": "facebook", "x-instagram": "instagram"}


def is_vcard(path: Path) -> bool:
    """True for a .vcf/.vcard file or any file that starts with BEGIN:VCARD."""
    if path.suffix.lower() in (".vcf", ".vcard"):
        return True
    try:
        with open(path, "rb") as fh:
            head = fh.read(64).lstrip(b"\xef\xbb\xbf\xff\xfe\x00 \r\n")
    except OSError:
        return False
    return head.replace(b"\x00", b"").upper().startswith(b"BEGIN:VCARD")


# Properties holding pictures or sounds, which the app does not keep: their values (often megabytes of
# base64) are skipped as the file is read, never held whole nor given to vobject (which would take
# about 150 times the value's size).
SKIPPED = ("PHOTO", "LOGO", "SOUND", "KEY")


def _skipped_property(text: str) -> bool:
    head = text.split(":", 1)[0].split(";", 1)[0]
    return head.rsplit(".", 1)[-1].strip().upper() in SKIPPED  # "item1.PHOTO" has a group prefix


def _cards(path: Path, encoding: str) -> Iterator[tuple[int, str]]:
    """(first line, text) of each card; quoted-printable soft line breaks joined; PHOTO and the like
    left out with their folded lines (and vCard 2.1's unfolded base64 lines, up to the blank line)."""
    lines: list[str] = []
    start = 0
    pending_qp = False
    skipping = False
    with open(path, encoding=encoding, errors="replace", newline="") as fh:
        for number, line in enumerate(fh, start=1):
            text = line.rstrip("\r\n")
            if skipping:
                # A folded line starts with a space or tab; 2.1's base64 lines hold no colon.
                if text[:1] in (" ", "\t") or (text and ":" not in text):
                    continue
                skipping = False
                if not text:
                    continue
            if pending_qp and lines:
                lines[-1] = lines[-1][:-1] + text  # '=' at the end: the value goes on
            elif text.upper().startswith("BEGIN:VCARD"):
                lines, start = [text], number
            elif lines:
                if _skipped_property(text) and text[:1] not in (" ", "\t"):
                    skipping = True
                    pending_qp = False
                    continue
                lines.append(text)
            else:
                continue
            current = lines[-1]
            pending_qp = current.endswith("=") and "QUOTED-PRINTABLE" in current.upper().split(":", 1)[0]
            if text.upper().startswith("END:VCARD") and lines:
                yield start, "\r\n".join(lines) + "\r\n"
                lines = []
    if lines:
        yield start, "\r\n".join(lines) + "\r\n"


def _types(child) -> set[str]:
    found = {p.lower() for p in getattr(child, "singletonparams", [])}
    for value in child.params.get("TYPE", []):
        found.update(v.strip().strip('"').lower() for v in value.split(","))
    return found


_QP_ESCAPE = re.compile(r"=([0-9A-Fa-f]{2})")
STRUCTURED = ("N", "ADR", "ORG")


def _qp_bytes(value: str) -> tuple[bytes, bool]:
    """Quoted-printable to bytes; a bad escape (``=ZZ``) is kept as it stands. (bytes, any bad)."""
    out, bad, i = bytearray(), False, 0
    while i < len(value):
        ch = value[i]
        if ch == "=":
            match = _QP_ESCAPE.match(value, i)
            if match:
                out.append(int(match.group(1), 16))
                i += 3
                continue
            bad = True
        out.extend(ch.encode("utf-8"))
        i += 1
    return bytes(out), bad


def _plain_qp(text: str, warnings: list[str]) -> str:
    """vCard 2.1 quoted-printable lines decoded here (leniently) and written as escaped text.

    vCard 2.1 does not escape commas in text, and vobject cut such a NOTE at its first comma; a bad
    escape or cut UTF-8 made vobject reject the whole card. Bad bytes become U+FFFD, with a warning.
    """
    out = []
    for line in text.split("\r\n"):
        head, colon, value = line.partition(":")
        params = head.split(";")
        if not colon or not any(p.strip().upper() in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE")
                                for p in params[1:]):
            out.append(line)
            continue
        charset = next((p.split("=", 1)[1] for p in params[1:] if p.upper().startswith("CHARSET=")), "utf-8")
        raw, bad = _qp_bytes(value)
        try:
            decoded = raw.decode(charset)
        except (LookupError, UnicodeDecodeError):
            decoded, bad = raw.decode("utf-8" if charset.lower() == "utf-8" else "cp1252", errors="replace"), True
        if bad:
            warnings.append(f"{params[0]}: a damaged quoted-printable value was read with the bad bytes replaced")
        decoded = decoded.replace("\r\n", "\n").replace("\r", "\n").replace("\\", "\\\\")
        decoded = decoded.replace(",", "\\,").replace("\n", "\\n")
        if params[0].rsplit(".", 1)[-1].upper() not in STRUCTURED:
            decoded = decoded.replace(";", "\\;")
        kept = [p for p in params[1:] if p.strip().upper() not in ("ENCODING=QUOTED-PRINTABLE", "QUOTED-PRINTABLE")
                and not p.upper().startswith("CHARSET=")]
        out.append(";".join([params[0], *kept]) + ":" + decoded)
    return "\r\n".join(out)


def card_to_draft(line: int, text: str, region: str = nz.DEFAULT_REGION) -> Draft:
    """One card's text to a draft (a parse failure becomes the draft's problem); national phone
    numbers are read in ``region``."""
    draft = Draft(line=line, cells=[text])
    if "QUOTED-PRINTABLE" in text.upper():
        text = _plain_qp(text, draft.warnings)
    import vobject  # at the first card: a CSV import does not load it

    try:
        card = vobject.readOne(text, ignoreUnreadable=True)
    except Exception as exc:  # noqa: BLE001 - vobject raises many unrelated types on bad input
        draft.problem = QT_TRANSLATE_NOOP("Import", "this card cannot be read ({error})").format(
            error=str(exc).splitlines()[0][:120])
        return draft
    for child in card.getChildren():
        name = child.name.lower()
        value = child.value
        try:
            _apply(draft, name, value, child)
        except (AttributeError, TypeError, ValueError):
            draft.warnings.append(f"{child.name}: could not be read; ignored")
    if not (draft.first_name or draft.last_name):
        fn = getattr(card, "fn", None)
        if fn is not None and isinstance(fn.value, str):
            draft.first_name, draft.last_name = split_full_name(fn.value)
    finish(draft, region)
    return draft


def _apply(draft: Draft, name: str, value, child) -> None:
    if name == "n":
        draft.first_name = nz.clean(" ".join(p for p in (_s(value.given), _s(value.additional)) if p))
        draft.last_name = nz.clean(_s(value.family))
    elif name == "org":
        parts = value if isinstance(value, list) else [value]
        draft.company = nz.clean(parts[0] if parts else "")
    elif name == "title":
        draft.job_title = nz.clean(value)
    elif name == "role":
        draft.profession = nz.clean(value)
    elif name == "email":
        addr = nz.clean(value)
        if addr:
            if not nz.is_valid_email(addr):
                draft.warnings.append(f"EMAIL: {addr!r} does not look like an e-mail address")
            draft.emails.append(addr)
    elif name == "tel":
        number = nz.clean(value)
        if number.lower().startswith("tel:"):
            number = number[4:]
        if number:
            types = _types(child)
            label = "mobile" if "cell" in types else "work" if "work" in types else "home" if "home" in types else ""
            draft.phones.append((number, label))
    elif name in ("url", "x-socialprofile") or name in _X_PROPS:
        url = nz.clean(value)
        if not url:
            return
        network = _X_PROPS.get(name, "")
        for t in _types(child):
            network = network or _SOCIAL_TYPES.get(t, "")
        network = network or nz.network_of(url)
        if network:
            draft.socials.append((network, url if "/" in url or "." in url else nz.social_url(network, url)))
        elif name == "url":
            draft.websites.append(url)
    elif name == "adr":
        city = nz.clean(_s(getattr(value, "city", "")))
        if city and not draft.city:
            draft.city = city
    elif name == "categories":
        parts = value if isinstance(value, list) else [value]
        draft.tags.extend(t for t in (nz.clean(p) for p in parts) if t and t not in draft.tags)
    elif name == "note":
        draft.notes = (draft.notes + "\n" + value).strip("\n") if draft.notes else str(value)


def _s(part) -> str:
    return " ".join(part) if isinstance(part, list) else str(part or "")


def read_vcard_file(path: str | os.PathLike, region: str = nz.DEFAULT_REGION) -> tuple[str, Iterator[Draft]]:
    """The detected encoding and the drafts of every card in the file."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            sample = fh.read(enc.SAMPLE_BYTES)
    except OSError as exc:
        raise ImportReadError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} cannot be opened: {value}.").format(path=path, value=exc.strerror or exc)) from exc
    if not sample.strip():
        raise ImportReadError(QT_TRANSLATE_NOOP("Errors", "The file {path} is empty.").format(path=path))
    if enc.binary_kind(sample) is not None:
        raise ImportReadError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} is not a vCard file (it looks like a binary file).").format(path=path))
    encoding = enc.detect(sample)
    text = sample.decode(encoding, errors="replace")
    if "BEGIN:VCARD" not in text.upper():
        raise ImportReadError(QT_TRANSLATE_NOOP(
            "Errors", "The file {path} holds no vCard (no BEGIN:VCARD line).").format(path=path))

    def drafts() -> Iterator[Draft]:
        for line, card_text in _cards(path, encoding):
            yield card_to_draft(line, card_text, region)

    return encoding, drafts()
