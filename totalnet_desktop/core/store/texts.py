"""Words core shows to the member, marked for the translation catalogue without Qt.

core/ may not import Qt, so it cannot translate. It *marks* instead, and the GUI or the CLI translates
where the text is shown (``i18n.tr_core``), through the same catalogue as the rest of the app:

    REASON = QT_TRANSLATE_NOOP("Follow-up", "Thank {name} for visiting")   # pyside6-lupdate finds it
    return REASON.format(name=name)          # a Message: English text + template + arguments
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No chapter yet."))  # a Text

``Text`` and ``Message`` are ``str`` subclasses holding the *English* text, so every caller, log line and
test that treats them as strings keeps working; they only remember where they came from. Arguments may
be names (kept as typed), numbers and dates (written by the view through QLocale), or other
Text/Message values (translated too). ``%n`` is the count (keyword ``n``) of a plural message;
English forms are written here with the "(s)" convention.

Sentences core already stored as English (follow-up reasons built in SQL) are translated back by
matching the marked templates of their context (``templates``); see docs/decisions/core-texts.md.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

_REGISTRY: dict[str, dict[str, Text]] = {}


class Text(str):
    """An English source text marked for the catalogue; remembers its translation context."""

    context: str

    def __new__(cls, context: str, source: str):
        self = super().__new__(cls, source)
        self.context = context
        return self

    def __reduce__(self):  # the import helper process pickles records holding these
        return (Text, (self.context, str(self)))

    @property
    def source(self) -> str:
        return str(self)

    def format(self, *args: Any, **kwargs: Any) -> Message:  # type: ignore[override]
        """The sentence with its arguments filled in (English), remembering template and arguments."""
        if args:
            raise TypeError("marked texts take named arguments only")
        return Message(self.context, str(self), kwargs)


class Message(str):
    """A sentence built from a marked template and its arguments; ``str`` gives the English text."""

    context: str
    source: str
    args: dict[str, Any]

    def __new__(cls, context: str, source: str, args: dict[str, Any] | None = None):
        args = dict(args or {})
        self = super().__new__(cls, english(source, args))
        self.context, self.source, self.args = context, source, args
        return self

    def __reduce__(self):
        return (Message, (self.context, self.source, self.args))

    @property
    def n(self) -> int:
        return int(self.args.get("n", -1))


class Amount(str):
    """A sum of money core hands to the screen: ``str`` gives the English 'AED 1,500' (whole units, or
    'AED 1,500.50' with ``cents`` when there are any), and ``i18n.tr_core`` (also inside a marked
    sentence) writes it through QLocale in the member's digits and grouping ('AED ١٬٥٠٠٫٥٠')."""

    value: Decimal
    currency: str
    cents: bool

    def __new__(cls, value: Decimal | float | str, currency: str = "", cents: bool = False):
        amount = Decimal(str(value))
        if cents:
            amount = amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            shown = f"{amount:,.0f}" if amount == amount.to_integral_value() else f"{amount:,.2f}"
        else:
            shown = f"{float(amount):,.0f}"
        self = super().__new__(cls, f"{currency} {shown}".strip())
        self.value, self.currency, self.cents = amount, currency, cents
        return self

    def __reduce__(self):  # the import helper process pickles records holding these
        return (Amount, (self.value, self.currency, self.cents))


class Month(str):
    """An Insights bucket core hands to the screen: ``key`` is '2025-12' (a month) or '2020-Q1' (a
    quarter); ``str`` gives the English label ('Dec 25', 'Q1 2020') and ``i18n.tr_core`` writes it with
    the locale's month names and digits."""

    key: str

    def __new__(cls, key: str):
        year, part = key.split("-")
        if part.startswith("Q"):
            shown = f"{part} {year}"
        else:
            shown = f"{dt.date(int(year), int(part), 1):%b %y}"
        self = super().__new__(cls, shown)
        self.key = key
        return self

    def __reduce__(self):
        return (Month, (self.key,))


def QT_TRANSLATE_NOOP(context: str, source: str) -> Text:
    """Marks ``source`` for the catalogue (``pyside6-lupdate`` recognises the name) and returns a Text."""
    known = _REGISTRY.setdefault(context, {})
    text = known.get(source)
    if text is None:
        text = known[source] = Text(context, source)
    return text


def templates(context: str) -> dict[str, Text]:
    """Every text marked so far under a context (source -> Text)."""
    return dict(_REGISTRY.get(context, {}))


def date_words(value: dt.date) -> str:
    """'3 Mar 2026': how core writes a date in English (the views write it through QLocale)."""
    return f"{value.day} {value:%b %Y}"


class _EnglishFormatter(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec and isinstance(value, dt.date) and "%-d" in format_spec:  # '2 Dec' on every platform
            format_spec = format_spec.replace("%-d", str(value.day))
        if not format_spec and isinstance(value, dt.datetime):
            return f"{date_words(value)} {value:%H:%M}"
        if not format_spec and isinstance(value, dt.date):
            return date_words(value)
        if not format_spec and isinstance(value, dt.time):
            return f"{value:%H:%M}"
        try:
            return super().format_field(value, format_spec)
        except (TypeError, ValueError):  # a date read back from a stored sentence is text
            return str(value)


_PLURAL = re.compile(r"\((e?s)\)")


def english(source: str, args: dict[str, Any]) -> str:
    """The English sentence: arguments filled in, ``%n`` the count, 'item(s)' one or many."""
    text = source
    if "%n" in text or "%Ln" in text:
        n = int(args.get("n", 0))
        text = text.replace("%Ln", str(n)).replace("%n", str(n))
        text = _PLURAL.sub("" if n == 1 else r"\1", text)
    if "{" not in text:
        return text
    return _EnglishFormatter().vformat(text, (), args)


# ---- reading back a sentence stored in English ------------------------------------------------------
_FIELD = re.compile(r"\{(\w+)(?::[^}]*)?\}")
_compiled: dict[str, list[tuple[re.Pattern[str], Text]]] = {}
_DATE_WORDS = re.compile(r"(\d{1,2}) ([A-Z][a-z]{2}) (\d{4})")
_GROUPED = re.compile(r"\d{1,3}(,\d{3})+")
_MONTHS = {m: i for i, m in enumerate(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
                                       "Oct", "Nov", "Dec"), 1)}


def _patterns(context: str) -> list[tuple[re.Pattern[str], Text]]:
    known = _REGISTRY.get(context, {})
    cached = _compiled.get(context)
    if cached is not None and len(cached) == sum(1 for s in known if _FIELD.search(s)):
        return cached
    found = []
    for source, text in known.items():
        if not _FIELD.search(source) or "%n" in source or not _FIELD.sub("", source).strip():
            continue
        pattern, last = "", 0
        for match in _FIELD.finditer(source):
            spec = match.group(0)[len(match.group(1)) + 1:-1]
            if _yearless(spec):
                _YEARLESS.setdefault(id(text), set()).add(match.group(1))
            pattern += re.escape(source[last:match.start()]) + f"(?P<{match.group(1)}>.+?)"
            last = match.end()
        pattern += re.escape(source[last:])
        found.append((re.compile(pattern, re.DOTALL), text))
    found.sort(key=lambda item: -len(_FIELD.sub("", item[1])))  # the most specific template first
    _compiled[context] = found
    return found


_YEARLESS: dict[int, set[str]] = {}  # id(template) -> its date fields written without a year ('02 Dec')
_DAY_MONTH = re.compile(r"(?:[A-Z][a-z]{2},? )?(\d{1,2}) ([A-Z][a-z]{2})")


def _yearless(spec: str) -> bool:
    """A date field written as day and month only ('{day:%d %b}', '{day:%a %d %b}')."""
    return spec.startswith(":") and "%b" in spec and "%Y" not in spec and "%y" not in spec


def nearest_year(day: int, month: int, today: dt.date | None = None) -> dt.date | None:
    """The date of that day and month closest to ``today`` (a sentence stored '02 Dec' was written
    within months of when it is read: a snooze, a meeting closed, a visit)."""
    today = today or dt.date.today()
    found = []
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            found.append(dt.date(year, month, day))
        except ValueError:  # 29 Feb in a year without it
            continue
    return min(found, key=lambda d: abs((d - today).days)) if found else None


def _day_month(raw: str) -> dt.date | str:
    match = _DAY_MONTH.fullmatch(raw)
    if match and match.group(2) in _MONTHS:
        return nearest_year(int(match.group(1)), _MONTHS[match.group(2)]) or raw
    return raw


def _value(raw: str) -> Any:
    """A field read back from English: a date written '3 Mar 2026', a whole number, else the text."""
    match = _DATE_WORDS.fullmatch(raw)
    if match and match.group(2) in _MONTHS:
        try:
            return dt.date(int(match.group(3)), _MONTHS[match.group(2)], int(match.group(1)))
        except ValueError:
            return raw
    if raw.isascii() and raw.isdigit() and len(raw) < 10 and str(int(raw)) == raw:  # not '²' (int() refuses it), not '007' (a name)
        return int(raw)
    if _GROUPED.fullmatch(raw):  # '12,500', as SQLite's printf('%,d') writes it
        return int(raw.replace(",", ""))
    return raw


VOCABULARY = ("PALMS", "Stage", "Channel", "Referral", "Weekday")  # words a stored sentence may hold


def _vocabulary(raw: str) -> Text | None:
    """A field that is one of the app's marked words ('Late', 'In person'), to be translated too."""
    for context in VOCABULARY:
        found = _REGISTRY.get(context, {}).get(raw)
        if found is not None:
            return found
    return None


def parse(context: str, text: str) -> Text | Message | None:
    """The marked Text or Message an English sentence of ``context`` was made from (None if none)."""
    exact = _REGISTRY.get(context, {}).get(text)
    if exact is not None:
        return exact
    for pattern, template in _patterns(context):
        match = pattern.fullmatch(text)
        if match:
            yearless = _YEARLESS.get(id(template), set())
            args = {key: _day_month(raw) if key in yearless else
                    parse(context, raw) or _vocabulary(raw) or _value(raw)
                    for key, raw in match.groupdict().items()}
            return Message(context, str(template), args)
    return None


LIST = QT_TRANSLATE_NOOP("List", "{first}, {rest}")
LIST_AND = QT_TRANSLATE_NOOP("List", "{first} and {last}")


def joined(parts: list, last_and: bool = False) -> str:
    """'a, b, c' (or 'a, b and c') as a Message of marked parts, so that the list is translated part by
    part and its commas and 'and' become the language's."""
    parts = [p for p in parts if p]
    if not parts:
        return ""
    result = parts[-1]
    if last_and and len(parts) > 1:
        result = LIST_AND.format(first=parts[-2], last=result)
        parts = parts[:-1]
    for part in reversed(parts[:-1]):
        result = LIST.format(first=part, rest=result)
    return result
