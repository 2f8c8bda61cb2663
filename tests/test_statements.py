"""The statements in every footer: about the site, accessibility, privacy (narvik_tilflytter/
views.py). Each answers in both languages with one <h1> and no cookie; the accessibility
statement's checks name tests that exist; the privacy statement says what the settings do."""

import ast
import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import formats, translation

from narvik_tilflytter import statements
from narvik_tilflytter.views import RATE_LIMITS
from tests.factories import make_member
from tests.helpers import html_tag

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
STATEMENTS = ["about", "accessibility", "privacy"]
ROOT = Path(settings.BASE_DIR)


def url(name, language, *args):
    with translation.override(language):
        return reverse(name, args=args)


def test_the_statements_have_translated_paths():
    assert [url(name, "nb") for name in STATEMENTS] == [
        "/nb/om/",
        "/nb/tilgjengelighet/",
        "/nb/personvern/",
    ]
    assert [url(name, "en") for name in STATEMENTS] == [
        "/en/about/",
        "/en/accessibility/",
        "/en/privacy/",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", STATEMENTS)
def test_each_statement_answers_with_one_h1_in_its_language_and_no_cookie(client, name, language):
    response = client.get(url(name, language))
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count("<h1") == 1
    assert html_tag(language) in body
    assert "<script" not in body
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    # The page's own footer link says it is the current one.
    assert f'href="{url(name, language)}" aria-current="page"' in body


def test_statements_take_no_posts(client):
    for name in STATEMENTS:
        assert client.post(url(name, "nb")).status_code == 405


def footer(body):
    match = re.search(r'<nav class="footer-nav"[^>]*>(.*?)</nav>', body, flags=re.S)
    assert match, "no footer nav"
    return match.group(0)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_links_the_statements_in_its_footer(client, offer, language):
    pages = [
        url("home", language),
        url("offers:list", language),
        url("offers:detail", language, offer.slug),
        url("actors:list", language),
        url("login", language),
        url("home", language) + "finnes-ikke/",
    ]
    for page in pages:
        response = client.get(page)
        nav = footer(response.content.decode())
        assert re.search(r'aria-label="[^"]+"', nav), page
        for name in STATEMENTS:
            assert f'href="{url(name, language)}"' in nav, (page, name)


def test_portal_pages_link_the_statements_too(client, offer):
    client.force_login(make_member(offer.actor))
    nav = footer(client.get(url("portal:dashboard", "nb")).content.decode())
    for name in STATEMENTS:
        assert f'href="{url(name, "nb")}"' in nav


def test_footer_is_in_norwegian_on_norwegian_pages(client, db):
    nav = footer(client.get(url("home", "nb")).content.decode())
    assert 'aria-label="Om nettstedet"' in nav
    assert "Tilgjengelighetserklæring" in nav
    assert "Personvernerklæring" in nav


# The accessibility statement ---------------------------------------------------------------


def function_names(path):
    tree = ast.parse((ROOT / path).read_text())
    return {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}


@pytest.mark.parametrize("check", statements.ACCESSIBILITY_CHECKS, ids=lambda check: check.test)
def test_each_check_in_the_statement_names_a_test_that_exists(check):
    path, _sep, function = check.test.partition("::")
    assert (ROOT / path).is_file(), check.test
    assert function.startswith("test_")
    assert function in function_names(path), check.test


def test_the_statement_covers_the_checks_it_promises():
    tests = " ".join(check.test for check in statements.ACCESSIBILITY_CHECKS)
    for promised in [
        "test_axe_finds_no_wcag_21_aa_violations",  # axe on public pages
        "test_portal_pages_have_no_wcag_21_aa_violations",  # axe on the portal
        "test_keyboard_journey_without_javascript",
        "test_small_screen_has_no_horizontal_scroll",
        "test_every_public_page_is_valid_html",  # W3C validator
    ]:
        assert promised in tests


def test_the_axe_checks_ask_for_wcag_21_aa():
    for path in ["tests/browser/test_browser.py", "tests/browser/test_portal_browser.py"]:
        text = (ROOT / path).read_text()
        assert '"values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]' in text, path


def test_the_small_screen_width_is_the_one_the_statement_names():
    text = (ROOT / "tests/browser/test_browser.py").read_text()
    assert '"width": 375' in text
    with translation.override("en"):
        assert any("375 pixels" in str(check.what) for check in statements.ACCESSIBILITY_CHECKS)


def test_the_statement_is_checked_in_the_browser_tests_too():
    text = (ROOT / "tests/browser/test_browser.py").read_text()
    for path in ["/nb/om/", "/nb/tilgjengelighet/", "/nb/personvern/"]:
        assert f'"{path}"' in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_accessibility_statement_lists_every_check_and_its_test(client, language):
    body = client.get(url("accessibility", language)).content.decode()
    assert "WCAG 2.1 AA" in body
    with translation.override(language):
        for check in statements.ACCESSIBILITY_CHECKS:
            assert str(check.what) in body
            assert f"<code>{check.test}</code>" in body
        checked_on = formats.date_format(statements.ACCESSIBILITY_CHECKED_ON, "DATE_FORMAT")
    assert f'<time datetime="{statements.ACCESSIBILITY_CHECKED_ON.isoformat()}">' in body
    assert f">{checked_on}</time>" in body
    assert f"mailto:{settings.CONTACT_EMAIL}" in body
    assert 'href="https://www.uutilsynet.no/"' in body


def test_accessibility_statement_is_in_norwegian(client, db):
    body = client.get(url("accessibility", "nb")).content.decode()
    assert "Tilgjengelighetserklæring" in body
    assert "Uutilsynet" in body
    assert "Sist sjekket" in body


def test_the_check_date_is_not_in_the_future():
    from django.utils import timezone

    assert timezone.localdate() >= statements.ACCESSIBILITY_CHECKED_ON


# The privacy statement ---------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_privacy_statement_names_the_contact_and_the_complaints_body(client, language):
    body = client.get(url("privacy", language)).content.decode()
    assert f'href="mailto:{settings.CONTACT_EMAIL}"' in body
    assert 'href="https://www.datatilsynet.no/"' in body
    assert f'href="{url("portal:account", language)}"' in body
    assert f'href="{url("portal:account_delete", language)}"' in body


def test_privacy_statement_follows_the_contact_setting(client, settings):
    settings.CONTACT_EMAIL = "personvern@narvik.example"
    body = client.get(url("privacy", "en")).content.decode()
    assert "mailto:personvern@narvik.example" in body


def test_privacy_statement_says_what_the_lockout_settings_do(client, settings):
    body = client.get(url("privacy", "en")).content.decode()
    assert f"After {settings.AXES_FAILURE_LIMIT} wrong passwords" in body
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    assert f"blocked for {minutes} minutes" in body
    assert f"more than {minutes} minutes old" in body
    longest = max(limit.seconds for limit in RATE_LIMITS) // 60
    assert f"at most {longest} minutes" in body
    assert "after 2 hours without using the site" in body

    settings.AXES_COOLOFF_TIME = timedelta(minutes=30)
    settings.SESSION_COOKIE_AGE = 60 * 90
    body = client.get(url("privacy", "en")).content.decode()
    assert "blocked for 30 minutes" in body
    assert "after 90 minutes without using the site" in body


def test_privacy_statement_names_the_login_record_only_while_it_is_kept(client, settings):
    # The site keeps no record of successful logins; the statement says so only if it did.
    assert settings.AXES_DISABLE_ACCESS_LOG
    kept = "This login record has no set time for deletion"
    assert kept not in client.get(url("privacy", "en")).content.decode()
    settings.AXES_DISABLE_ACCESS_LOG = False
    assert kept in client.get(url("privacy", "en")).content.decode()


def test_a_successful_login_leaves_no_record(client, db):
    from axes.models import AccessLog

    from tests.factories import PASSWORD, make_user

    user = make_user()
    response = client.post(reverse("login"), {"username": user.email, "password": PASSWORD})
    assert response.status_code == 302
    assert not AccessLog.objects.exists()


def test_the_rate_limits_the_statement_describes_are_all_of_them():
    from narvik_tilflytter import ratelimit

    defined = {
        value for name, value in vars(ratelimit).items() if isinstance(value, ratelimit.Limit)
    }
    assert defined == set(RATE_LIMITS)


def test_privacy_statement_lists_what_the_data_download_holds(client, db):
    """Each part of the portal's JSON download (actors.services.export_user_data) is named in
    the statement, so a new kind of personal data cannot go unmentioned."""
    from actors import services
    from tests.factories import make_user

    data = services.export_user_data(make_user())
    body = client.get(url("privacy", "en")).content.decode()
    words = {
        "user": "Your account",
        "memberships": "Which organisations you are a member of",
        "join_requests": "Your requests to join",
        "organisation_history": "The organisation's history",
        "moderation_history": "The history of each offer",
    }
    for key in data:
        if key == "exported_at":
            continue
        assert key in words, f"the privacy statement does not describe {key!r}"
        assert words[key] in body, key
