"""The rules that fill the follow-up queue by themselves, as set-based SQL (one transaction).

Each rule is an ``INSERT OR IGNORE ... SELECT`` keyed on ``follow_up.origin_key`` (unique), so
running the rules twice creates nothing new, and an item the user dismissed never comes back for
the same event. Items whose reason has gone (a newer touch, a LinkedIn connection, a one-to-one)
are closed first. Each statement names its steps as CTEs (``last_touch``, ``busy``, ``cadence``,
``chosen``...) and reads the big tables once; each contact's latest interaction is stored
(core.store.last_touch), not aggregated on every run (benchmarks/bench_followups.py; README, Benchmarks).

"Me" and "my chapter" are ``core.store.identity``'s, the resolver every screen and figure uses.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from dataclasses import dataclass, field
from urllib.parse import quote_plus

from totalnet_desktop.core.contacts import normalize
from totalnet_desktop.core.store import identity, last_touch, prefs, read_only, values
from totalnet_desktop.core.store.models import (
    DEFAULT_CADENCE_DAYS,
    FACE_TO_FACE_CHANNELS,
    database,
    now,
)

logger = logging.getLogger(__name__)

EVENT_LOOKBACK_DAYS = 14  # visitors, referrals received and thank-yous older than this are history
GIVEN_LOOKBACK_DAYS = 30  # referrals I gave: asked about 7 days later, so look a little further back
CADENCE_HORIZON_DAYS = 6  # cadence items appear up to this many days before they run out
# Open app-made nudges of one kind at a time; the next ones appear as these are done or dismissed,
# so a 10,000-connection import does not bury the queue.
OPEN_CAP = {"cadence": 15, "bridge_meet": 5, "bridge_connect": 5}
REFERRAL_NEEDS_KEY = "referral_needs"
ONLINE_SOURCES = "('linkedin', 'x', 'twitter', 'facebook', 'instagram')"
PENDING = "('open', 'snoozed')"
F2F = "('" + "', '".join(FACE_TO_FACE_CHANNELS) + "')"
ATTENDED = "('Present', 'Late', 'Visitor')"
NAME = "TRIM({t}.first_name || ' ' || {t}.last_name)"
INSERT = ("INSERT OR IGNORE INTO follow_up (contact_id, due, reason, channel, origin, origin_key, link,"
          " status, created_at) ")
# "+" keeps the planner off the trashed_at index (it would walk all 100,000 contacts through it).
ALIVE = "+{t}.trashed_at IS NULL AND {t}.archived = 0"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class RulesResult:
    created: dict[str, int] = field(default_factory=dict)
    closed: int = 0
    seconds: float = 0.0

    @property
    def total_created(self) -> int:
        return sum(self.created.values())


def _date_words(expr: str) -> str:
    """SQL turning an ISO date expression into '3 Mar 2026'."""
    months = " ".join(f"WHEN '{i:02d}' THEN '{m}'" for i, m in enumerate(MONTHS, 1))
    return (f"(CAST(strftime('%d', {expr}) AS INTEGER) || ' ' || CASE strftime('%m', {expr}) {months} END"
            f" || ' ' || strftime('%Y', {expr}))")


def _next_business_day(expr: str) -> str:
    """SQL for core.followups.next_business_day (strftime %w: 5 Friday, 6 Saturday)."""
    return (f"(CASE strftime('%w', {expr}) WHEN '5' THEN date({expr}, '+3 days')"
            f" WHEN '6' THEN date({expr}, '+2 days') ELSE date({expr}, '+1 day') END)")


def referral_needs() -> list[str]:
    """Professions my chapter is looking for (the bridge rule invites online contacts who fit)."""
    value = prefs.get(REFERRAL_NEEDS_KEY) or []
    return [str(v).strip() for v in value if str(v).strip()]


def set_referral_needs(needs: list[str] | str) -> list[str]:
    """Store my chapter's referral needs (a list, or text separated by commas or new lines)."""
    if isinstance(needs, str):
        needs = needs.replace("\n", ",").split(",")
    cleaned, seen = [], set()
    for need in needs:
        text = normalize.clean(need)
        if text and text.casefold() not in seen:
            seen.add(text.casefold())
            cleaned.append(text)
    prefs.set(REFERRAL_NEEDS_KEY, cleaned)
    return cleaned


def run_rules(today: dt.date | None = None) -> RulesResult:
    """Close items whose reason has gone, then create the items every rule calls for (idempotent).
    Nothing on a database that may only be read: the queue is shown as it was written."""
    if read_only.active():
        return RulesResult()
    start = time.perf_counter()
    ctx = _Context(today or dt.date.today(), identity.me_id(), identity.my_chapter_id(), referral_needs())
    result = RulesResult()
    with database.atomic():
        cur = database.cursor()
        ctx = ctx.with_history(_has_history(cur))
        result.closed = _close_stale(cur, ctx)
        for name, rule in RULES:
            result.created[name] = rule(cur, ctx)
        _fill_links(cur)
    result.seconds = time.perf_counter() - start
    if result.total_created or result.closed:
        logger.info("follow-up rules: created %s, closed %d in %.3f s", result.created, result.closed,
                    result.seconds)
    return result


@dataclass(frozen=True)
class _Context:
    today: dt.date
    me: int | None
    chapter: int | None
    needs: list[str]
    history: bool = False  # a history import is stored (group chats and "messaged often" then count)

    def with_history(self, history: bool) -> _Context:
        return _Context(self.today, self.me, self.chapter, self.needs, history)

    @property
    def params(self) -> dict:
        return {"today": self.today.isoformat(), "now": now().isoformat(" "), "me": self.me or -1,
                "chapter": self.chapter or -1}

    def since(self, days: int) -> str:
        return (self.today - dt.timedelta(days=days)).isoformat()

    @property
    def touch_column(self) -> str:
        """The column of the stored last touch (core.store.last_touch) that resets a personal cadence. A
        group chat's message is a group touch unless the member says otherwise (only imported history
        has group messages: without it every interaction counts)."""
        if not self.history or prefs.get(GROUP_RESETS_CADENCE_KEY, False):
            return "last_at"
        return "last_personal_at"


def _has_history(cur) -> bool:
    """Whether any history import is stored (the history-only conditions cost nothing otherwise)."""
    return cur.execute("SELECT EXISTS (SELECT 1 FROM history_import)").fetchone()[0] == 1


# ---- named pieces of SQL --------------------------------------------------------------------
def _last_touch(ctx: _Context, scope: str = "") -> str:
    """Named CTEs ending in ``last_touch (contact_id, day)``: each contact's last touch day, the latest
    of an interaction (see ``touch_column``), a meeting attended, a one-to-one with me and the day we met.
    A contact never touched has no row. ``scope`` (a subquery of contact ids, or one contact's id)
    limits the work to those contacts; empty means everyone.

    Interactions are the big source (one per touch): their latest per contact is stored, kept by
    triggers and by the bulk writers (core.store.last_touch), and read here one row per contact and
    owner, in contact order. The small sources are gathered apart (``other_last``) and joined in;
    contacts known only from them come second.
    """
    def within(column: str) -> str:
        return f" AND {column} IN ({scope})" if scope else ""

    column = ctx.touch_column
    return f"""
    interaction_last (contact_id, day) AS ({last_touch.days_sql(database, column, within('contact_id'))}),
    other_touch (contact_id, day) AS (
        SELECT a.contact_id, m.date FROM attendance a JOIN meeting m ON m.id = a.meeting_id
         WHERE a.status IN {ATTENDED} AND m.date <= :today{within('a.contact_id')}
        UNION ALL
        SELECT member_b_id, date FROM one_to_one WHERE member_a_id = :me{within('member_b_id')}
        UNION ALL
        SELECT member_a_id, date FROM one_to_one WHERE member_b_id = :me{within('member_a_id')}
        UNION ALL
        SELECT id, met_on FROM contact WHERE met_on IS NOT NULL{within('id')}),
    other_last (contact_id, day) AS (
        SELECT contact_id, MAX(day) FROM other_touch WHERE day IS NOT NULL GROUP BY contact_id),
    last_touch (contact_id, day) AS (
        SELECT il.contact_id, CASE WHEN ol.day > il.day THEN ol.day ELSE il.day END
          FROM interaction_last il LEFT JOIN other_last ol ON ol.contact_id = il.contact_id
         WHERE il.day IS NOT NULL
        UNION ALL
        SELECT ol.contact_id, ol.day FROM other_last ol
         WHERE NOT EXISTS (SELECT 1 FROM {last_touch.TABLE} t WHERE t.contact_id = ol.contact_id
                            AND t.{column} IS NOT NULL))"""


def _pending(origin: str, alias: str = "") -> str:
    """SQL: pending items of ``origin``, found through the unique origin_key index (a prefix range),
    not by scanning every pending item (the user's own can be thousands)."""
    t = f"{alias}." if alias else ""
    return f"{t}origin_key >= '{origin}:' AND {t}origin_key < '{origin};' AND +{t}status IN {PENDING}"


# Every contact with a pending item of any kind: one nudge per person at a time.
BUSY = f"busy (contact_id) AS (SELECT contact_id FROM follow_up WHERE status IN {PENDING})"


# Cadence keys already given out (open, done or dismissed), as (contact id, day) read back from the key
# 'cadence:<id>:<day>': they must not come back nor take the cap's places. The few keys are taken
# apart once; the candidates (tens of thousands) are then compared without building their keys.
USED_CADENCE = ("used_cadence (contact_id, day) AS ("
                "SELECT CAST(substr(origin_key, 9, length(origin_key) - 19) AS INTEGER),"
                " substr(origin_key, length(origin_key) - 9) FROM follow_up"
                " WHERE origin_key >= 'cadence:' AND origin_key < 'cadence;')")


def _close_stale(cur, ctx: _Context) -> int:
    """Close pending app-made items whose reason has gone; delete those whose event was removed."""
    p = ctx.params
    closed = 0
    done = "UPDATE follow_up SET status = 'done', done_at = :now WHERE "
    # A newer touch than the one the cadence item counted from (last touches of those few contacts).
    # (The CTEs go inside: a statement that starts with WITH has no row count in Python's sqlite3.)
    cur.execute(done + _pending("cadence") + " AND substr(origin_key, -10) <"
                f" (WITH {_last_touch(ctx, 'follow_up.contact_id')} SELECT day FROM last_touch)", p)
    closed += cur.rowcount
    # Met face to face since: the online-only bridge is crossed.
    cur.execute(done + _pending("bridge_meet") + " AND (EXISTS (SELECT 1 FROM interaction i WHERE"
                f" i.contact_id = follow_up.contact_id AND i.channel IN {F2F}) OR EXISTS (SELECT 1 FROM"
                f" attendance a WHERE a.contact_id = follow_up.contact_id AND a.status IN {ATTENDED}))", p)
    closed += cur.rowcount
    cur.execute(done + _pending("bridge_connect") + f" AND {_connected('follow_up.contact_id')}", p)
    closed += cur.rowcount
    # The rotation item counted from an older one-to-one (or none) with that member.
    cur.execute(done + _pending("one_to_one") + " AND substr(origin_key, length('one_to_one:' || contact_id) + 2)"
                f" != COALESCE(CAST({_last_one_to_one('follow_up.contact_id')} AS TEXT), 'never')", p)
    closed += cur.rowcount
    for origin, table, extra in (("visitor", "attendance", "AND s.status = 'Visitor'"),
                                 ("referral_received", "referral", ""), ("referral_given", "referral", ""),
                                 ("thank_you", "thank_you", "")):
        cur.execute(
            f"DELETE FROM follow_up WHERE {_pending(origin)} AND NOT EXISTS"
            f" (SELECT 1 FROM {table} s WHERE s.id = CAST(substr(follow_up.origin_key, {len(origin) + 2})"
            f" AS INTEGER) {extra})")
        closed += cur.rowcount
    return closed


def _connected(contact: str) -> str:
    """SQL: the contact is connected with me on LinkedIn (imported from LinkedIn, or a LinkedIn touch)."""
    return (f"(EXISTS (SELECT 1 FROM contact c2 WHERE c2.id = {contact} AND lower(c2.source) = 'linkedin')"
            f" OR EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = {contact} AND i.channel = 'linkedin'))")


def _last_one_to_one(contact: str) -> str:
    """SQL: the date of my last one-to-one with ``contact`` (a OneToOne row or a one-to-one touch)."""
    return (f"(SELECT MAX(d) FROM (SELECT MAX(date) AS d FROM one_to_one WHERE member_a_id = :me AND"
            f" member_b_id = {contact} UNION ALL SELECT MAX(date) FROM one_to_one WHERE member_b_id = :me"
            f" AND member_a_id = {contact} UNION ALL SELECT date(MAX(occurred_at)) FROM interaction WHERE"
            f" contact_id = {contact} AND channel = 'one_to_one'))")


# ---- the rules (each returns how many items it created) -----------------------------------
def _visitors(cur, ctx: _Context) -> int:
    cur.execute(
        INSERT + f"SELECT a.contact_id, {_next_business_day('m.date')}, 'Thank ' || {NAME.format(t='c')}"
        " || ' for visiting and invite them back', 'phone', 'visitor', 'visitor:' || a.id, '', 'open', :now"
        " FROM attendance a JOIN meeting m ON m.id = a.meeting_id JOIN contact c ON c.id = a.contact_id"
        f" WHERE a.status = 'Visitor' AND m.date BETWEEN :since AND :today AND {ALIVE.format(t='c')}"
        " AND c.id != :me", {**ctx.params, "since": ctx.since(EVENT_LOOKBACK_DAYS)})
    return cur.rowcount


def _referrals_received(cur, ctx: _Context) -> int:
    if ctx.me is None:
        return 0
    giver, prospect = NAME.format(t="g"), NAME.format(t="p")
    cur.execute(
        INSERT + "SELECT COALESCE(p.id, g.id), date(r.date, '+1 day'), CASE WHEN p.id IS NOT NULL THEN"
        f" 'Contact ' || {prospect} || ' (from ' || {giver} || ')' ELSE 'Contact ' || {giver} ||"
        " ' about the referral they passed you' END, 'phone', 'referral_received', 'referral_received:' || r.id,"
        " '', 'open', :now FROM referral r JOIN contact g ON g.id = r.giver_id"
        " LEFT JOIN contact p ON p.id = r.prospect_id AND p.trashed_at IS NULL"
        " WHERE r.receiver_id = :me AND r.status IN ('New', 'Pending') AND r.date BETWEEN :since AND :today",
        {**ctx.params, "since": ctx.since(EVENT_LOOKBACK_DAYS)})
    return cur.rowcount


def _referrals_given(cur, ctx: _Context) -> int:
    if ctx.me is None:
        return 0
    receiver, prospect = NAME.format(t="rc"), NAME.format(t="p")
    cur.execute(
        INSERT + f"SELECT rc.id, date(r.date, '+7 days'), 'Ask ' || {receiver} || ' how it went with ' ||"
        f" COALESCE({prospect}, 'the referral'), 'phone', 'referral_given', 'referral_given:' || r.id, '',"
        " 'open', :now FROM referral r JOIN contact rc ON rc.id = r.receiver_id"
        " LEFT JOIN contact p ON p.id = r.prospect_id"
        " WHERE r.giver_id = :me AND r.status IN ('New', 'Pending') AND r.date BETWEEN :since AND :today"
        f" AND {ALIVE.format(t='rc')}", {**ctx.params, "since": ctx.since(GIVEN_LOOKBACK_DAYS)})
    return cur.rowcount


def _thank_yous(cur, ctx: _Context) -> int:
    if ctx.me is None:
        return 0
    cur.execute(
        INSERT + f"SELECT g.id, {_next_business_day('t.date')}, 'Thank ' || {NAME.format(t='g')} ||"
        " ' for the ' || t.currency || ' ' || printf('%,d', CAST(t.amount AS INTEGER)) ||"
        " ' closed-business thank-you', 'messaging', 'thank_you', 'thank_you:' || t.id, '', 'open', :now"
        " FROM thank_you t JOIN contact g ON g.id = t.from_contact_id"
        f" WHERE t.to_contact_id = :me AND t.date BETWEEN :since AND :today AND {ALIVE.format(t='g')}",
        {**ctx.params, "since": ctx.since(EVENT_LOOKBACK_DAYS)})
    return cur.rowcount


def _julian(day: dt.date) -> int:
    """SQLite's integer Julian day number of a date (julianday() at noon, truncated)."""
    return day.toordinal() + 1721424


def _room(cur, origin: str) -> int:
    """How many more open items of ``origin`` the cap allows."""
    cur.execute(f"SELECT COUNT(*) FROM follow_up WHERE {_pending(origin)}")
    return max(0, OPEN_CAP[origin] - cur.fetchone()[0])


STAGE_ORDER = "CASE c.stage WHEN 'Partner' THEN 0 WHEN 'Trust' THEN 1 WHEN 'Like' THEN 2 ELSE 3 END"
CADENCE_DAYS = "COALESCE(c.cadence_days, CASE c.stage " + " ".join(
    f"WHEN '{stage}' THEN {n}" for stage, n in DEFAULT_CADENCE_DAYS.items()) + " ELSE 90 END)"


def _cadence(cur, ctx: _Context) -> int:
    """Cadence ran out (or runs out within the horizon) since the last touch on any channel.

    ``due`` works in whole day numbers (date() on 50,000 rows costs more than the rest); only the few
    ``chosen`` (the cap's room, best stage first, longest overdue first) get dates and texts.
    Due when it runs out, but never before today: a cadence that ran out last year is due now, not
    "400 days late" the first time the app sees it.
    """
    room = _room(cur, "cadence")
    if not room:
        return 0
    cur.execute(
        INSERT + f"""WITH {_last_touch(ctx)},
    {BUSY},
    {USED_CADENCE},
    cadence (contact_id, last_day, days, stage_rank, due_day) AS (
        SELECT c.id, lt.day, {CADENCE_DAYS}, {STAGE_ORDER},
               CAST(julianday(lt.day) AS INTEGER) + {CADENCE_DAYS}
          FROM last_touch lt JOIN contact c ON c.id = lt.contact_id
         WHERE {ALIVE.format(t='c')} AND c.is_me = 0 AND c.id != :me),
    chosen (contact_id, last_day, days) AS (
        SELECT contact_id, last_day, days FROM cadence
         WHERE days > 0 AND due_day <= :horizon
           AND contact_id NOT IN (SELECT contact_id FROM busy)
           AND (contact_id, CAST(last_day AS TEXT)) NOT IN (SELECT contact_id, day FROM used_cadence)
         ORDER BY stage_rank, due_day, contact_id LIMIT :room)
    SELECT c.id, MAX(date(x.last_day, '+' || x.days || ' days'), :today),
           'Keep in touch with ' || {NAME.format(t='c')} || ': last contact ' || {_date_words('x.last_day')}
               || ' (every ' || x.days || ' days)',
           COALESCE((SELECT i.channel FROM interaction i WHERE i.contact_id = c.id
                      ORDER BY i.occurred_at DESC LIMIT 1), 'in_person'),
           'cadence', 'cadence:' || c.id || ':' || x.last_day, '', 'open', :now
      FROM chosen x JOIN contact c ON c.id = x.contact_id""",
        {**ctx.params, "horizon": _julian(ctx.today + dt.timedelta(days=CADENCE_HORIZON_DAYS)), "room": room})
    return cur.rowcount


def _social(column: str) -> str:
    """SQL: ``column`` of contact c's main social profile (LinkedIn first)."""
    return (f"(SELECT p.{column} FROM contact_point p WHERE p.contact_id = c.id AND p.kind = 'social'"
            " ORDER BY p.network != 'linkedin', p.position LIMIT 1)")


# Imported history: at least this many messages one to one (WhatsApp, LinkedIn, e-mail) make someone
# known online, a candidate to meet in person.
MESSAGED_OFTEN_COUNT = 20
MESSAGED_OFTEN = ("SELECT contact_id FROM interaction WHERE source != '' AND direction != 'group' AND channel IN"
                  f" ('messaging', 'linkedin', 'email') GROUP BY contact_id HAVING SUM(count) >= {MESSAGED_OFTEN_COUNT}")
GROUP_RESETS_CADENCE_KEY = "history_group_resets_cadence"

_ONLINE = (f"(EXISTS (SELECT 1 FROM contact_point p WHERE p.contact_id = c.id AND p.kind = 'social')"
           f" OR lower(c.source) IN {ONLINE_SOURCES} OR EXISTS (SELECT 1 FROM interaction i"
           " WHERE i.contact_id = c.id AND i.channel IN ('linkedin', 'x', 'facebook', 'instagram')))")
STAGE_RANKS = (0, 1, 2, 3)  # the values of STAGE_ORDER, best stage first


def _bridge_meet(cur, ctx: _Context) -> int:
    """Known only online, and a prospect or fitting my chapter's needs: meet in person.

    Passes, so the common case never scans every contact: tagged prospects first (best stage first,
    one pass per stage so that each stops at the room left), then contacts whose profession fits, then
    (with imported history) people messaged often but never met; each in id order, where SQLite
    stops at the LIMIT.
    """
    created = 0
    tagged = ("SELECT ct.contact_id FROM contact_tag ct JOIN tag ON tag.id = ct.tag_id"
              " WHERE tag.name = 'prospect'")
    # LIKE is case-insensitive for ASCII already; lower() on 100,000 rows would triple the cost.
    fits = " OR ".join(f"c.profession LIKE :need{i} OR c.job_title LIKE :need{i}" for i in range(len(ctx.needs)))
    needs = {f"need{i}": f"%{n}%" for i, n in enumerate(ctx.needs)}
    passes = [f"{STAGE_ORDER} = {rank} AND c.id IN ({tagged})" for rank in STAGE_RANKS]
    online = _ONLINE
    if fits:
        passes.append(f"({fits})")
    if ctx.history:
        passes.append(f"c.id IN ({MESSAGED_OFTEN})")
        online = f"({_ONLINE} OR c.id IN ({MESSAGED_OFTEN}))"
    for candidates in passes:
        room = _room(cur, "bridge_meet")
        if not room:
            break
        cur.execute(
            INSERT + f"""WITH chosen (contact_id) AS (
        SELECT c.id FROM contact c
         WHERE {candidates} AND {ALIVE.format(t='c')} AND c.is_me = 0 AND c.id != :me
           AND c.met_channel NOT IN {F2F} AND {online}
           AND NOT EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = c.id AND i.channel IN {F2F})
           AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.contact_id = c.id)
           AND NOT EXISTS (SELECT 1 FROM membership ms WHERE ms.contact_id = c.id)
           AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.origin_key = 'bridge_meet:' || c.id)
           AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.contact_id = c.id AND f.status IN {PENDING})
         ORDER BY c.id LIMIT :room)
    SELECT c.id, :today, 'Invite ' || {NAME.format(t='c')} || ' for a coffee or to visit the chapter',
           COALESCE({_social('network')}, 'email'), 'bridge_meet', 'bridge_meet:' || c.id,
           COALESCE({_social('value')}, ''), 'open', :now
      FROM chosen x JOIN contact c ON c.id = x.contact_id""",
            {**ctx.params, "room": room, **needs})
        created += cur.rowcount
    return created


def _bridge_connect(cur, ctx: _Context) -> int:
    """A chapter member or in-person contact not connected on LinkedIn: connect online.

    Members of my chapter first, then everyone else met in person, each in id order (SQLite stops at
    the room left).
    """
    members = ("SELECT ms.contact_id FROM membership ms WHERE ms.active = 1 AND"
               " (ms.chapter_id = :chapter OR :chapter = -1)")
    created = 0
    met = (f"(c.met_channel IN {F2F}"
           f" OR EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = c.id AND i.channel IN {F2F})"
           f" OR EXISTS (SELECT 1 FROM attendance a WHERE a.contact_id = c.id AND a.status IN {ATTENDED}))")
    for candidates in (f"c.id IN ({members})", f"c.id NOT IN ({members}) AND {met}"):
        room = _room(cur, "bridge_connect")
        if not room:
            break
        # The cheap in-row tests (imported from LinkedIn, as the importer spells it) reject most
        # contacts before lower() or any lookup. One nudge per person at a time (busy): a visitor is
        # thanked first, connected with later.
        cur.execute(
            INSERT + f"""WITH chosen (contact_id) AS (
        SELECT c.id FROM contact c
         WHERE c.source != 'LinkedIn' AND c.source != 'linkedin' AND lower(c.source) != 'linkedin'
           AND {ALIVE.format(t='c')} AND c.is_me = 0 AND c.id != :me AND {candidates}
           AND NOT EXISTS (SELECT 1 FROM interaction i WHERE i.contact_id = c.id AND i.channel = 'linkedin')
           AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.origin_key = 'bridge_connect:' || c.id)
           AND NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.contact_id = c.id AND f.status IN {PENDING})
         ORDER BY c.id LIMIT :room)
    SELECT c.id, :today, 'Connect with ' || {NAME.format(t='c')} || ' on LinkedIn', 'linkedin',
           'bridge_connect', 'bridge_connect:' || c.id,
           COALESCE((SELECT p.value FROM contact_point p WHERE p.contact_id = c.id AND p.kind = 'social'
                      AND p.network = 'linkedin' ORDER BY p.position LIMIT 1), ''), 'open', :now
      FROM chosen x JOIN contact c ON c.id = x.contact_id""",
            {**ctx.params, "room": room})
        created += cur.rowcount
    return created


def _one_to_one(cur, ctx: _Context) -> int:
    """The active member of my chapter I have gone longest without a one-to-one (one item at a time)."""
    if ctx.me is None or ctx.chapter is None:
        return 0
    # Through the origin_key range: the status index alone walks every pending item (thousands).
    cur.execute(f"SELECT 1 FROM follow_up WHERE {_pending('one_to_one')} AND origin = 'one_to_one' LIMIT 1")
    if cur.fetchone():
        return 0
    # One a week: due a week after my latest one-to-one with anyone, or today.
    cur.execute("SELECT MAX(d) FROM (SELECT MAX(date) AS d FROM one_to_one WHERE :me IN (member_a_id, member_b_id)"
                " UNION ALL SELECT date(MAX(i.occurred_at)) FROM interaction i WHERE i.channel = 'one_to_one')",
                ctx.params)
    latest = cur.fetchone()[0]
    due = ctx.today
    if latest:
        due = max(due, values.as_date(latest) + dt.timedelta(days=7))
    cur.execute(
        INSERT + f"""WITH members (contact_id, last_day) AS (
        SELECT c.id, {_last_one_to_one('c.id')} FROM membership ms JOIN contact c ON c.id = ms.contact_id
         WHERE ms.chapter_id = :chapter AND ms.active = 1 AND {ALIVE.format(t='c')} AND c.id != :me),
    offers (contact_id, reason, origin_key, last_day) AS (
        SELECT c.id, 'Book a one-to-one with ' || {NAME.format(t='c')} || CASE WHEN x.last_day IS NULL
               THEN ' (no one-to-one yet)' ELSE ' (last one ' || {_date_words('x.last_day')} || ')' END,
               'one_to_one:' || c.id || ':' || COALESCE(CAST(x.last_day AS TEXT), 'never'), x.last_day
          FROM members x JOIN contact c ON c.id = x.contact_id)
    SELECT contact_id, :due, reason, 'one_to_one', 'one_to_one', origin_key, '', 'open', :now FROM offers o
     WHERE NOT EXISTS (SELECT 1 FROM follow_up f WHERE f.origin_key = o.origin_key)
     ORDER BY last_day IS NOT NULL, last_day, reason LIMIT 1""", {**ctx.params, "due": due.isoformat()})
    return cur.rowcount


def _fill_links(cur) -> None:
    """Bridge items get a profile URL (a handle made whole) or a LinkedIn people-search link."""
    rows = []
    for origin in ("bridge_meet", "bridge_connect"):
        cur.execute(
            "SELECT f.id, f.origin, f.link, f.channel, c.first_name, c.last_name, c.company FROM follow_up f"
            f" JOIN contact c ON c.id = f.contact_id WHERE {_pending(origin, 'f')}"
            " AND f.link NOT LIKE 'http%'")
        rows += cur.fetchall()
    updates = []
    for item_id, origin, link, channel, first, last, company in rows:
        if link:
            link = normalize.social_url("linkedin" if origin == "bridge_connect" else channel, link)
        elif origin == "bridge_connect":
            words = " ".join(w for w in (first, last, company) if w)
            link = "https://www.linkedin.com/search/results/people/?keywords=" + quote_plus(words)
        if link:
            updates.append((link, item_id))
    if updates:
        cur.executemany("UPDATE follow_up SET link = ? WHERE id = ?", updates)


RULES = (
    ("visitor", _visitors),
    ("referral_received", _referrals_received),
    ("referral_given", _referrals_given),
    ("thank_you", _thank_yous),
    ("one_to_one", _one_to_one),
    ("bridge_connect", _bridge_connect),
    ("bridge_meet", _bridge_meet),
    ("cadence", _cadence),
)
