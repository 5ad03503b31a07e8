"""Every reason the app writes on a follow-up item reads back into one of its marked templates, so the
screens and the CLI can show it in the member's language (core/followups/reasons.py)."""

from __future__ import annotations

import datetime as dt

from totalnet_desktop.core.demo import loader as demo
from totalnet_desktop.core.followups import reasons, rules
from totalnet_desktop.core.store import texts
from totalnet_desktop.core.store.models import FollowUp

THURSDAY = dt.date(2026, 11, 26)


def test_every_reason_the_rules_write_matches_a_template(db):
    demo.generate(today=THURSDAY)
    rules.run_rules(today=THURSDAY)
    found = {}
    for item in FollowUp.select().where(FollowUp.origin != "user"):  # "user": typed (the sample types some)
        message = texts.parse(reasons.CONTEXT, item.reason)
        assert message is not None, f"{item.origin}: {item.reason!r} matches no template in reasons.py"
        found.setdefault(message.source, message)
    assert str(reasons.CADENCE) in found and str(reasons.VISITOR) in found, sorted(found)
    cadence = found[str(reasons.CADENCE)]
    assert isinstance(cadence.args["last"], dt.date) and isinstance(cadence.args["days"], int)


def test_each_rules_text_reads_back_with_its_arguments():
    assert texts.parse(reasons.CONTEXT, "Thank Omar Khan for the AED 12,500 closed-business thank-you").args == \
        {"name": "Omar Khan", "currency": "AED", "amount": 12500}
    assert texts.parse(reasons.CONTEXT, "Ask Sara how it went with the referral").source == \
        str(reasons.REFERRAL_GIVEN_NO_PROSPECT)
    assert texts.parse(reasons.CONTEXT, "Ask Sara how it went with Ali").args == {"name": "Sara", "prospect": "Ali"}
    assert texts.parse(reasons.CONTEXT, "Book a one-to-one with Huda (no one-to-one yet)").source == \
        str(reasons.ONE_TO_ONE_FIRST)
    assert texts.parse(reasons.CONTEXT, "Book a one-to-one with Huda (last one 3 Mar 2026)").args["last"] == \
        dt.date(2026, 3, 3)
    assert texts.parse(reasons.CONTEXT, "Call the plumber") is None  # typed by the member: shown as typed
