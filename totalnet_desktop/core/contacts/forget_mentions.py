"""Where a forgotten person is mentioned in other people's records (issue 20), and taking it out.

Besides their full name, the person is found by what points at them alone:
- first name and last initial ("Layla H." or "Layla H"), when no other contact has that first name
  and a last name with that initial;
- their e-mail addresses, when no other contact has that address;
- their phone numbers however they are written ("050 555 0107", "+971 50 555 01 07", "050-555 0107"),
  when no other contact has that number: the digits may be split by spaces, dashes, dots, slashes
  or brackets anywhere, and a number written next to another one is still told apart.
Each mention becomes "removed person". A first name alone, a nickname or another spelling is not
recognised (it would name too many other people).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from peewee import fn as sql

from totalnet_desktop.core.contacts import fastnorm
from totalnet_desktop.core.contacts import normalize as nz
from totalnet_desktop.core.store import prefs
from totalnet_desktop.core.store.models import Contact, ContactPoint

_PHONE_RUN = re.compile(r"\+?\(?\d[\d\s().\-/]{4,}\d")
_DIGIT_GROUP = re.compile(r"\d+")
# What may stand between the digits of a written number, as the SQL filter strips it (the same
# characters as _PHONE_RUN's, the common white space of notes included).
_PHONE_SEPARATORS = (" ", "-", ".", "(", ")", "/", "\t", "\n", "\r", "\u00a0")
MAX_PHONE_DIGITS = 15  # E.164


def _initial_is_theirs_alone(who, exclude: int) -> bool:
    first, initial = who.first_name, who.last_name[:1]
    if not first or not initial:
        return False
    others = (Contact.select(Contact.id)
              .where((sql.lower(Contact.first_name) == first.lower()) & (Contact.id != exclude)
                     & (sql.lower(sql.substr(Contact.last_name, 1, 1)) == initial.lower())))
    return not others.exists()


def _only_theirs(kind: str, keys: list[str], exclude: int) -> list[str]:
    if not keys:
        return []
    shared = {k for k, in ContactPoint.select(ContactPoint.key)
              .where((ContactPoint.kind == kind) & ContactPoint.key.in_(keys) & (ContactPoint.contact != exclude))
              .tuples()}
    return [k for k in keys if k not in shared]


class Finder:
    """The patterns of one person's mentions, worked out once."""

    def __init__(self, who, exclude: int, replacement: str) -> None:
        self.replacement = replacement
        self.region = prefs.phone_region()
        patterns = []
        likes = []
        if who.full_name:
            patterns.append(rf"(?<!\w){_spaced(who.full_name)}(?!\w)")
            likes.append(who.full_name.split()[0])
        if _initial_is_theirs_alone(who, exclude):
            patterns.append(rf"(?<!\w){re.escape(who.first_name)}\s+{re.escape(who.last_name[0])}(?:\.|(?!\w))")
            likes.append(who.first_name)
        keyed = {fastnorm.email_key(e): e for e in who.emails}
        for key in _only_theirs("email", list(keyed), exclude):
            patterns.append(rf"(?<![\w.+-]){re.escape(keyed[key])}(?![\w-])")
            likes.append(keyed[key])
        self.phones = set(_only_theirs("phone", list(who.phones), exclude))
        self.phone_digits = {nz.digits(k)[-8:] for k in self.phones}
        self.phone_tails = sorted({nz.digits(k)[-4:] for k in self.phones})
        self.pattern = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None
        self.likes = list(dict.fromkeys(likes))

    def __bool__(self) -> bool:
        return bool(self.likes or self.phone_tails)

    def clause(self, col):
        """A SQL filter for rows of ``col`` that may mention the person (checked exactly in Python).

        A phone number is looked for by its last four digits in the text with the separators taken
        out, so "45 67" and "4-567" are found as well as "4567"."""
        terms = [col.contains(text) for text in self.likes]
        if self.phone_tails:
            bare = col
            for sep in _PHONE_SEPARATORS:
                bare = sql.replace(bare, sep, "")
            terms.extend(bare.contains(tail) for tail in self.phone_tails)
        clause = None
        for term in terms:
            clause = term if clause is None else (clause | term)
        return clause

    def replace(self, text: str) -> str:
        if self.pattern is not None:
            text = self.pattern.sub(self.replacement, text)
        if self.phones:
            text = _PHONE_RUN.sub(self._phone, text)
        return text

    def _phone(self, match: re.Match) -> str:
        """A run of digits and separators: take out each stretch of its digit groups that is one of
        the person's numbers (the longest first), leave the rest ("050 555 0107 / 04 555 1234")."""
        run = match.group(0)
        groups = list(_DIGIT_GROUP.finditer(run))
        out, at, i = [], 0, 0
        while i < len(groups):
            end = self._number_ending(groups, i)
            if end is None:
                i += 1
                continue
            start = groups[i].start()
            while start > 0 and run[start - 1] in "+(":
                start -= 1  # "+971 ..." and "(050) ..." go whole
            out.append(run[at:start])
            out.append(self.replacement)
            at = groups[end].end()
            i = end + 1
        out.append(run[at:])
        return "".join(out)

    def _number_ending(self, groups: list[re.Match], first: int) -> int | None:
        """The last digit group of the longest stretch from ``first`` that is one of their numbers."""
        digits, found = "", None
        for last in range(first, len(groups)):
            digits += groups[last].group(0)
            if len(digits) > MAX_PHONE_DIGITS:
                break
            if len(digits) >= 6 and digits[-8:] in self.phone_digits and self._is_theirs(groups, first, last):
                found = last
        return found

    def _is_theirs(self, groups: list[re.Match], first: int, last: int) -> bool:
        written = groups[first].string[groups[first].start():groups[last].end()]
        if groups[first].start() > 0 and groups[first].string[groups[first].start() - 1] == "+":
            written = "+" + written
        digits = nz.digits(written)
        if digits in self._phone_digit_forms:
            return True
        return fastnorm.phone_facts(written.strip(), self.region)[0] in self.phones

    @property
    def _phone_digit_forms(self) -> set[str]:
        return {nz.digits(k) for k in self.phones}


def _own_columns(model) -> list:
    """The columns that make a row the person's own (``contact``), not another person's record."""
    field = model._meta.fields.get("contact")
    return [field] if field is not None and getattr(field, "rel_model", None) is Contact else []


def _spaced(name: str) -> str:
    """The name with any run of spaces between its words."""
    return r"\s+".join(re.escape(part) for part in name.split())


def take_out(who, exclude: int, columns, replacement: str,
             progress: Callable[[int, int], None] | None = None, own: tuple = ()) -> int:
    """Replace the person's mentions in every free-text column of ``columns`` (other records than
    ``exclude``'s row and its rows in the ``own`` models, which are deleted anyway); return how many
    records changed."""
    finder = Finder(who, exclude, replacement)
    if not finder:
        return 0
    changed = 0
    for step, (model, column) in enumerate(columns):
        if progress is not None:
            progress(step, len(columns))
        col = getattr(model, column)
        pk = model._meta.primary_key
        query = model.select(pk, col).where(finder.clause(col))
        if model is Contact:
            query = query.where(Contact.id != exclude)
        for field in _own_columns(model) if model in own else ():  # their own rows are deleted anyway
            query = query.where(field.is_null() | (field != exclude))
        for row_id, text in list(query.tuples()):
            if not text:
                continue
            new = finder.replace(text)
            if new != text:
                model.update({col: new}).where(pk == row_id).execute()
                changed += 1
    return changed
