"""Scale-out: two app servers behind one load balancer, sharing PostgreSQL and Redis, are one
site. Whichever server answers a request, a login made on the other holds, a page shows what
the other just published, and a rate limit counts the requests both have seen.

Two real gunicorn processes (the project's gunicorn.conf.py, one worker each) serve the test
database with Redis as the cache (`REDIS_URL`, a database number of its own, emptied before and
after). The test talks to them as the load balancer passes a visitor's requests on: the site's
one public host name, HTTPS ended at the balancer (`X-Forwarded-Proto`), the client's address in
`X-Forwarded-For` (BEHIND_PROXY=1, docs/deploy.md), and the visitor's cookies, whichever server
it reaches. Django's test client cannot talk to another process, so this is plain HTTP.

It runs on PostgreSQL only (the SQLite test database lives in this process's memory) and needs a
Redis server; without either it is skipped, unless REQUIRE_SCALE_OUT=1 is set, as CI does.
"""

import http.client
import os
import re
import secrets
import socket
import subprocess
import sys
import time
from http.cookies import SimpleCookie
from urllib.parse import quote, urlencode, urlsplit, urlunsplit

import pytest
import redis
from django.conf import global_settings, settings
from django.db import connection
from django.urls import reverse
from django.utils import translation

from narvik_tilflytter.ratelimit import PASSWORD_RESET_LIMIT
from offers.models import Offer
from tests.factories import PASSWORD, make_actor, make_member, make_moderator, make_offer

# A Redis database of its own, so a developer's cache at /0 (and test_settings.py's /15) is
# left alone; the same server as REDIS_URL names, if it is set.
REDIS_DB = 7
# The site's public name, as the load balancer passes it on to every app server.
HOST = "tilflytter.test"
# The visitor's address, as the load balancer writes it into X-Forwarded-For.
CLIENT_ADDRESS = "203.0.113.7"
# How long a server may take to start answering, and one request to answer.
START_TIMEOUT = 20
REQUEST_TIMEOUT = 10


def redis_url():
    base = urlsplit(os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0")
    return urlunsplit(base._replace(path=f"/{REDIS_DB}"))


def why_it_cannot_run():
    """None when PostgreSQL and Redis are there; otherwise what is missing."""
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        return (
            "the scale-out test needs PostgreSQL (DATABASE_URL=postgres://…): two app servers "
            "cannot share SQLite's test database, which lives in the test's own memory"
        )
    server = redis.Redis.from_url(redis_url(), socket_connect_timeout=1)
    try:
        server.ping()
    except redis.RedisError as error:
        return f"the scale-out test needs a Redis server; none answers at {redis_url()}: {error}"
    finally:
        server.close()
    return None


REQUIRED = os.environ.get("REQUIRE_SCALE_OUT", "").lower() not in {"", "0", "false", "no"}
MISSING = why_it_cannot_run()

if MISSING and not REQUIRED:
    pytestmark = pytest.mark.skip(reason=MISSING)
else:
    # Committed data, so the servers see it. Each test's flush empties every table, so the
    # migrations' data (taxonomy, the office group and its rights) is put back before each.
    pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def url(name, *args, language="nb"):
    with translation.override(language):
        return reverse(name, args=args)


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.text = body.decode("utf-8", errors="replace")

    def __repr__(self):
        # A form's errors, if it has any, say more than the page's first lines.
        start = max(0, self.text.find('class="errorlist'))
        return f"<{self.status} {self.headers.get('Location', '')} {self.text[start:][:400]!r}>"

    def csrf_token(self):
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', self.text)
        assert match, f"no CSRF token in the page: {self!r}"
        return match[1]


class Visitor:
    """One browser behind the load balancer: its cookies go with it to whichever server."""

    def __init__(self):
        self.cookies = {}

    def get(self, server, path):
        return self.request(server, "GET", path)

    def post(self, server, path, data):
        return self.request(server, "POST", path, data)

    def request(self, server, method, path, data=None):
        headers = {
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": CLIENT_ADDRESS,
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True).encode()
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            # Django's CSRF check on HTTPS wants the form to come from the site itself.
            headers["Origin"] = f"https://{HOST}"
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=REQUEST_TIMEOUT)
        try:
            conn.request(method, path, body=body, headers=headers)
            answer = conn.getresponse()
            response = Response(answer.status, answer.headers, answer.read())
        finally:
            conn.close()
        for header in answer.headers.get_all("Set-Cookie") or ():
            for name, morsel in SimpleCookie(header).items():
                if morsel["max-age"] == "0" or not morsel.value:
                    self.cookies.pop(name, None)
                else:
                    self.cookies[name] = morsel.value
        return response


class Server:
    def __init__(self, name, port, process, log):
        self.name, self.port, self.process, self.log = name, port, process, log

    def __repr__(self):
        return f"server {self.name} on port {self.port}"

    def output(self):
        return self.log.read_text(errors="replace")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url():
    """The test database (not the one DATABASE_URL names), as the servers must reach it."""
    db = connection.settings_dict
    user = quote(db["USER"] or "", safe="")
    password = f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
    host = db["HOST"] or "127.0.0.1"
    port = f":{db['PORT']}" if db["PORT"] else ""
    return f"postgres://{user}{password}@{host}{port}/{quote(db['NAME'], safe='')}"


def start(name, environment, log):
    port = free_port()
    command = [sys.executable, "-m", "gunicorn", "narvik_tilflytter.wsgi"]
    with log.open("wb") as output:
        process = subprocess.Popen(
            [*command, "--workers", "1", "--bind", f"127.0.0.1:{port}"],
            # The repository's root, where gunicorn finds gunicorn.conf.py by itself, as in
            # production; the command-line options take precedence over it.
            cwd=settings.BASE_DIR,
            env=environment,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    return Server(name, port, process, log)


def wait_until_it_answers(server):
    deadline = time.monotonic() + START_TIMEOUT
    while True:
        if server.process.poll() is not None:
            pytest.fail(f"{server} stopped (exit {server.process.returncode}):\n{server.output()}")
        try:
            response = Visitor().get(server, "/robots.txt")
        except OSError:
            response = None
        if response is not None:
            assert response.status == 200, f"{server}: {response!r}\n{server.output()}"
            return
        if time.monotonic() > deadline:
            pytest.fail(f"{server} did not answer within {START_TIMEOUT} s:\n{server.output()}")
        time.sleep(0.1)


def stop(server):
    server.process.terminate()
    try:
        server.process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest.fixture(scope="module")
def shared_redis():
    if MISSING:
        pytest.fail(f"REQUIRE_SCALE_OUT is set, but {MISSING}", pytrace=False)
    server = redis.Redis.from_url(redis_url())
    server.flushdb()
    yield server
    server.flushdb()
    server.close()


@pytest.fixture(scope="module")
def servers(shared_redis, django_db_setup, django_db_blocker, tmp_path_factory):
    """Two app servers, A and B, as two hosts behind the load balancer would run them."""
    with django_db_blocker.unblock():
        environment = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "narvik_tilflytter.settings",
            "DEBUG": "0",
            # One secret for both, as every app server of one site has: it signs the sessions'
            # cookies and the e-mailed links.
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": HOST,
            "SITE_URL": f"https://{HOST}",
            "BEHIND_PROXY": "1",
            "DATABASE_URL": database_url(),
            "REDIS_URL": redis_url(),
            # Plain static storage: the hashed names need collectstatic, which a test does not run.
            "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
            # An empty one, for WhiteNoise to find (it warns about a missing one).
            "STATIC_ROOT": str(tmp_path_factory.mktemp("static")),
            "LOG_LEVEL": "WARNING",
        }
    started = []
    try:
        for name in ("A", "B"):
            log = tmp_path_factory.mktemp("gunicorn") / f"{name}.log"
            started.append(start(name, environment, log))
        for server in started:
            wait_until_it_answers(server)
        yield started
    finally:
        for server in started:
            # Shown by pytest only when a test failed.
            print(f"--- {server}\n{server.output()}")
            stop(server)


@pytest.fixture(autouse=True)
def _nothing_in_redis(shared_redis):
    shared_redis.flushdb()


@pytest.fixture(autouse=True)
def _passwords_hashed_as_the_servers_check_them(settings):
    # tests/conftest.py hashes with MD5 for speed; the servers run the real settings, which do
    # not accept it.
    settings.PASSWORD_HASHERS = global_settings.PASSWORD_HASHERS


def log_in(visitor, server, email):
    page = visitor.get(server, url("login"))
    assert page.status == 200, page
    response = visitor.post(
        server,
        url("login"),
        {"username": email, "password": PASSWORD, "csrfmiddlewaretoken": page.csrf_token()},
    )
    assert response.status == 302, response
    assert "sessionid" in visitor.cookies


def test_a_login_through_one_server_holds_on_the_other(servers):
    a, b = servers
    actor = make_actor(name="Narvik Skiklubb", slug="narvik-skiklubb")
    member = make_member(actor, email="kari@skiklubb.example")
    dashboard = url("portal:dashboard")
    kari = Visitor()

    before = kari.get(b, dashboard)
    assert before.status == 302 and before.headers["Location"].startswith(url("login")), before

    log_in(kari, a, member.email)

    for server in (b, a, b):
        page = kari.get(server, dashboard)
        assert page.status == 200, (server, page)
        assert "Narvik Skiklubb" in page.text
    # Someone else, without the cookie, is not logged in on either.
    assert Visitor().get(b, dashboard).status == 302


def test_an_offer_published_through_one_server_is_on_the_others_pages(servers):
    a, b = servers
    offer = make_offer(
        actor=make_actor(name="Narvik voksenopplæring"),
        status=Offer.Status.PENDING,
        title="Norskkurs om kvelden",
        title_en="Evening Norwegian course",
        slug="norskkurs-om-kvelden",
    )
    pages = {
        "nb": (url("offers:list"), url("offers:detail", offer.slug), "Norskkurs om kvelden"),
        "en": (
            url("offers:list", language="en"),
            url("offers:detail", offer.slug, language="en"),
            "Evening Norwegian course",
        ),
    }
    visitor = Visitor()
    # Both servers have shown the pages without the offer (and may keep them in a cache).
    for server in (a, b):
        for list_page, detail_page, title in pages.values():
            listed = visitor.get(server, list_page)
            assert listed.status == 200 and title not in listed.text, (server, listed)
            assert visitor.get(server, detail_page).status == 404
    assert not visitor.cookies, "browsing sets no cookie"

    # The project office approves it through server A, with the admin's bulk action.
    office = Visitor()
    log_in(office, a, make_moderator(email="moderator@narvik.example").email)
    changelist = url("admin:offers_offer_changelist")
    page = office.get(b, changelist)
    assert page.status == 200, page
    response = office.post(
        a,
        changelist,
        {
            "action": "approve_selected",
            "_selected_action": [offer.pk],
            "index": "0",
            "csrfmiddlewaretoken": page.csrf_token(),
        },
    )
    assert response.status == 302, response
    offer.refresh_from_db()
    assert offer.status == Offer.Status.PUBLISHED

    # Server B shows it at once, in both languages; so does A.
    for server in (b, a):
        for list_page, detail_page, title in pages.values():
            listed = visitor.get(server, list_page)
            assert listed.status == 200 and title in listed.text, (server, listed)
            detail = visitor.get(server, detail_page)
            assert detail.status == 200 and title in detail.text, (server, detail)


def test_a_rate_limit_counts_the_requests_both_servers_saw(servers, shared_redis):
    a, b = servers
    limit = PASSWORD_RESET_LIMIT
    # The limit counts in fixed windows (ratelimit.py); start in a fresh one if the current one
    # ends before the requests below are done, so they all fall in one window.
    left = limit.seconds - time.time() % limit.seconds
    if left < 15:
        time.sleep(left + 0.5)
    visitor = Visitor()
    reset = url("password_reset")
    page = visitor.get(a, reset)
    assert page.status == 200, page
    form = {"email": "nobody@example.org", "csrfmiddlewaretoken": page.csrf_token()}

    # Alternately through A and B: each sees half of them, the limit sees them all.
    for number in range(limit.requests):
        server = (a, b)[number % 2]
        response = visitor.post(server, reset, form)
        assert response.status == 302, (number + 1, server, response)
    for server in (a, b):
        response = visitor.post(server, reset, form)
        assert response.status == 429, (server, response)
        assert int(response.headers["Retry-After"]) > 0
    assert list(shared_redis.scan_iter(match=f"*ratelimit:{limit.name}:*")), "counted in Redis"
