"""narvik_tilflytter/rediscache.py: Django's Redis cache, sharing one redis-py client."""

import threading

import pytest
from django.core.cache import caches

from tests.helpers import require_redis

REDIS_LOCATION = "redis://127.0.0.1:6379/14"


@pytest.fixture
def redis_cache(settings):
    require_redis(REDIS_LOCATION)
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "redis": {"BACKEND": "narvik_tilflytter.rediscache.RedisCache", "LOCATION": REDIS_LOCATION},
    }
    cache = caches["redis"]
    cache.clear()
    yield cache
    cache.clear()


def test_it_works_as_djangos_redis_cache(redis_cache):
    assert redis_cache.add("a", 1)
    assert not redis_cache.add("a", 2)
    assert redis_cache.incr("a") == 2
    redis_cache.set_many({"b": [1, "to"], "c": {"x": 3}})
    assert redis_cache.get_many(["a", "b", "c", "d"]) == {"a": 2, "b": [1, "to"], "c": {"x": 3}}
    redis_cache.delete("a")
    assert redis_cache.get("a") is None
    with pytest.raises(ValueError):
        redis_cache.incr("a")


def test_it_makes_one_client_per_pool_not_one_per_call(redis_cache):
    client = redis_cache._cache.get_client()
    redis_cache.set("a", 1)
    assert redis_cache._cache.get_client() is client
    assert redis_cache._cache.get_client(write=True) is client  # one server: one pool


def test_threads_can_share_the_client(redis_cache):
    errors = []

    def work(number):
        try:
            for step in range(50):
                redis_cache.set(f"k{number}", step)
                assert redis_cache.get(f"k{number}") == step
        except Exception as error:
            errors.append(error)

    threads = [threading.Thread(target=work, args=(number,)) for number in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
