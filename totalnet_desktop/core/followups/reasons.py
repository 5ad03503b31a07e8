"""The reasons the app writes on follow-up items, marked for the catalogue.

The rules write them in SQL (``rules.py``) and the file keeps them in English; views and the CLI show
``i18n.tr_core(item.reason, CONTEXT)``, which reads a stored reason back against these templates and
translates it (docs/decisions/core-texts.md). A reason the member typed matches none and is shown as typed.
``tests/core/followups/test_reasons.py`` checks that every reason the rules write matches a template.
"""

from __future__ import annotations

from totalnet_desktop.core.store.texts import QT_TRANSLATE_NOOP

CONTEXT = "Follow-up reason"

VISITOR = QT_TRANSLATE_NOOP("Follow-up reason", "Thank {name} for visiting and invite them back")
REFERRAL_PROSPECT = QT_TRANSLATE_NOOP("Follow-up reason", "Contact {prospect} (from {giver})")
REFERRAL_GIVER = QT_TRANSLATE_NOOP("Follow-up reason", "Contact {name} about the referral they passed you")
REFERRAL_GIVEN = QT_TRANSLATE_NOOP("Follow-up reason", "Ask {name} how it went with {prospect}")
REFERRAL_GIVEN_NO_PROSPECT = QT_TRANSLATE_NOOP("Follow-up reason", "Ask {name} how it went with the referral")
THANK_YOU = QT_TRANSLATE_NOOP("Follow-up reason",
                              "Thank {name} for the {currency} {amount} closed-business thank-you")
CADENCE = QT_TRANSLATE_NOOP("Follow-up reason", "Keep in touch with {name}: last contact {last} (every {days} days)")
BRIDGE_MEET = QT_TRANSLATE_NOOP("Follow-up reason", "Invite {name} for a coffee or to visit the chapter")
BRIDGE_CONNECT = QT_TRANSLATE_NOOP("Follow-up reason", "Connect with {name} on LinkedIn")
ONE_TO_ONE_FIRST = QT_TRANSLATE_NOOP("Follow-up reason", "Book a one-to-one with {name} (no one-to-one yet)")
ONE_TO_ONE = QT_TRANSLATE_NOOP("Follow-up reason", "Book a one-to-one with {name} (last one {last})")
VISITOR_BACK = QT_TRANSLATE_NOOP("Follow-up reason", "Invite {name} back to the chapter")
VISITOR_APPLY = QT_TRANSLATE_NOOP("Follow-up reason", "Talk to {name} about applying to join")
IMPORTED = QT_TRANSLATE_NOOP("Follow-up reason", "Follow up (imported)")
DEMO_VISITOR = QT_TRANSLATE_NOOP("Follow-up reason",
                                 "Visitor on {day:%d %b}: thank {name} for coming and ask how we can help")
DEMO_REFERRAL = QT_TRANSLATE_NOOP("Follow-up reason", "Referral from {name} (hotness {hotness}/5): make contact")
DEMO_BRIDGE_MEET = QT_TRANSLATE_NOOP("Follow-up reason",
                                     "You have only met {name} online: invite them for a coffee or to visit the chapter")
DEMO_CADENCE = QT_TRANSLATE_NOOP("Follow-up reason", "Keep in touch: it has been a while since your last conversation")
