"""Query counts of the public pages do not grow with the number of offers."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories import make_actor, make_offer

pytestmark = pytest.mark.django_db

TAGS = {
    "focus": ("leisure", "work"),
    "groups": ("refugees",),
    "segments": ("youth",),
    "languages": ("nb", "en", "pl"),
}


def add_offers(count):
    for _ in range(count):
        make_offer(actor=make_actor(), **TAGS)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.mark.parametrize(
    "url_name", ["home", "offers:list", "actors:list"], ids=["home", "list", "actors"]
)
def test_query_count_does_not_grow_with_offers(client, url_name):
    url = reverse(url_name)
    add_offers(3)
    warm(client, url)
    few = count_queries(client, url)
    add_offers(30)
    warm(client, url)
    assert count_queries(client, url) == few


def warm(client, url):
    """The first request of a public version reads the taxonomy into the process's cache and
    counts the public offers (offers/terms.py: once per change); the counts below are every
    other request's.
    A cookie keeps the page cache (narvik_tilflytter/pagecache.py) out of the way: these are
    the counts of a page made afresh."""
    client.cookies["uncached"] = "1"
    client.get(url)


def test_home_queries(client, django_assert_num_queries):
    add_offers(25)
    warm(client, reverse("home"))
    # the public version, the newest offers, and their tags (the terms' counts are kept)
    with django_assert_num_queries(3):
        client.get(reverse("home"))


def test_offer_list_queries(client, django_assert_num_queries):
    add_offers(25)
    warm(client, reverse("offers:list"))
    # the public version, the page of offers, and their tags (topics and languages); the
    # count is kept for the version
    with django_assert_num_queries(3):
        client.get(reverse("offers:list"))


def test_filtered_offer_list_queries(client, django_assert_num_queries):
    add_offers(25)
    url = reverse("offers:list") + "?focus=leisure&group=refugees&language=pl&q=Tilbud"
    warm(client, url)
    # the same: the facets are checked against the cached taxonomy, the search is in the query
    with django_assert_num_queries(3):
        client.get(url)


def test_an_empty_list_stays_within_six_queries(client, django_assert_num_queries):
    add_offers(5)
    url = reverse("offers:list") + "?q=finnesikke&group=refugees"
    warm(client, url)
    # the version (the count is kept); logging the search without results (the cache says it
    # was logged a moment ago, so no write); the "didn't find it" form's lists are cached
    with django_assert_num_queries(1):
        response = client.get(url)
    assert response.context["unmet_form"] is not None
    assert 'name="focus_area"' in response.content.decode()


def test_offer_detail_queries(client, django_assert_num_queries):
    offer = make_offer(**TAGS)
    warm(client, offer.get_absolute_url())
    # the public version, the offer with its organisation and feedback figures, its four kinds
    # of tags (one query), and its shown comments; the "I am …" choices are cached
    with django_assert_num_queries(4):
        client.get(offer.get_absolute_url())


def test_a_cached_page_costs_one_query(client, django_assert_num_queries):
    offer = make_offer(**TAGS)
    for url in (reverse("home"), reverse("offers:list"), offer.get_absolute_url()):
        client.get(url)
        # the public version only
        with django_assert_num_queries(1):
            response = client.get(url)
        assert response["X-Page-Cache"] == "hit"


def test_a_change_counts_the_list_and_the_home_page_again(client, django_assert_num_queries):
    add_offers(3)
    for name in ("home", "offers:list"):
        warm(client, reverse(name))
    add_offers(1)  # a public change: a new version
    with django_assert_num_queries(4):  # the version, the count, the page, the tags
        body = client.get(reverse("offers:list")).content.decode()
    assert "4 tilbud" in body
    with django_assert_num_queries(4):  # the version, the terms' counts, the newest, the tags
        client.get(reverse("home"))
