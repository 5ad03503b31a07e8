"""The numbers shown beside each Insights chart, as small HTML tables (no Qt widgets, no SQL), in the
language in use: words through the catalogue, numbers, money and dates through QLocale, tables laid out
in the reading direction."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from totalnet_desktop.core.store.models import CHANNEL_LABELS
from totalnet_desktop.i18n import (
    QT_TRANSLATE_NOOP,
    date_format,
    decimal,
    embedded,
    number,
    translate,
    whole_amount,
)
from totalnet_desktop.i18n import percent as locale_percent
from totalnet_desktop.theme import palette
from totalnet_desktop.views.shell.rich_text import direction, html_table


def muted_open() -> str:
    """The opening tag of a note in the muted text colour of the set in use."""
    return f"<p dir='{direction()}' style='color:{palette.now('muted')}'>"


class _SeriesColours:
    """Chart colours of the set in use (light or dark), shared with the charts so a number and its bar
    read as one: ``COLORS['given']``."""

    def __getitem__(self, key: str) -> str:
        return palette.SERIES[palette.current_mode()][key]

    def __contains__(self, key: str) -> bool:
        return key in palette.SERIES[palette.current_mode()]


COLORS = _SeriesColours()

# The channels by their short names (the dashboard's columns are narrow).
CHANNEL_NAMES = {
    "in_person": QT_TRANSLATE_NOOP("InsightNumbers", "In person"),
    "one_to_one": QT_TRANSLATE_NOOP("InsightNumbers", "One-to-one"),
    "online_meeting": QT_TRANSLATE_NOOP("InsightNumbers", "Video call"),
    "phone": QT_TRANSLATE_NOOP("InsightNumbers", "Phone"),
    "messaging": QT_TRANSLATE_NOOP("InsightNumbers", "WhatsApp"),
    "email": QT_TRANSLATE_NOOP("InsightNumbers", "E-mail"),
    "linkedin": QT_TRANSLATE_NOOP("InsightNumbers", "LinkedIn"),
    "x": QT_TRANSLATE_NOOP("InsightNumbers", "X"),
    "facebook": QT_TRANSLATE_NOOP("InsightNumbers", "Facebook"),
    "instagram": QT_TRANSLATE_NOOP("InsightNumbers", "Instagram"),
    "other": QT_TRANSLATE_NOOP("InsightNumbers", "Other"),
}
# Where received referrals came from, in the order of core's SOURCE_LABELS.
SOURCE_KEYS = ("member", "visitor", "online_src", "other")
SOURCE_NAMES = {
    "member": QT_TRANSLATE_NOOP("InsightNumbers", "Chapter members"),
    "visitor": QT_TRANSLATE_NOOP("InsightNumbers", "Visitors"),
    "online_src": QT_TRANSLATE_NOOP("InsightNumbers", "Online contacts"),
    "other": QT_TRANSLATE_NOOP("InsightNumbers", "Other contacts"),
}


def source_name(key: str, fallback: str) -> str:
    return translate("InsightNumbers", SOURCE_NAMES[key]) if key in SOURCE_NAMES else fallback


def stage_name(stage: str) -> str:
    """Know, Like, Trust, Partner in the language in use (the Contacts screen's words)."""
    return translate("Stage", stage)


def amount(value: Decimal | float, currency: str = "") -> str:
    """'12,500 AED' (whole units), the same text ``totalnet insights`` prints: i18n.whole_amount."""
    return whole_amount(value, currency)


def day(value) -> str:
    """'7 Dec 2026' as the locale writes it."""
    return date_format(value, "d MMM yyyy")


def percent(value: float | None) -> str:
    return locale_percent(value)


def swatch(color_key: str) -> str:
    return f"<span style='color:{COLORS[color_key]}'>&#9632;</span>"


def table(rows: list[tuple[str, str]], head: str = "") -> str:
    """A two-column table: the label where lines start, the number at the other end."""
    body = html_table([[(label, "left"), (f"&nbsp;&nbsp;<b>{value}</b>", "right")] for label, value in rows],
                      "cellspacing='0' cellpadding='2'")
    title = f"<p dir='{direction()}' style='margin-bottom:4px'>{head}</p>" if head else ""
    return f"{title}{body}"


def pair(first: str, second: str) -> str:
    """'4 / 1' for two figures named by a label such as 'inside / outside': in right to left the first
    stands on the right, as its word does (right-to-left marks keep the two numbers apart)."""
    if direction() == "rtl":
        return f"{first}\u200f / \u200f{second}"
    return f"{first} / {second}"


def paragraph(html: str) -> str:
    return f"<p dir='{direction()}'>{html}</p>"


def roi_numbers(roi, chapter_name: str) -> str:
    cur = roi.currency
    rows = [
        (f"{swatch('closed')} " + translate("InsightNumbers", "Business you closed"), amount(roi.total, cur)),
        (f"{swatch('fee')} " + translate("InsightNumbers", "Fee for this period"), amount(roi.fee_for_period, cur)),
        (translate("InsightNumbers", "Return on the fee"),
         translate("InsightNumbers", "{ratio}×").format(ratio=decimal(roi.ratio, 1)) if roi.ratio is not None else "–"),
        (f"{swatch('passed')} " + translate("InsightNumbers", "Business you passed"), amount(roi.passed_total, cur)),
    ]
    if roi.fee_for_period == 0:
        verdict = translate("InsightNumbers", "No annual fee is recorded for {chapter}: add it to see the "
                                              "payback.").format(chapter=embedded(escape(chapter_name)))
    elif roi.payback_date is not None:
        verdict = (f"<b style='color:{palette.now('success')}'>"
                   + translate("InsightNumbers", "Paid back on {date}.").format(date=day(roi.payback_date)) + "</b>")
    else:
        share = float(roi.total / roi.fee_for_period) if roi.fee_for_period else 0
        verdict = translate("InsightNumbers", "{amount} to go ({share} of the fee paid back).").format(
            amount=f"<b style='color:{palette.now('error')}'>{amount(roi.remaining, cur)}</b>", share=percent(share))
    notes = ""
    if roi.other_currency_count:
        count = roi.other_currency_count
        others = translate("InsightNumbers", "%Ln thank-you(s) in another currency than {currency} are not added in.",
                           "", count)
        notes = muted_open() + others.format(currency=embedded(escape(cur))) + "</p>"
    return (table(rows) + paragraph(verdict) + notes + muted_open()
            + translate("InsightNumbers", "Counted: thank-yous you wrote to chapter members for business you "
                                          "closed from their referrals.") + "</p>")


def referral_numbers(flow, sources) -> str:
    inside_outside = "&nbsp;&nbsp;" + translate("InsightNumbers", "inside / outside")
    rows = [
        (f"{swatch('given')} " + translate("InsightNumbers", "Given"), number(flow.total("given"))),
        (inside_outside, pair(number(flow.total("given_inside")), number(flow.total("given_outside")))),
        (f"{swatch('received')} " + translate("InsightNumbers", "Received"), number(flow.total("received"))),
        (inside_outside, pair(number(flow.total("received_inside")), number(flow.total("received_outside")))),
    ]
    src_rows = [(f"{swatch(k)} {escape(source_name(k, label))}", number(n))
                for k, (label, n) in zip(SOURCE_KEYS, sources.counts)]
    return table(rows) + table(src_rows, "<b>" + translate("InsightNumbers", "Received from") + "</b>")


def span_text(first, last) -> str:
    """'30 Sep – 2 Dec 2026' (the year once when both days share it), as the locale writes dates."""
    start = date_format(first, "d MMM") if first.year == last.year else day(first)
    return translate("InsightNumbers", "{start} – {end}").format(start=start, end=day(last))


STATUSES = ("Present", "Late", "Absent", "Medical", "Substitute")


def attendance_numbers(record) -> str:
    limit = record.limit
    current = record.current_absences
    color = palette.now("error") if current >= limit else palette.now("success")
    rows = [(translate("PALMS", status), number(record.count(status))) for status in STATUSES]
    if record.count(""):
        rows.append((translate("InsightNumbers", "Not recorded"), number(record.count(""))))
    rows.append((translate("InsightNumbers", "Chapter turnout"), percent(record.chapter_rate)))
    verdict = paragraph(translate("InsightNumbers", "{used} used in the last six months.").format(
        used=f"<b style='color:{color}'>" + translate("InsightNumbers", "{current} of %Ln absence(s)", "", limit).format(
            current=number(current)) + "</b>")) if record.has_me else ""
    first, last = record.span
    count = len(record.meetings)
    return (paragraph(translate("InsightNumbers", "%Ln meeting(s), {span}", "", count).format(
        span=span_text(first, last))) + table(rows) + verdict + muted_open()
        + translate("InsightNumbers", "Medical and substitutes do not count as absences.") + "</p>")


_CHANNEL_KEYS: dict[str, str] = {str(label): key for key, label in CHANNEL_LABELS.items()}


def channel_name(channel: str) -> str:
    """A channel's short name ('WhatsApp', 'LinkedIn', 'Video call'...), from its key or core's label."""
    key = channel if channel in CHANNEL_NAMES else _CHANNEL_KEYS.get(channel, "")
    return translate("InsightNumbers", CHANNEL_NAMES[key]) if key else channel


def conversation_numbers(conv) -> str:
    rows = [(f"{swatch('ch_' + c if 'ch_' + c in COLORS else 'other')} {channel_name(c)}", number(n))
            for c, n in conv.totals.items()]
    rows.append((translate("InsightNumbers", "All touches"), number(conv.total)))
    html = table(rows, "<b>" + translate("InsightNumbers", "Touches in this period") + "</b>")
    if conv.quiet:
        people = html_table([[(escape(p.name), "left"), (f"&nbsp;{number(p.touches)}", "right"),
                              (f"&nbsp;{day(p.last)}", "right")] for p in conv.quiet],
                            "cellspacing='0' cellpadding='2'")
        hidden = conv.quiet_count - len(conv.quiet)
        more_text = translate("InsightNumbers", "and %Ln more: Contacts, Show “Warm, gone quiet”.", "", hidden)
        more = muted_open() + more_text + "</p>" if hidden > 0 else ""
        html += (f"<p dir='{direction()}' style='margin-bottom:4px'>"
                 + translate("InsightNumbers", "<b>Gone quiet</b> (touches, last)") + f"</p>{people}{more}")
    else:
        html += muted_open() + translate("InsightNumbers", "Nobody you talked to often has gone quiet.") + "</p>"
    return html


def channel_numbers(balance) -> str:
    whole = balance.whole
    rows = [
        (f"{swatch('both')} " + translate("InsightNumbers", "Both online and in person"), number(whole.both)),
        (f"{swatch('in_person')} " + translate("InsightNumbers", "Only in person"), number(whole.in_person_only)),
        (f"{swatch('online')} " + translate("InsightNumbers", "Only online"), number(whole.online_only)),
        (translate("InsightNumbers", "Share reached both ways"), percent(balance.both_share)),
    ]
    return (table(rows, "<b>" + translate("InsightNumbers", "People reached in this period") + "</b>") + muted_open()
            + translate("InsightNumbers", "The chart shows the people reached so far, month by month. Total "
                                          "networking grows the green: meet online contacts in person, connect "
                                          "online with the people you meet. Phone, messaging and e-mail count as "
                                          "neither.") + "</p>")


def funnel_numbers(funnel, moves) -> str:
    head = [("", "left")] + [("&nbsp;" + translate("InsightNumbers", word), "right") for word in (
        QT_TRANSLATE_NOOP("InsightNumbers", "Now"), QT_TRANSLATE_NOOP("InsightNumbers", "Added"),
        QT_TRANSLATE_NOOP("InsightNumbers", "Moved up"), QT_TRANSLATE_NOOP("InsightNumbers", "In touch"),
        QT_TRANSLATE_NOOP("InsightNumbers", "Quiet"))]
    body = [[(f"{swatch(s.stage)} {stage_name(s.stage)}", "left"), (f"<b>{number(s.contacts)}</b>", "right"),
             (number(s.added), "right"), (number(moves.moved_up_into(s.stage)), "right"),
             (number(s.in_touch), "right"), (number(s.quiet), "right")] for s in funnel.stages]
    if moves.is_empty:
        flow = paragraph(translate("InsightNumbers", "No stage changes in this period."))
    else:
        arrow = "&larr;" if direction() == "rtl" else "&rarr;"
        pairs = html_table([[(f"{escape(stage_name(m.from_stage))} {arrow} {escape(stage_name(m.to_stage))}", "left"),
                             (f"&nbsp;&nbsp;<b>{number(m.count)}</b>", "right")] for m in moves.moves],
                           "cellspacing='0' cellpadding='2'")
        ups, downs = moves.up, moves.down
        up = translate("InsightNumbers", "%Ln up", "", ups)
        down = translate("InsightNumbers", "%Ln down", "", downs)
        changes = translate("InsightNumbers", "Stage changes: {up}, {down}").format(up=f"<b>{up}</b>",
                                                                                  down=f"<b>{down}</b>")
        flow = f"<p dir='{direction()}' style='margin-bottom:4px'>{changes}</p>{pairs}"
    return (html_table([head, *body], "cellspacing='0' cellpadding='2'") + flow + muted_open()
            + translate("InsightNumbers", "Moved up: changes in this period that brought someone up into the "
                                          "stage (a new contact's first stage counts as added, not moved). Quiet: "
                                          "no contact within the stage's keep-in-touch cadence.") + "</p>")


def follow_numbers(result) -> str:
    rows = [
        (f"{swatch('on_time')} " + translate("InsightNumbers", "Done on time"), number(result.total("on_time"))),
        (f"{swatch('late')} " + translate("InsightNumbers", "Done late"), number(result.total("late"))),
        (f"{swatch('dismissed')} " + translate("InsightNumbers", "Dismissed"), number(result.total("dismissed"))),
        (f"{swatch('overdue')} " + translate("InsightNumbers", "Overdue"), number(result.total("overdue"))),
        (f"{swatch('pending')} " + translate("InsightNumbers", "Not yet due"), number(result.total("pending"))),
        (translate("InsightNumbers", "On time"), percent(result.on_time_rate)),
    ]
    return table(rows, "<b>" + translate("InsightNumbers", "Follow-ups due in this period") + "</b>")


NETWORK_NAMES = {"LinkedIn": QT_TRANSLATE_NOOP("InsightNumbers", "LinkedIn"),
                 "X": QT_TRANSLATE_NOOP("InsightNumbers", "X"),
                 "Facebook": QT_TRANSLATE_NOOP("InsightNumbers", "Facebook"),
                 "Instagram": QT_TRANSLATE_NOOP("InsightNumbers", "Instagram"),
                 "Other network": QT_TRANSLATE_NOOP("InsightNumbers", "Other network")}


def top_numbers(top) -> str:
    head = [("<b>" + translate("InsightNumbers", "Person") + "</b>", "left"),
            ("&nbsp;" + translate("InsightNumbers", "Gave you"), "right"),
            ("&nbsp;" + translate("InsightNumbers", "You gave"), "right"),
            ("&nbsp;" + translate("InsightNumbers", "TYFCB ({currency})").format(currency=escape(top.currency)), "right"),
            ("&nbsp;" + translate("InsightNumbers", "Channels"), "left")]
    body = []
    for p in top.people:
        used = [channel_name(c) for c in p.channels]
        if p.chapter_member:
            used.insert(0, translate("InsightNumbers", "Chapter"))
        text = translate("InsightNumbers", ", ").join(used) or "–"
        if p.networks:
            networks = translate("InsightNumbers", ", ").join(
                translate("InsightNumbers", NETWORK_NAMES[n]) if n in NETWORK_NAMES else n for n in p.networks)
            text = translate("InsightNumbers", "{channels} · on {networks}").format(channels=text, networks=networks)
        money = pair(amount(p.business_they_sent), amount(p.business_i_sent))
        body.append([(escape(p.name), "left"), (number(p.referrals_given_me), "right"),
                     (number(p.referrals_from_me), "right"), (money, "right"), (f"&nbsp;{escape(text)}", "left")])
    return (html_table([head, *body], "cellspacing='0' cellpadding='2'") + muted_open()
            + translate("InsightNumbers", "Referrals they gave you and you gave them. TYFCB: business you closed "
                                          "from them / they closed from you. Channels: how you were in touch in the "
                                          "period; 'on': the social networks where you have their profile.") + "</p>")
