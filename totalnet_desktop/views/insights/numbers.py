"""The numbers shown beside each Insights chart, as small HTML tables (no Qt, no SQL)."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from totalnet_desktop.core.store.models import CHANNEL_LABELS
from totalnet_desktop.theme import palette


def muted_open() -> str:
    """The opening tag of a note in the muted text colour of the set in use."""
    return f"<p style='color:{palette.now('muted')}'>"


class _SeriesColours:
    """Chart colours of the set in use (light or dark), shared with the charts so a number and its bar
    read as one: ``COLORS['given']``."""

    def __getitem__(self, key: str) -> str:
        return palette.SERIES[palette.current_mode()][key]

    def __contains__(self, key: str) -> bool:
        return key in palette.SERIES[palette.current_mode()]


COLORS = _SeriesColours()


SHORT_CHANNELS = {"WhatsApp / messaging": "WhatsApp", "Online meeting": "Video call"}


def amount(value: Decimal | float, currency: str = "") -> str:
    """'12,500 AED' (whole units: the dashboard is about orders of magnitude)."""
    text = f"{Decimal(value):,.0f}"
    return f"{text} {currency}".strip()


def day(value) -> str:
    return f"{value.day} {value.strftime('%b %Y')}"


def percent(value: float | None) -> str:
    return "–" if value is None else f"{value * 100:.0f}%"


def swatch(color_key: str) -> str:
    return f"<span style='color:{COLORS[color_key]}'>&#9632;</span>"


def table(rows: list[tuple[str, str]], head: str = "") -> str:
    """A two-column table: label left, number right."""
    body = "".join(f"<tr><td>{label}</td><td align='right'>&nbsp;&nbsp;<b>{value}</b></td></tr>"
                   for label, value in rows)
    title = f"<p style='margin-bottom:4px'>{head}</p>" if head else ""
    return f"{title}<table cellspacing='0' cellpadding='2'>{body}</table>"


def roi_numbers(roi, chapter_name: str) -> str:
    cur = roi.currency
    rows = [
        (f"{swatch('closed')} Business you closed", amount(roi.total, cur)),
        (f"{swatch('fee')} Fee for this period", amount(roi.fee_for_period, cur)),
        ("Return on the fee", f"{roi.ratio:.1f}×" if roi.ratio is not None else "–"),
        (f"{swatch('passed')} Business you passed", amount(roi.passed_total, cur)),
    ]
    if roi.fee_for_period == 0:
        verdict = f"No annual fee is recorded for {escape(chapter_name)}: add it to see the payback."
    elif roi.payback_date is not None:
        verdict = f"<b style='color:{palette.now('success')}'>Paid back on {day(roi.payback_date)}.</b>"
    else:
        share = float(roi.total / roi.fee_for_period) if roi.fee_for_period else 0
        verdict = (f"<b style='color:{palette.now('error')}'>{amount(roi.remaining, cur)} to go</b> "
                   f"({share * 100:.0f}% of the fee paid back).")
    notes = ""
    if roi.other_currency_count:
        notes = (f"<p style='color:{palette.now('muted')}'>{roi.other_currency_count} thank-you(s) in another currency "
                 f"than {escape(cur)} are not added in.</p>")
    return (table(rows) + f"<p>{verdict}</p>" + notes +
            muted_open() + "Counted: thank-yous you wrote to chapter members for business you "
            "closed from their referrals.</p>")


def referral_numbers(flow, sources) -> str:
    rows = [
        (f"{swatch('given')} Given", str(flow.total("given"))),
        ("&nbsp;&nbsp;inside / outside", f"{flow.total('given_inside')} / {flow.total('given_outside')}"),
        (f"{swatch('received')} Received", str(flow.total("received"))),
        ("&nbsp;&nbsp;inside / outside",
         f"{flow.total('received_inside')} / {flow.total('received_outside')}"),
    ]
    keys = ("member", "visitor", "online_src", "other")
    src_rows = [(f"{swatch(k)} {escape(label)}", str(n)) for k, (label, n) in zip(keys, sources.counts)]
    return table(rows) + table(src_rows, "<b>Received from</b>")


def span_text(first, last) -> str:
    """'30 Sep – 2 Dec 2026' (the year once when both days share it)."""
    if first.year == last.year:
        return f"{first.day} {first:%b} – {last.day} {last:%b %Y}"
    return f"{first.day} {first:%b %Y} – {last.day} {last:%b %Y}"


def attendance_numbers(record) -> str:
    limit = record.limit
    current = record.current_absences
    color = palette.now("error") if current >= limit else palette.now("success")
    rows = [(status, str(record.count(status))) for status in ("Present", "Late", "Absent", "Medical",
                                                                 "Substitute")]
    if record.count(""):
        rows.append(("Not recorded", str(record.count(""))))
    rows.append(("Chapter turnout", percent(record.chapter_rate)))
    verdict = (f"<p><b style='color:{color}'>{current} of {limit} absences</b> used in the last six "
               f"months.</p>") if record.has_me else ""
    first, last = record.span
    count = len(record.meetings)
    return (f"<p>{count} meeting{'' if count == 1 else 's'}, {span_text(first, last)}</p>"
            + table(rows) + verdict +
            muted_open() + "Medical and substitutes do not count as absences.</p>")


def channel_name(channel: str) -> str:
    """A channel's short name ('WhatsApp', 'LinkedIn', 'Video call'...)."""
    label = CHANNEL_LABELS.get(channel, channel)
    return SHORT_CHANNELS.get(label, label)


def conversation_numbers(conv) -> str:
    rows = [(f"{swatch('ch_' + c if 'ch_' + c in COLORS else 'other')} {channel_name(c)}", f"{n:,}")
            for c, n in conv.totals.items()]
    rows.append(("All touches", f"{conv.total:,}"))
    html = table(rows, "<b>Touches in this period</b>")
    if conv.quiet:
        people = "".join(f"<tr><td>{escape(p.name)}</td><td align='right'>&nbsp;{p.touches:,}</td>"
                         f"<td align='right'>&nbsp;{day(p.last)}</td></tr>" for p in conv.quiet)
        more = (muted_open() + f"and {conv.quiet_count - len(conv.quiet):,} more: Contacts, Show "
                "\"Warm, gone quiet\".</p>") if conv.quiet_count > len(conv.quiet) else ""
        html += ("<p style='margin-bottom:4px'><b>Gone quiet</b> (touches, last)</p>"
                 f"<table cellspacing='0' cellpadding='2'>{people}</table>{more}")
    else:
        html += muted_open() + "Nobody you talked to often has gone quiet.</p>"
    return html


def channel_numbers(balance) -> str:
    whole = balance.whole
    rows = [
        (f"{swatch('both')} Both online and in person", str(whole.both)),
        (f"{swatch('in_person')} Only in person", str(whole.in_person_only)),
        (f"{swatch('online')} Only online", str(whole.online_only)),
        ("Share reached both ways", percent(balance.both_share)),
    ]
    return (table(rows, "<b>People reached in this period</b>") +
            muted_open() + "The chart shows the people reached so far, month by month. Total "
            "networking grows the green: meet online contacts in person, connect online with the "
            "people you meet. Phone, messaging and e-mail count as neither.</p>")


def funnel_numbers(funnel, moves) -> str:
    head = "<tr><td></td><td align='right'>&nbsp;Now</td><td align='right'>&nbsp;Added</td>" \
           "<td align='right'>&nbsp;Moved up</td><td align='right'>&nbsp;In touch</td>" \
           "<td align='right'>&nbsp;Quiet</td></tr>"
    body = "".join(
        f"<tr><td>{swatch(s.stage)} {s.stage}</td><td align='right'><b>{s.contacts:,}</b></td>"
        f"<td align='right'>{s.added:,}</td><td align='right'>{moves.moved_up_into(s.stage):,}</td>"
        f"<td align='right'>{s.in_touch:,}</td><td align='right'>{s.quiet:,}</td></tr>"
        for s in funnel.stages
    )
    if moves.is_empty:
        flow = "<p>No stage changes in this period.</p>"
    else:
        pairs = "".join(
            f"<tr><td>{escape(m.from_stage)} &rarr; {escape(m.to_stage)}</td>"
            f"<td align='right'>&nbsp;&nbsp;<b>{m.count:,}</b></td></tr>" for m in moves.moves)
        flow = (f"<p style='margin-bottom:4px'>Stage changes: <b>{moves.up:,} up</b>, "
                f"<b>{moves.down:,} down</b></p><table cellspacing='0' cellpadding='2'>{pairs}</table>")
    return (f"<table cellspacing='0' cellpadding='2'>{head}{body}</table>{flow}"
            + muted_open() + "Moved up: changes in this period that brought someone up into the "
            "stage (a new contact's first stage counts as added, not moved). Quiet: no contact within "
            "the stage's keep-in-touch cadence.</p>")


def follow_numbers(result) -> str:
    rows = [
        (f"{swatch('on_time')} Done on time", str(result.total("on_time"))),
        (f"{swatch('late')} Done late", str(result.total("late"))),
        (f"{swatch('dismissed')} Dismissed", str(result.total("dismissed"))),
        (f"{swatch('overdue')} Overdue", str(result.total("overdue"))),
        (f"{swatch('pending')} Not yet due", str(result.total("pending"))),
        ("On time", percent(result.on_time_rate)),
    ]
    return table(rows, "<b>Follow-ups due in this period</b>")


def top_numbers(top) -> str:
    head = ("<tr><td><b>Person</b></td><td align='right'>&nbsp;Gave you</td>"
            "<td align='right'>&nbsp;You gave</td>"
            f"<td align='right'>&nbsp;TYFCB ({escape(top.currency)})</td><td>&nbsp;Channels</td></tr>")
    body = ""
    for p in top.people:
        used = [SHORT_CHANNELS.get(c, c) for c in p.channels]
        if p.chapter_member:
            used.insert(0, "Chapter")
        text = ", ".join(used) or "–"
        if p.networks:
            text += f" · on {', '.join(p.networks)}"
        money = f"{amount(p.business_they_sent)} / {amount(p.business_i_sent)}"
        body += (f"<tr><td>{escape(p.name)}</td><td align='right'>{p.referrals_given_me}</td>"
                 f"<td align='right'>{p.referrals_from_me}</td><td align='right'>{money}</td>"
                 f"<td>&nbsp;{escape(text)}</td></tr>")
    return (f"<table cellspacing='0' cellpadding='2'>{head}{body}</table>"
            + muted_open() + "Referrals they gave you and you gave them. TYFCB: business you "
            "closed from them / they closed from you. Channels: how you were in touch in the period; "
            "'on': the social networks where you have their profile.</p>")
