"""contact_to_vcard: versions, escaping, folding, social profiles; read back with vobject."""

import datetime as dt

import pytest
import vobject

from totalnet_desktop.core.exchange.vcard import contact_to_vcard, contacts_to_vcard
from totalnet_desktop.core.store.records import ContactRecord, PointRecord

NOTE = "Met at breakfast; likes coffee, tea.\nSecond line: عربي 🎉 " * 3

RECORD = ContactRecord(
    id=1, first_name="Zoë", last_name="O'Neil", company="Acme, Inc.", job_title="CEO",
    profession="Printing", city="Dubai", notes=NOTE, tags=("Chapter", "VIP; gold"),
    met_on=dt.date(2024, 5, 1),
    points=(
        PointRecord("email", "zoe@example.com", label="work"),
        PointRecord("email", "zoe.home@example.com"),
        PointRecord("phone", "+971 50 123 4567", label="mobile"),
        PointRecord("phone", "04 123 4567"),
        PointRecord("social", "https://www.linkedin.com/in/zoe-oneil", network="linkedin"),
        PointRecord("social", "@zoe", network="x"),
        PointRecord("website", "https://acme.example"),
    ),
)


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_card_reads_back_with_vobject(version):
    text = contact_to_vcard(RECORD, version)
    assert text.startswith("BEGIN:VCARD\r\nVERSION:" + version + "\r\n")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    card = vobject.readOne(text)
    assert card.fn.value == "Zoë O'Neil"
    assert card.n.value.family == "O'Neil" and card.n.value.given == "Zoë"
    assert card.org.value == ["Acme, Inc."]
    assert card.title.value == "CEO"
    assert card.note.value == NOTE.replace("\r\n", "\n")
    assert [e.value for e in card.contents["email"]] == ["zoe@example.com", "zoe.home@example.com"]
    assert [t.value for t in card.contents["tel"]] == ["+971 50 123 4567", "04 123 4567"]
    socials = [s.value for s in card.contents["x-socialprofile"]]
    assert socials == ["https://www.linkedin.com/in/zoe-oneil", "https://x.com/zoe"]
    assert card.categories.value == ["Chapter", "VIP; gold"]


def test_empty_record_still_has_fn_and_n():
    text = contact_to_vcard(ContactRecord(id=None, company="Only Co"))
    card = vobject.readOne(text)
    assert card.fn.value == "Only Co"
    assert "N:;;;;" in text


def test_unknown_version_is_refused():
    with pytest.raises(ValueError):
        contact_to_vcard(RECORD, "2.1")


def test_several_cards():
    text = contacts_to_vcard([RECORD, ContactRecord(id=2, first_name="Omar")], "4.0")
    cards = list(vobject.readComponents(text))
    assert [c.fn.value for c in cards] == ["Zoë O'Neil", "Omar"]
