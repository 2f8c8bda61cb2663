"""The settings module refuses to run in production mode with an insecure secret, and REDIS_URL
gives the site a Redis cache."""

import os
import subprocess
import sys
import uuid

import pytest
import redis
from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache

from tests.helpers import require_redis

# A database of its own on the local server, so a developer's cache at /0 is left alone; the
# tests delete the keys they write.
REDIS_URL = "redis://127.0.0.1:6379/15"


def run_python(code, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "REDIS_URL"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="narvik_tilflytter.settings", **env)
    return subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
    )


def load_settings(**env):
    return run_python("import narvik_tilflytter.settings as s; print(s.SECURE_SSL_REDIRECT)", **env)


def test_development_needs_no_configuration():
    result = load_settings()
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_production_refuses_the_development_secret():
    result = load_settings(DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_a_short_secret():
    result = load_settings(DEBUG="0", SECRET_KEY="short")
    assert "SECRET_KEY must be set" in result.stderr


def test_production_with_a_real_secret_redirects_to_https():
    result = load_settings(DEBUG="0", SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_bad_boolean_fails_loudly():
    result = load_settings(DEBUG="maybe")
    assert "DEBUG must be a boolean" in result.stderr


@pytest.fixture
def redis_server():
    """The local Redis server; the test skips without one, unless REQUIRE_REDIS is set (CI)."""
    require_redis(REDIS_URL)
    server = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
    prefix = f"narvik-test-{uuid.uuid4().hex}"
    yield server, prefix
    if keys := server.keys(f"{prefix}*"):
        server.delete(*keys)
    server.close()


def test_redis_url_selects_the_redis_cache(redis_server):
    _, prefix = redis_server
    code = (
        "import django; django.setup()\n"
        "from django.core.cache import caches\n"
        "from django.core.management import call_command\n"
        "call_command('check')\n"
        "cache = caches['default']\n"
        f"cache.set('{prefix}', 'stored', timeout=60)\n"
        f"print(type(cache).__name__, cache.get('{prefix}'))\n"
        f"cache.delete('{prefix}')\n"
    )
    result = run_python(code, REDIS_URL=REDIS_URL)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "RedisCache stored"


@pytest.mark.django_db
def test_pages_are_served_with_the_redis_cache(redis_server, settings, client):
    server, prefix = redis_server
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": prefix,
            "TIMEOUT": 60,
        }
    }
    cache = caches["default"]
    assert isinstance(cache, RedisCache)
    cache.set("greeting", "hei")
    assert cache.get("greeting") == "hei"
    assert server.keys(f"{prefix}*"), "the value is in Redis, not in this process"

    response = client.get("/nb/")

    assert response.status_code == 200
