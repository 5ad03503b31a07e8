"""Duplicate detection for an import: matches (merge), repeats within the file, possible duplicates.

A match is the same e-mail (trimmed, case-folded) or the same social-profile URL (normalised) as an
existing contact or an earlier row. A shared phone number or the same name is only a *possible*
duplicate, listed for the user and never merged by itself. One exception keeps a re-import from
doubling people who have neither e-mail nor profile: a row identical to a contact in name, company,
job title and every phone, e-mail and profile is that contact ("already there").
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field

from totalnet_desktop.core.contacts import fastnorm as fn
from totalnet_desktop.core.contacts import normalize as nz
from totalnet_desktop.core.exchange.drafts import Draft
from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

SAME_KEY = QT_TRANSLATE_NOOP("Import", "same e-mail or profile")
IDENTICAL = QT_TRANSLATE_NOOP("Import", "identical to an earlier entry")
CHOSEN = QT_TRANSLATE_NOOP("Import", "chosen by you")
SHARES_PHONE = QT_TRANSLATE_NOOP("Import", "shares a phone number with {other}")
SAME_NAME = QT_TRANSLATE_NOOP("Import", "has the same name as {other}")

logger = logging.getLogger(__name__)

# Actions
NEW, MERGE, SKIP, ADD, REJECT = "new", "merge", "skip", "add", "reject"
POLICIES = ("merge", "skip", "add")
# Possible duplicates are spelled out for the first rows that have one (the summary lists 1,000 and
# the preview 50); after that they are only counted: a 100,000-row file of common names would
# otherwise build 100,000 messages nobody reads.
LISTED_POSSIBLES = 1100


@dataclass(frozen=True)
class Possible:
    """A possible duplicate the user decides on: this row and a contact (or an earlier row)."""

    line: int
    name: str
    reason: str
    contact_id: int | None  # an existing contact
    row_line: int | None  # or an earlier row of the file
    other_name: str


@dataclass(slots=True)
class Decision:
    """What happens to one draft."""

    action: str  # new, merge, skip, reject
    target_id: int | None = None  # existing contact to merge into
    target_line: int | None = None  # earlier row of the file to merge into
    reason: str = ""
    match_kind: str = ""  # "contact" or "row" when the draft matched someone
    possible: list[Possible] = field(default_factory=list)  # spelled out for the first rows only
    has_possible: bool = False


def draft_keys(draft: Draft, region: str) -> tuple[list[str], list[str], list[str]]:
    """(e-mail keys, social keys, phone keys) of a draft."""
    emails = draft.match_emails
    # A profile key needs a path: 'linkedin.com' alone (an empty profile URL) is no one.
    socials = [k for k in draft.social_keys if "/" in k] if draft.social_keys else []
    phones = [k for k in draft.phone_keys if len(k) >= 5] if draft.phone_keys else []
    return emails, socials, phones


# Names, companies and job titles repeat a great deal across a file: fold each once.
_fold = functools.lru_cache(maxsize=1 << 16)(fn.fold)


def _keyset(keys: list[str]) -> tuple:
    return tuple(sorted(set(keys))) if len(keys) > 1 else tuple(keys)


def fingerprint(first: str, last: str, company: str, job: str, emails, socials, phones) -> tuple:
    """Everything that identifies a row; two rows with equal fingerprints are the same entry."""
    return (_fold(first), _fold(last), _fold(company), _fold(job), _keyset(emails), _keyset(socials),
            _keyset(phones))


def _label(name: str, company: str) -> str:
    return f"{name}, {company}" if name and company else name or company


_SEP = "\x1f"  # the unit separator: never in a cleaned name or company


def _label_of(joined: str | None) -> str:
    """'Name, Company' from what was registered: name and company, or first, last and company."""
    if joined is None:
        return ""
    parts = joined.split(_SEP)
    name = " ".join(p for p in parts[:-1] if p)
    return _label(name, parts[-1]) or "(no name)"


def _name_key(first: str, last: str) -> str:
    """The folded full name, for "has the same name as" (a possible duplicate)."""
    first, last = _fold(first), _fold(last)
    return f"{first} {last}" if first and last else first or last


class Classifier:
    """Decides new / merge / skip / reject for each draft, in file order."""

    def __init__(self, policy: str = "merge", region: str = nz.DEFAULT_REGION,
                 decisions: dict[int, tuple[str, int]] | None = None) -> None:
        if policy not in POLICIES:
            raise ValueError(QT_TRANSLATE_NOOP(
                "Errors", "unknown duplicate policy {policy!r}").format(policy=policy))
        self.policy = policy
        self.region = region
        # User decisions on possible duplicates: line -> ("contact", id) or ("row", line).
        self.decisions = decisions or {}
        # key -> ("contact", id) or ("row", line)
        self.strong: dict[str, tuple[str, int]] = {}
        self.phones: dict[str, tuple[str, int]] = {}
        self.names: dict[str, tuple[str, int]] = {}
        self.prints: dict[tuple, tuple[str, int]] = {}
        # who -> name parts and company joined by _SEP (one string per row, not a tuple of three),
        # for the messages about possible duplicates
        self.labels: dict[tuple[str, int], str] = {}
        self.listed = 0  # rows whose possible duplicates were spelled out

    def clone(self) -> Classifier:
        """An independent copy (a preview must not leave its rows registered)."""
        other = Classifier(self.policy, self.region, dict(self.decisions))
        other.strong, other.phones = dict(self.strong), dict(self.phones)
        other.names, other.prints, other.labels = dict(self.names), dict(self.prints), dict(self.labels)
        other.listed = self.listed
        return other

    # -- loading what the database already holds --------------------------------------------
    def add_existing(self, contact_id: int, first: str, last: str, company: str, job: str,
                     emails: list[str], socials: list[str], phones: list[str]) -> None:
        """Register an existing contact with its keys (already normalised)."""
        ref = ("contact", contact_id)
        fp = None if emails or socials else fingerprint(first, last, company, job, emails, socials, phones)
        self._register(ref, (f"{first} {last}".strip(), company), _name_key(first, last), fp, emails, socials,
                       phones)

    def _register(self, ref, label, name, fp, emails, socials, phones) -> None:
        self.labels[ref] = _SEP.join(label)
        for k in emails:
            self.strong.setdefault("e:" + k, ref)
        for k in socials:
            self.strong.setdefault("s:" + k, ref)
        for k in phones:
            self.phones.setdefault(k, ref)
        if name:
            self.names.setdefault(name, ref)
        # Only entries without e-mail or profile need their fingerprint: with one, an identical row
        # is already found by that key (and a fingerprint per row is ~400 bytes on a huge file).
        if fp is not None:
            self.prints.setdefault(fp, ref)

    # -- classifying ------------------------------------------------------------------------
    def classify(self, draft: Draft) -> Decision:
        """The decision for ``draft``; registers its keys so later rows see it."""
        if draft.problem:
            return Decision(REJECT, reason=draft.problem)
        emails, socials, phones = draft_keys(draft, self.region)
        match = None  # the first e-mail, then profile, already known
        known = self.strong.get
        for k in emails:
            if (match := known("e:" + k)) is not None:
                break
        if match is None:
            for k in socials:
                if (match := known("s:" + k)) is not None:
                    break
        reason = SAME_KEY
        fp = None
        if not emails and not socials:
            fp = fingerprint(draft.first_name, draft.last_name, draft.company, draft.job_title,
                             emails, socials, phones)
            match = self.prints.get(fp)
            reason = IDENTICAL
        if match is None and draft.line in self.decisions:
            match = self.decisions[draft.line]
            reason = CHOSEN
        possible: list[Possible] = []
        name = _name_key(draft.first_name, draft.last_name)
        refs = self._possible_refs(phones, name) if match is None else None
        if refs and self.listed < LISTED_POSSIBLES:
            self.listed += 1
            possible = [self._make_possible(draft, ref, why) for ref, why in refs]
        if match is None:
            decision = Decision(NEW)
        elif self.policy == "add" and reason != CHOSEN:
            decision = Decision(NEW, reason=QT_TRANSLATE_NOOP("Import", "added although {reason}").format(
                reason=reason))
        elif self.policy == "skip":
            decision = Decision(SKIP, reason=reason)
        else:
            decision = Decision(MERGE, reason=reason)
        if match is not None and decision.action != NEW:
            kind, ident = match
            if kind == "contact":
                decision.target_id = ident
            else:
                decision.target_line = ident
            if kind == "row":
                decision.reason = QT_TRANSLATE_NOOP("Import", "{reason} as row {row}").format(
                    reason=reason, row=str(ident))
        decision.possible = possible
        decision.has_possible = bool(refs)
        decision.match_kind = match[0] if match is not None else ""
        if decision.action == NEW:
            self._register(("row", draft.line), (draft.first_name, draft.last_name, draft.company), name, fp,
                           emails, socials, phones)
        elif decision.action == MERGE:
            ref = match
            for k in emails:
                self.strong.setdefault("e:" + k, ref)
            for k in socials:
                self.strong.setdefault("s:" + k, ref)
        return decision

    def _possible_refs(self, phones: list[str], name: str) -> list[tuple[tuple[str, int], str]]:
        """(who, why) for each contact or earlier row this one may duplicate."""
        found: list[tuple[tuple[str, int], str]] = []
        for k in phones:
            ref = self.phones.get(k)
            if ref is not None and all(ref != r for r, _ in found):
                found.append((ref, SHARES_PHONE))
        ref = self.names.get(name) if name else None
        if ref is not None and all(ref != r for r, _ in found):
            found.append((ref, SAME_NAME))
        return found

    def _make_possible(self, draft: Draft, ref: tuple[str, int], why: str) -> Possible:
        kind, ident = ref
        other = _label_of(self.labels.get(ref))
        where = other if kind == "contact" else QT_TRANSLATE_NOOP("Import", "{name} (row {row})").format(
            name=other, row=str(ident))
        return Possible(line=draft.line, name=_label(draft.name, draft.company), reason=why.format(other=where),
                        contact_id=ident if kind == "contact" else None,
                        row_line=ident if kind == "row" else None, other_name=other)
