import re
from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from actors.models import Actor
from tests.factories import make_actor, make_offer

pytestmark = pytest.mark.django_db


def titles(client, query):
    response = client.get(reverse("offers:list") + query)
    assert response.status_code == 200
    return {offer.title_nb for offer in response.context["offers"]}


@pytest.fixture
def catalogue(db):
    kommune = make_actor(name="Narvik kommune", kind=Actor.Kind.MUNICIPALITY)
    klubb = make_actor(name="Narvik IL", kind=Actor.Kind.VOLUNTARY)
    make_offer(
        actor=kommune,
        title="Norskkurs",
        focus=("norwegian", "education"),
        groups=("refugees",),
        languages=("nb", "ar"),
    )
    make_offer(
        actor=kommune,
        title="Boligråd",
        focus=("housing",),
        groups=("labour-europe",),
        segments=("families",),
        languages=("nb", "pl"),
    )
    make_offer(
        actor=klubb,
        title="Fotball",
        focus=("leisure",),
        groups=("refugees", "labour-europe"),
        segments=("youth",),
        languages=("nb", "en"),
        is_free=True,
    )


def test_no_filters_shows_everything(client, catalogue):
    assert titles(client, "") == {"Norskkurs", "Boligråd", "Fotball"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?focus=norwegian", {"Norskkurs"}),
        ("?focus=education", {"Norskkurs"}),
        ("?group=refugees", {"Norskkurs", "Fotball"}),
        ("?segment=families", {"Boligråd"}),
        ("?language=pl", {"Boligråd"}),
        ("?actor_kind=voluntary", {"Fotball"}),
        ("?free=1", {"Fotball"}),
        ("?free=", {"Norskkurs", "Boligråd", "Fotball"}),
    ],
)
def test_each_filter(client, catalogue, query, expected):
    assert titles(client, query) == expected


def test_values_of_one_filter_are_alternatives(client, catalogue):
    assert titles(client, "?focus=housing&focus=leisure") == {"Boligråd", "Fotball"}
    assert titles(client, "?language=ar&language=pl") == {"Norskkurs", "Boligråd"}


def test_different_filters_must_all_match(client, catalogue):
    assert titles(client, "?group=refugees&segment=youth") == {"Fotball"}
    assert titles(client, "?group=labour-europe&actor_kind=municipality") == {"Boligråd"}
    assert titles(client, "?focus=norwegian&free=1") == set()


def test_an_offer_matching_several_values_is_listed_once(client, catalogue):
    response = client.get(reverse("offers:list") + "?group=refugees&group=labour-europe")
    offers = list(response.context["offers"])
    assert len(offers) == len({offer.pk for offer in offers}) == 3
    assert "3 tilbud" in response.content.decode()


def test_sort_by_title(client, catalogue):
    response = client.get(reverse("offers:list") + "?sort=title")
    assert [o.title_nb for o in response.context["offers"]] == ["Boligråd", "Fotball", "Norskkurs"]


def test_sort_by_title_uses_the_active_language(client, db):
    make_offer(title="Å gå på ski", title_en="Skiing")
    make_offer(title="Bading", title_en="Bathing")
    make_offer(title="Cello", title_en="")  # falls back to Norwegian
    response = client.get("/en/offers/?sort=title")
    assert [o.title for o in response.context["offers"]] == ["Bathing", "Cello", "Skiing"]


def test_sort_newest_first_is_the_default(client, db):
    make_offer(title="Gammel", published_days_ago=30)
    make_offer(title="Ny", published_days_ago=1)
    make_offer(title="Midt", published_days_ago=10)
    response = client.get(reverse("offers:list"))
    assert [o.title_nb for o in response.context["offers"]] == ["Ny", "Midt", "Gammel"]


def test_sort_by_soonest_date_puts_undated_last(client, db):
    now = timezone.now()
    make_offer(title="Udatert")
    make_offer(title="Om en uke", starts_at=now + timedelta(days=7))
    make_offer(title="I morgen", starts_at=now + timedelta(days=1))
    response = client.get(reverse("offers:list") + "?sort=date")
    assert [o.title_nb for o in response.context["offers"]] == ["I morgen", "Om en uke", "Udatert"]


def test_active_filters_can_be_removed_one_by_one(client, catalogue):
    response = client.get(reverse("offers:list") + "?focus=housing&focus=leisure&free=1&page=1")
    chips = dict(response.context["active_filters"])
    # The chips show the topics' public names (offers/taxonomy.py PLAIN_FOCUS_AREAS).
    assert set(chips) == {"Bolig og hverdag", "Fritid og frivillig arbeid", "Gratis"}
    removed_housing = parse_qs(urlsplit(chips["Bolig og hverdag"]).query)
    assert removed_housing == {"focus": ["leisure"], "free": ["1"]}
    removed_free = parse_qs(urlsplit(chips["Gratis"]).query)
    assert removed_free == {"focus": ["housing", "leisure"]}
    body = response.content.decode()
    assert 'href="?focus=leisure&amp;free=1"' in body


def test_pagination_keeps_the_filters(client, db):
    for number in range(25):
        make_offer(title=f"Fotball {number:02}", focus=("leisure",), published_days_ago=number)
    make_offer(title="Norsk", focus=("norwegian",))
    response = client.get(reverse("offers:list") + "?focus=leisure")
    assert response.context["paginator"].count == 25
    assert len(response.context["offers"]) == 12  # a page (OfferListView.paginate_by)
    assert 'href="?focus=leisure&amp;page=2"' in response.content.decode()
    third = client.get(reverse("offers:list") + "?focus=leisure&page=3")
    assert len(third.context["offers"]) == 1


def test_empty_result_helps_the_user(client, catalogue):
    response = client.get(reverse("offers:list") + "?focus=norwegian&free=1")
    body = response.content.decode()
    assert "Ingen tilbud passer med alle valgene dine." in body
    assert "0 tilbud" in body


def test_filter_form_keeps_the_choices(client, catalogue):
    body = client.get(reverse("offers:list") + "?focus=housing&q=bolig").content.decode()
    housing = re.search(r'<input[^>]*value="housing"[^>]*>', body).group()
    leisure = re.search(r'<input[^>]*value="leisure"[^>]*>', body).group()
    assert "checked" in housing
    assert "checked" not in leisure
    assert 'value="bolig"' in body


def test_the_facets_made_once_follow_the_choice_the_language_and_the_taxonomy(client, db):
    # OfferListView.facets_html keeps the checkboxes per language, taxonomy version and choice.
    from offers.models import FocusArea

    make_offer(title="Fotball", focus=("leisure",))
    checked = re.compile(r'<input type="checkbox" name="focus" value="([\w-]+)" checked>')

    def page(query="", language="nb"):
        with translation.override(language):
            url = reverse("offers:list")
        client.cookies["sessionid"] = "x"  # past the page cache: the page is made each time
        return client.get(url + query).content.decode()

    assert checked.findall(page("?focus=work")) == ["work"]
    assert checked.findall(page("?focus=leisure")) == ["leisure"]
    assert checked.findall(page()) == []
    assert "Fritid og frivillig arbeid" in page()
    assert "Leisure and volunteering" in page(language="en")
    leisure = FocusArea.objects.get(slug="leisure")
    leisure.plain_name_nb = "Fritid"
    leisure.save()  # raises the taxonomy's version (offers/signals.py)
    assert "> Fritid</label>" in page()
