"""What an offer card shows (when, price), and translation notices that name the parts shown in
Norwegian (issue 11, items 4 and 5)."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import make_offer
from tests.helpers import en

pytestmark = pytest.mark.django_db

STARTS = datetime.datetime(2026, 12, 11, 11, 0, tzinfo=ZoneInfo("Europe/Oslo"))


def url(language, name, *args):
    return en(name, *args) if language == "en" else reverse(name, args=args)


def get(client, language, name, *args):
    response = client.get(url(language, name, *args))
    assert response.status_code == 200
    return response.content.decode()


def card_of(body, title):
    """The card (an <article class="card">) whose title is `title`."""
    for card in re.findall(r'<article class="card">.*?</article>', body, re.S):
        if f">{title}</a>" in card:
            return card
    raise AssertionError(f"no card titled {title!r}")


# The card -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, when, price, labels",
    [
        ("nb", "Tirsdager 18–20", "200 kr per semester", ("Når", "Pris")),
        ("en", "Tuesdays 18–20", "NOK 200 a term", ("When", "Price")),
    ],
)
def test_a_card_shows_when_and_what_it_costs(client, actor, language, when, price, labels):
    make_offer(
        actor=actor,
        title="Håndball",
        title_en="Handball",
        schedule_nb="Tirsdager 18–20",
        schedule_en="Tuesdays 18–20",
        price_nb="200 kr per semester",
        price_en="NOK 200 a term",
    )
    card = card_of(
        get(client, language, "offers:list"), {"nb": "Håndball", "en": "Handball"}[language]
    )
    assert f"<dt>{labels[0]}</dt><dd><span>{when}</span></dd>" in card
    assert f"<dt>{labels[1]}</dt><dd><span>{price}</span></dd>" in card
    assert "fallback-note" not in card


@pytest.mark.parametrize("language, free", [("nb", "Gratis"), ("en", "Free")])
def test_a_card_says_free(client, actor, language, free):
    make_offer(actor=actor, title="Turlag", title_en="Hiking club", is_free=True)
    card = card_of(
        get(client, language, "offers:list"), {"nb": "Turlag", "en": "Hiking club"}[language]
    )
    assert f'<dd><span class="badge badge-free">{free}</span></dd>' in card


@pytest.mark.parametrize("language", ["nb", "en"])
def test_a_card_shows_the_date_of_a_dated_offer(client, actor, language):
    make_offer(actor=actor, title="Julemarked", title_en="Christmas market", starts_at=STARTS)
    card = card_of(
        get(client, language, "home"), {"nb": "Julemarked", "en": "Christmas market"}[language]
    )
    expected = {"nb": "11. desember 2026 kl. 11.00", "en": "11 December 2026, 11:00"}[language]
    assert f'<dd><time datetime="2026-12-11T11:00:00+01:00">{expected}</time></dd>' in card


def test_a_card_falls_back_to_the_norwegian_schedule_and_marks_it(client, actor):
    make_offer(actor=actor, title="Kor", title_en="Choir", schedule_nb="Onsdager 19–21")
    card = card_of(get(client, "en", "offers:list"), "Choir")
    assert '<dd><span lang="nb">Onsdager 19–21</span></dd>' in card
    assert "The time is only in Norwegian." in card
    assert '<h3 class="card-title"><a' in card  # the English title is not marked Norwegian


def test_a_norwegian_only_card_says_so_and_marks_its_parts(client, actor):
    make_offer(actor=actor, title="Bare norsk", title_en="", price_nb="50 kr")
    card = card_of(get(client, "en", "offers:list"), "Bare norsk")
    assert "Only in Norwegian" in card
    assert '<h3 class="card-title" lang="nb">' in card
    assert '<p lang="nb">Kort om' in card
    assert '<span lang="nb">50 kr</span>' in card


# The offer page -----------------------------------------------------------------------------


def test_english_title_with_norwegian_description_names_the_part(client, actor):
    offer = make_offer(
        actor=actor, title="Skiskole", title_en="Ski school", description_nb="Vi går på ski."
    )
    body = get(client, "en", "offers:detail", offer.slug)
    assert "The description is only in Norwegian." in body
    assert "not been translated into English" not in body
    assert "<h1>Ski school</h1>" in body
    assert '<article class="offer">' in body
    assert '<p class="lead">About offer' in body
    assert '<div class="offer-description" lang="nb"><p>Vi går på ski.</p></div>' in body


def test_a_fully_english_offer_has_no_notice(client, actor):
    offer = make_offer(
        actor=actor,
        title="Skiskole",
        title_en="Ski school",
        description_nb="Vi går på ski.",
        description_en="We go skiing.",
        schedule_nb="Lørdager",
        schedule_en="Saturdays",
        price_nb="100 kr",
        price_en="NOK 100",
    )
    body = get(client, "en", "offers:detail", offer.slug)
    assert "only in Norwegian" not in body
    assert "not been translated" not in body
    assert 'lang="nb">' not in body.split('<article class="offer">')[1].split("</article>")[0]
    with translation.override("en"):
        assert offer.parts_only_in_norwegian() == ()
        assert not offer.missing_translation()


def test_a_norwegian_only_offer_says_so_and_marks_every_part(client, actor):
    offer = make_offer(
        actor=actor,
        title="Bare norsk",
        title_en="",
        description_nb="Bare på norsk.",
        schedule_nb="Mandager",
        price_nb="50 kr",
    )
    body = get(client, "en", "offers:detail", offer.slug)
    assert "This offer has not been translated into English yet" in body
    assert '<h1 lang="nb">Bare norsk</h1>' in body
    assert '<p class="lead" lang="nb">' in body
    assert '<div class="offer-description" lang="nb">' in body
    assert '<span lang="nb">Mandager</span>' in body
    assert '<span lang="nb">50 kr</span>' in body
    with translation.override("en"):
        parts = offer.parts_only_in_norwegian()
        assert set(parts) == {"title", "summary", "description", "schedule", "price"}
        assert offer.only_in_norwegian()


def test_some_parts_in_norwegian_are_named_one_by_one(client, actor):
    offer = make_offer(
        actor=actor,
        title="Svømming",
        title_en="Swimming",
        summary_en="",
        price_nb="Gratis for barn",
    )
    body = get(client, "en", "offers:detail", offer.slug)
    assert "The summary is only in Norwegian. The price is only in Norwegian." in body
    assert "The title is only in Norwegian." not in body
    assert "The description" not in body  # no description written in either language
    with translation.override("en"):
        assert offer.parts_only_in_norwegian() == ("summary", "price")
        assert not offer.only_in_norwegian()


def test_the_norwegian_page_has_no_notice(client, actor):
    offer = make_offer(actor=actor, title="Bare norsk", title_en="", description_nb="Tekst.")
    body = get(client, "nb", "offers:detail", offer.slug)
    assert "bare på norsk" not in body.lower()
    assert "<h1>Bare norsk</h1>" in body
    with translation.override("nb"):
        assert offer.parts_only_in_norwegian() == ()
