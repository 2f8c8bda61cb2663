import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.signals import request_finished
from django.db import connections
from django.utils import translation

from offers import terms
from tests.factories import make_actor, make_offer


@pytest.fixture(autouse=True)
def _default_language():
    # A request to /en/ leaves English active in this thread; start every test in bokmål.
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _empty_cache():
    # The rate limits (narvik_tilflytter/ratelimit.py) count in the cache, and every test
    # client has the same address: start each test with nothing counted. The taxonomy each
    # process keeps (offers/terms.py) is keyed by a counter that a test's rollback winds back,
    # so it is dropped too: a later test must not see an earlier one's renamed topic.
    cache.clear()
    terms.forget()


@pytest.fixture
def terms_read(db):
    """The taxonomy read into the process's cache (offers/terms.py) before the test, as it is
    after a site's first request: for tests that count a page's queries from the first one."""
    terms.terms()


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _plain_static_files(settings):
    # Manifest storage needs collectstatic; tests render with plain storage.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def _commit(**kwargs):
    for connection in connections.all(initialized_only=True):
        while connection.run_on_commit:
            pending, connection.run_on_commit = connection.run_on_commit, []
            for _savepoints, callback, _robust in pending:
                callback()


@pytest.fixture(autouse=True)
def _requests_commit():
    """A test runs inside one transaction that is rolled back, so `on_commit` callbacks (the
    e-mails) would never run. On a server each request commits when it ends: so here, at the
    end of each test-client request, run what that request left for the commit. Code called
    directly in a test needs `django_capture_on_commit_callbacks(execute=True)`."""
    request_finished.connect(_commit)
    yield
    request_finished.disconnect(_commit)


@pytest.fixture
def commit():
    """Call to run what the test's writes left for the commit, as the end of a request would."""
    return _commit


@pytest.fixture
def actor(db):
    return make_actor(name="Narvik Skiklubb", slug="narvik-skiklubb")


@pytest.fixture
def offer(actor):
    return make_offer(
        actor=actor,
        title="Skiskole for nybegynnere",
        title_en="Ski school for beginners",
        slug="skiskole",
        summary_nb="Lær å gå på ski sammen med andre som er nye i Narvik.",
        summary_en="Learn to ski together with other people who are new in Narvik.",
        focus=("leisure",),
        groups=("labour-europe",),
        segments=("families",),
        languages=("nb", "en"),
        is_free=True,
    )
