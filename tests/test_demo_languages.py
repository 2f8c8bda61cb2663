"""The demo in the languages beyond bokmål and English: the Ukrainian association and the
library's story hour in Ukrainian, the port employer's offers in Polish, the refugee service's
offers in Arabic; and the evening Norwegian course still only in Norwegian and English, so the
walkthrough can show the fallback notice."""

import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from actors.models import Actor
from offers.models import Offer

pytestmark = pytest.mark.django_db

STORY_HOUR = "eventyrstund-pa-flere-sprak"
NEW_LANGUAGES = ("uk", "pl", "lt", "ar")

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
ARABIC = re.compile(r"[\u0600-\u06FF]")
# Letters of neither script, apart from the Latin proper names the texts keep (Narvik, …).
LATIN_WORD = re.compile(r"[A-Za-z]+")
PROPER_NAMES = {"Narvik", "Ofoten", "Malm", "og", "Logistikk"}


@pytest.fixture
def demo():
    call_command("seed_demo", force=True, stdout=io.StringIO())


def in_script(text, script):
    """The text is written in `script`: it has its letters, and no Latin words but names."""
    return bool(script.search(text)) and set(LATIN_WORD.findall(text)) <= PROPER_NAMES


def test_the_story_hour_is_written_in_ukrainian(demo):
    offer = Offer.objects.get(slug=STORY_HOUR)
    for field in ("title", "summary", "description", "schedule"):
        text = getattr(offer, f"{field}_uk")
        assert text, field
        assert in_script(text, CYRILLIC), (field, text)


def test_the_ukrainian_association_writes_in_ukrainian(demo):
    actor = Actor.objects.get(slug="ukrainsk-forening-narvik")
    assert in_script(actor.description_uk, CYRILLIC)
    for offer in Offer.objects.filter(actor=actor, change_of=None):
        for field in ("title", "summary", "description", "schedule"):
            text = getattr(offer, f"{field}_uk")
            assert in_script(text, CYRILLIC), (offer.slug, field, text)


def test_every_offer_of_the_port_employer_is_in_polish(demo):
    offers = Offer.objects.filter(actor__slug="ofoten-malm-logistikk", change_of=None)
    assert offers.count() >= 4
    for offer in offers:
        assert offer.title_pl, offer.slug
        assert offer.summary_pl, offer.slug
        assert offer.description_pl, offer.slug
        # Polish letters, and none of the Norwegian ones.
        text = offer.title_pl + offer.summary_pl + offer.description_pl
        assert re.search("[ąćęłńóśźż]", text), offer.slug
        assert not re.search("[æøå]", text.lower()), offer.slug
    # Polish is named as a language of the offer only where its own text says Polish is spoken.
    with_polish = set(offers.filter(languages__code="pl").values_list("slug", flat=True))
    assert with_polish == {"apen-dag-i-havna", "bolighjelp-for-nyansatte"}


def test_every_offer_of_the_refugee_service_is_in_arabic(demo):
    offers = Offer.objects.filter(actor__slug="narvik-kommune-flyktningtjenesten", change_of=None)
    assert offers.exists()
    for offer in offers:
        for field in ("title", "summary", "description", "schedule"):
            text = getattr(offer, f"{field}_ar")
            assert text, (offer.slug, field)
            assert in_script(text, ARABIC), (offer.slug, field, text)


def test_the_evening_norwegian_course_stays_in_norwegian_and_english_only(demo):
    offer = Offer.objects.get(slug="norskkurs-kveld")
    assert offer.title_nb and offer.title_en
    for language in NEW_LANGUAGES:
        for field in Offer.TRANSLATED_FIELDS:
            assert getattr(offer, f"{field}_{language}") == "", (language, field)


def test_the_story_hour_page_in_ukrainian_shows_the_ukrainian_title(demo, client):
    offer = Offer.objects.get(slug=STORY_HOUR)
    with translation.override("uk"):
        url = reverse("offers:detail", kwargs={"slug": STORY_HOUR})
    assert url.startswith("/uk/")
    response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert offer.title_uk in body
    assert "Година казок різними мовами" in body
