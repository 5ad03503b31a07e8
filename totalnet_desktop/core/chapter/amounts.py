"""Money typed by people: ``1,500``, ``1500.50``, ``AED 1,500`` -> Decimal, with clear refusals."""

from __future__ import annotations

import logging
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from totalnet_desktop.core.store.errors import ValidationError
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP, Amount

logger = logging.getLogger(__name__)

CENT = Decimal("0.01")
# The database column holds 14 digits with 2 decimals.
MAX_AMOUNT = Decimal("999999999999.99")

# An optional three-letter currency code before or after the number ("AED 1,500", "1500 aed").
_CURRENCY = re.compile(r"^(?P<pre>[A-Za-z]{3})?\s*(?P<num>.*?)\s*(?P<post>[A-Za-z]{3})?$")
# Digits with optional thousands commas (groups of three) and optional decimals.
_NUMBER = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$")
_EXAMPLE = "write it like 1,500 or 1500.50"


class AmountError(ValidationError):
    """An amount that cannot be read."""


def parse_amount(text: object, what: str = "amount") -> Decimal:
    """The non-negative amount in ``text`` rounded to cents; raise AmountError naming ``what``."""
    if isinstance(text, Decimal):
        value = text
    elif isinstance(text, (int, float)) and not isinstance(text, bool):
        value = Decimal(str(text))
    else:
        value = _parse_text(str(text if text is not None else ""), what)
    if not value.is_finite():
        raise AmountError(QT_TRANSLATE_NOOP(
            "Errors", "The {what} must be a number; {EXAMPLE}.").format(what=what, EXAMPLE=_EXAMPLE))
    if value < 0:
        raise AmountError(QT_TRANSLATE_NOOP(
            "Errors", "The {what} cannot be negative ({shown}).").format(what=what, shown=_shown(text)))
    value = value.quantize(CENT, rounding=ROUND_HALF_UP)
    if value > MAX_AMOUNT:
        raise AmountError(QT_TRANSLATE_NOOP(
            "Errors", "The {what} {shown} is too large.").format(what=what, shown=_shown(text)))
    return value


def _shown(text: object) -> str:
    return str(text).strip()


def _parse_text(raw: str, what: str) -> Decimal:
    text = raw.strip().replace("\u00a0", " ").replace("\u202f", " ")
    if not text:
        raise AmountError(QT_TRANSLATE_NOOP(
            "Errors", "Enter the {what}; {EXAMPLE}.").format(what=what, EXAMPLE=_EXAMPLE))
    negative = False
    match = _CURRENCY.match(text)
    if match is None or (match.group("pre") and match.group("post")):
        raise AmountError(QT_TRANSLATE_NOOP(
            "Errors", "The {what} \"{value}\" is not a number; {EXAMPLE}.").format(
            what=what, value=raw.strip(), EXAMPLE=_EXAMPLE))
    number = match.group("num").strip()
    if number.startswith(("-", "\u2212")):
        negative = True
        number = number[1:].strip()
    elif number.startswith("+"):
        number = number[1:].strip()
    if number.endswith("-"):  # accounting style "1,500-"
        negative = True
        number = number[:-1].strip()
    # Spaces are a common thousands separator ("1 500"): treat them like commas.
    number = re.sub(r"(?<=\d) (?=\d{3}\b)", ",", number)
    if not _NUMBER.match(number):
        raise AmountError(QT_TRANSLATE_NOOP(
            "Errors", "The {what} \"{value}\" is not a number; {EXAMPLE}.").format(
            what=what, value=raw.strip(), EXAMPLE=_EXAMPLE))
    if negative:
        raise AmountError(QT_TRANSLATE_NOOP(
            "Errors", "The {what} cannot be negative ({value}).").format(what=what, value=raw.strip()))
    try:
        return Decimal(number.replace(",", ""))
    except InvalidOperation as exc:  # pragma: no cover - the pattern above already checked it
        raise AmountError(QT_TRANSLATE_NOOP(
            "Errors", "The {what} \"{value}\" is not a number; {EXAMPLE}.").format(
            what=what, value=raw.strip(), EXAMPLE=_EXAMPLE)) from exc


def format_amount(value: Decimal | float, currency: str = "AED") -> Amount:
    """'AED 1,500' for whole amounts, 'AED 1,500.50' otherwise (in English; ``i18n.tr_core`` writes it
    in the member's language and digits, also inside a marked sentence)."""
    return Amount(value, currency, cents=True)
