"""Bad input gets a clear answer and a 4xx, never a 500."""

import pytest
from django.urls import reverse

from tests.factories import make_offer
from tests.helpers import html_tag

pytestmark = pytest.mark.django_db


@pytest.fixture
def listing(db):
    for number in range(3):
        make_offer(title=f"Tilbud {number}")
    return reverse("offers:list")


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("?page=abc", 404),
        ("?page=999", 404),
        ("?page=-1", 404),
        ("?focus=no-such-topic", 400),
        ("?group=%00", 400),
        ("?language=xx&language=nb", 400),
        ("?actor_kind=bank", 400),
        ("?sort=random", 400),
        ("?q=ski%00", 400),
        ("?q=" + "a" * 10_000, 400),
        ("?q=%E2%80%8B", 200),
        ("?q=%27%3B+drop+table+offers_offer%3B--", 200),
        ("?q=%26%7C%21%3A*%28%29", 200),
        ("?q=+++", 200),
        ("?free=maybe", 200),
        ("?unknown=1", 200),
        ("?focus=&group=&segment=&language=&actor_kind=&sort=&q=", 200),
    ],
)
def test_bad_parameters_never_give_500(client, listing, query, status):
    response = client.get(listing + query)
    assert response.status_code == status


def test_invalid_filter_explains_itself_in_norwegian(client, listing):
    response = client.get(listing + "?focus=no-such-topic")
    body = response.content.decode()
    assert response.status_code == 400
    assert "Noen av valgene i denne lenken er ugyldige" in body
    assert body.count("<h1") == 1


def test_invalid_filter_explains_itself_in_english(client, listing):
    response = client.get("/en/offers/?q=" + "a" * 10_000)
    body = response.content.decode()
    assert response.status_code == 400
    assert "Some of the filters in this link are not valid" in body


def test_unknown_offer_and_actor_are_404(client, db):
    assert client.get(reverse("offers:detail", args=["finnes-ikke"])).status_code == 404
    assert client.get(reverse("actors:detail", args=["finnes-ikke"])).status_code == 404


def test_404_page_is_helpful_and_translated(client, db):
    response = client.get("/nb/tilbud/finnes-ikke/")
    body = response.content.decode()
    assert response.status_code == 404
    assert html_tag("nb") in body
    assert body.count("<h1") == 1
