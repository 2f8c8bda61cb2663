"""Login throttling that cannot be sidestepped: the lockout counts an e-mail address however it
is typed, the client address is REMOTE_ADDR (or, behind the proxy, the proxy's X-Forwarded-For),
and logging in, password reset, registration, invitations and requests to join are rate limited
per client address with a 429 page."""

import os
import subprocess
import sys

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth import SESSION_KEY
from django.test import RequestFactory, override_settings
from django.urls import reverse

from narvik_tilflytter import ratelimit
from narvik_tilflytter.ratelimit import (
    INVITATION_LIMIT,
    JOIN_REQUEST_LIMIT,
    LOGIN_LIMIT,
    PASSWORD_RESET_LIMIT,
    REGISTRATION_LIMIT,
    client_address,
)
from tests.factories import PASSWORD, make_user
from tests.helpers import en

pytestmark = pytest.mark.django_db

# The proxy setting that BEHIND_PROXY=1 gives (narvik_tilflytter/settings.py).
behind_the_proxy = override_settings(
    AXES_IPWARE_PROXY_COUNT=0,
    AXES_IPWARE_META_PRECEDENCE_ORDER=["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"],
)
PROXY = "10.0.0.2"


def forwarded(address):
    """A request from `address`, through the proxy."""
    return {"REMOTE_ADDR": PROXY, "HTTP_X_FORWARDED_FOR": address}


def log_in(client, username, password, **headers):
    return client.post(en("login"), {"username": username, "password": password}, **headers)


def is_rate_limited(response):
    return response.status_code == 429 and "Wait a few minutes" in response.content.decode()


def is_locked_out(response):
    return response.status_code == 429 and "wrong too many times" in response.content.decode()


# A moment well inside a window of every limit.
START = 1_800_000_060.0


@pytest.fixture(autouse=True)
def _still_clock(monkeypatch):
    """The rate limits' clock stands still, so no window ends in the middle of a test."""
    monkeypatch.setattr(ratelimit, "clock", lambda: START)


@pytest.fixture
def person(db):
    return make_user(email="lock1@x.no")


# The lockout counts one e-mail address however it is typed.


def test_case_and_space_variants_share_one_lockout(client, person):
    for variant in ["LOCK1@x.no", " lock1@x.no", "Lock1@X.NO ", "lock1@x.no"]:
        assert log_in(client, variant, "wrong").status_code == 200
    # The fifth wrong password locks the address out, typed any way.
    assert is_locked_out(log_in(client, "\tLOCK1@x.no", "wrong"))
    response = log_in(client, "lock1@x.no", PASSWORD)
    assert is_locked_out(response)
    assert SESSION_KEY not in client.session
    assert AccessAttempt.objects.get().username == "lock1@x.no"


def test_any_case_and_spaces_log_the_right_account_in(client, person):
    response = log_in(client, "  LOCK1@X.no ", PASSWORD)
    assert response.status_code == 302
    assert client.session[SESSION_KEY] == str(person.pk)


def test_the_admin_login_counts_the_same_address(client, person):
    for variant in ["LOCK1@x.no", " lock1@x.no ", "Lock1@X.NO"]:
        client.post("/admin/login/", {"username": variant, "password": "wrong"})
    for variant in ["lock1@X.no", "LOCK1@x.no"]:
        log_in(client, variant, "wrong")
    assert is_locked_out(log_in(client, "lock1@x.no", PASSWORD))


# Which address is the client's.


def test_x_forwarded_for_is_ignored_without_a_proxy(client, person):
    request = RequestFactory().post("/", REMOTE_ADDR="192.0.2.10", HTTP_X_FORWARDED_FOR="1.2.3.4")
    assert client_address(request) == "192.0.2.10"
    # A client that makes up a new X-Forwarded-For each time is still one client.
    for number in range(5):
        log_in(client, "lock1@x.no", "wrong", HTTP_X_FORWARDED_FOR=f"203.0.113.{number}")
    assert is_locked_out(log_in(client, "lock1@x.no", PASSWORD, HTTP_X_FORWARDED_FOR="1.2.3.4"))


@behind_the_proxy
def test_x_forwarded_for_is_the_client_behind_the_proxy(client, person):
    request = RequestFactory().post("/", **forwarded("198.51.100.7"))
    assert client_address(request) == "198.51.100.7"
    for _attempt in range(5):
        log_in(client, "lock1@x.no", "wrong", **forwarded("203.0.113.1"))
    assert is_locked_out(log_in(client, "lock1@x.no", PASSWORD, **forwarded("203.0.113.1")))
    # One caller behind the proxy cannot lock everybody else out.
    response = log_in(client, "lock1@x.no", PASSWORD, **forwarded("203.0.113.2"))
    assert response.status_code == 302


@behind_the_proxy
def test_behind_the_proxy_a_made_up_address_in_front_is_not_another_client():
    # The proxy writes one address; two mean the client sent its own header (a proxy that
    # appends instead of overwriting), which is not believed.
    request = RequestFactory().post(
        "/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR="1.2.3.4, 198.51.100.7"
    )
    assert client_address(request) == PROXY


def test_behind_proxy_selects_the_forwarded_address_in_settings():
    code = (
        "import narvik_tilflytter.settings as s; "
        "print(s.AXES_IPWARE_PROXY_COUNT, s.AXES_IPWARE_META_PRECEDENCE_ORDER)"
    )
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "BEHIND_PROXY"}
    }

    def load(**env):
        result = subprocess.run(
            [sys.executable, "-c", code],
            cwd=settings.BASE_DIR,
            env={**environment, **env},
            capture_output=True,
            text=True,
        )
        assert result.returncode == 0, result.stderr
        return result.stdout.strip()

    assert load() == "None ['REMOTE_ADDR']"
    assert load(BEHIND_PROXY="1") == "0 ['HTTP_X_FORWARDED_FOR', 'REMOTE_ADDR']"


# Rate limits per client address.


def test_too_many_logins_get_429_with_the_page(client, db):
    for number in range(LOGIN_LIMIT.requests):
        # Different addresses each time, so the lockout per address never starts.
        response = log_in(client, f"person{number}@x.no", "wrong")
        assert response.status_code == 200
    response = log_in(client, "person@x.no", "wrong")
    assert is_rate_limited(response)
    body = response.content.decode()
    assert body.count("<h1") == 1
    assert 0 < int(response["Retry-After"]) <= LOGIN_LIMIT.seconds


def test_the_429_page_is_in_bokmal(client, db):
    for _attempt in range(PASSWORD_RESET_LIMIT.requests + 1):
        response = client.post(reverse("password_reset"), {"email": "ingen@x.no"})
    assert response.status_code == 429
    assert "Vent noen minutter" in response.content.decode()


def test_the_rate_limit_resets_after_the_window(client, person, monkeypatch):
    for _attempt in range(LOGIN_LIMIT.requests):
        log_in(client, "nobody@x.no", "wrong")
    assert is_rate_limited(log_in(client, "lock1@x.no", PASSWORD))

    monkeypatch.setattr(ratelimit, "clock", lambda: START + LOGIN_LIMIT.seconds)
    assert log_in(client, "lock1@x.no", PASSWORD).status_code == 302


def test_the_admin_login_shares_the_login_limit(client, db):
    for number in range(LOGIN_LIMIT.requests):
        client.post("/admin/login/", {"username": f"p{number}@x.no", "password": "wrong"})
    assert is_rate_limited(log_in(client, "person@x.no", "wrong"))
    assert client.post("/admin/login/", {"username": "p@x.no", "password": "x"}).status_code == 429


@pytest.mark.parametrize(
    ("name", "args", "limit"),
    [
        ("password_reset", [], PASSWORD_RESET_LIMIT),
        ("portal:register", [], REGISTRATION_LIMIT),
        ("portal:invitation", ["not-a-token"], INVITATION_LIMIT),
        ("portal:actor_add", [], JOIN_REQUEST_LIMIT),
    ],
)
def test_each_costly_form_is_limited_per_address(client, db, name, args, limit):
    url = en(name, *args)
    for _attempt in range(limit.requests):
        assert client.post(url, {}).status_code != 429
    assert is_rate_limited(client.post(url, {}))
    # Another address is not held back.
    assert client.post(url, {}, REMOTE_ADDR="192.0.2.99").status_code != 429


@behind_the_proxy
def test_behind_the_proxy_each_client_has_its_own_limit(client, db):
    for number in range(LOGIN_LIMIT.requests + 1):
        response = log_in(client, f"p{number}@x.no", "wrong", **forwarded("203.0.113.1"))
    assert is_rate_limited(response)
    other = log_in(client, "p@x.no", "wrong", **forwarded("203.0.113.2"))
    assert other.status_code == 200


def test_get_is_never_limited(client, db):
    for number in range(LOGIN_LIMIT.requests + 1):
        log_in(client, f"p{number}@x.no", "wrong")
    for _attempt in range(LOGIN_LIMIT.requests + 1):
        assert client.get(en("login")).status_code == 200
    assert client.head(en("login")).status_code == 200


def test_a_cache_that_does_not_answer_lets_logins_through(client, person, monkeypatch):
    def broken(*args, **kwargs):
        raise ConnectionError("the cache is down")

    monkeypatch.setattr(ratelimit.cache, "add", broken)
    assert log_in(client, "lock1@x.no", PASSWORD).status_code == 302


# A username longer than the field allows.


def test_an_over_long_username_is_a_form_error(client, db):
    response = log_in(client, "a" * 256, "wrong")
    assert response.status_code == 200
    assert "longer than an e-mail address can be" in response.content.decode()
    assert not AccessAttempt.objects.exists()


def test_an_over_long_username_at_the_admin_login_is_no_server_error(client, db):
    response = client.post("/admin/login/", {"username": "a" * 300, "password": "wrong"})
    assert response.status_code == 200
    assert len(AccessAttempt.objects.get().username) <= 255
