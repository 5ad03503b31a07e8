"""Duplicate detection for an import: matches (merge), repeats within the file, possible duplicates.

A match is the same e-mail (trimmed, case-folded) or the same social-profile URL (normalised) as an
existing contact or an earlier row. A shared phone number or the same name is only a *possible*
duplicate, listed for the user and never merged by itself. One exception keeps a re-import from
doubling people who have neither e-mail nor profile: a row identical to a contact in name, company,
job title and every phone, e-mail and profile is that contact ("already there").
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from totalnet_desktop.core import normalize as nz
from totalnet_desktop.core.exchange import fastnorm as fn
from totalnet_desktop.core.exchange.drafts import Draft

logger = logging.getLogger(__name__)

# Actions
NEW, MERGE, SKIP, ADD, REJECT = "new", "merge", "skip", "add", "reject"
POLICIES = ("merge", "skip", "add")


@dataclass(frozen=True)
class Possible:
    """A possible duplicate the user decides on: this row and a contact (or an earlier row)."""

    line: int
    name: str
    reason: str
    contact_id: int | None  # an existing contact
    row_line: int | None  # or an earlier row of the file
    other_name: str


@dataclass
class Decision:
    """What happens to one draft."""

    action: str  # new, merge, skip, reject
    target_id: int | None = None  # existing contact to merge into
    target_line: int | None = None  # earlier row of the file to merge into
    reason: str = ""
    match_kind: str = ""  # "contact" or "row" when the draft matched someone
    possible: list[Possible] = field(default_factory=list)


def draft_keys(draft: Draft, region: str) -> tuple[list[str], list[str], list[str]]:
    """(e-mail keys, social keys, phone keys) of a draft."""
    emails = draft.match_emails
    # A profile key needs a path: 'linkedin.com' alone (an empty profile URL) is no one.
    socials = [k for k in draft.social_keys if "/" in k]
    phones = [k for k in draft.phone_keys if len(k) >= 5]
    return emails, socials, phones


def fingerprint(first: str, last: str, company: str, job: str, emails, socials, phones) -> tuple:
    """Everything that identifies a row; two rows with equal fingerprints are the same entry."""
    return (fn.fold(first), fn.fold(last), fn.fold(company), fn.fold(job),
            tuple(sorted(set(emails))), tuple(sorted(set(socials))), tuple(sorted(set(phones))))


def _label(name: str, company: str) -> str:
    return f"{name}, {company}" if name and company else name or company


def _name_key(fp: tuple) -> str:
    return " ".join(p for p in fp[:2] if p)


class Classifier:
    """Decides new / merge / skip / reject for each draft, in file order."""

    def __init__(self, policy: str = "merge", region: str = nz.DEFAULT_REGION,
                 decisions: dict[int, tuple[str, int]] | None = None) -> None:
        if policy not in POLICIES:
            raise ValueError(f"unknown duplicate policy {policy!r}")
        self.policy = policy
        self.region = region
        # User decisions on possible duplicates: line -> ("contact", id) or ("row", line).
        self.decisions = decisions or {}
        # key -> ("contact", id) or ("row", line)
        self.strong: dict[str, tuple[str, int]] = {}
        self.phones: dict[str, tuple[str, int]] = {}
        self.names: dict[str, tuple[str, int]] = {}
        self.prints: dict[tuple, tuple[str, int]] = {}
        self.labels: dict[tuple[str, int], str] = {}

    def clone(self) -> Classifier:
        """An independent copy (a preview must not leave its rows registered)."""
        other = Classifier(self.policy, self.region, dict(self.decisions))
        other.strong, other.phones = dict(self.strong), dict(self.phones)
        other.names, other.prints, other.labels = dict(self.names), dict(self.prints), dict(self.labels)
        return other

    # -- loading what the database already holds --------------------------------------------
    def add_existing(self, contact_id: int, first: str, last: str, company: str, job: str,
                     emails: list[str], socials: list[str], phones: list[str]) -> None:
        """Register an existing contact with its keys (already normalised)."""
        ref = ("contact", contact_id)
        fp = fingerprint(first, last, company, job, emails, socials, phones)
        self._register(ref, _label(f"{first} {last}".strip(), company), fp, emails, socials, phones)

    def _register(self, ref, label, fp, emails, socials, phones) -> None:
        self.labels[ref] = label or "(no name)"
        for k in emails:
            self.strong.setdefault("e:" + k, ref)
        for k in socials:
            self.strong.setdefault("s:" + k, ref)
        for k in phones:
            self.phones.setdefault(k, ref)
        name = _name_key(fp)
        if name:
            self.names.setdefault(name, ref)
        self.prints.setdefault(fp, ref)

    # -- classifying ------------------------------------------------------------------------
    def classify(self, draft: Draft) -> Decision:
        """The decision for ``draft``; registers its keys so later rows see it."""
        if draft.problem:
            return Decision(REJECT, reason=draft.problem)
        emails, socials, phones = draft_keys(draft, self.region)
        strong = [self.strong.get("e:" + k) for k in emails] + [self.strong.get("s:" + k) for k in socials]
        match = next((m for m in strong if m is not None), None)
        reason = "same e-mail or profile"
        fp = fingerprint(draft.first_name, draft.last_name, draft.company, draft.job_title,
                         emails, socials, phones)
        if match is None:
            match = self.prints.get(fp)
            reason = "identical to an earlier entry"
        if match is None and draft.line in self.decisions:
            match = self.decisions[draft.line]
            reason = "chosen by you"
        possible: list[Possible] = []
        if match is None:
            possible = self._possible(draft, phones, _name_key(fp))
        if match is None:
            decision = Decision(NEW)
        elif self.policy == "add" and reason != "chosen by you":
            decision = Decision(NEW, reason=f"added although {reason}")
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
                decision.reason = f"{reason} as row {ident}"
        decision.possible = possible
        decision.match_kind = match[0] if match is not None else ""
        if decision.action == NEW:
            self._register(("row", draft.line), _label(draft.name, draft.company), fp, emails, socials, phones)
        elif decision.action == MERGE:
            ref = match
            for k in emails:
                self.strong.setdefault("e:" + k, ref)
            for k in socials:
                self.strong.setdefault("s:" + k, ref)
        return decision

    def _possible(self, draft: Draft, phones: list[str], name: str) -> list[Possible]:
        found: list[Possible] = []
        seen: set[tuple[str, int]] = set()
        for k in phones:
            ref = self.phones.get(k)
            if ref is not None and ref not in seen:
                seen.add(ref)
                found.append(self._make_possible(draft, ref, "shares a phone number with"))
        ref = self.names.get(name) if name else None
        if ref is not None and ref not in seen:
            found.append(self._make_possible(draft, ref, "has the same name as"))
        return found

    def _make_possible(self, draft: Draft, ref: tuple[str, int], why: str) -> Possible:
        kind, ident = ref
        other = self.labels.get(ref, "")
        where = other if kind == "contact" else f"{other} (row {ident})"
        return Possible(line=draft.line, name=_label(draft.name, draft.company), reason=f"{why} {where}",
                        contact_id=ident if kind == "contact" else None,
                        row_line=ident if kind == "row" else None, other_name=other)
