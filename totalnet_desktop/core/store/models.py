"""The data model (docs/data-model.md) as peewee models bound to one deferred database.

Enumerations are stored as short text so that the file stays readable with any SQLite tool.
"""

from __future__ import annotations

import datetime as dt

from peewee import (
    BooleanField,
    CharField,
    DatabaseProxy,
    DateField,
    DateTimeField,
    DecimalField,
    FloatField,
    ForeignKeyField,
    IntegerField,
    Model,
    SqliteDatabase,
    TextField,
)

from totalnet_desktop.core.store import stable_ids
from totalnet_desktop.core.store.enums import (
    AttendanceStatus,
    BusinessKind,
    Channel,
    HistorySource,
    PointKind,
    ReferralKind,
    ReferralStatus,
    SocialNetwork,
    Stage,
)
from totalnet_desktop.core.store.labels import CHANNEL_TEXTS

# Pointed by core.store.db.open_database() at an SQLite file or a PostgreSQL server (core.store.engine);
# every model and every hand-written query uses this one handle.
database = DatabaseProxy()
database.initialize(SqliteDatabase(None))


def now() -> dt.datetime:
    """Current local time without microseconds (what the UI shows)."""
    return dt.datetime.now().replace(microsecond=0)


# ---- enumerations (store/enums.py holds them; these tuples of their values serve existing callers) ----
STAGES = Stage.values()
DEFAULT_CADENCE_DAYS = {"Know": 90, "Like": 60, "Trust": 30, "Partner": 14}

POINT_KINDS = PointKind.values()
SOCIAL_NETWORKS = SocialNetwork.values()

CHANNELS = Channel.values()
CHANNEL_LABELS: dict[str, str] = dict(CHANNEL_TEXTS)  # marked Texts: show them through i18n.tr_core
FACE_TO_FACE_CHANNELS = ("in_person", "one_to_one")
ONLINE_CHANNELS = ("online_meeting", "linkedin", "x", "facebook", "instagram")

PALMS = tuple(s for s in AttendanceStatus.values() if s != AttendanceStatus.VISITOR)  # a member's statuses
ROLES = (
    "President", "Vice President", "Secretary/Treasurer", "Visitor Host",
    "Education Coordinator", "Growth Coordinator", "Mentor Coordinator", "Member",
)
REFERRAL_STATUSES = ReferralStatus.values()
REFERRAL_KINDS = ReferralKind.values()
BUSINESS_KINDS = BusinessKind.values()
HISTORY_SOURCES = HistorySource.values()


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


# ---- contacts -----------------------------------------------------------------------------
class Contact(BaseModel):
    first_name = CharField(default="")
    last_name = CharField(default="")
    company = CharField(default="")
    job_title = CharField(default="")
    profession = CharField(default="")  # the chapter "classification" for members
    city = CharField(default="")
    notes = TextField(default="")
    stage = CharField(default="Know")  # one of STAGES
    cadence_days = IntegerField(null=True)  # None: DEFAULT_CADENCE_DAYS[stage]
    source = CharField(default="")  # LinkedIn, Instagram, Visitor, Event, Import, Manual...
    met_on = DateField(null=True)
    met_where = CharField(default="")
    met_channel = CharField(default="")  # one of CHANNELS or ""
    introduced_by = ForeignKeyField("self", null=True, backref="introduced", on_delete="SET NULL")
    is_me = BooleanField(default=False)
    archived = BooleanField(default=False)
    trashed_at = DateTimeField(null=True, index=True)
    created_at = DateTimeField(default=now)
    updated_at = DateTimeField(default=now)
    owner = CharField(null=True)  # schema step 16: the database role that wrote it (core.store.pg_privacy)
    # No index on names or company (schema step 5): every sort and comparison on them is
    # case-insensitive (COLLATE NOCASE, lower()), which a plain index cannot serve.

    @property
    def full_name(self) -> str:
        return " ".join(p for p in (self.first_name, self.last_name) if p)


class ContactPoint(BaseModel):
    """A phone, e-mail, website or social profile of a contact.

    ``value`` is what the user typed or imported, kept exactly; ``key`` is the normalised form used
    for duplicate detection (see core.normalize); ``search`` holds extra tokens for the search index
    (e.g. digit suffixes of a phone number).
    """

    contact = ForeignKeyField(Contact, backref="points", on_delete="CASCADE", index=False)  # via the composite (step 5)
    kind = CharField()  # one of POINT_KINDS
    network = CharField(default="")  # for kind == "social": one of SOCIAL_NETWORKS
    value = CharField()
    key = CharField(default="")  # looked up by (kind, key) only
    search = TextField(default="")
    label = CharField(default="")  # mobile, work, home...
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("kind", "key"), False), (("contact", "kind", "position"), False))


class Tag(BaseModel):
    name = CharField(unique=True, collation="NOCASE")


class ContactTag(BaseModel):
    contact = ForeignKeyField(Contact, backref="tag_links", on_delete="CASCADE", index=False)  # via the composite (step 5)
    tag = ForeignKeyField(Tag, backref="contact_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("contact", "tag"), True),)


class HistoryImport(BaseModel):
    """One run of Import history on one file (schema step 12): undone as a whole by deleting it."""

    source = CharField()  # one of HISTORY_SOURCES
    file_name = CharField(default="")
    imported_at = DateTimeField(default=now)
    touches = IntegerField(default=0)  # interactions written for matched contacts
    pending = IntegerField(default=0)  # touches waiting in the review list
    first_at = DateTimeField(null=True)
    last_at = DateTimeField(null=True)
    owner = CharField(null=True)  # schema step 20: private to this database role on a shared server


class Interaction(BaseModel):
    contact = ForeignKeyField(Contact, backref="interactions", on_delete="CASCADE", index=False)  # via the composite (step 5)
    occurred_at = DateTimeField(default=now)
    channel = CharField(default="other")  # one of CHANNELS
    kind = CharField(default="")  # call, message, comment, meeting, connected, ...
    note = TextField(default="")
    created_at = DateTimeField(default=now)
    # Schema step 12: touches read from the member's own history files.
    direction = CharField(default="")  # "" (typed by hand) or an enums.Direction
    count = IntegerField(default=1)  # messages in this conversation on this day
    source = CharField(default="")  # "" (typed by hand) or one of HISTORY_SOURCES
    # Re-importing the same history adds nothing: unique per owner (schema step 20, in SQL).
    origin_key = CharField(null=True)
    batch = ForeignKeyField(HistoryImport, null=True, backref="interactions", on_delete="CASCADE")
    owner = CharField(null=True)  # schema step 16: private to this database role on a shared server

    class Meta:
        indexes = ((("contact", "occurred_at"), False), (("occurred_at",), False))


# ---- chapters and meetings -----------------------------------------------------------------
class Chapter(BaseModel):
    name = CharField(unique=True)
    city = CharField(default="")
    weekday = IntegerField(default=2)  # Monday = 0
    start_time = CharField(default="07:00")  # HH:MM
    grace_minutes = IntegerField(default=5)
    venue = CharField(default="")
    currency = CharField(default="AED")
    annual_fee = DecimalField(max_digits=12, decimal_places=2, default=0, auto_round=True)
    is_mine = BooleanField(default=False)
    created_at = DateTimeField(default=now)


class Membership(BaseModel):
    chapter = ForeignKeyField(Chapter, backref="memberships", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="memberships", on_delete="CASCADE")
    classification = CharField(default="")
    role = CharField(default="Member")  # one of ROLES
    joined_on = DateField(null=True)
    renewal_due = DateField(null=True)
    active = BooleanField(default=True)
    left_on = DateField(null=True)  # schema step 7: the last day of membership, when known

    class Meta:
        indexes = ((("chapter", "contact"), True),)


class ChapterFee(BaseModel):
    """The chapter's annual fee from ``starts_on`` until the next entry (schema step 7). Without any
    entry the chapter's ``annual_fee`` applies throughout; before the first entry, the first one."""

    chapter = ForeignKeyField(Chapter, backref="fees", on_delete="CASCADE", index=False)  # the composite
    starts_on = DateField()
    annual_fee = DecimalField(max_digits=12, decimal_places=2, auto_round=True)

    class Meta:
        indexes = ((("chapter", "starts_on"), True),)


class Meeting(BaseModel):
    chapter = ForeignKeyField(Chapter, backref="meetings", on_delete="CASCADE")
    date = DateField()
    status = CharField(default="open")  # one of MEETING_STATUSES
    closed_at = DateTimeField(null=True)
    notes = TextField(default="")

    class Meta:
        indexes = ((("chapter", "date"), True), (("date",), False))


class Attendance(BaseModel):
    meeting = ForeignKeyField(Meeting, backref="attendance", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="attendance", on_delete="CASCADE")
    status = CharField()  # one of ATTENDANCE_STATUSES
    substitute = ForeignKeyField(Contact, null=True, backref="substituted", on_delete="SET NULL")
    invited_by = ForeignKeyField(Contact, null=True, backref="invited", on_delete="SET NULL")
    checked_in_at = DateTimeField(null=True)
    note = CharField(default="")

    class Meta:
        indexes = ((("meeting", "contact"), True), (("contact", "status"), False))


class Referral(BaseModel):
    date = DateField(index=True)
    meeting = ForeignKeyField(Meeting, null=True, backref="referrals", on_delete="SET NULL")
    giver = ForeignKeyField(Contact, backref="referrals_given", on_delete="CASCADE")
    receiver = ForeignKeyField(Contact, backref="referrals_received", on_delete="CASCADE")
    prospect = ForeignKeyField(Contact, null=True, backref="referred_as_prospect", on_delete="SET NULL")
    kind = CharField(default="outside")  # one of REFERRAL_KINDS
    hotness = IntegerField(default=3)  # 1..5
    status = CharField(default="New")  # one of REFERRAL_STATUSES
    value = DecimalField(max_digits=14, decimal_places=2, null=True, auto_round=True)
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    uid = CharField(null=True, unique=True, default=stable_ids.new_uid)  # schema step 21 (stable_ids)


class ThankYou(BaseModel):
    """TYFCB: ``from_contact`` thanks ``to_contact`` for business closed."""

    date = DateField(index=True)
    meeting = ForeignKeyField(Meeting, null=True, backref="thank_yous", on_delete="SET NULL")
    from_contact = ForeignKeyField(Contact, backref="thanks_given", on_delete="CASCADE")
    to_contact = ForeignKeyField(Contact, backref="thanks_received", on_delete="CASCADE")
    amount = DecimalField(max_digits=14, decimal_places=2, auto_round=True)
    currency = CharField(default="AED")
    business = CharField(default="new")  # one of BUSINESS_KINDS
    kind = CharField(default="outside")  # one of REFERRAL_KINDS
    referral = ForeignKeyField(Referral, null=True, backref="thank_yous", on_delete="SET NULL")
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    uid = CharField(null=True, unique=True, default=stable_ids.new_uid)  # schema step 21 (stable_ids)


class OneToOne(BaseModel):
    date = DateField(index=True)
    meeting = ForeignKeyField(Meeting, null=True, backref="one_to_ones", on_delete="SET NULL")
    member_a = ForeignKeyField(Contact, backref="one_to_ones_a", on_delete="CASCADE")
    member_b = ForeignKeyField(Contact, backref="one_to_ones_b", on_delete="CASCADE")
    location = CharField(default="")
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    uid = CharField(null=True, unique=True, default=stable_ids.new_uid)  # schema step 21 (stable_ids)
    # Read from the calendar by a history import (schema 13): undoing that import removes it.
    history_batch = ForeignKeyField(HistoryImport, null=True, backref="one_to_ones", on_delete="CASCADE",
                                    column_name="history_batch_id")


class CEU(BaseModel):
    date = DateField(index=True)
    meeting = ForeignKeyField(Meeting, null=True, backref="ceus", on_delete="SET NULL")
    contact = ForeignKeyField(Contact, backref="ceus", on_delete="CASCADE")
    credits = FloatField(default=1.0)
    note = CharField(default="")
    created_at = DateTimeField(default=now)
    uid = CharField(null=True, unique=True, default=stable_ids.new_uid)  # schema step 21 (stable_ids)


# ---- follow-ups ---------------------------------------------------------------------------
class FollowUp(BaseModel):
    contact = ForeignKeyField(Contact, backref="followups", on_delete="CASCADE")
    due = DateField(index=True)
    reason = TextField()
    channel = CharField(default="")  # suggested channel, one of CHANNELS or ""
    origin = CharField(default="user")  # one of FOLLOWUP_ORIGINS
    origin_key = CharField(null=True, unique=True)  # makes app-created items idempotent
    link = CharField(default="")  # e.g. a profile or search URL
    status = CharField(default="open", index=True)  # one of FOLLOWUP_STATUSES
    done_at = DateTimeField(null=True)
    interaction = ForeignKeyField(Interaction, null=True, backref="followups", on_delete="SET NULL")
    created_at = DateTimeField(default=now)
    owner = CharField(null=True)  # schema step 16: private to this database role on a shared server

    class Meta:
        indexes = ((("status", "due"), False), (("contact", "status"), False))


# ---- app state ----------------------------------------------------------------------------
class Setting(BaseModel):
    """Preferences that belong with the data (default phone region, my contact, my chapter...)."""

    key = CharField(primary_key=True)
    value = TextField(default="")


class ImportMapping(BaseModel):
    """A column mapping the user saved by name in the import dialog (JSON)."""

    name = CharField()  # unique per owner (schema step 20, in SQL)
    data = TextField()
    created_at = DateTimeField(default=now)
    owner = CharField(null=True)  # schema step 20: private to this database role on a shared server


class UndoEntry(BaseModel):
    """One undoable action: a label and a JSON payload its service knows how to reverse."""

    created_at = DateTimeField(default=now)
    scope = CharField(default="contacts", index=True)  # which screen's Ctrl+Z sees it
    label = CharField()
    payload = TextField()
    owner = CharField(null=True)  # schema step 16: each person's Ctrl+Z on a shared server


class StageChange(BaseModel):
    """One move of a contact between stages, written by SQL triggers (schema step 4), never by hand
    except the demo's invented history. ``from_stage`` None: the contact's first stage on creation."""

    contact = ForeignKeyField(Contact, backref="stage_changes", on_delete="CASCADE")
    from_stage = CharField(null=True)
    to_stage = CharField()
    changed_at = DateTimeField(index=True)


# ---- chapter leadership (schema step 8) -------------------------------------------------------
VISITOR_STAGES = ("visited", "visited twice", "applied", "joined", "declined")


class Testimonial(BaseModel):
    """A testimonial slip: ``giver`` spoke at a meeting about the member ``about``."""

    date = DateField(index=True)
    meeting = ForeignKeyField(Meeting, null=True, backref="testimonials", on_delete="SET NULL")
    giver = ForeignKeyField(Contact, backref="testimonials_given", on_delete="CASCADE")
    about = ForeignKeyField(Contact, null=True, backref="testimonials_about", on_delete="SET NULL")
    notes = TextField(default="")
    created_at = DateTimeField(default=now)
    uid = CharField(null=True, unique=True, default=stable_ids.new_uid)  # schema step 21 (stable_ids)


class PowerTeam(BaseModel):
    """A contact sphere: classifications that serve the same clients."""

    chapter = ForeignKeyField(Chapter, backref="power_teams", on_delete="CASCADE", index=False)  # the composite leads with it
    name = CharField()
    position = IntegerField(default=0)

    class Meta:
        indexes = ((("chapter", "name"), True),)


class PowerTeamClassification(BaseModel):
    team = ForeignKeyField(PowerTeam, backref="classifications", on_delete="CASCADE", index=False)  # the composite leads with it
    classification = CharField()

    class Meta:
        indexes = ((("team", "classification"), True),)


class PowerTeamMember(BaseModel):
    team = ForeignKeyField(PowerTeam, backref="members", on_delete="CASCADE", index=False)  # the composite leads with it
    contact = ForeignKeyField(Contact, backref="power_teams", on_delete="CASCADE")

    class Meta:
        indexes = ((("team", "contact"), True),)


class AgendaSegment(BaseModel):
    """One segment of a chapter's meeting agenda; ``seconds`` is per speaker when ``per_speaker``."""

    chapter = ForeignKeyField(Chapter, backref="agenda", on_delete="CASCADE")
    position = IntegerField(default=0)
    kind = CharField()  # one of core.chapter.agenda.SEGMENT_KINDS
    title = CharField()
    seconds = IntegerField(default=60)
    per_speaker = BooleanField(default=False)


class VisitorStage(BaseModel):
    """A visitor's stage in the chapter's pipeline when set by hand (applied, joined, declined)."""

    chapter = ForeignKeyField(Chapter, backref="visitor_stages", on_delete="CASCADE", index=False)  # the composite leads with it
    contact = ForeignKeyField(Contact, backref="visitor_stages", on_delete="CASCADE")
    stage = CharField()  # one of VISITOR_STAGES
    changed_on = DateField()

    class Meta:
        indexes = ((("chapter", "contact"), True),)


class FeaturePresentation(BaseModel):
    """The 10-minute feature slot: who presented (past) or is planned (future) on a date."""

    chapter = ForeignKeyField(Chapter, backref="feature_presentations", on_delete="CASCADE", index=False)  # the composite leads with it
    contact = ForeignKeyField(Contact, backref="feature_presentations", on_delete="CASCADE")
    date = DateField()

    class Meta:
        indexes = ((("chapter", "date"), True),)


class MemberAway(BaseModel):
    """Dates a member said they will be away (the rota skips them)."""

    chapter = ForeignKeyField(Chapter, backref="away", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, backref="away", on_delete="CASCADE")
    start = DateField()
    end = DateField()


class SpeakerRecord(BaseModel):
    """Who spoke in an agenda segment at a meeting, for how long against the time allowed."""

    meeting = ForeignKeyField(Meeting, backref="speakers", on_delete="CASCADE")
    contact = ForeignKeyField(Contact, null=True, backref="speeches", on_delete="SET NULL")
    name = CharField(default="")
    segment = CharField()
    position = IntegerField(default=0)
    allowed_seconds = IntegerField(default=60)
    spoken_seconds = IntegerField(default=0)
    skipped = BooleanField(default=False)


class TrafficLightScheme(BaseModel):
    """A chapter's own traffic-light scheme (TOML text), copied from a shipped one and edited."""

    chapter = ForeignKeyField(Chapter, backref="schemes", on_delete="CASCADE", index=False)  # the composite leads with it
    name = CharField()
    body = TextField()

    class Meta:
        indexes = ((("chapter", "name"), True),)


LEADERSHIP_MODELS = (Testimonial, PowerTeam, PowerTeamClassification, PowerTeamMember, AgendaSegment,
                     VisitorStage, FeaturePresentation, MemberAway, SpeakerRecord, TrafficLightScheme)

class ContactVersion(BaseModel):
    """A contact's edit counter (schema step 12): each save through the editor moves it on, and a save
    from an older read is refused, so two people editing one contact never overwrite each other
    silently. No row: version 0. Its own table, so older schemas' contact rows stay as they were."""

    contact = ForeignKeyField(Contact, unique=True, on_delete="CASCADE", backref="+")
    version = IntegerField(default=0)

class HistoryPerson(BaseModel):
    """Someone in an imported history who matched no contact: the review list (schema step 12).

    Their touches wait in HistoryPending until the member links them to a contact, creates a
    contact, or ignores them; their number or address is kept here only and goes with the row."""

    source = CharField()
    key = CharField()  # "phone:+9715...", "email:...", "url:...", "name:<folded name>"
    name = CharField(default="")
    phone = CharField(default="")
    email = CharField(default="")
    url = CharField(default="")
    batch = ForeignKeyField(HistoryImport, null=True, backref="people", on_delete="SET NULL")
    # Set when the member linked them: later imports then match this key to that contact.
    contact = ForeignKeyField(Contact, null=True, backref="history_aliases", on_delete="CASCADE")
    created_at = DateTimeField(default=now)
    owner = CharField(null=True)  # schema step 20; (source, key) is unique per owner, in SQL


class HistoryPending(BaseModel):
    """A touch with someone in the review list, moved into Interaction when they are linked."""

    person = ForeignKeyField(HistoryPerson, backref="touches", on_delete="CASCADE")
    occurred_at = DateTimeField()
    channel = CharField(default="other")
    kind = CharField(default="")
    note = TextField(default="")
    direction = CharField(default="")
    count = IntegerField(default=1)
    source = CharField()
    origin_key = CharField()  # unique per owner (schema step 20, in SQL)
    batch = ForeignKeyField(HistoryImport, null=True, backref="pending_touches", on_delete="CASCADE")
    owner = CharField(null=True)  # schema step 20


class HistoryIgnored(BaseModel):
    """Someone the member chose to ignore: only a hash of their key is kept (no number, no address)."""

    source = CharField()
    key_hash = CharField()
    created_at = DateTimeField(default=now)
    owner = CharField(null=True)  # schema step 20; (source, key_hash) is unique per owner, in SQL


BASE_MODELS = (
    Contact, ContactPoint, Tag, ContactTag, Interaction, Chapter, Membership, Meeting, Attendance,
    Referral, ThankYou, OneToOne, CEU, FollowUp, Setting, ImportMapping,
)
HISTORY_MODELS = (HistoryImport, HistoryPerson, HistoryPending, HistoryIgnored)
ALL_MODELS = (BASE_MODELS + (UndoEntry, StageChange) + LEADERSHIP_MODELS + (ContactVersion, ChapterFee)
              + HISTORY_MODELS)
