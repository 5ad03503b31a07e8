"""The bulk fast paths give the same answers as core.normalize."""

from hypothesis import given
from hypothesis import strategies as st

from totalnet_desktop.core.contacts import fastnorm
from totalnet_desktop.core.contacts import normalize as nz

URLS = st.one_of(
    st.builds(lambda s, h, p: f"{s}://{h}/{p}", st.sampled_from(["http", "https", "HTTPS"]),
              st.sampled_from(["www.LinkedIn.com", "linkedin.com", "uk.linkedin.com", "twitter.com", "X.com",
                               "m.facebook.com", "fb.com", "instagram.com", "example.org", "web.site.ae"]),
              st.text(alphabet="abcXYZ019-_./%~", max_size=20)),
    st.text(max_size=30),
)


@given(URLS)
def test_fast_url_key_matches_normalize(url):
    assert fastnorm.url_key(url) == nz.url_key(url)
    assert fastnorm.social_key("linkedin", url) == nz.social_key("linkedin", url)


@given(st.text(max_size=30))
def test_fast_clean_and_fold_match_normalize(text):
    assert fastnorm.clean(text) == nz.clean(text)
    assert fastnorm.fold(text) == nz.fold(text)


@given(st.one_of(st.text(alphabet="+0123456789 -()", max_size=18), st.text(max_size=12)))
def test_phone_facts_match_normalize(value):
    key, valid, tokens = fastnorm.phone_facts(value)
    assert fastnorm.phone_key_and_tokens(value) == (key, tokens)
    assert key == nz.phone_key(value)
    assert valid == nz.is_valid_phone(value)
    assert set(tokens.split()) == set(nz.phone_search_tokens(value).split())


EMAILS = st.one_of(
    st.builds(lambda a, b, c: f"{a}@{b}{c}", st.text(alphabet="aZ.+_ \t-", max_size=8),
              st.text(alphabet="exAMPLE.-", max_size=8), st.sampled_from([".com", ".ae", "", " .org", "."])),
    st.text(max_size=20),
)


@given(EMAILS)
def test_fast_email_key_and_check_match_normalize(address):
    assert fastnorm.email_key(address) == nz.email_key(address)
    assert fastnorm.is_valid_email(address) == nz.is_valid_email(address)
