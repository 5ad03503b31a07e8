"""What a PostgreSQL server's refusal or failure means, in the app's own words.

libpq and the server write their reasons in English (or in the server's language), with names and
sometimes values inside. A member reads instead one of the app's translated phrases, chosen by the
error's SQLSTATE class (or, for failures libpq finds before the server answers, by its kind) and
naming the login and the server; the server's own text goes only to the log, with every quoted
part masked (it may hold a value someone typed). No imports of the driver: the code is read from the
exception, so this works whether or not psycopg is installed.

A login the server turns away has no SQLSTATE on the client: libpq keeps the server's error to itself
while connecting and gives only its text (psycopg 3's ``sqlstate`` and ``diag`` are empty then; its
``pgconn`` tells only ``needs_password`` and ``used_password``). So that text is read in the server's
default language, English; a server that speaks another language (its ``lc_messages``) is still
recognised as having answered (libpq writes the server's "SEVERITY:  text" with two spaces), and the
sentence then says the usual causes, the password first when one was sent.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import unquote, urlsplit

from totalnet_desktop.core.store import addresses
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP, Message

logger = logging.getLogger(__name__)

# The phrases complete "TotalNet cannot reach the chapter server X: ..." and similar sentences.
NOT_ANSWERING = QT_TRANSLATE_NOOP("Errors", "it does not answer (it may be stopped, or the address or the "
                                  "network may be wrong)")
PASSWORD_NEEDED = QT_TRANSLATE_NOOP("Errors", "it asks {login} for a password")
PASSWORD_REFUSED = QT_TRANSLATE_NOOP("Errors", "it did not accept the password of {login}")
LOGIN_REFUSED = QT_TRANSLATE_NOOP("Errors", "it does not let {login} log in")
# A server that turned the login away in a language the app does not read: the usual causes.
TURNED_AWAY_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors", "it turned {login} away: usually the password is wrong, or it knows no login {login} or no "
    "database {database}")
TURNED_AWAY = QT_TRANSLATE_NOOP(
    "Errors", "it turned {login} away: usually it knows no login {login} or no database {database}, or its "
    "rules do not let {login} in from this computer")
NO_DATABASE = QT_TRANSLATE_NOOP("Errors", "it has no database called {database}")
NOT_ACCEPTING = QT_TRANSLATE_NOOP("Errors", "it is not taking connections to {database} just now")
STARTING = QT_TRANSLATE_NOOP("Errors", "it is starting up or shutting down")
TOO_MANY = QT_TRANSLATE_NOOP("Errors", "it has no free connection for {login} just now; try again in a "
                             "moment")
NO_RIGHT = QT_TRANSLATE_NOOP("Errors", "it does not let {login} do this")
CONFLICT = QT_TRANSLATE_NOOP("Errors", "another desk changed the same data at the same moment; try again")
LOCKED = QT_TRANSLATE_NOOP("Errors", "another desk is holding the same data; try again in a moment")
DISK_FULL = QT_TRANSLATE_NOOP("Errors", "its disk is full; its administrator needs to free space")
CANCELED = QT_TRANSLATE_NOOP("Errors", "the request took too long and was stopped")
READ_ONLY = QT_TRANSLATE_NOOP("Errors", "it accepts no changes just now (it is read-only)")
SECURE_LINK = QT_TRANSLATE_NOOP("Errors", "the encrypted connection could not be set up (the encryption "
                                "setting does not match the server's)")
OTHER = QT_TRANSLATE_NOOP("Errors", "it answered with an error (code {code})")

# A whole sentence for a statement the server refused (no "cannot reach" around it).
REFUSED = QT_TRANSLATE_NOOP("Errors", "The chapter server {server} refused this change: {why}. Nothing of "
                            "it was saved.")

# SQLSTATE (exact) first, then its two-character class.
_BY_CODE = {
    "28P01": PASSWORD_REFUSED, "3D000": NO_DATABASE, "55000": NOT_ACCEPTING, "53300": TOO_MANY,
    "53100": DISK_FULL, "57014": CANCELED, "25006": READ_ONLY, "42501": NO_RIGHT, "40001": CONFLICT,
    "40P01": CONFLICT, "55P03": LOCKED, "57P01": STARTING, "57P02": STARTING, "57P03": STARTING,
}
_BY_CLASS = {"08": NOT_ANSWERING, "28": LOGIN_REFUSED, "53": DISK_FULL, "40": CONFLICT, "42": NO_RIGHT,
             "57": STARTING, "25": READ_ONLY}
# libpq reports what the server said while turning a login away as text only (no SQLSTATE): the
# server's English phrases (its default language), in the order they are tried.
_BY_TEXT = (
    ("no password supplied", PASSWORD_NEEDED), ("password is required", PASSWORD_NEEDED),
    ("password authentication failed", PASSWORD_REFUSED),
    ("database \"", NO_DATABASE),  # database "x" does not exist
    ("not currently accepting connections", NOT_ACCEPTING),
    ("too many connections", TOO_MANY), ("too many clients", TOO_MANY), ("connection slots are reserved", TOO_MANY),
    ("starting up", STARTING), ("shutting down", STARTING), ("in recovery mode", STARTING),
    ("ssl", SECURE_LINK), ("gssapi", SECURE_LINK),
    ("role \"", LOGIN_REFUSED),  # role "x" does not exist
    ("no pg_hba.conf entry", LOGIN_REFUSED), ("not permitted to log in", LOGIN_REFUSED),
    ("not allowed to connect", LOGIN_REFUSED),
)
# The server's own words as libpq writes them, in any language: "SEVERITY:  text" (two spaces).
_SERVER_SAID = re.compile(r"[^\s:]:  \S")

# Codes a statement can meet on a live connection: shown as REFUSED, the connection stays usable.
STATEMENT_CODES = ("53100", "53200", "53400", "57014", "25006", "40001", "40P01", "55P03")


def sqlstate(exc: BaseException | None) -> str | None:
    """The SQLSTATE of a driver error, or of the driver error behind peewee's (None when libpq failed
    before the server answered)."""
    seen = 0
    while exc is not None and seen < 6:
        code = getattr(exc, "sqlstate", None)
        if isinstance(code, str) and code:
            return code
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
        seen += 1
    return None


def _login(target: str) -> str:
    parts = urlsplit(target)
    return unquote(parts.username or "") or "postgres"


def explain(exc: BaseException, target: str = "") -> Message:
    """The app's phrase for why the server at ``target`` failed or refused (logged with its code)."""
    code = sqlstate(exc)
    text = _first_line(exc)
    login, database = _login(target), addresses.database_name(target) if target else ""
    _log(code, text)
    if code:
        phrase = _BY_CODE.get(code) or _BY_CLASS.get(code[:2])
        if phrase is None:
            return OTHER.format(code=code)
        return phrase.format(login=login, database=database)
    connection = _pgconn(exc)
    if connection is not None and getattr(connection, "needs_password", False):
        return PASSWORD_NEEDED.format(login=login)
    lowered = _text(exc).lower()
    for words, phrase in _BY_TEXT:
        if words in lowered and not (words in ("database \"", "role \"") and "does not exist" not in lowered):
            return phrase.format(login=login, database=database)
    if _SERVER_SAID.search(_text(exc)):  # it answered, in words the app does not read
        sent_password = connection is not None and getattr(connection, "used_password", False)
        return (TURNED_AWAY_PASSWORD if sent_password else TURNED_AWAY).format(login=login, database=database)
    return NOT_ANSWERING.format()


def _pgconn(exc: BaseException | None):
    """The driver's connection attempt behind an error (psycopg 3.1+: ``pgconn``), or None."""
    seen = 0
    while exc is not None and seen < 6:
        connection = getattr(exc, "pgconn", None)
        if connection is not None:
            return connection
        exc = getattr(exc, "orig", None) or exc.__cause__ or exc.__context__
        seen += 1
    return None


def needs_password(exc: BaseException) -> bool:
    """True when the server (or libpq) turned the login away for want of a right password."""
    code = sqlstate(exc)
    if code is not None:
        return code == "28P01"
    connection = _pgconn(exc)
    if connection is not None and getattr(connection, "needs_password", False):
        return True  # the server asked for one and none was given (in whatever language it speaks)
    seen: BaseException | None = exc
    for _ in range(6):  # the driver's error behind the app's sentence and peewee's wrapper
        if seen is None:
            break
        lowered = _text(seen).lower()
        if "no password supplied" in lowered or "password authentication failed" in lowered:
            return True
        seen = getattr(seen, "orig", None) or seen.__cause__ or seen.__context__
    return False


def refused(exc: BaseException, target: str) -> Message | None:
    """The whole sentence for a statement the server refused on a live connection (a full disk, a
    conflict with another desk, a read-only server, a stopped request); None for other errors."""
    code = sqlstate(exc)
    if code not in STATEMENT_CODES:
        return None
    return REFUSED.format(server=addresses.short_label(target), why=explain(exc, target))


def _text(exc: BaseException) -> str:
    return str(exc).strip()


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _log(code: str | None, text: str) -> None:
    """The server's text for whoever reads the log, its quoted parts (names, typed values) masked."""
    masked = re.sub(r'"[^"]*"', '"…"', text)
    masked = re.sub(r"\((?:[^()]*)\)=\((?:[^()]*)\)", "(…)=(…)", masked)
    logger.info("chapter server error %s: %s", code or "(no SQLSTATE)", masked)
