import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.factories import make_offer

pytestmark = pytest.mark.django_db

# Search works alike on both databases (offers/search.py); only the plan test is PostgreSQL's.
postgres_only = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="the GIN indexes are PostgreSQL's"
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


def test_finds_the_start_of_a_word(client, offers):
    assert found(client, "tilflytt") == ["Språkkafé for tilflyttere"]
    assert found(client, "SKISK") == ["Skiskole for barn"]


def test_norwegian_stemming(client, offers):
    # "barna" is another form of a word in the text.
    assert found(client, "barna") == ["Skiskole for barn"]


def test_a_word_typed_without_its_accents_finds_the_offer(client, offers):
    assert found(client, "sprakkafe") == ["Språkkafé for tilflyttere"]
    assert found(client, "JOBBSOKERKURS") == ["Jobbsøkerkurs hos NAV"]


def test_two_letters_swapped_still_find_the_offer(client, offers):
    make_offer(title="Norskkurs for voksne", title_en="Norwegian for adults")
    # (On SQLite the typo in the other offer's summary, "norsk", is found too, after it.)
    assert found(client, "norks")[0] == "Norskkurs for voksne"


def test_prefix_matching_finds_longer_words(client, offers):
    # The Norwegian stemmer leaves "tilflytter" and "tilflyttere" apart; prefix matching joins them.
    assert found(client, "tilflytter") == ["Språkkafé for tilflyttere"]
    assert found(client, "jobbsøk") == ["Jobbsøkerkurs hos NAV"]


def test_english_stemming(client, offers):
    assert found(client, "volunteer", "en") == ["Språkkafé for tilflyttere"]
    assert found(client, "children skiing", "en") == ["Skiskole for barn"]


def test_a_small_typo_still_finds_the_offer(client, offers):
    assert found(client, "skiskloe") == ["Skiskole for barn"]
    assert found(client, "sprakkafe") == ["Språkkafé for tilflyttere"]


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
    assert titles == ["Ski for alle", "Turgruppe"]


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


def test_nothing_unpublished_is_found(client, offers):
    from offers.models import Offer

    draft = make_offer(title="Skiskole i påsken", status=Offer.Status.DRAFT)
    archived = make_offer(title="Skiskole i fjor", status=Offer.Status.ARCHIVED)
    change = make_offer(title="Skiskole med ny tekst", status=Offer.Status.DRAFT)
    change.change_of = Offer.objects.get(title_nb="Skiskole for barn")
    change.save()
    hidden = {draft.title_nb, archived.title_nb, change.title_nb}
    for query in ("skiskole", "skiskloe", "påsken", "paasken"):
        assert not hidden & set(found(client, query))


@pytest.mark.usefixtures("terms_read")
def test_a_one_letter_and_a_long_search_cost_what_any_search_costs(client, offers):
    # The cost of one search is bounded by its parts (offers/search.py), whatever is typed:
    # on SQLite a one-letter search is no search, and a long one is cut to 20 words. (A search
    # that finds nothing costs more: the empty state and its log, offers/needs.py.)
    def cost(query):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("offers:list"), {"q": query[:200]})
        assert response.status_code == 200
        return len(queries), bool(response.context["paginator"].count)

    usual = {True: cost("skiskole")[0], False: cost("xylofon")[0]}
    assert max(usual.values()) <= 6
    for query in ("a", "skiskloe", "ski " * 50, "tilflytter norsk kaffe " * 8, "x" * 200):
        queries, anything_found = cost(query)
        # On PostgreSQL a one-letter search is no search either: a query fewer.
        assert queries <= usual[anything_found], query
        assert queries >= usual[anything_found] - 1, query


@pytest.mark.usefixtures("terms_read")
def test_a_search_costs_the_same_queries_for_more_offers(client, offers):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert found(client, "skiskloe") == ["Skiskole for barn"]
        return len(queries)

    few = count()
    for number in range(15):
        make_offer(title=f"Skikurs nummer {number}", summary_nb="For voksne.")
    assert count() == few


def test_the_demo_finds_its_offers_as_they_are_typed_on_any_keyboard(client):
    # The README's first command runs on SQLite; there as on PostgreSQL these find their offer.
    call_command("seed_demo", force=True, stdout=io.StringIO())
    assert found(client, "sprakkafe")[0] == "Språkkafé på biblioteket"
    assert found(client, "skiskloe")[0] == "Skiskole for voksne nybegynnere"
    assert "Norskkurs på kveldstid" in found(client, "norks")[:3]


def test_a_single_letter_is_no_search_on_every_database(client, offers):
    # It would match nearly every offer as the start of a word, in the costliest query.
    everything = client.get(reverse("offers:list")).context["paginator"].count
    response = client.get(reverse("offers:list"), {"q": "a"})
    assert response.status_code == 200
    assert response.context["paginator"].count == everything
    assert found(client, "skiskole a") == found(client, "skiskole")


@postgres_only
def test_a_search_matching_very_many_offers_is_newest_first(client, offers, monkeypatch):
    # Ranking reads every match; beyond RANK_LIMIT a search is newest first (offers/search.py),
    # every match still found and counted, and a typo no longer finds anything more.
    from offers import search

    monkeypatch.setattr(search, "RANK_LIMIT", 2)
    courses = [make_offer(title=f"Kurs nummer {number}") for number in range(3)]
    with translation.override("nb"):
        url = reverse("offers:list")
    response = client.get(url, {"q": "kurs"})
    assert response.status_code == 200
    assert not search.is_ranked(response.context["paginator"].object_list)
    titles = [offer.title_nb for offer in response.context["offers"]]
    newest_first = [offer.title_nb for offer in reversed(courses)]
    assert titles[:3] == newest_first
    # Found by the words only: the end of a compound ("Jobbsøkerkurs") takes the trigram
    # matching, which is for searches that find little.
    assert response.context["paginator"].count == len(titles) == 3
    assert "Så mange tilbud passer at de nyeste vises først" in response.content.decode()
    # Few matches are ranked, typos included.
    response = client.get(url, {"q": "skiskloe"})
    assert search.is_ranked(response.context["paginator"].object_list)
    assert [offer.title_nb for offer in response.context["offers"]] == ["Skiskole for barn"]
    assert "nyeste vises først" not in response.content.decode()
    # Sorted as asked, or not searched at all (one letter): no such note.
    for query in ({"q": "kurs", "sort": "title"}, {"q": "k"}, {}):
        assert "nyeste vises først" not in client.get(url, query).content.decode(), query


@postgres_only
def test_a_broad_search_reads_the_public_order_index(offers, monkeypatch):
    from offers import search
    from offers.models import Offer

    monkeypatch.setattr(search, "RANK_LIMIT", 0)
    for number in range(300):
        make_offer(title=f"Kurs nummer {number}")
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE offers_offer")
    with translation.override("nb"):
        matches = search.search(Offer.objects.public(), "kurs")
    assert not search.is_ranked(matches)
    plan = matches.order_by("-published_at", "-created_at", "pk")[:20].explain()
    assert "offer_public_order" in plan, plan


@postgres_only
def test_a_long_search_is_matched_by_its_words(client, offers):
    # Up to three words each also match as the start of a word; more are precise enough by
    # themselves and each start costs an index merge (offers.search.PREFIX_MAX_WORDS).
    assert found(client, "kopp bibliot") == ["Språkkafé for tilflyttere"]
    assert found(client, "kopp kaffe biblioteket norsk") == ["Språkkafé for tilflyttere"]
    assert found(client, "kopp kaffe biblioteket bibliot") == []
    # A typo is forgiven in a short search only (offers.search.TYPO_MAX_LENGTH).
    assert found(client, "skiskloe") == ["Skiskole for barn"]
    long = "skiskloe barna lysløypa langrenn " * 2
    assert len(long.strip()) > 40
    assert found(client, long) == []
