"""Issue 20: forgetting a person also takes out of other people's records their first name with last
initial, their e-mail addresses and their phone numbers (however written), where these point at them
alone; the same words that also fit someone else stay. Progress is reported and a cancel changes nothing."""

from __future__ import annotations

import pytest

from totalnet_desktop.core.contacts import forget
from totalnet_desktop.core.contacts import service as contacts
from totalnet_desktop.core.store.errors import Cancelled
from totalnet_desktop.core.store.models import Contact, Interaction
from totalnet_desktop.core.store.records import ContactRecord, PointRecord


def add(first, last="", notes="", points=()) -> int:
    return contacts.create(ContactRecord(id=None, first_name=first, last_name=last, notes=notes, points=points),
                           undoable=False)


def notes(cid: int) -> str:
    return Contact.get_by_id(cid).notes


@pytest.fixture
def people(db):
    layla = add("Layla", "Haddad", points=(PointRecord("email", "layla@cedar.ae"),
                                          PointRecord("phone", "+971 50 555 0107")))
    omar = add("Omar", "Khan", notes=(
        "Met Layla Haddad at the fair.\nLayla H. asked about print runs; later layla h said yes.\n"
        "Write to LAYLA@cedar.ae or call 050 555 0107 (also +971-50-555-0107).\n"
        "Layla Hamdan (another Layla H.) is not her? Call 050 555 0199 for Sara."))
    sara = add("Sara", "Nasser", points=(PointRecord("email", "shared@office.ae"),), notes="Layla Haddad's cousin")
    return layla, omar, sara


def test_name_with_initial_email_and_phone_are_taken_out_when_theirs_alone(people):
    layla, omar, sara = people
    result = forget.forget(layla)
    text = notes(omar)
    assert "Haddad" not in text and "cedar.ae" not in text and "0107" not in text
    # "Layla H." also fits Layla Hamdan? Not a contact here: only the text mentions her; the initial
    # points at the forgotten Layla alone, so every "Layla H" goes.
    assert text.count("removed person") == 7
    assert "Layla Hamdan" in text and "050 555 0199" in text  # others stay
    assert notes(sara) == "removed person's cousin"
    assert result.name_mentions == 2
    assert "mentions of them (name, e-mail, phone) were taken out of 2 other records" in result.line()


def test_an_initial_or_address_shared_with_another_contact_is_left(db):
    layla = add("Layla", "Haddad", points=(PointRecord("email", "office@cedar.ae"),))
    add("Layla", "Hamdan", points=(PointRecord("email", "office@cedar.ae"),))
    omar = add("Omar", "Khan", notes="Layla H. and office@cedar.ae; Layla Haddad too")
    forget.forget(layla)
    assert notes(omar) == "Layla H. and office@cedar.ae; removed person too"


def test_mentions_in_interaction_notes_go_too_and_progress_is_reported(people):
    layla, omar, _sara = people
    Interaction.create(contact=omar, channel="phone", kind="call", note="Spoke about Layla H. at 050 555 0107")
    seen: list[tuple[int, int]] = []
    forget.forget(layla, progress=lambda done, total: seen.append((done, total)))
    assert Interaction.get(Interaction.contact == omar).note == "Spoke about removed person at removed person"
    assert seen[-1] == (forget.STEPS, forget.STEPS) and len(seen) > 10
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_cancel_before_the_commit_changes_nothing(people):
    layla, omar, _sara = people
    before = notes(omar)
    with pytest.raises(Cancelled):
        forget.forget(layla, cancelled=lambda: True)
    assert Contact.get_by_id(layla).full_name == "Layla Haddad" and notes(omar) == before


@pytest.mark.parametrize("written", [
    "+971 50 123 45 67", "0501234567", "050-123 4567", "050 123 45 67", "(050) 123-45-67", "00971 50 1234 567",
    "+971.50.123.4567", "050/12 34 56 7",
])
def test_a_phone_number_is_found_however_its_digits_are_split(db, written):
    rania = add("Rania", "Saleh", points=(PointRecord("phone", "+971 50 123 4567"),))
    omar = add("Omar", "Khan", notes=f"Call {written} after 5.")
    forget.forget(rania)
    assert notes(omar) == "Call removed person after 5."


def test_a_split_number_beside_another_number_takes_out_only_theirs(db):
    rania = add("Rania", "Saleh", points=(PointRecord("phone", "+971 50 123 4567"),))
    add("Sara", "Nasser", points=(PointRecord("phone", "+971 4 555 1234"),))
    omar = add("Omar", "Khan", notes="Rania: 050 123 45 67 / 04 555 1234; ref 12 and 45 67 alone stay.")
    forget.forget(rania)
    assert notes(omar) == "Rania: removed person / 04 555 1234; ref 12 and 45 67 alone stay."


def test_a_split_number_that_another_contact_shares_is_left(db):
    rania = add("Rania", "Saleh", points=(PointRecord("phone", "+971 50 123 4567"),))
    add("Office", "Line", points=(PointRecord("phone", "050 123 4567"),))
    omar = add("Omar", "Khan", notes="Call 050 123 45 67.")
    forget.forget(rania)
    assert notes(omar) == "Call 050 123 45 67."
