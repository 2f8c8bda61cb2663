import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation

from tests.factories import make_offer

pytestmark = pytest.mark.django_db

postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search runs on PostgreSQL"
)
sqlite_only = pytest.mark.skipif(
    connection.vendor == "postgresql", reason="the plain fallback runs where PostgreSQL does not"
)


@pytest.fixture
def offers(db):
    make_offer(
        title="Språkkafé for tilflyttere",
        title_en="Language café for newcomers",
        summary_nb="Øv på norsk over en kopp kaffe på biblioteket.",
        summary_en="Practise Norwegian over a cup of coffee at the library.",
        description_nb="Frivillige snakker med deg om hverdagen i Narvik.",
        description_en="Volunteers talk with you about everyday life in Narvik.",
    )
    make_offer(
        title="Skiskole for barn",
        title_en="Ski school for children",
        summary_nb="Lær barna å gå på langrenn i lysløypa.",
        summary_en="Your children learn cross-country skiing on the floodlit trail.",
    )
    make_offer(
        title="Jobbsøkerkurs hos NAV",
        title_en="",
        summary_nb="Skriv en god CV og øv på jobbintervju.",
    )


def found(client, query, language="nb"):
    with translation.override(language):
        url = reverse("offers:list")
    response = client.get(url, {"q": query})
    assert response.status_code == 200
    return [offer.title_nb for offer in response.context["offers"]]


def test_finds_a_word_in_the_title(client, offers):
    assert found(client, "Skiskole") == ["Skiskole for barn"]


def test_finds_words_in_summary_and_description(client, offers):
    assert found(client, "kaffe") == ["Språkkafé for tilflyttere"]
    assert found(client, "hverdagen") == ["Språkkafé for tilflyttere"]


def test_every_word_must_match(client, offers):
    assert found(client, "skiskole jobbintervju") == []


def test_english_page_searches_english_text(client, offers):
    assert found(client, "coffee", "en") == ["Språkkafé for tilflyttere"]


def test_english_page_finds_norwegian_only_offers_by_their_norwegian_words(client, offers):
    assert found(client, "jobbintervju", "en") == ["Jobbsøkerkurs hos NAV"]


def test_nothing_found_shows_the_empty_state(client, offers):
    response = client.get(reverse("offers:list"), {"q": "xylofon"})
    assert list(response.context["offers"]) == []
    assert response.context["paginator"].count == 0


@sqlite_only
def test_plain_fallback_finds_part_of_a_word(client, offers):
    assert found(client, "tilflytt") == ["Språkkafé for tilflyttere"]
    assert found(client, "SKISK") == ["Skiskole for barn"]


@postgres_only
def test_norwegian_stemming(client, offers):
    # "kafeen" and "barna" are other forms of words in the text.
    assert found(client, "barna") == ["Skiskole for barn"]


@postgres_only
def test_prefix_matching_finds_longer_words(client, offers):
    # The Norwegian stemmer leaves "tilflytter" and "tilflyttere" apart; prefix matching joins them.
    assert found(client, "tilflytter") == ["Språkkafé for tilflyttere"]
    assert found(client, "jobbsøk") == ["Jobbsøkerkurs hos NAV"]


@postgres_only
def test_english_stemming(client, offers):
    assert found(client, "volunteer", "en") == ["Språkkafé for tilflyttere"]
    assert found(client, "children skiing", "en") == ["Skiskole for barn"]


@postgres_only
def test_a_small_typo_still_finds_the_offer(client, offers):
    assert found(client, "skiskloe") == ["Skiskole for barn"]
    assert found(client, "sprakkafe") == ["Språkkafé for tilflyttere"]


@postgres_only
def test_best_match_comes_first(client, db):
    make_offer(title="Turgruppe", summary_nb="Vi går tur, og noen ganger snakker vi om ski.")
    make_offer(title="Ski for alle", summary_nb="Lån ski og lær å gå på ski.")
    assert found(client, "ski")[0] == "Ski for alle"


@postgres_only
def test_search_can_be_answered_from_the_gin_indexes(offers):
    from offers.models import Offer
    from offers.search import search

    with translation.override("nb"), connection.cursor() as cursor:
        cursor.execute("set local enable_seqscan = off")
        plan = search(Offer.objects.all(), "skiskloe").order_by().explain()
    assert "BitmapOr" in plan
    assert "Bitmap Index Scan on offer_search_nb" in plan
    assert "Bitmap Index Scan on offer_title_trgm_nb" in plan


def test_search_is_sorted_by_best_match_and_the_form_says_so(client, offers):
    body = client.get(reverse("offers:list"), {"q": "ski"}).content.decode()
    assert '<option value="relevance" selected>' in body


def test_search_sent_from_the_form_is_sorted_by_best_match(client, db):
    make_offer(title="Turgruppe", summary_nb="Vi går tur, og noen ganger snakker vi om ski.")
    make_offer(title="Ski for alle", summary_nb="Lån ski og lær å gå på ski.", published_days_ago=9)
    response = client.get(reverse("offers:list"), {"q": "ski", "sort": "relevance", "focus": ""})
    titles = [offer.title_nb for offer in response.context["offers"]]
    if connection.vendor == "postgresql":
        assert titles == ["Ski for alle", "Turgruppe"]
    else:  # no rank on SQLite: newest first
        assert titles == ["Turgruppe", "Ski for alle"]


def test_plain_list_in_best_match_order_is_newest_first(client, db):
    make_offer(title="Gammel", published_days_ago=30)
    make_offer(title="Ny", published_days_ago=1)
    response = client.get(reverse("offers:list"))
    assert [offer.title_nb for offer in response.context["offers"]] == ["Ny", "Gammel"]
    assert '<option value="relevance" selected>' in response.content.decode()


def test_search_can_be_sorted_otherwise(client, offers):
    response = client.get(reverse("offers:list"), {"q": "for", "sort": "title"})
    titles = [offer.title_nb for offer in response.context["offers"]]
    assert titles == sorted(titles)
    assert '<option value="title" selected>' in response.content.decode()
