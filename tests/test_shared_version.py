"""The public version in a shared cache (settings.PUBLIC_VERSION_IN_CACHE, offers.PublicVersion):
raised when the change's transaction commits, never by one that is rolled back, and read by the
page cache with its page, without a database query."""

import pytest
from django.core.cache import cache
from django.db import transaction
from django.test import Client

from offers.models import Offer, PublicVersion
from tests.factories import make_offer
from tests.helpers import require_redis

# Real commits (transaction=True): on_commit is what is tested. Its flush after each test makes
# migrate's rows (content types) again with new ids, which a later serialized_rollback test
# could not restore: this file sorts after tests/test_scale_out.py, the one such test.
pytestmark = pytest.mark.django_db(transaction=True)
REDIS_URL = "redis://127.0.0.1:6379/12"


@pytest.fixture(autouse=True)
def shared_cache(settings):
    require_redis(REDIS_URL)
    settings.CACHES = {
        "default": {"BACKEND": "narvik_tilflytter.rediscache.RedisCache", "LOCATION": REDIS_URL}
    }
    settings.PUBLIC_VERSION_IN_CACHE = True
    cache.clear()
    yield
    cache.clear()


def test_a_change_raises_the_shared_version_when_it_is_committed():
    before = PublicVersion.current()
    with transaction.atomic():
        offer = make_offer(title="Skiskole")
        # Not yet: another app server must not key new pages by a change it cannot see.
        assert PublicVersion.current() == before
    after = PublicVersion.current()
    assert after[0] > before[0]
    offer.focus_areas.clear()
    assert PublicVersion.current()[0] > after[0]


def test_a_change_rolled_back_raises_nothing():
    make_offer(title="Skiskole")
    before = PublicVersion.current()
    with pytest.raises(RuntimeError), transaction.atomic():
        Offer.objects.get().save()
        raise RuntimeError("the change fails")
    assert PublicVersion.current() == before


def test_a_kept_page_is_served_without_a_database_query(django_assert_num_queries):
    offer = make_offer(title="Skiskole")
    url = offer.get_absolute_url()
    assert Client().get(url)["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        response = Client().get(url)
    assert response["X-Page-Cache"] == "hit"
    assert "Skiskole" in response.content.decode()
    offer.title_nb = "Skiskole for voksne"
    offer.save()
    response = Client().get(url)
    assert response["X-Page-Cache"] == "miss"
    assert "Skiskole for voksne" in response.content.decode()
