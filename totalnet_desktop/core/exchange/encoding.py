"""Guessing a text file's encoding from a sample, and telling binary files from text."""

from __future__ import annotations

import codecs
import logging

logger = logging.getLogger(__name__)

SAMPLE_BYTES = 256 * 1024
# Single-byte Western guesses that Outlook's Windows-1252 files are often mistaken for.
_WESTERN = {"cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15", "cp1250", "iso8859_2",
            "mac_roman", "cp850", "cp437", "mac_latin2", "iso8859_9", "cp1254", "ascii", "utf_8"}
_MAGIC = {
    b"PK\x03\x04": "a zip archive (an Excel .xlsx workbook?); save it as CSV first",
    b"\xd0\xcf\x11\xe0": "an old Excel or Word document; save it as CSV first",
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"SQLite format 3": "an SQLite database",
    b"GIF8": "a GIF image",
}


def binary_kind(sample: bytes) -> str | None:
    """What binary format ``sample`` starts with ('' for unknown binary; None for text)."""
    for magic, kind in _MAGIC.items():
        if sample.startswith(magic):
            return kind
    if not sample:
        return None
    if utf16_variant(sample):
        return None
    controls = sum(1 for b in sample[:8192] if b < 9 or 13 < b < 32)
    if controls > max(16, len(sample[:8192]) // 10):
        return ""
    return None


def utf16_variant(sample: bytes) -> str | None:
    """'utf-16' (BOM), 'utf-16-le' or 'utf-16-be' when the bytes look like UTF-16 text."""
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    head = sample[:4096]
    if len(head) < 4:
        return None
    even_nuls = head[0::2].count(0)
    odd_nuls = head[1::2].count(0)
    half = len(head) // 2
    # ASCII-heavy UTF-16 has a NUL in nearly every other byte.
    if odd_nuls > half * 0.6 and even_nuls < half * 0.1:
        return "utf-16-le"
    if even_nuls > half * 0.6 and odd_nuls < half * 0.1:
        return "utf-16-be"
    return None


def detect(sample: bytes) -> str:
    """The Python codec name to read a file whose first bytes are ``sample``."""
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    variant = utf16_variant(sample)
    if variant:
        return variant
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        decoder.decode(sample, final=False)  # a character cut at the sample's end is fine
        return "utf-8"
    except UnicodeDecodeError:
        # Mostly valid UTF-8 with a few foreign lines (mixed encodings): read as UTF-8 and let the
        # reader fall back line by line.
        text = sample.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        good = sum(1 for ch in text if ord(ch) > 127) - bad
        if good > bad:
            return "utf-8"
    from charset_normalizer import from_bytes  # only for a file that is not UTF-8 (about 0.1 s to load)

    best = from_bytes(sample[:SAMPLE_BYTES]).best()
    guess = (best.encoding if best is not None else "cp1252").lower()
    if guess in _WESTERN or guess.startswith(("iso8859", "latin")):
        # Outlook and Excel on Windows write Windows-1252; other Western guesses on short samples
        # are usually wrong readings of the same bytes.
        guess = "cp1252"
    logger.info("encoding guessed as %s", guess)
    return guess
