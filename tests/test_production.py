"""The production setup (docs/deploy.md): `/health`, gunicorn.conf.py, the settings the
production environment selects, the JSON logs, and gunicorn started for real with them."""

import json
import logging
import os
import runpy
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import OperationalError, connection
from django.urls import reverse

from narvik_tilflytter.logging import JsonFormatter
from tests.test_settings import REDIS_URL, redis_server, run_python  # noqa: F401 (a fixture)

BASE_DIR = Path(settings.BASE_DIR)
GUNICORN_CONF = BASE_DIR / "gunicorn.conf.py"


# /health


@pytest.mark.django_db
def test_health_answers_ok_with_one_query_and_no_cookie(client, django_assert_num_queries):
    assert reverse("health") == "/health"
    with django_assert_num_queries(1):
        response = client.get("/health")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json() == {"status": "ok", "database": "ok"}
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    assert "Cookie" not in response.get("Vary", "")


@pytest.mark.django_db
def test_health_is_503_when_the_database_does_not_answer(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/health")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "error"}
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies


@pytest.mark.django_db
def test_health_is_503_when_the_redis_cache_does_not_answer(client, settings):
    # Port 1: nothing listens there, so the connection is refused at once.
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
    response = client.get("/health")
    assert response.status_code == 503
    assert response.json() == {"status": "error", "database": "ok", "cache": "error"}


@pytest.mark.django_db
def test_health_checks_redis_when_the_site_uses_it(client, settings, redis_server):  # noqa: F811
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}


@pytest.mark.django_db
def test_health_only_answers_reads(client):
    assert client.head("/health").status_code == 200
    assert client.post("/health").status_code == 405


# gunicorn.conf.py


def gunicorn_config(monkeypatch, **env):
    """gunicorn.conf.py's values, read as gunicorn reads the file, with `env` set."""
    names = ("BIND", "PORT", "WEB_CONCURRENCY", "FORWARDED_ALLOW_IPS", "GUNICORN_TIMEOUT")
    for name in (*names, "GUNICORN_THREADS"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    return runpy.run_path(str(GUNICORN_CONF))


def test_gunicorn_defaults_follow_the_cores(monkeypatch):
    config = gunicorn_config(monkeypatch)
    assert config["workers"] == 2 * len(os.sched_getaffinity(0)) + 1
    assert config["threads"] == 2  # gunicorn's gthread worker
    # Only the proxy on this host reaches gunicorn (docs/deploy.md), and only it is believed.
    assert config["bind"] == ["127.0.0.1:8000"]
    assert config["forwarded_allow_ips"] == "127.0.0.1,::1"
    assert config["wsgi_app"] == "narvik_tilflytter.wsgi:application"
    assert config["timeout"] == 30
    assert config["graceful_timeout"] == 30
    assert config["keepalive"] == 5
    assert config["accesslog"] == "-"


def test_gunicorn_values_follow_the_environment(monkeypatch):
    config = gunicorn_config(
        monkeypatch, WEB_CONCURRENCY="3", PORT="9123", GUNICORN_TIMEOUT="12", GUNICORN_THREADS="1"
    )
    assert config["workers"] == 3
    assert config["threads"] == 1
    assert config["bind"] == ["127.0.0.1:9123"]
    assert config["timeout"] == 12
    config = gunicorn_config(monkeypatch, BIND="unix:/run/narvik/gunicorn.sock", PORT="9123")
    assert config["bind"] == ["unix:/run/narvik/gunicorn.sock"]


def test_gunicorn_refuses_a_worker_count_that_is_no_number(monkeypatch):
    with pytest.raises(SystemExit, match="WEB_CONCURRENCY must be a whole number"):
        gunicorn_config(monkeypatch, WEB_CONCURRENCY="many")


# The settings the production environment selects


PRODUCTION = {"DEBUG": "0", "SECRET_KEY": "x" * 50}
SHOW_SETTINGS = (
    "import json, narvik_tilflytter.settings as s\n"
    "print(json.dumps({'static': s.STORAGES['staticfiles']['BACKEND'],"
    " 'cache': s.CACHES['default']['BACKEND'] if hasattr(s, 'CACHES') else None,"
    " 'session': s.SESSION_ENGINE, 'conn_max_age': s.DATABASES['default']['CONN_MAX_AGE'],"
    " 'health_checks': s.DATABASES['default']['CONN_HEALTH_CHECKS'],"
    " 'formatter': s.LOGGING['handlers']['console'].get('formatter'),"
    " 'stream': s.LOGGING['handlers']['console'].get('stream')}))"
)


def production_settings(**env):
    result = run_python(SHOW_SETTINGS, **env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


def test_production_picks_hashed_compressed_static_files_and_kept_connections():
    values = production_settings(**PRODUCTION)
    assert values["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert values["conn_max_age"] == 600
    assert values["health_checks"] is True
    assert values["formatter"] == "json"
    assert values["stream"] == "ext://sys.stdout"
    # Without Redis: the memory cache, and sessions in the database alone.
    assert values["cache"] is None
    assert values["session"] == "django.contrib.sessions.backends.db"


def test_redis_url_puts_the_cache_and_the_sessions_in_redis():
    values = production_settings(**PRODUCTION, REDIS_URL=REDIS_URL)
    # Django's Redis cache, one client per connection pool (narvik_tilflytter/rediscache.py).
    assert values["cache"] == "narvik_tilflytter.rediscache.RedisCache"
    # Backed by the database, so a Redis restart logs nobody out.
    assert values["session"] == "django.contrib.sessions.backends.cached_db"


def test_development_keeps_plain_files_and_plain_logs():
    values = production_settings()
    assert values["static"] == "django.contrib.staticfiles.storage.StaticFilesStorage"
    assert values["conn_max_age"] == 0
    assert values["formatter"] is None


def test_the_rate_limits_count_in_the_shared_cache(redis_server):  # noqa: F811
    """ratelimit.py counts in Django's default cache, so with REDIS_URL every app server shares
    the count: a count made in one process is over the limit in another."""
    server, prefix = redis_server
    count_once = (
        "import django; django.setup()\n"
        "from narvik_tilflytter import ratelimit\n"
        # Both processes in the same window, whenever the test runs.
        "ratelimit.clock = lambda: 6000.0\n"
        f"limit = ratelimit.Limit('{prefix}', requests=1, seconds=60)\n"
        "print(ratelimit._count(limit, '192.0.2.1'))\n"
    )
    try:
        first = run_python(count_once, REDIS_URL=REDIS_URL)
        second = run_python(count_once, REDIS_URL=REDIS_URL)
        assert first.returncode == 0, first.stderr
        assert first.stdout.splitlines()[-1] == "None"
        assert second.returncode == 0, second.stderr
        assert int(second.stdout.splitlines()[-1]) > 0
        assert server.keys(f"*ratelimit:{prefix}:*")
    finally:
        if keys := server.keys(f"*ratelimit:{prefix}:*"):
            server.delete(*keys)


# The JSON log lines


def test_a_log_record_is_one_line_of_json_without_the_request_s_contents(rf):
    request = rf.get("/nb/tilbud/?q=secret", HTTP_X_REQUEST_ID="abc-123", HTTP_COOKIE="s=1")
    try:
        raise ValueError("broken")
    except ValueError:
        record = logging.getLogger("django.request").makeRecord(
            "django.request",
            logging.ERROR,
            __file__,
            1,
            "Internal Server Error: %s",
            (request.path,),
            sys.exc_info(),
            extra={"status_code": 500, "request": request},
        )
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["level"] == "ERROR"
    assert entry["logger"] == "django.request"
    assert entry["message"] == "Internal Server Error: /nb/tilbud/"
    assert entry["status_code"] == 500
    assert entry["request"] == {"method": "GET", "path": "/nb/tilbud/", "request_id": "abc-123"}
    assert "ValueError: broken" in entry["exception"]
    assert "secret" not in line and "s=1" not in line


def test_a_request_id_that_is_no_plain_token_is_left_out(rf):
    request = rf.get("/", HTTP_X_REQUEST_ID='x" injected')
    record = logging.makeLogRecord({"msg": "m", "request": request})
    assert json.loads(JsonFormatter().format(record))["request"]["request_id"] is None


# gunicorn for real


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url, **headers):
    request = urllib.request.Request(url, headers=headers)
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


@pytest.fixture
def production_server(tmp_path):
    """gunicorn with gunicorn.conf.py and the production settings on a free port: one worker,
    collected static files, an SQLite file for a database, behind a (pretended) proxy."""
    port = free_port()
    env = {
        key: value
        for key, value in os.environ.items()
        if key in {"PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ"}
    }
    env.update(
        DEBUG="0",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        STATIC_ROOT=str(tmp_path / "static"),
        BEHIND_PROXY="1",
        PORT=str(port),
        WEB_CONCURRENCY="1",
    )
    collect = subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput"],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert collect.returncode == 0, collect.stderr
    log = (tmp_path / "gunicorn.log").open("w+")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn"],
        cwd=BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            assert server.poll() is None, Path(log.name).read_text()
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert time.monotonic() < deadline, Path(log.name).read_text()
                time.sleep(0.2)
        yield base, tmp_path, Path(log.name)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        log.close()


def test_gunicorn_serves_health_and_far_future_static_files(production_server):
    base, tmp_path, log = production_server

    # The probe over plain HTTP from the host: not sent to HTTPS, no cookie.
    status, headers, body = fetch(f"{base}/health", **{"X-Request-ID": "probe-1"})
    assert status == 200, body
    assert json.loads(body) == {"status": "ok", "database": "ok"}
    assert headers["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in headers
    # Every other page is.
    assert fetch(f"{base}/robots.txt")[0] == 301

    # A hashed stylesheet through the proxy: compressed, cached for years, immutable.
    manifest = json.loads((tmp_path / "static/staticfiles.json").read_text())
    hashed = manifest["paths"]["css/site.css"]
    assert hashed != "css/site.css"
    status, headers, body = fetch(
        f"{base}/static/{hashed}", **{"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip"}
    )
    assert status == 200
    assert headers["Content-Encoding"] == "gzip"
    assert "immutable" in headers["Cache-Control"]
    assert "max-age=315360000" in headers["Cache-Control"]

    # The access log: one JSON object per request, without the client's address.
    deadline = time.monotonic() + 10
    while True:
        lines = [json.loads(line) for line in log.read_text().splitlines() if line.strip()]
        access = [line for line in lines if line["logger"] == "gunicorn.access"]
        if len(access) >= 3 or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    probe = next(line for line in access if line["path"] == "/health")
    assert probe["method"] == "GET"
    assert probe["status"] == 200
    assert probe["request_id"] == "probe-1"
    assert isinstance(probe["duration_ms"], float)
    assert "127.0.0.1" not in json.dumps(access)
