"""The page cache (narvik_tilflytter/pagecache.py): a visitor's public pages are served from
the cache, and never a stale or non-public page after a change to what the public sees."""

import re
from datetime import timedelta
from unittest import mock

import pytest
from django.core import signing
from django.core.cache import cache
from django.db.models import F
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from narvik_tilflytter import guard
from offers import changes, moderation
from offers.models import Feedback, FocusArea, Offer, PublicVersion
from tests.factories import make_actor, make_moderator, make_offer
from tests.helpers import require_redis
from tests.offers.conftest import NOW

pytestmark = pytest.mark.django_db

Status = Offer.Status
REDIS_URL = "redis://127.0.0.1:6379/11"


@pytest.fixture(autouse=True, params=["database", "shared cache"])
def version_source(request, settings):
    """Every test runs twice: with the public version read from the database (a cache of one
    process, the default), and from a shared cache (Redis, as with REDIS_URL). The test
    database's transaction is never committed, so a commit's callbacks run at once."""
    if request.param == "database":
        yield request.param
        return
    require_redis(REDIS_URL)
    settings.CACHES = {
        "default": {"BACKEND": "narvik_tilflytter.rediscache.RedisCache", "LOCATION": REDIS_URL}
    }
    settings.PUBLIC_VERSION_IN_CACHE = True
    from django.core.cache import cache

    cache.clear()
    with mock.patch("django.db.transaction.on_commit", lambda func, *args, **kwargs: func()):
        yield request.param
    cache.clear()


def get(url, client=None):
    response = (client or Client()).get(url)
    return response, response.content.decode()


def cached_twice(url):
    """The page as a visitor gets it the second time: from the cache."""
    get(url)
    response, body = get(url)
    assert response["X-Page-Cache"] == "hit", url
    return body


@pytest.fixture
def offer():
    return make_offer(title="Skiskole", title_en="Ski school", focus=("leisure",))


def test_a_visitors_second_visit_is_served_from_the_cache(
    offer, django_assert_num_queries, version_source
):
    url = offer.get_absolute_url()
    first, first_body = get(url)
    assert first["X-Page-Cache"] == "miss"
    # The public version only; none with a shared cache (it is read there, with the page).
    with django_assert_num_queries(1 if version_source == "database" else 0):
        second, second_body = get(url)
    assert second["X-Page-Cache"] == "hit"
    assert second["Content-Type"] == first["Content-Type"]
    # The same page, but for the guard token of its feedback form (below).
    pattern = re.compile(r'name="started" value="[^"]+"')
    assert pattern.sub("", second_body) == pattern.sub("", first_body)
    assert "Ski" in second_body
    assert not second.cookies


def page_url(name, language="nb", *args):
    with translation.override(language):
        return reverse(name, args=args)


def test_each_language_and_each_query_string_is_a_page_of_its_own(offer):
    assert "Skiskole" in cached_twice(page_url("offers:list"))
    assert "Ski school" in cached_twice(page_url("offers:list", "en"))
    assert "Skiskole" in cached_twice(page_url("offers:list") + "?focus=leisure")
    assert "Skiskole" not in get(page_url("offers:list") + "?focus=work")[1]


@pytest.mark.parametrize("cookie", ["sessionid", "csrftoken", "anything"])
def test_a_request_with_a_cookie_is_never_served_from_the_cache(offer, cookie):
    url = offer.get_absolute_url()
    get(url)
    client = Client()
    client.cookies[cookie] = "x"
    response, _body = get(url, client)
    assert "X-Page-Cache" not in response


def test_a_logged_in_person_sees_their_own_header_not_a_visitors(offer):
    url = page_url("offers:list")
    get(url)
    client = Client()
    client.force_login(make_moderator())
    response, body = get(url, client)
    assert "X-Page-Cache" not in response
    assert 'href="/admin/"' in body


def test_a_list_without_results_is_kept_only_while_its_search_is_not_logged_again(offer):
    from offers import needs
    from offers.models import ZeroResultSearch

    url = page_url("offers:list") + "?q=finnesikke"
    with mock.patch("narvik_tilflytter.pagecache.cache.set", wraps=cache.set) as kept:
        first, _ = get(url)
    assert first["X-Page-Cache"] == "miss"
    (call,) = [call for call in kept.call_args_list if call.args[0].startswith("page:")]
    assert call.args[2] == needs.REPEAT_SECONDS
    second, body = get(url)
    assert second["X-Page-Cache"] == "hit"
    assert 'name="focus_area"' in body  # the "didn't find it" form, with a fresh token
    assert ZeroResultSearch.objects.filter(words="finnesikke").count() == 1


def test_an_approved_offer_shows_at_once(offer):
    new = make_offer(status=Status.PENDING, title="Svømming for voksne")
    list_url = page_url("offers:list")
    assert "Svømming for voksne" not in cached_twice(list_url)
    assert get(new.get_absolute_url())[0].status_code == 404
    moderation.approve(new, by=make_moderator(), notify=False)
    assert "Svømming for voksne" in get(list_url)[1]
    assert get(new.get_absolute_url())[0].status_code == 200


def test_an_archived_offer_leaves_every_cached_page(offer):
    url = offer.get_absolute_url()
    for page in (url, page_url("offers:list"), page_url("home"), offer.actor.get_absolute_url()):
        assert "Skiskole" in cached_twice(page)
    moderation.archive(offer, by=make_moderator())
    assert get(url)[0].status_code == 404
    for page in (page_url("offers:list"), page_url("home"), offer.actor.get_absolute_url()):
        assert "Skiskole" not in get(page)[1], page


def test_an_approved_change_shows_its_new_text(offer):
    url = offer.get_absolute_url()
    assert "Skiskole" in cached_twice(url)
    change, initial = changes.start(offer)
    change.title_nb = "Skiskole for alle"
    change.slug = f"{offer.slug}-endring"
    change.save()
    for name, tags in initial.items():
        getattr(change, name).set(tags)
    # Waiting for review: the published text stays, from the cache.
    assert "Skiskole for alle" not in cached_twice(url)
    moderation.submit(change, by=make_moderator())
    moderation.approve(change, by=make_moderator(), notify=False)
    assert "Skiskole for alle" in get(url)[1]


def test_an_offer_leaves_the_cached_pages_at_midnight_after_its_last_day(offer):
    Offer.objects.filter(pk=offer.pk).update(valid_until=timezone.localdate())
    url = offer.get_absolute_url()
    assert "Skiskole" in cached_twice(url)
    assert "Skiskole" in cached_twice(page_url("offers:list"))
    tomorrow = timezone.localdate() + timedelta(days=1)
    with mock.patch("django.utils.timezone.localdate", return_value=tomorrow):
        assert get(url)[0].status_code == 404
        assert "Skiskole" not in get(page_url("offers:list"))[1]


def test_an_offer_that_starts_tomorrow_appears_at_midnight(offer):
    tomorrow = timezone.localdate() + timedelta(days=1)
    later = make_offer(title="Julemarked", valid_from=tomorrow)
    assert "Julemarked" not in cached_twice(page_url("offers:list"))
    with mock.patch("django.utils.timezone.localdate", return_value=tomorrow):
        assert "Julemarked" in get(page_url("offers:list"))[1]
        assert get(later.get_absolute_url())[0].status_code == 200


def test_a_renamed_topic_shows_everywhere_at_once(offer):
    home = page_url("home")
    assert "Fritid og frivillig arbeid" in cached_twice(home)
    leisure = FocusArea.objects.get(slug="leisure")
    leisure.plain_name_nb = "Fritid"
    leisure.save()
    for page in (home, page_url("offers:list"), offer.get_absolute_url()):
        body = get(page)[1]
        assert "Fritid og frivillig arbeid" not in body, page
        assert "Fritid" in body


def test_a_renamed_or_unapproved_organisation_shows_at_once(offer):
    url = offer.get_absolute_url()
    assert offer.actor.name in cached_twice(url)
    offer.actor.name = "Narvik Skiklubb"
    offer.actor.save()
    assert "Narvik Skiklubb" in get(url)[1]
    offer.actor.is_approved = False
    offer.actor.save()
    assert get(url)[0].status_code == 404


def test_new_feedback_figures_show_at_once(offer, clock):
    url = offer.get_absolute_url()
    for _ in range(4):
        Feedback.objects.create(offer=offer, used="yes", quality=4, ease=4, language="nb")
    assert "4,0 av 5" not in cached_twice(url)
    Feedback.objects.create(offer=offer, used="yes", quality=4, ease=4, language="nb")
    assert "4,0 av 5" in get(url)[1]


def test_a_new_translation_shows_at_once(offer):
    with translation.override("uk"):
        page = offer.get_absolute_url()
    assert "Ski school" in cached_twice(page)  # the English stands in
    offer.title_uk = "Лижна школа"
    offer.save()
    body = get(page)[1]
    assert "Лижна школа" in body and "<h1>Лижна школа</h1>" in body


def test_an_admin_bulk_action_on_comments_shows_at_once(offer, client):
    comment = Feedback.objects.create(
        offer=offer, used="yes", comment="Veldig bra!", comment_status="pending", language="nb"
    )
    url = offer.get_absolute_url()
    assert "Veldig bra!" not in cached_twice(url)
    client.force_login(make_moderator())
    client.post(
        reverse("admin:offers_feedback_changelist"),
        {"action": "approve_comments", "_selected_action": [comment.pk]},
    )
    assert Feedback.objects.get(pk=comment.pk).comment_status == "approved"
    assert "Veldig bra!" in get(url)[1]


def test_a_change_committed_by_another_app_server_is_seen(offer, version_source):
    # Another server shares the database, and the cache if there is a shared one: its change
    # raises the version there.
    url = page_url("offers:list")
    assert "Skiskole" in cached_twice(url)
    Offer.objects.filter(pk=offer.pk).update(title_nb="Skiskole i Narvik")
    if version_source == "database":
        PublicVersion.objects.filter(pk=1).update(counter=F("counter") + 1)
    else:
        from django.core.cache import cache

        cache.incr(PublicVersion.CACHE_KEYS[0])
    assert "Skiskole i Narvik" in get(url)[1]


def test_drafts_and_pending_offers_raise_nothing(offer):
    before = PublicVersion.current()
    draft = make_offer(actor=offer.actor, status=Status.DRAFT, title="Utkast")
    draft.title_nb = "Utkast 2"
    draft.save()
    assert PublicVersion.current() == before


def test_every_visitor_of_a_cached_page_gets_a_feedback_form_of_their_own(offer, clock):
    url = offer.get_absolute_url()
    tokens = set()
    for _ in range(3):
        body = get(url)[1]
        tokens.update(re.findall(r'name="started" value="([^"]+)"', body))
    assert len(tokens) == 3
    # Each can be sent once, half a minute after the page was served.
    clock.now = NOW + 30
    feedback_url = reverse("offers:feedback", args=[offer.slug])
    for token in tokens:
        response = Client().post(
            feedback_url, {"started": token, "website": "", "used": "yes", "quality": "4"}
        )
        assert response.status_code == 302, response.content.decode()[:300]
    assert Feedback.objects.filter(offer=offer).count() == 3


def test_a_cached_form_still_refuses_a_post_faster_than_a_person(offer, clock):
    url = offer.get_absolute_url()
    get(url)
    token = re.search(r'name="started" value="([^"]+)"', get(url)[1])[1]
    # The token is the time the page was served, not the time it was first made.
    assert signing.loads(token)["t"] == guard.clock()
    response = Client().post(
        reverse("offers:feedback", args=[offer.slug]),
        {"started": token, "website": "", "used": "yes"},
    )
    assert response.status_code == 400


def test_a_new_organisation_page_shows_its_new_offer():
    actor = make_actor(name="Narvik Sjakklubb")
    assert "Sjakk for alle" not in cached_twice(actor.get_absolute_url())
    make_offer(actor=actor, title="Sjakk for alle")
    assert "Sjakk for alle" in get(actor.get_absolute_url())[1]


def test_the_first_answers_to_an_offer_keep_the_cached_pages(offer, version_source):
    if version_source != "database":
        pytest.skip("with a shared cache no answer raises the version: the next test")
    before = PublicVersion.current()
    for _ in range(4):  # figures show from the fifth answer; a new comment waits for approval
        Feedback.objects.create(
            offer=offer, used="yes", comment="Fint", comment_status="pending", language="nb"
        )
    assert PublicVersion.current() == before
    Feedback.objects.create(offer=offer, used="yes", language="nb")
    assert PublicVersion.current() != before


def test_with_a_shared_cache_feedback_makes_only_its_offers_page_again(offer, version_source):
    if version_source == "database":
        pytest.skip("without a shared cache an answer that shows raises the public version")
    other = make_offer(actor=offer.actor, title="Sjakk", focus=("leisure",))
    pages = {
        "offer nb": offer.get_absolute_url(),
        "offer en": page_url("offers:detail", "en", offer.slug),
        "offer en, a query string": page_url("offers:detail", "en", offer.slug) + "?from=feed",
        "list": page_url("offers:list"),
        "other offer": other.get_absolute_url(),
    }
    for url in pages.values():
        cached_twice(url)
    before = PublicVersion.current()
    for _ in range(5):
        Feedback.objects.create(offer=offer, used="yes", quality=4, ease=4, language="nb")
    assert PublicVersion.current() == before
    assert "4,0 av 5" in get(pages["offer nb"])[1]
    assert "4.0 of 5" in get(pages["offer en"])[1]
    assert get(pages["offer en, a query string"])[0]["X-Page-Cache"] == "miss"
    assert get(pages["list"])[0]["X-Page-Cache"] == "hit"
    assert get(pages["other offer"])[0]["X-Page-Cache"] == "hit"


def test_with_a_shared_cache_a_flushed_cache_serves_no_old_page(offer, version_source):
    if version_source == "database":
        pytest.skip("the database's counter is not flushed")
    from django.core.cache import cache

    url = page_url("offers:list")
    assert "Skiskole" in cached_twice(url)
    redis = cache._cache.get_client()
    pages = {key: redis.get(key) for key in redis.keys("*page:*")}
    assert pages
    cache.clear()  # Redis restarted empty, then an old page is written back by a slow worker
    Offer.objects.filter(pk=offer.pk).update(title_nb="Skiskole i Narvik")
    for key, value in pages.items():
        redis.set(key, value)
    assert "Skiskole i Narvik" in get(url)[1]
