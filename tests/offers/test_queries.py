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
    few = count_queries(client, url)
    add_offers(30)
    assert count_queries(client, url) == few


def test_offer_list_queries(client, django_assert_num_queries):
    add_offers(25)
    # the filter form's four option lists (groups, life situations, topics, languages), the
    # count, the page of offers, and one prefetch each for their topics and languages
    with django_assert_num_queries(8):
        client.get(reverse("offers:list"))


def test_filtered_offer_list_queries(client, django_assert_num_queries):
    add_offers(25)
    # as above, plus checking the three facet values in the query string
    with django_assert_num_queries(11):
        client.get(reverse("offers:list") + "?focus=leisure&group=refugees&language=pl&q=Tilbud")


def test_offer_detail_queries(client, django_assert_num_queries):
    offer = make_offer(**TAGS)
    # the offer with its organisation, then its topics, languages, groups and life situations;
    # its feedback figures and shown comments, and the feedback form's "I am …" (groups,
    # life situations)
    with django_assert_num_queries(9):
        client.get(offer.get_absolute_url())
