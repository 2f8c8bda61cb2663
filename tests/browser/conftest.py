"""A real Chromium (the system one, never a downloaded build) against pytest-django's live server.

Playwright's sync API leaves its event loop marked as running in this thread between calls. So:
- Django would refuse database access from the test: the flag below must be set before any test
  touches the database;
- Django then keeps its database connections per context, not per thread: the connection the
  test uses is not the one the test database was set up (and serialized) with, so
  `serialized_rollback` restores nothing. The `taxonomy` fixture seeds the migration's data again
  after each flush instead;
- the browser lives only as long as this package's tests (module scope), so the loop is not
  left running for the tests that pytest-django orders after these.
"""

import os
from pathlib import Path

import pytest

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

from django.apps import apps
from django.db import connection
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations import RunPython
from playwright.sync_api import sync_playwright

from actors.models import Actor
from offers.taxonomy import seed as seed_taxonomy
from tests.factories import make_actor, make_offer

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def browser_required():
    return os.environ.get("REQUIRE_BROWSER", "").lower() not in {"", "0", "false", "no"}


@pytest.fixture(scope="module")
def chromium_browser():
    if not CHROMIUM.exists():
        reason = f"no Chromium at {CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)"
        if browser_required():
            pytest.fail(f"REQUIRE_BROWSER is set but there is {reason}", pytrace=False)
        pytest.skip(reason)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def make_context(chromium_browser):
    """Make browser contexts (fresh profile: no cookies, no cache), closed after the test."""
    contexts = []

    def make(**options):
        options.setdefault("locale", "nb-NO")
        context = chromium_browser.new_context(**options)
        context.set_default_timeout(5_000)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def browser_page(make_context):
    return make_context().new_page()


# The data migrations that make the project office's group and give it its rights: each test's
# flush empties the group, so they run again before the next one.
OFFICE_DATA_STEPS = {"create_group", "grant"}


def restore_office_group():
    loader = MigrationLoader(connection, ignore_no_migrations=True)
    plan = loader.graph.forwards_plan(("offers", loader.graph.leaf_nodes("offers")[0][1]))
    plan += loader.graph.forwards_plan(("actors", loader.graph.leaf_nodes("actors")[0][1]))
    done = set()
    for key in plan:
        if key in done or key[0] not in {"offers", "actors"}:
            continue
        done.add(key)
        for operation in loader.graph.nodes[key].operations:
            if isinstance(operation, RunPython) and operation.code.__name__ in OFFICE_DATA_STEPS:
                operation.code(apps, None)


@pytest.fixture(autouse=True)
def taxonomy(transactional_db):
    """Topics, groups and languages as the data migration made them, before any offer; and the
    project office's group with its rights, as the migrations made it."""
    seed_taxonomy(apps, None)
    restore_office_group()


@pytest.fixture
def site(offer):
    """The `offer` (ski school, free, leisure), one about another topic, one only in Norwegian."""
    assert set(offer.focus_areas.values_list("slug", flat=True)) == {"leisure"}
    adult_school = make_actor(
        name="Narvik voksenopplæring", kind=Actor.Kind.EDUCATION, slug="voksenopplaering"
    )
    make_offer(
        actor=adult_school,
        title="Norskkurs om kvelden",
        title_en="Evening Norwegian course",
        slug="norskkurs",
        summary_nb="Norsk for voksne, to kvelder i uka.",
        focus=("norwegian",),
    )
    make_offer(actor=adult_school, title="Bare norsk", title_en="", slug="bare-norsk")
    return offer
