"""Format recognition and the pre-filled mapping, on the real column sets."""

import pytest

from totalnet_desktop.core.exchange.formats import OWN_COLUMNS, detect_format, guess_field, suggest_mapping

GOOGLE_OLD = ["Name", "Given Name", "Additional Name", "Family Name", "Yomi Name", "Nickname", "Birthday",
              "Notes", "Group Membership", "E-mail 1 - Type", "E-mail 1 - Value", "E-mail 2 - Type",
              "E-mail 2 - Value", "Phone 1 - Type", "Phone 1 - Value", "Organization 1 - Name",
              "Organization 1 - Title", "Website 1 - Type", "Website 1 - Value"]
GOOGLE_NEW = ["First Name", "Middle Name", "Last Name", "Nickname", "Organization Name",
              "Organization Title", "Notes", "Labels", "E-mail 1 - Label", "E-mail 1 - Value",
              "Phone 1 - Label", "Phone 1 - Value", "Address 1 - City", "Website 1 - Label", "Website 1 - Value"]
OUTLOOK = ["First Name", "Middle Name", "Last Name", "Title", "Suffix", "Company", "Department",
           "Job Title", "Business Street", "Business City", "Business Phone", "Home Phone", "Mobile Phone",
           "Categories", "E-mail Address", "E-mail Display Name", "E-mail 2 Address", "Notes", "Web Page"]
LINKEDIN = ["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"]
ROSTER = ["Member Name", "Classification", "Company", "Mobile", "Email", "Role"]


@pytest.mark.parametrize("headers, expected", [
    (LINKEDIN, "linkedin"), (GOOGLE_OLD, "google"), (GOOGLE_NEW, "google"), (OUTLOOK, "outlook"),
    (ROSTER, "roster"), (list(OWN_COLUMNS), "own"), (["Nom", "Courriel", "Phone"], "csv"),
])
def test_detect_format(headers, expected):
    assert detect_format(headers) == expected


def test_linkedin_mapping():
    mapping = dict(zip(LINKEDIN, suggest_mapping(LINKEDIN).mapping))
    assert mapping == {"First Name": "first_name", "Last Name": "last_name", "URL": "linkedin",
                       "Email Address": "email", "Company": "company", "Position": "job_title",
                       "Connected On": "connected_on"}


def test_google_old_mapping_ignores_types_and_display_name():
    mapping = dict(zip(GOOGLE_OLD, suggest_mapping(GOOGLE_OLD).mapping))
    assert mapping["Name"] == "ignore" and mapping["Given Name"] == "first_name"
    assert mapping["Family Name"] == "last_name" and mapping["Additional Name"] == "middle_name"
    assert mapping["E-mail 1 - Type"] == "ignore" and mapping["E-mail 2 - Value"] == "email"
    assert mapping["Organization 1 - Title"] == "job_title" and mapping["Group Membership"] == "tags"
    assert mapping["Website 1 - Value"] == "website"


def test_outlook_title_is_not_the_job_title():
    mapping = dict(zip(OUTLOOK, suggest_mapping(OUTLOOK).mapping))
    assert mapping["Title"] == "ignore" and mapping["Job Title"] == "job_title"
    assert mapping["E-mail 2 Address"] == "email" and mapping["E-mail Display Name"] == "ignore"
    assert mapping["Mobile Phone"] == mapping["Business Phone"] == "phone"
    assert mapping["Business City"] == "city" and mapping["Categories"] == "tags"


def test_roster_mapping():
    mapping = dict(zip(ROSTER, suggest_mapping(ROSTER).mapping))
    assert mapping == {"Member Name": "full_name", "Classification": "profession", "Company": "company",
                       "Mobile": "phone", "Email": "email", "Role": "role"}


def test_forced_format_and_unknown_header():
    assert suggest_mapping(LINKEDIN, "csv").mapping[2] == "website"
    assert guess_field("Favourite colour") == "ignore"

