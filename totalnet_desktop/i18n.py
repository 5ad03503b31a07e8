"""Languages: the app's Qt Linguist catalogue, Qt's own strings, right-to-left, string stretch.

Every user-visible string goes through ``self.tr()`` or ``translate(context, text)`` (this module's,
which ``pyside6-lupdate`` recognises like ``QCoreApplication.translate``). The catalogues are
``resources/i18n/totalnet_<code>.ts`` (extracted by ``python -m scripts.i18n update``) compiled to
``.qm`` (``python -m scripts.i18n compile``). Qt's own strings (dialog buttons, context menus) come
from the ``qtbase_<code>.qm`` that PySide6 ships.

The language: ``--lang CODE``, else the Preferences choice (window.ini ``ui/language``), else the
system's. The CLI uses the same catalogue without a QApplication: ``translate`` asks the loaded
translators directly when no application object exists.

``TOTALNET_STRING_STRETCH=1`` (or a factor such as 1.6) lengthens every string by 40% (or that factor)
to find clipped labels, as Vorta does.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import string
from dataclasses import dataclass
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

from totalnet_desktop import paths

logger = logging.getLogger(__name__)

LANGUAGES = {"en": "English", "ar": "العربية"}  # shipped complete; the name each language calls itself
RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}
SETTING = "ui/language"
SYSTEM = "system"
STRETCH_ENV = "TOTALNET_STRING_STRETCH"

_loaded: list[QTranslator] = []
_state: dict[str, Any] = {"language": "en"}


def catalogue_dir():
    """Where the shipped ``.ts`` and ``.qm`` files live."""
    return paths.resources_dir() / "i18n"


def system_language() -> str:
    """The desktop's language as a two-letter code ('ar' for ar_AE)."""
    return QLocale.system().name().split("_")[0] or "en"


def choose(cli_value: str | None = None, saved: str | None = None) -> str:
    """The language to use: ``--lang``, else the saved choice, else the system's; 'en' if not shipped."""
    for candidate in (cli_value, saved if saved != SYSTEM else None, system_language()):
        if not candidate:
            continue
        code = candidate.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
        if candidate is cli_value:
            logger.warning("language %r is not shipped; using the next choice", candidate)
    return "en"


def language() -> str:
    """The language in use ('en', 'ar')."""
    return _state["language"]


def is_right_to_left(code: str | None = None) -> bool:
    return (code or language()) in RIGHT_TO_LEFT


class StretchTranslator(QTranslator):
    """Asks the real catalogues, then lengthens the answer (to find clipped labels)."""

    def __init__(self, inner: list[QTranslator], factor: float, parent=None):
        super().__init__(parent)
        self._inner = inner
        self._factor = factor

    def translate(self, context, source_text, disambiguation=None, n=-1):
        text = ""
        for translator in reversed(self._inner):
            text = translator.translate(context, source_text, disambiguation, n)
            if text:
                break
        text = text or source_text
        if not text:
            return text
        extra = max(1, round(len(text) * (self._factor - 1)))
        return text + " " + ("·" * (extra - 1) if extra > 1 else "")


def stretch_factor() -> float:
    """1.0 normally; 1.4 (or the given factor) when TOTALNET_STRING_STRETCH is set."""
    raw = os.environ.get(STRETCH_ENV, "").strip()
    if not raw or raw == "0":
        return 1.0
    try:
        value = float(raw)
    except ValueError:
        return 1.4
    return value if value > 1.0 else 1.4


def _load(code: str) -> list[QTranslator]:
    found = []
    if code == "en":  # English is the source; its catalogue holds the plural forms ('1 item', '2 items')
        translator = QTranslator()
        if translator.load("totalnet_en", str(catalogue_dir())):
            found.append(translator)
    else:
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        bundled = paths.resources_dir() / "i18n" / "qt"  # PyInstaller bundle: copied next to ours
        for name in ("qtbase",):
            translator = QTranslator()
            if translator.load(f"{name}_{code}", qt_dir) or translator.load(f"{name}_{code}", str(bundled)):
                found.append(translator)
            else:
                logger.info("no %s_%s.qm found", name, code)
        translator = QTranslator()
        if translator.load(f"totalnet_{code}", str(catalogue_dir())):
            found.append(translator)
        else:
            logger.warning("the %s catalogue is missing from %s", code, catalogue_dir())
    factor = stretch_factor()
    if factor > 1.0:
        found.append(StretchTranslator(list(found), factor))
    return found


DIGITS_SETTING = "ui/digits"


def locale_for(code: str, digits: str = "western") -> QLocale:
    """The QLocale that writes dates, numbers and money for a language (and digit choice)."""
    if code == "ar":
        return QLocale("ar_SA" if digits == "arabic" else "ar_AE")
    if code == "en":
        system = QLocale.system()
        return system if system.language() == QLocale.Language.English else QLocale("en_GB")
    return QLocale(code)


def install(code: str, digits: str = "western") -> str:
    """Load and install a language's catalogues (replacing any before); set locale and direction."""
    app = QCoreApplication.instance()
    for translator in _loaded:
        if app is not None:
            app.removeTranslator(translator)
    _loaded.clear()
    _loaded.extend(_load(code))
    _state["app"] = None
    if app is not None:
        _attach(app)
    _state["language"] = code
    QLocale.setDefault(locale_for(code, digits))
    install_collation(locale_for(code, digits))
    if app is not None and hasattr(app, "setLayoutDirection"):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if is_right_to_left(code)
                               else Qt.LayoutDirection.LeftToRight)
    logger.info("language %s (%d catalogue(s))", code, len(_loaded))
    return code


def install_collation(locale: QLocale) -> None:
    """Names sort as ``locale`` sorts them (QCollator, case-insensitive), in the app and the CLI alike."""
    from PySide6.QtCore import QCollator

    from totalnet_desktop.core.store import collation

    collator = QCollator(locale)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    _state["collator"] = collator  # the key function holds it; kept for the life of the language
    collation.install(collator.sortKey, locale.name())


def _attach(app) -> None:
    """Install the loaded catalogues into ``app`` (once per application object)."""
    for translator in _loaded:
        app.installTranslator(translator)
    _state["app"] = app


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` that also works without an application object (the CLI).

    A translation with ``{fields}`` comes back as a ``Translated`` string whose ``.format(...)`` writes
    numbers and dates through QLocale and translates marked core texts, as ``tr_core`` does."""
    found = _translate(context, text, disambiguation, n)
    return Translated(found) if "{" in found else found


class Translated(str):
    """A translated template; ``format`` fills it the way the member's locale writes things."""

    __slots__ = ()

    def format(self, *args: Any, **kwargs: Any) -> str:  # type: ignore[override]
        try:
            return _FORMATTER.vformat(str(self), args, kwargs)
        except (KeyError, IndexError, ValueError):
            logger.warning("a translation of %r does not fit its arguments", str(self)[:60])
            return str.format(self, *args, **kwargs)


def _translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    app = QCoreApplication.instance()
    if app is not None:
        if _state.get("app") is not app and _loaded:
            _attach(app)  # made after install(), e.g. the CLI's PDF rendering
        return QCoreApplication.translate(context, text, disambiguation, n)
    result: str | None = ""
    for translator in reversed(_loaded):
        result = translator.translate(context, text, disambiguation, n)
        if result:
            break
    result = result or text
    if n >= 0:  # %Ln is the locale's digits in Qt; so is %n here (what the app shows either way)
        result = result.replace("%Ln", QLocale().toString(n)).replace("%n", QLocale().toString(n))
    return result


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for the catalogue where it is defined; ``translate`` it where it is shown."""
    return text


def saved_language(settings_path) -> str | None:
    """The Preferences choice from window.ini, without a QApplication (None when not set)."""
    from PySide6.QtCore import QSettings

    value = QSettings(str(settings_path), QSettings.Format.IniFormat).value(SETTING)
    return str(value) if value else None


def saved_digits(settings_path) -> str:
    """The Preferences digit choice ('western' or 'arabic') from window.ini, without a QApplication."""
    from PySide6.QtCore import QSettings

    value = QSettings(str(settings_path), QSettings.Format.IniFormat).value(DIGITS_SETTING)
    return "arabic" if str(value or "") == "arabic" else "western"


# ---- numbers and dates as the locale writes them ------------------------------------------------
def number(value) -> str:
    """12,500 / ١٢٬٥٠٠ / 12 500: a whole number in the language's locale (and digit choice)."""
    return QLocale().toString(int(value))


def axis_number(value) -> str:
    """A number along a chart's axis: a whole number as ``number`` writes it (the language's digits,
    Western or Arabic-Indic as chosen, and its grouping), '2.5' with its decimals when it has any."""
    whole = float(value) == int(value)
    return number(value) if whole else QLocale().toString(float(value), "g", 6)


def decimal(value, places: int = 1) -> str:
    return QLocale().toString(float(value), "f", places)


def percent(value: float | None, places: int = 0) -> str:
    """A share (0.42) as the locale writes a percentage: '42%' / '٤٢٪'; '–' when there is none."""
    if value is None:
        return "–"
    return QLocale().toString(float(value) * 100, "f", places) + QLocale().percent()


def embedded(text) -> str:
    """A file name, a server's name or a code inside a translated sentence: kept whole (an isolate of
    its own first strong direction) when the language reads right to left, unchanged otherwise. A full
    path, an e-mail or a phone number: ``path_text``."""
    return isolate(str(text)) if is_right_to_left() else str(text)


def paragraph(text: str) -> str:
    """A translated sentence shown on its own, laid out in the language's direction: in a right-to-left
    language it starts with a right-to-left mark, so a sentence that begins with a key name or a brand
    ('Enter: ...') is not read as a left-to-right paragraph (its parts would show in reverse order)."""
    return f"\u200f{text}" if is_right_to_left() and text and not text.startswith("\u200f") else text


def listing(items) -> str:
    """Words shown as one list ('LinkedIn, X, E-mail'), joined with the language's comma ('، ' in
    Arabic). Right to left, each item is kept whole (an isolate) and the line starts with a
    right-to-left mark: a list that begins with a brand name would otherwise read as a left-to-right
    line, its items in reverse order."""
    words = [str(item) for item in items if item]
    separator = translate("List", ", ", "between the items of a list (LinkedIn, X, E-mail)")
    if not is_right_to_left():
        return separator.join(words)
    return paragraph(separator.join(isolate(word) for word in words))


def path_text(text) -> str:
    """A path (or an e-mail address, a phone number, a web address) inside a translated sentence: always
    read left to right, so in a right-to-left language it is wrapped in LEFT-TO-RIGHT ISOLATE ... POP
    DIRECTIONAL ISOLATE (U+2066 ... U+2069). Its leading "/" stays at its left and its folders in order,
    even when a folder's name is Arabic (a first-strong isolate would then turn the whole path around).
    Unchanged in a left-to-right language."""
    text = str(text)
    return f"\u2066{text}\u2069" if text and is_right_to_left() else text


# A core sentence's argument under one of these names is a path (``tr_core`` shows it with path_text).
PATH_FIELDS = frozenset({"path", "folder", "file", "dest"})


def person_name(name) -> str:
    """A contact's name as stored, for display: a forgotten person's anonymised record (stored in English,
    "Removed person") in the member's language; any other name as it is."""
    from totalnet_desktop.core.contacts import forget

    text = str(name)
    return tr_core(forget.REMOVED_LABEL) if text == forget.REMOVED_NAME else text


def date_format(value, pattern: str) -> str:
    """A date in one of the shapes the screens use, in the locale's words and digits: 'MMM yyyy' (Dec
    2026), 'MMM' (Dec), 'd MMM' (7 Dec), 'ddd d MMM yyyy' (Mon 7 Dec 2026). Only QLocale patterns."""
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(value.year, value.month, value.day), pattern)


def date_text(value, long: bool = False) -> str:
    """A date as the locale writes it: '7 Dec 2026' / '٧ ديسمبر ٢٠٢٦' (long adds the weekday)."""
    from PySide6.QtCore import QDate

    day = QDate(value.year, value.month, value.day)
    return QLocale().toString(day, "dddd d MMMM yyyy" if long else "d MMM yyyy")


def time_text(value) -> str:
    """07:02 in the locale's digits."""
    from PySide6.QtCore import QTime

    return QLocale().toString(QTime(value.hour, value.minute), "HH:mm")


def money(value, currency: str = "", whole: bool = False) -> str:
    """'AED 1,500' or 'AED 1,500.50' (cents only when there are any; none with ``whole``), in the
    locale's digits and grouping. The currency code stays first: it is a code, not a word."""
    from decimal import ROUND_HALF_UP, Decimal

    amount = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    places = 0 if whole or amount == amount.to_integral_value() else 2
    text = QLocale().toString(float(amount), "f", places)
    return isolate(f"{currency} {text}".strip()) if is_right_to_left() else f"{currency} {text}".strip()


def whole_amount(value, currency: str = "") -> str:
    """'12,500 AED' (whole units: Insights is about orders of magnitude), in the locale's digits and
    grouping, kept whole in right to left. The Insights screen and ``totalnet insights`` both write
    their amounts through this, so a figure reads the same on both."""
    from decimal import Decimal

    return embedded(f"{decimal(Decimal(str(value)), 0)} {currency}".strip())


def bucket_text(key: str, year: str = "yy") -> str:
    """A month or quarter of a chart ('2025-12' -> 'Dec 25' / 'ديسمبر ٢٥'; '2020-Q1' -> 'Q1 20'), with the
    locale's month names and digits; ``year`` is the QLocale pattern of the year ('yy' or 'yyyy')."""
    year_text, part = key.split("-")
    if part.startswith("Q"):
        return translate("InsightCharts", "Q{quarter} {year}").format(
            quarter=number(int(part[1:])), year=date_format(dt.date(int(year_text), 1, 1), year))
    return date_format(dt.date(int(year_text), int(part), 1), f"MMM {year}")


def spoken_list(parts: list[str]) -> str:
    """'Layla Haddad, Present, 07:02': what a screen reader says for a row, with the language's comma
    (the core list template, so Arabic hears '،')."""
    parts = [p for p in parts if p]
    result = parts[-1] if parts else ""
    for part in reversed(parts[:-1]):
        result = translate("List", "{first}, {rest}").format(first=part, rest=result)
    return result


def isolate(text: str) -> str:
    """Text of unknown direction (a name, a company, an amount with a Latin code) kept whole inside a
    sentence of the other direction: Unicode first-strong isolate (FSI ... PDI)."""
    return f"\u2068{text}\u2069" if text else text


def weekday_text(value) -> str:
    """'Thu 12 Mar': a near date with its weekday, as the locale writes them."""
    from PySide6.QtCore import QDate

    return QLocale().toString(QDate(value.year, value.month, value.day), "ddd d MMM")


# ---- texts marked in core/ (no Qt there): see core/store/texts.py and docs/decisions/core-texts.md ----
def tr_core(value: Any, context: str | None = None) -> str:
    """What core returned, in the member's language.

    A ``Text`` or ``Message`` (core's ``QT_TRANSLATE_NOOP(...)`` and ``.format(...)``) is looked up in the
    catalogue and its arguments written as the locale writes them (numbers, dates; names kept whole
    with isolates in a right-to-left language). An exception shows its message. A plain string is read
    back against the texts marked under ``context`` (sentences core stored in English, such as the
    follow-up reasons); anything else is shown as it is.
    """
    from totalnet_desktop.core.store import texts

    if value is None:
        return ""
    if isinstance(value, BaseException):
        value = value.args[0] if value.args and isinstance(value.args[0], str) else str(value)
    if isinstance(value, texts.Message):
        return _tr_message(value)
    if isinstance(value, texts.Amount):
        return money(value.value, value.currency, whole=not value.cents)
    if isinstance(value, texts.Month):
        return bucket_text(value.key, year="yyyy" if "Q" in value.key else "yy")
    if isinstance(value, texts.Text):
        return translate(value.context, str(value))
    if context and isinstance(value, str):
        found = texts.parse(context, value)
        if found is not None:
            return tr_core(found)
    return str(value)


def tr_core_stored(value: Any) -> str:
    """``tr_core`` for words that are stored and then typed or searched by the member (a tag): the
    same text without the invisible isolate marks, so the stored words are exactly the visible ones."""
    return tr_core(value).replace("\u2068", "").replace("\u2069", "")


class _LocaleFormatter(string.Formatter):
    """Fills a translated template: core's arguments written by QLocale, marked ones translated."""

    def get_value(self, key, args, kwargs):
        value = super().get_value(key, args, kwargs)
        if key in PATH_FIELDS and isinstance(value, (str, PurePath)) and not isinstance(value, texts_types()):
            return _PathArg(value)
        return value

    def format_field(self, value: Any, format_spec: str) -> str:
        from totalnet_desktop.core.store import texts

        if format_spec and isinstance(value, dt.date) and "%" in format_spec and format_spec not in _MACHINE:
            if "%b" in format_spec and "%Y" not in format_spec and "%y" not in format_spec:
                # written without a year in English ('02 Dec', 'Thu 03 Dec'): the same, the locale's way
                return date_format(value, ("ddd " if "%a" in format_spec else "") + "d MMM")
            text = date_text(value, long="%A" in format_spec)
            return f"{text} {time_text(value)}" if isinstance(value, dt.datetime) and "%H" in format_spec else text
        if format_spec and isinstance(value, dt.time) and "%" in format_spec:
            return time_text(value)
        if format_spec:
            try:
                return super().format_field(value, format_spec)
            except (TypeError, ValueError):  # a date read back from a stored sentence is text
                return self.format_field(value, "")
        if isinstance(value, _PathArg):
            return path_text(value.value)
        if isinstance(value, (texts.Text, texts.Message)):
            return tr_core(value)
        if isinstance(value, (texts.Amount, texts.Month)):
            return tr_core(value)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int):
            return number(value)
        if isinstance(value, (float, Decimal)):
            return decimal(value, 0 if value == int(value) else 2)
        if isinstance(value, dt.datetime):
            return f"{date_text(value)} {time_text(value)}"
        if isinstance(value, dt.date):
            return date_text(value)
        if isinstance(value, dt.time):
            return time_text(value)
        text = person_name(value)  # a name read from the records (a forgotten person's, translated)
        # Names and other text of unknown direction stay whole inside the sentence (not digits alone).
        needs = is_right_to_left() and any(c.isalpha() for c in text) and "\u2068" not in text
        return isolate(text) if needs else text


@dataclass(frozen=True)
class _PathArg:
    value: object


def texts_types() -> tuple[type, ...]:
    from totalnet_desktop.core.store import texts

    return (texts.Text, texts.Message)


_FORMATTER = _LocaleFormatter()
_MACHINE = {"%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%Y%m%d", "%H:%M:%S"}  # kept as written (files, scripts)


def _tr_message(message, disambiguation: str | None = None) -> str:
    n = message.n if ("%n" in message.source or "%Ln" in message.source) else -1
    template = _translate(message.context, message.source, disambiguation, n)
    if "%n" in template or "%Ln" in template:  # Qt writes %n itself; without an application we do
        template = template.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))
    if "{" not in template:
        return template
    try:
        return _FORMATTER.vformat(template, (), message.args)
    except (KeyError, IndexError, ValueError):
        logger.warning("a translation of %r does not fit its arguments", message.source)
        return str(message)
