"""WhatsApp chat exports: every line form of the issue, written by the tests; Hypothesis for the line
parser and the date-order decision."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from totalnet_desktop.core.exchange.history import sources, whatsapp
from totalnet_desktop.core.exchange.history.records import HistoryReadError, NeedsAnswer

LRM, PDF, LRE = "\u200e", "\u202c", "\u202a"


def _h12(t: dt.datetime) -> tuple[int, str]:
    return (t.hour % 12 or 12), ("AM" if t.hour < 12 else "PM")


def render(variant: str, t: dt.datetime, sender: str, text: str) -> str:
    """One message line as each phone writes it."""
    h, ap = _h12(t)
    if variant == "android_us":  # 12/31/23, 9:15 PM - Name: text
        return f"{t.month}/{t.day}/{t:%y}, {h}:{t:%M} {ap} - {sender}: {text}"
    if variant == "android_us_nnbsp":  # newer Android: a narrow no-break space before PM
        return f"{t.month}/{t.day}/{t:%y}, {h}:{t:%M}\u202f{ap.lower()} - {sender}: {text}"
    if variant == "android_24":  # 31/12/2023, 21:15 - Name: text
        return f"{t:%d/%m/%Y}, {t:%H:%M} - {sender}: {text}"
    if variant == "android_dots":  # 31.12.23, 21:15 - Name: text
        return f"{t:%d.%m.%y}, {t:%H:%M} - {sender}: {text}"
    if variant == "ios_24":  # [31/12/2023, 21:15:03] Name: text, often led by a direction mark
        return f"{LRM}[{t:%d/%m/%Y}, {t:%H:%M:%S}] {sender}: {text}"
    if variant == "ios_12":  # [12/31/23, 9:15:03 PM] Name: text
        return f"[{t.month}/{t.day}/{t:%y}, {h}:{t:%M:%S} {ap}] {sender}: {text}"
    if variant == "iso":
        return f"{t:%Y-%m-%d} {t:%H:%M} - {sender}: {text}"
    raise AssertionError(variant)


ORDER = {"android_us": "mdy", "android_us_nnbsp": "mdy", "android_24": "dmy", "android_dots": "dmy",
         "ios_24": "dmy", "ios_12": "mdy", "iso": "ymd"}
SECONDS = {"ios_24", "ios_12"}
VARIANTS = sorted(ORDER)


def parse_text(text: str, title: str = "Omar Haddad", keep: bool = True) -> whatsapp.ChatLog:
    return whatsapp.parse(io.StringIO(text), "chat.txt", title, keep_text=keep)


# ---- the line parser ----------------------------------------------------------------------
names = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters=":\"“”«»\u200e"
                              "\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"),
                min_size=1, max_size=30).map(str.strip).filter(lambda s: s and not s[0].isdigit() and "  " not in s)
texts = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), max_size=60).map(str.strip).filter(
    lambda s: s and s[0] not in whatsapp.MARKS)
moments = st.datetimes(dt.datetime(2001, 1, 1), dt.datetime(2099, 12, 31))


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(variant=st.sampled_from(VARIANTS), when=moments, sender=names, text=texts)
def test_every_line_form_reads_back_its_day_time_sender_and_text(variant, when, sender, text):
    if variant not in SECONDS:
        when = when.replace(second=0)
    when = when.replace(microsecond=0)
    log = parse_text(render(variant, when, sender, text) + "\n")
    [(raw, per_sender)] = log.days.items()
    assert whatsapp.to_date(tuple(int(p) for p in raw), ORDER[variant]) == when.date()
    [(who, (count, h, m, s, first))] = per_sender.items()
    assert who == whatsapp.clean_name(sender)
    assert (count, h, m, s) == (1, when.hour, when.minute, when.second)
    assert first == text.strip()


@settings(max_examples=150)
@given(variant=st.sampled_from(VARIANTS), when=moments, text=texts)
def test_a_continuation_line_never_counts_as_a_message(variant, when, text):
    log = parse_text(render(variant, when, "Omar", "first") + "\n" + text + "\n")
    assert sum(e[0] for day in log.days.values() for e in day.values()) == 1


# ---- the date-order decision ---------------------------------------------------------------
@settings(max_examples=300)
@given(st.lists(st.dates(dt.date(2001, 1, 1), dt.date(2099, 12, 31)), min_size=1, max_size=40),
       st.sampled_from(["dmy", "mdy"]))
def test_the_date_order_is_right_or_asked_never_wrong(days, order):
    days.sort()  # a chat runs forward in time
    parts = [(d.day, d.month, d.year % 100) if order == "dmy" else (d.month, d.day, d.year % 100) for d in days]
    decided = whatsapp.decide_order(parts)
    if decided is None:
        assert all(d.day <= 12 for d in days)  # only a file with no day above 12 may ask
    else:
        assert [whatsapp.to_date(p, decided) for p in parts] == days


def test_the_date_order_decision_on_hand_made_files():
    assert whatsapp.decide_order([(3, 4, 24), (13, 4, 24)]) == "dmy"
    assert whatsapp.decide_order([(4, 3, 24), (4, 13, 24)]) == "mdy"
    assert whatsapp.decide_order([(2024, 4, 3)]) == "ymd"
    # All days at most 12: time running forward decides (3 Apr then 1 May, not 4 Mar then 5 Jan).
    assert whatsapp.decide_order([(3, 4, 24), (1, 5, 24)]) == "dmy"
    assert whatsapp.decide_order([(3, 4, 24), (4, 5, 24)]) is None  # forward both ways: ask
    assert whatsapp.decide_order([(5, 5, 24), (6, 6, 24)]) == "dmy"  # both read the same days


def test_an_ambiguous_file_asks_and_a_remembered_answer_is_used():
    log = parse_text("03/04/2024, 10:00 - Omar: a\n04/05/2024, 10:00 - Omar: b\n")
    with pytest.raises(NeedsAnswer) as asked:
        log.order()
    assert asked.value.question == "date_order" and "chat.txt" in str(asked.value)
    assert log.order("mdy") == "mdy"


# ---- a whole chat with the oddities of real files -----------------------------------------
ANDROID_GROUP = f"""12/31/23, 9:00 PM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them. Tap to learn more.
12/31/23, 9:00 PM - Layla created group "Chapter: Dubai Pearl"
12/31/23, 9:01 PM - Layla added Omar
12/31/23, 9:15 PM - Omar Haddad 🚀: Happy new year!
The agenda:
12/31/23 - bring cards
12/31/23, 9:16 PM - {LRE}+971 50 123 4567{PDF}: <Media omitted>
12/31/23, 9:17 PM - ليلى المنصوري: كل عام وأنتم بخير
12/31/23, 9:18 PM - Me: thanks all
12/31/23, 9:19 PM - Omar Haddad 🚀: [31/12/2023, 21:15:03] Zed: a quoted iOS line
[31/12/2023, 21:15:03] Zed: pasted from an iPhone
1/2/24, 8:05 AM - Omar Haddad 🚀: Coffee?
1/2/24, 8:06 AM - Omar Haddad 🚀: This message was deleted
"""


def test_an_android_group_chat_counts_per_day_and_sender():
    log = parse_text(ANDROID_GROUP, title="Chapter Dubai Pearl")
    assert log.is_group and log.order() == "mdy"
    touches = log.touches("Me", "mdy", "AE")
    got = sorted((t.at.isoformat(), t.party.label, t.count, t.direction, t.kind) for t in touches)
    assert got == [
        ("2023-12-31T21:15:00", "Omar Haddad 🚀", 2, "group", "group message"),
        ("2023-12-31T21:16:00", "+971 50 123 4567", 1, "group", "group message"),
        ("2023-12-31T21:17:00", "ليلى المنصوري", 1, "group", "group message"),
        ("2024-01-02T08:05:00", "Omar Haddad 🚀", 2, "group", "group message"),
    ]
    phone = next(t for t in touches if t.party.phone)
    assert phone.party.phone == "+971 50 123 4567" and not phone.party.name
    assert {t.first_line for t in touches} >= {"Happy new year!", "كل عام وأنتم بخير"}


IOS_CHAT = f"""{LRM}[03/01/2024, 09:15:03] Omar Haddad: {LRM}Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
[03/01/2024, 09:15:03] Omar Haddad: Salam!
[03/01/2024, 09:16:10] Sam Lee: Hi Omar
second line of my message
12/31/23, 9:15 PM - Omar: an Android line pasted into the message
{LRM}[03/01/2024, 09:20:00] Omar Haddad: {LRM}<attached: 00000012-PHOTO-2024-01-03-09-20-00.jpg>
{LRM}[13/01/2024, 18:00:00] Sam Lee: {LRM}image omitted
"""


def test_an_ios_individual_chat_knows_direction_from_who_i_am():
    log = parse_text(IOS_CHAT)
    assert not log.is_group and log.order() == "dmy"
    assert log.find_me(set(), "AE") == "Sam Lee"  # the chat is named after Omar
    touches = sorted(log.touches("Sam Lee", "dmy", "AE"), key=lambda t: t.at)
    assert [(t.at, t.party.name, t.count, t.direction) for t in touches] == [
        (dt.datetime(2024, 1, 3, 9, 15, 3), "Omar Haddad", 3, "both"),
        (dt.datetime(2024, 1, 13, 18, 0), "Omar Haddad", 1, "out"),
    ]
    assert touches[0].origin == "whatsapp:omar haddad:2024-01-03:omar haddad"


def test_who_i_am_is_asked_when_the_chat_cannot_tell():
    log = parse_text("1/2/24, 8:05 AM - A: x\n1/2/24, 8:06 AM - B: y\n", title="")
    with pytest.raises(NeedsAnswer) as asked:
        log.find_me(set(), "AE")
    assert asked.value.question == "me" and asked.value.options == ("A", "B")
    assert log.find_me({"b"}, "AE") == "B"
    # A number is recognised however it is spaced.
    log = parse_text("1/2/24, 8:05 AM - +971501234567: x\n1/2/24, 8:06 AM - B: y\n", title="")
    assert log.find_me({"+971501234567"}, "AE") == "+971501234567"
    assert whatsapp.is_me("+971 50 123 4567", {"+971501234567"}, "AE")


def test_impossible_times_and_dates_are_listed_and_the_rest_read():
    log = parse_text("13/01/2024, 10:00 - Omar: a\n14/01/2024, 25:10 - Omar: b\n14/01/2024, 13:00 PM - Omar: c\n"
                     "31/02/2024, 10:00 - Omar: d\n15/01/2024, 10:00 - Omar: e\n")
    order = log.order()
    touches = log.touches("Me", order, "AE")
    assert order == "dmy" and sorted(t.at.day for t in touches) == [13, 15]
    assert [b.line for b in log.bad_lines] == [2, 3, 4]


def test_an_unknown_format_names_the_file_and_line():
    with pytest.raises(HistoryReadError, match=r"chat.txt, line 2: this is not a line of a WhatsApp"):
        parse_text("\nHello there, this is a diary\n31/12/2023, 21:15 - Omar: hi\n")


def test_titles_from_file_and_zip_names():
    assert whatsapp.title_of("WhatsApp Chat with Omar Haddad.txt") == "Omar Haddad"
    assert whatsapp.title_of("_chat.txt", "WhatsApp Chat - Chapter 🚀") == "Chapter 🚀"


def _zip(name: str, members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for member, data in members.items():
            z.writestr(member, data)
    return buf.getvalue()


def test_zip_export_non_utf8_and_truncated_zip(tmp_path):
    good = tmp_path / "WhatsApp Chat - Omar Haddad.zip"
    good.write_bytes(_zip(good.name, {"_chat.txt": IOS_CHAT.encode("utf-8")}))
    [entry] = sources.expand([good])
    assert sources.kind_of(entry) == "whatsapp"
    log = whatsapp.parse(sources.text_lines(entry), entry.display, whatsapp.title_of(entry.name, entry.container))
    assert log.title == "Omar Haddad" and len(log.days) == 2
    assert not list(tmp_path.glob("_chat*"))  # nothing extracted

    cut = tmp_path / "cut.zip"
    cut.write_bytes(good.read_bytes()[:60])
    with pytest.raises(HistoryReadError, match=r"cut.zip is not a complete ZIP archive"):
        sources.expand([cut])

    latin = tmp_path / "WhatsApp Chat with Zoë.txt"
    latin.write_bytes("31/12/2023, 21:15 - Omar: hi\n31/12/2023, 21:16 - Zoë: salut\n".encode("latin-1"))
    [entry] = sources.expand([latin])
    with pytest.raises(HistoryReadError, match=r"Zoë.txt, line 2: the text is not UTF-8"):
        whatsapp.parse(sources.text_lines(entry), entry.display, "Zoë")


def test_a_group_where_i_never_wrote_needs_no_answer_once_i_am_known():
    log = parse_text("[15/02/2024, 07:01:00] Layla: hi\n[15/02/2024, 07:02:00] Omar: hello\n"
                     "[15/02/2024, 07:03:00] Zed: hey\n", title="Chapter")
    with pytest.raises(NeedsAnswer):
        log.find_me(set(), "AE")
    assert log.find_me({"sam lee"}, "AE") == ""
    assert len(log.touches("", "dmy", "AE")) == 3


# ---- a sender whose saved name holds a colon ------------------------------------------------
colon_names = st.tuples(names, names).map(lambda p: f"{p[0]}:{p[1]}").filter(lambda s: len(s) <= 80)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(variant=st.sampled_from(VARIANTS), when=moments, sender=colon_names, text=texts)
def test_a_sender_whose_name_holds_a_colon_is_read_whole(variant, when, sender, text):
    when = when.replace(second=0, microsecond=0)
    log = parse_text(render(variant, when, sender, text) + "\n")
    [(_, per_sender)] = log.days.items()
    [(who, (count, *_, first))] = per_sender.items()
    assert (who, count, first) == (whatsapp.clean_name(sender), 1, text.strip())


def test_colon_names_on_hand_made_lines():
    chat = ("31/12/2023, 21:15 - Omar (Work:Mobile): Meeting: 8am, room 2\n"
            "31/12/2023, 21:16 - Sales:UAE 🚀: ok\n"
            "31/12/2023, 21:17 - Sam Lee: note: bring cards\n")
    [(_, per_sender)] = parse_text(chat).days.items()
    assert {who: e[4] for who, e in per_sender.items()} == {
        "Omar (Work:Mobile)": "Meeting: 8am, room 2", "Sales:UAE 🚀": "ok", "Sam Lee": "note: bring cards"}
