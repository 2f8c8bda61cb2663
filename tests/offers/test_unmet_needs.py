""" "Didn't find what you need?" and searches without results (issue 9, item 2)."""

import pytest
from django.urls import reverse
from django.utils import translation

from offers import needs
from offers.models import FocusArea, Language, Segment, UnmetNeed, ZeroResultSearch
from tests.factories import make_actor, make_moderator, make_offer
from tests.helpers import en, guard_token
from tests.offers.conftest import NOW

pytestmark = pytest.mark.django_db


def token(purpose, *, shown=NOW - 30):
    return guard_token(purpose, shown=shown)


def need(**fields):
    return {"started": token("unmet-need"), "website": "", **fields}


# Searches without results


def test_a_search_without_results_is_logged_once_without_the_person(client):
    make_offer(title="Språkkafé")
    url = en("offers:list") + "?q=  Welding-COURSE! &focus=work&group=refugees"
    first = client.get(url, REMOTE_ADDR="10.1.2.3", HTTP_USER_AGENT="Phone")
    assert first.status_code == 200
    assert not first.cookies
    # Reloading, paging and the same search from someone else within minutes count once.
    client.get(url + "&page=1")
    client.get(url, REMOTE_ADDR="10.9.9.9")
    logged = ZeroResultSearch.objects.get()
    assert logged.words == "welding course"
    assert logged.filters == {"focus": ["work"], "group": ["refugees"]}
    assert logged.language == "en"
    stored = str(
        ZeroResultSearch.objects.values_list("words", "filters", "language", "created_on").get()
    )
    assert "10.1.2.3" not in stored and "Phone" not in stored


def test_other_words_filters_or_language_are_new_searches(client):
    client.get(en("offers:list") + "?q=welding")
    client.get(en("offers:list") + "?q=welding&free=1")
    with translation.override("nb"):
        client.get(reverse("offers:list") + "?q=welding")
    client.get(en("offers:list") + "?q=sveising")
    assert ZeroResultSearch.objects.count() == 4


def test_the_same_search_after_a_while_counts_again(client, monkeypatch):
    client.get(en("offers:list") + "?q=welding")
    monkeypatch.setattr(needs, "REPEAT_SECONDS", 0)
    from django.core.cache import cache

    cache.clear()  # the remembered searches have expired
    client.get(en("offers:list") + "?q=welding")
    assert ZeroResultSearch.objects.count() == 2


def test_searches_with_results_and_plain_visits_are_not_logged(client):
    make_offer(title="Sveisekurs", title_en="Welding course", focus=("work",))
    client.get(en("offers:list") + "?q=welding")
    client.get(en("offers:list") + "?focus=work")
    ZeroResultSearch.objects.all().delete()
    # An empty directory and no filters: nothing was searched for.
    client.get(en("offers:list") + "?focus=housing&page=2")  # an invalid page: 404
    client.get(en("offers:list"))
    assert ZeroResultSearch.objects.count() == 0


def test_words_are_normalised():
    assert needs.normalise_words("  Norsk-KURS!  for   voksne ") == "norsk kurs for voksne"
    assert len(needs.normalise_words("a" * 500)) == needs.WORDS_MAX


# "Didn't find what you need?"


def test_the_empty_list_offers_the_form_filled_in_from_the_search(client):
    response = client.get(en("offers:list") + "?q=welding&focus=work&group=refugees")
    body = response.content.decode()
    assert "Didn&#x27;t find what you need? Tell us" in body or "Didn't find" in body
    form = response.context["unmet_form"]
    assert {name: form.initial.get(name) for name in ("text", "who", "focus_area")} == {
        "text": "welding",
        "who": "group:refugees",
        "focus_area": "work",
    }
    assert 'action="/en/' in body and "didnt-find-it" in body
    assert not response.cookies


def test_a_full_list_links_to_the_form_with_its_filters(client):
    make_offer(focus=("work",), groups=("refugees",))
    response = client.get(en("offers:list") + "?focus=work&group=refugees")
    link = f"{en('offers:unmet_need')}?who=group%3Arefugees&amp;focus_area=work"
    assert link in response.content.decode()
    form = client.get(f"{en('offers:unmet_need')}?who=group:refugees&focus_area=work")
    assert form.context["form"]["focus_area"].value() == "work"


def test_an_unmet_need_is_saved_without_the_person(client, clock):
    response = client.post(
        en("offers:unmet_need"),
        need(
            text="A welding course in English",
            who="segment:youth",
            focus_area="work",
            offer_language="en",
        ),
        REMOTE_ADDR="10.1.2.3",
    )
    assert response.status_code == 302
    assert response.url == f"{en('offers:unmet_need')}?sent=1"
    assert not response.cookies
    saved = UnmetNeed.objects.get()
    assert saved.text == "A welding course in English"
    assert saved.segment == Segment.objects.get(slug="youth")
    assert saved.focus_area == FocusArea.objects.get(slug="work")
    assert saved.offer_language == Language.objects.get(code="en")
    assert saved.language == "en"
    assert "Thank you!" in client.get(response.url).content.decode()


@pytest.mark.parametrize(
    "change, message",
    [
        ({"website": "x"}, "empty, and send again"),
        ({"started": "nonsense"}, "The form had expired"),
        ({"text": ""}, "Write a few words about what you were looking for."),
        ({"focus_area": "no-such-topic"}, "Select a valid choice."),
    ],
)
def test_bad_unmet_needs_are_refused_with_the_text_kept(client, clock, change, message):
    data = need(text="Kept words", who="group:refugees", **{})
    data.update(change)
    response = client.post(en("offers:unmet_need"), data)
    assert response.status_code == 400
    body = response.content.decode()
    assert message in body
    if data["text"]:
        assert "Kept words" in body
    assert not UnmetNeed.objects.exists()


def test_too_fast_and_replayed_needs_are_refused(client, clock):
    fast = {"started": token("unmet-need", shown=NOW), "website": "", "text": "Quick"}
    assert client.post(en("offers:unmet_need"), fast).status_code == 400
    data = need(text="Once")
    assert client.post(en("offers:unmet_need"), data).status_code == 302
    assert client.post(en("offers:unmet_need"), data).status_code == 400
    assert UnmetNeed.objects.count() == 1


def test_unmet_needs_are_rate_limited(client, clock):
    from narvik_tilflytter.ratelimit import UNMET_NEED_LIMIT

    for _ in range(UNMET_NEED_LIMIT.requests):
        client.post(en("offers:unmet_need"), need(text="x"))
    assert client.post(en("offers:unmet_need"), need(text="x")).status_code == 429


# The office's admin pages


@pytest.mark.parametrize("model", ["feedback", "unmetneed", "zeroresultsearch"])
def test_the_admin_pages_are_for_the_office_only(client, model):
    UnmetNeed.objects.create(text="Housing help", language="nb")
    ZeroResultSearch.objects.create(words="bolig", filters={"focus": ["housing"]}, language="nb")
    url = reverse(f"admin:offers_{model}_changelist")
    assert client.get(url).status_code == 302  # anonymous: to the admin's login
    from tests.factories import make_member

    client.force_login(make_member(make_actor()))
    assert client.get(url).status_code == 302
    client.force_login(make_moderator())
    assert client.get(url).status_code == 200
    assert client.get(reverse(f"admin:offers_{model}_add")).status_code == 403


def test_searches_without_results_filter_by_topic_and_group(client):
    ZeroResultSearch.objects.create(
        words="a", filters={"group": ["labour-outside-europe"]}, language="nb"
    )
    wanted = ZeroResultSearch.objects.create(
        words="b", filters={"group": ["labour-europe"], "focus": ["housing"]}, language="nb"
    )
    client.force_login(make_moderator())
    url = reverse("admin:offers_zeroresultsearch_changelist")
    by_group = client.get(url + "?group=labour-europe")
    assert list(by_group.context["cl"].result_list) == [wanted]
    by_topic = client.get(url + "?topic=housing")
    assert list(by_topic.context["cl"].result_list) == [wanted]


def test_unmet_needs_can_be_marked_handled(client):
    item = UnmetNeed.objects.create(text="Housing help", language="nb")
    client.force_login(make_moderator())
    client.post(
        reverse("admin:offers_unmetneed_changelist"),
        {"action": "mark_handled", "_selected_action": [item.pk]},
    )
    item.refresh_from_db()
    assert item.is_handled
