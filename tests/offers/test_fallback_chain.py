"""An offer's text falls back part by part: the visitor's language, then English, then Norwegian
(settings.MODELTRANSLATION_FALLBACK_LANGUAGES; Offer.fallback_parts). A part shown in another
language carries that language's `lang` (and `dir="auto"` on a right-to-left page), and the page
says, in its own language, which parts are only in Norwegian and English, or only in Norwegian.
"""

import re

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from tests.factories import make_offer

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
# The languages that fall back to English first (all but bokmål and English).
MORE = [code for code in LANGUAGES if code not in ("nb", "en")]

TITLE = {"nb": "Lesestund", "en": "Story hour", "uk": "Година читання"}
SUMMARY = {"nb": "Vi leser for barn.", "en": "We read to children.", "uk": "Ми читаємо дітям."}
DESCRIPTION = {"nb": "Hver lørdag på biblioteket.", "en": "Every Saturday at the library."}
SCHEDULE = "Lørdager kl. 12"


@pytest.fixture
def story_hour(actor):
    """Title and summary in nb, en and uk; description in nb and en; the time in nb only."""
    return make_offer(
        actor=actor,
        slug="lesestund",
        title=TITLE["nb"],
        title_en=TITLE["en"],
        title_uk=TITLE["uk"],
        summary_nb=SUMMARY["nb"],
        summary_en=SUMMARY["en"],
        summary_uk=SUMMARY["uk"],
        description_nb=DESCRIPTION["nb"],
        description_en=DESCRIPTION["en"],
        schedule_nb=SCHEDULE,
        is_free=True,
    )


def page(client, language, offer):
    with translation.override(language):
        url = reverse("offers:detail", args=[offer.slug])
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def article(body):
    return body.split('<article class="offer">')[1].split("</article>")[0]


def notice(language, msgid):
    with translation.override(language):
        return gettext(msgid)


def fallback(language, code):
    """What marks a part shown in `code` on a page in `language`."""
    bidi = translation.get_language_info(language)["bidi"]
    return f' lang="{code}" dir="auto"' if bidi else f' lang="{code}"'


def test_the_ukrainian_page_shows_each_part_in_the_first_language_that_has_it(client, story_hour):
    body = article(page(client, "uk", story_hour))
    # The page's own language: no lang of its own (the page's <html lang="uk"> says it).
    assert f"<h1>{TITLE['uk']}</h1>" in body
    assert f'<p class="lead">{SUMMARY["uk"]}</p>' in body
    # English stands in for the description, Norwegian for the time.
    assert f'<div class="offer-description" lang="en"><p>{DESCRIPTION["en"]}</p></div>' in body
    assert f'<span lang="nb">{SCHEDULE}</span>' in body
    assert DESCRIPTION["nb"] not in body
    # The notice, in Ukrainian, names each part with the languages it is in.
    description = notice("uk", "The description is only in Norwegian and English.")
    time = notice("uk", "The time is only in Norwegian.")
    assert description != "The description is only in Norwegian and English."
    assert time != "The time is only in Norwegian."
    assert f'<p class="notice" lang="uk">{description} {time}</p>' in body
    # Neither the title nor the summary falls back, so the notice does not name them.
    assert notice("uk", "The title is only in Norwegian and English.") not in body
    assert notice("uk", "The summary is only in Norwegian and English.") not in body
    # Only some parts fall back: not the whole-offer notices.
    for whole in (
        "This offer has not been translated yet, so it is shown in Norwegian.",
        "This offer has not been translated into your language yet. It is shown in English, "
        "and in Norwegian where there is no English text.",
    ):
        assert notice("uk", whole) not in body
    with translation.override("uk"):
        assert story_hour.fallback_parts() == {"description": "en", "schedule": "nb"}


def test_the_ukrainian_card_marks_the_norwegian_time(client, story_hour):
    with translation.override("uk"):
        url = reverse("offers:list")
    body = client.get(url).content.decode()
    card = next(
        card
        for card in re.findall(r'<article class="card">.*?</article>', body, re.S)
        if TITLE["uk"] in card
    )
    assert '<h3 class="card-title"><a' in card
    assert f'<span lang="nb">{SCHEDULE}</span>' in card
    assert notice("uk", "The time is only in Norwegian.") in card


@pytest.mark.parametrize("language", [code for code in MORE if code != "uk"])
def test_without_its_own_text_a_page_shows_the_english_then_the_norwegian(
    client, story_hour, language
):
    body = article(page(client, language, story_hour))
    english = fallback(language, "en")
    assert f"<h1{english}>{TITLE['en']}</h1>" in body
    assert f'<p class="lead"{english}>{SUMMARY["en"]}</p>' in body
    assert f'<div class="offer-description"{english}><p>{DESCRIPTION["en"]}</p></div>' in body
    assert f"<span{fallback(language, 'nb')}>{SCHEDULE}</span>" in body
    assert TITLE["uk"] not in body and SUMMARY["uk"] not in body
    # Every part is in English or Norwegian: the whole-offer notice, in the page's language.
    whole = notice(
        language,
        "This offer has not been translated into your language yet. It is shown in English, "
        "and in Norwegian where there is no English text.",
    )
    assert whole in body
    assert notice(language, "The time is only in Norwegian.") not in body


def test_the_polish_page_falls_back_to_the_english_title(client, story_hour):
    body = article(page(client, "pl", story_hour))
    assert f'<h1 lang="en">{TITLE["en"]}</h1>' in body
    assert TITLE["nb"] not in body
    with translation.override("pl"):
        assert story_hour.fallback_parts()["title"] == "en"


def test_on_the_arabic_page_each_fallback_runs_in_its_own_direction(client, story_hour):
    body = page(client, "ar", story_hour)
    assert '<html lang="ar" dir="rtl">' in body
    body = article(body)
    assert f'<h1 lang="en" dir="auto">{TITLE["en"]}</h1>' in body
    assert f'<p class="lead" lang="en" dir="auto">{SUMMARY["en"]}</p>' in body
    assert '<div class="offer-description" lang="en" dir="auto">' in body
    assert f'<span lang="nb" dir="auto">{SCHEDULE}</span>' in body
    # Every lang on a fallback has its dir.
    marked = re.findall(r'<[a-z0-9]+[^>]* lang="(?:en|nb)"[^>]*>', body)
    assert marked
    assert all('dir="auto"' in tag for tag in marked), marked


def test_an_offer_in_arabic_has_no_fallback_marks_on_the_arabic_page(client, actor):
    offer = make_offer(
        actor=actor,
        slug="arabisk",
        title="Norsk for arabisktalende",
        title_en="Norwegian for Arabic speakers",
        title_ar="النرويجية للناطقين بالعربية",
        summary_nb="Et kurs.",
        summary_en="A course.",
        summary_ar="دورة.",
        is_free=True,
    )
    body = article(page(client, "ar", offer))
    assert "<h1>النرويجية للناطقين بالعربية</h1>" in body
    assert 'dir="auto"' not in body
    assert 'class="notice"' not in body


def test_the_english_page_never_shows_the_ukrainian(client, story_hour):
    body = article(page(client, "en", story_hour))
    assert f"<h1>{TITLE['en']}</h1>" in body
    assert f'<p class="lead">{SUMMARY["en"]}</p>' in body
    assert f'<div class="offer-description"><p>{DESCRIPTION["en"]}</p></div>' in body
    assert f'<span lang="nb">{SCHEDULE}</span>' in body
    assert "The time is only in Norwegian." in body
    assert TITLE["uk"] not in body and SUMMARY["uk"] not in body
    assert "Norwegian and English" not in body
    with translation.override("en"):
        assert story_hour.fallback_parts() == {"schedule": "nb"}


def test_nothing_falls_back_on_the_norwegian_page(client, story_hour):
    body = article(page(client, "nb", story_hour))
    assert f"<h1>{TITLE['nb']}</h1>" in body
    assert f'<div class="offer-description"><p>{DESCRIPTION["nb"]}</p></div>' in body
    assert f"<span>{SCHEDULE}</span>" in body
    assert " lang=" not in re.sub(r'<[^>]+ lang="nb"[^>]*>', "", body)
    assert 'class="notice"' not in body
    for text in (TITLE["en"], TITLE["uk"], DESCRIPTION["en"]):
        assert text not in body
    with translation.override("nb"):
        assert story_hour.fallback_parts() == {}


@pytest.mark.parametrize("language", MORE)
def test_a_norwegian_only_offer_says_so_in_every_language(client, actor, language):
    offer = make_offer(actor=actor, slug="bare-norsk", title="Bare norsk", title_en="")
    body = article(page(client, language, offer))
    assert f"<h1{fallback(language, 'nb')}>Bare norsk</h1>" in body
    expected = notice(
        language, "This offer has not been translated yet, so it is shown in Norwegian."
    )
    assert expected != "This offer has not been translated yet, so it is shown in Norwegian."
    assert f'<p class="notice" lang="{language}">{expected}</p>' in body


@pytest.mark.parametrize("language", MORE)
def test_a_free_offers_price_is_never_named(client, story_hour, language):
    with translation.override(language):
        assert "price" not in story_hour.fallback_parts()
    body = article(page(client, language, story_hour))
    assert notice(language, "The price is only in Norwegian.") not in body
    assert notice(language, "The price is only in Norwegian and English.") not in body


@pytest.mark.parametrize("language", MORE)
def test_an_outdated_translation_is_flagged_per_language(client, story_hour, language):
    """The Ukrainian was written from an older Norwegian text: /uk/ says it may be out of date;
    the English still matches, so pages that show the English do not."""
    fingerprint = story_hour.norwegian_fingerprint()
    story_hour.translated_from = {"en": fingerprint, "uk": "an older text"}
    story_hour.save()
    outdated = notice(
        language,
        "The Norwegian version of this offer has changed since it was translated, so some "
        "details may be out of date.",
    )
    body = article(page(client, language, story_hour))
    assert (outdated in body) == (language == "uk"), language


# Every surface that shows an offer marks its fallbacks the same way.


def surface(client, language, name, *args, query=""):
    with translation.override(language):
        url = reverse(name, args=args) + query
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


SURFACES = {
    "list": lambda offer: ("offers:list", ()),
    "home": lambda offer: ("home", ()),
    "print": lambda offer: ("offers:print", ()),
    "organisation": lambda offer: ("actors:detail", (offer.actor.slug,)),
}


@pytest.mark.parametrize("where", sorted(SURFACES))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_list_of_offers_marks_the_fallbacks(client, story_hour, language, where):
    name, args = SURFACES[where](story_hour)
    body = surface(client, language, name, *args)
    # The title in the page's language if it has one, else in English.
    assert TITLE.get(language, TITLE["en"]) in body, (where, language)
    if language == "nb":
        assert f"<span>{SCHEDULE}</span>" in body
        heading = rf'<h[1-6](?: class="[^"]*")?>(?:<a [^>]*>)?{TITLE["nb"]}<'
        assert re.search(heading, body), where
        return
    assert f"<span{fallback(language, 'nb')}>{SCHEDULE}</span>" in body, (where, language)
    if language not in ("en", "uk"):
        # The title is the English one, marked so.
        assert re.search(rf"<h[1-6][^>]*{re.escape(fallback(language, 'en'))}>", body), where
        assert TITLE["uk"] not in body


def test_an_organisations_description_falls_back_to_english_then_norwegian(client, actor):
    actor.description_nb = "Vi er en skiklubb."
    actor.description_en = "We are a ski club."
    actor.save()
    for language in LANGUAGES:
        body = surface(client, language, "actors:detail", actor.slug)
        shown = {"nb": "Vi er en skiklubb.", "en": "We are a ski club."}
        if language == "nb":
            assert '<div class="actor-description"><p>Vi er en skiklubb.</p></div>' in body
        elif language == "en":
            assert '<div class="actor-description"><p>We are a ski club.</p></div>' in body
        else:
            expected = f'<div class="actor-description"{fallback(language, "en")}><p>'
            assert expected + shown["en"] in body, language
    actor.description_en = ""
    actor.description_pl = "Jesteśmy klubem narciarskim."
    actor.save()
    assert '<div class="actor-description"><p>Jesteśmy' in surface(
        client, "pl", "actors:detail", actor.slug
    )
    body = surface(client, "lt", "actors:detail", actor.slug)
    assert '<div class="actor-description" lang="nb"><p>Vi er en skiklubb.</p></div>' in body


@pytest.mark.parametrize("language", MORE)
def test_a_price_in_norwegian_and_english_is_shown_in_english_and_named(client, actor, language):
    offer = make_offer(
        actor=actor,
        slug="svomming",
        title="Svømming",
        title_en="Swimming",
        is_free=False,
        price_nb="100 kr",
        price_en="NOK 100",
    )
    body = article(page(client, language, offer))
    assert f"<span{fallback(language, 'en')}>NOK 100</span>" in body
    assert "100 kr" not in body
    with translation.override(language):
        assert offer.fallback_parts()["price"] == "en"
    # Everything is in English (title, summary, price): the whole-offer notice, not the part's.
    assert notice(language, "The price is only in Norwegian and English.") not in body
    # With a title and summary of its own, only the price falls back, and is named.
    setattr(offer, f"title_{language}", "Title of its own")
    setattr(offer, f"summary_{language}", "A summary of its own")
    offer.save()
    body = article(page(client, language, offer))
    assert notice(language, "The price is only in Norwegian and English.") in body
