"""Reading vCard 2.1 / 3.0 / 4.0 files into drafts."""

import pytest

from totalnet_desktop.core.exchange.vcard_read import is_vcard, read_vcard_file
from totalnet_desktop.core.store.errors import ImportReadError

V21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;Zo=C3=AB\r\n"
    "TEL;CELL:+971 50 123 4567\r\nTEL;WORK;VOICE:04 222 3333\r\n"
    "EMAIL;INTERNET:zoe@example.com\r\n"
    "NOTE;ENCODING=QUOTED-PRINTABLE:first line=0D=0Asecond line that is long enough to be =\r\n"
    "soft-broken\r\n"
    "END:VCARD\r\n"
)
V30 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Omar Haddad\r\nN:Haddad;Omar;;;\r\nORG:Big\\, Co;Sales\r\n"
    "TITLE:CTO\r\nEMAIL;TYPE=INTERNET,WORK:omar@example.com\r\n"
    "X-SOCIALPROFILE;TYPE=linkedin:https://www.linkedin.com/in/omar\r\n"
    "URL;TYPE=linkedin:https://www.linkedin.com/in/omar\r\nURL:https://big.example\r\n"
    "X-SOCIALPROFILE;type=twitter:x-apple:omarh\r\n"
    "ADR;TYPE=WORK:;;1 Road;Sharjah;;;UAE\r\nCATEGORIES:Chapter,VIP\r\nEND:VCARD\r\n"
)
V40 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:ليلى المنصوري\r\n"
    'TEL;VALUE=uri;TYPE="voice,cell":tel:+971-50-000-0001\r\n'
    "URL:https://www.instagram.com/layla\r\nEND:VCARD\r\n"
)
EMPTY_CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nORG:Nobody Inc\r\nEND:VCARD\r\n"


def _drafts(tmp_path, text, name="cards.vcf"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return list(read_vcard_file(path)[1])


def test_three_versions_in_one_file(tmp_path):
    drafts = _drafts(tmp_path, V21 + V30 + V40)
    zoe, omar, layla = drafts
    assert (zoe.first_name, zoe.last_name) == ("Zoë", "Müller")
    assert [p for p, _ in zoe.phones] == ["+971 50 123 4567", "04 222 3333"]
    assert zoe.phones[0][1] == "mobile" and zoe.phones[1][1] == "work"
    assert zoe.notes == "first line\nsecond line that is long enough to be soft-broken"
    assert zoe.line == 1
    assert (omar.company, omar.job_title, omar.city) == ("Big, Co", "CTO", "Sharjah")
    assert omar.socials[0] == ("linkedin", "https://www.linkedin.com/in/omar")
    assert ("x", "https://x.com/omarh") in omar.socials or any(n == "x" for n, _ in omar.socials)
    assert omar.websites == ["https://big.example"]  # the LinkedIn URL is not repeated as a website
    assert omar.tags == ["Chapter", "VIP"]
    assert layla.first_name == "ليلى" and layla.last_name == "المنصوري"
    assert layla.phones == [("+971-50-000-0001", "mobile")]
    assert layla.socials == [("instagram", "https://www.instagram.com/layla")]


def test_card_without_anyone_is_rejected(tmp_path):
    drafts = _drafts(tmp_path, V30 + EMPTY_CARD)
    assert drafts[1].problem == "no name, e-mail, phone or profile"
    assert drafts[1].line == 15


def test_broken_card_is_rejected_not_fatal(tmp_path):
    broken = "BEGIN:VCARD\r\nVERSION:3.0\r\nthis line is not a property\r\nEND:VCARD\r\n"
    drafts = _drafts(tmp_path, broken + V40)
    assert drafts[0].problem or not drafts[0].identifies_someone()
    assert drafts[1].first_name == "ليلى"


def test_not_a_vcard(tmp_path):
    path = tmp_path / "x.vcf"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(ImportReadError, match="no vCard"):
        read_vcard_file(path)
    path.write_text("", encoding="utf-8")
    with pytest.raises(ImportReadError, match="empty"):
        read_vcard_file(path)


def test_is_vcard_by_content(tmp_path):
    path = tmp_path / "contacts.txt"
    path.write_text(V30, encoding="utf-8")
    assert is_vcard(path)
