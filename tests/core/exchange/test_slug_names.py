"""A row with only a LinkedIn profile gets its name from the address, tagged for review."""

from urllib.parse import quote

import hypothesis.strategies as st
from exchange_samples import csv_text
from hypothesis import given

from totalnet_desktop.core.exchange import importer
from totalnet_desktop.core.exchange.importer import ImportOptions
from totalnet_desktop.core.exchange.slug_names import REVIEW_TAG, name_from_profile
from totalnet_desktop.core.store.models import Contact


def test_names_read_from_profile_addresses():
    assert name_from_profile("https://www.linkedin.com/in/layla-haddad-12ab34cd/") == ("Layla", "Haddad")
    assert name_from_profile("linkedin.com/in/%C5%82ukasz-nowak") == ("Łukasz", "Nowak")
    assert name_from_profile("https://ae.linkedin.com/in/omar-al-farsi-b3a2b1?trk=x") == ("Omar", "Al Farsi")
    assert name_from_profile("https://www.linkedin.com/in/layla") == ("Layla", "")
    assert name_from_profile("https://www.linkedin.com/in/12345678") is None
    assert name_from_profile("https://www.linkedin.com/company/acme") is None
    assert name_from_profile("https://x.com/layla") is None


WORD = st.text("abcdefghijklmnopqrstuvwxyzéłö", min_size=2, max_size=8).filter(
    lambda w: w not in ("al", "el", "de", "da", "di", "du", "la", "le", "st"))


@given(first=WORD, last=WORD, suffix=st.sampled_from(["", "-12ab34cd", "-a1b2c3", "-5"]))
def test_a_slug_made_from_a_name_reads_back_as_that_name(first, last, suffix):
    url = f"https://www.linkedin.com/in/{quote(first)}-{quote(last)}{suffix}/"
    assert name_from_profile(url) == (first[:1].upper() + first[1:], last[:1].upper() + last[1:])


def test_import_names_a_profile_only_row_and_marks_it_for_review(db, tmp_path):
    path = tmp_path / "people.csv"
    path.write_text(csv_text([["First Name", "Last Name", "Company", "LinkedIn"],
                              ["", "", "Cedar Print", "https://www.linkedin.com/in/layla-haddad-4a1b2c3d"],
                              ["Omar", "Khan", "", "https://www.linkedin.com/in/omar-k-99"]]), encoding="utf-8")
    summary = importer.execute(importer.open_import(path), ImportOptions())
    assert summary.line() == "imported 2, merged 0, skipped 0, rejected 0"
    layla = Contact.get(Contact.company == "Cedar Print")
    assert (layla.first_name, layla.last_name) == ("Layla", "Haddad")
    assert REVIEW_TAG in [link.tag.name for link in layla.tag_links]
    omar = Contact.get(Contact.first_name == "Omar")
    assert REVIEW_TAG not in [link.tag.name for link in omar.tag_links]
    assert any("read from the profile address" in text for _, text in summary.warnings)
