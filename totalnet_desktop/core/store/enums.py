"""The fixed vocabularies of the data: stages, channels, statuses and kinds.

Each is a ``str`` enum, so a member compares equal to the text stored in the file ("Know" == Stage.KNOW)
and plain strings keep working at every call site. The tuples in ``models`` (STAGES, CHANNELS, ...) are
made from these, and ``checks`` turns them into the database's guards, so one list serves Python and SQL.
"""

from __future__ import annotations

from enum import Enum


class TextEnum(str, Enum):
    """A str enum that prints as its value (Python 3.10 has no StrEnum)."""

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def values(cls) -> tuple[str, ...]:
        return tuple(member.value for member in cls)


class Stage(TextEnum):
    KNOW = "Know"
    LIKE = "Like"
    TRUST = "Trust"
    PARTNER = "Partner"


class PointKind(TextEnum):
    PHONE = "phone"
    EMAIL = "email"
    WEBSITE = "website"
    SOCIAL = "social"


class SocialNetwork(TextEnum):
    LINKEDIN = "linkedin"
    X = "x"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    OTHER = "other"


class Channel(TextEnum):
    IN_PERSON = "in_person"
    ONE_TO_ONE = "one_to_one"
    ONLINE_MEETING = "online_meeting"
    PHONE = "phone"
    MESSAGING = "messaging"
    EMAIL = "email"
    LINKEDIN = "linkedin"
    X = "x"
    FACEBOOK = "facebook"
    INSTAGRAM = "instagram"
    OTHER = "other"


class AttendanceStatus(TextEnum):
    PRESENT = "Present"
    ABSENT = "Absent"
    LATE = "Late"
    MEDICAL = "Medical"
    SUBSTITUTE = "Substitute"
    VISITOR = "Visitor"


class ReferralStatus(TextEnum):
    NEW = "New"
    PENDING = "Pending"
    CLOSED = "Closed"
    NO_SALE = "No sale"


class ReferralKind(TextEnum):
    INSIDE = "inside"
    OUTSIDE = "outside"


class BusinessKind(TextEnum):
    NEW = "new"
    REPEAT = "repeat"


class MeetingStatus(TextEnum):
    OPEN = "open"
    CLOSED = "closed"


class FollowUpStatus(TextEnum):
    OPEN = "open"
    DONE = "done"
    SNOOZED = "snoozed"
    DISMISSED = "dismissed"


class FollowUpOrigin(TextEnum):
    USER = "user"
    VISITOR = "visitor"
    REFERRAL_RECEIVED = "referral_received"
    REFERRAL_GIVEN = "referral_given"
    THANK_YOU = "thank_you"
    CADENCE = "cadence"
    BRIDGE_MEET = "bridge_meet"
    BRIDGE_CONNECT = "bridge_connect"
    ONE_TO_ONE = "one_to_one"
    INVITE = "invite"  # a most-wanted classification: invite to visit (schema step 8)
    VISITOR_DRIP = "visitor_drip"  # a visitor's invitation back or application talk (schema step 8)


class HistorySource(TextEnum):
    """Where an imported conversation came from (interaction.source, history_batch.source)."""

    LINKEDIN = "linkedin"
    WHATSAPP = "whatsapp"
    CALENDAR = "calendar"
    MBOX = "mbox"


class Direction(TextEnum):
    """Who spoke in an imported conversation (interaction.direction; "" when typed by hand)."""

    OUT = "out"  # from me
    IN = "in"  # to me
    BOTH = "both"  # both ways
    GROUP = "group"  # in a group conversation
