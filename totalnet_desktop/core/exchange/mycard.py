"""My card: the vCard of the contact who is "me", as text and as a QR code (``segno``)."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import segno

from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.exchange.csv_write import atomic_text
from totalnet_desktop.core.exchange.vcard import contact_to_vcard
from totalnet_desktop.core.store.records import ContactRecord
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

logger = logging.getLogger(__name__)


def my_record() -> ContactRecord | None:
    """The contact who is me (None until one is chosen)."""
    cid = contacts.me_id()
    return contacts.get(cid) if cid is not None else None


def card_record(record: ContactRecord) -> ContactRecord:
    """What goes on the card: contact details, never my private notes or tags."""
    from dataclasses import replace

    return replace(record, notes="", tags=())


def my_vcard(version: str = "3.0") -> str:
    """My vCard text ('' when no contact is me)."""
    record = my_record()
    return contact_to_vcard(card_record(record), version) if record else ""


def qr_png(text: str, scale: int = 8) -> bytes:
    """A QR code of ``text`` as PNG bytes (error correction M: readable from a phone screen)."""
    qr = segno.make(text, error="m", micro=False)
    buffer = io.BytesIO()
    qr.save(buffer, kind="png", scale=scale, border=4)
    return buffer.getvalue()


def export_vcf(path: Path, version: str = "3.0") -> Path:
    """Write my card to a .vcf file."""
    text = my_vcard(version)
    if not text:
        raise contacts.ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Choose which contact is you before exporting your card."))
    path = Path(path)
    with atomic_text(path) as fh:
        fh.write(text)
    logger.info("exported my card to %s", path)
    return path
