from hypothesis import given
from hypothesis import strategies as st

from totalnet_desktop.core.contacts import normalize as n


def test_email_key_trims_and_casefolds():
    assert n.email_key("  Layla.Haddad@Example.COM ") == "layla.haddad@example.com"


def test_url_key_ignores_scheme_www_case_and_slash():
    keys = {n.url_key(u) for u in ("http://www.linkedin.com/in/layla-h/", "https://LinkedIn.com/in/Layla-H",
                                   "linkedin.com/in/layla-h", "https://ae.linkedin.com/in/layla-h")}
    assert keys == {"linkedin.com/in/layla-h"}


def test_social_handle_and_url_share_a_key():
    assert n.social_key("x", "@Layla") == n.social_key("x", "https://twitter.com/layla/")
    assert n.network_of("https://www.instagram.com/cedarprint") == "instagram"


def test_phone_normalisation_default_region():
    assert n.phone_key("050 555 0107", "AE") == "+971505550107"
    assert n.format_phone("050 555 0107", "AE") == "+971 50 555 0107"
    assert n.whatsapp_link("050 555 0107", "AE") == "https://wa.me/971505550107"
    assert n.is_mobile("050 555 0107", "AE")


def test_phone_search_tokens_find_inner_digits():
    tokens = n.phone_search_tokens("03-5555-0107", "AE").split()
    assert any(t.startswith("5550107") for t in tokens)


def test_fold_removes_accents_and_keeps_arabic():
    assert n.fold("Zoë ÉLODIE") == "zoe elodie"
    assert n.fold("ليلى") == "ليلى"


@given(st.text())
def test_normalisers_never_raise(text):
    n.email_key(text)
    n.url_key(text)
    n.phone_key(text)
    n.phone_search_tokens(text)
    n.social_key("x", text)
    n.fold(text)
