"""Hostile or odd requests get a 4xx, never a 500; every response carries the security headers;
portal and account pages are not cached; a login ends after a while without requests."""

import os
import subprocess
import sys
from xml.etree import ElementTree

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from actors import account_urls
from narvik_tilflytter.portal_urls import urlpatterns as portal_urlpatterns
from tests.factories import make_member, make_moderator, make_offer

pytestmark = pytest.mark.django_db

BAD_REQUEST_NB = "Noe i nettadressen stemmer ikke"


@pytest.fixture
def production(settings):
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = ["tilflytter.example.org"]


# A wrong Host header


def test_an_unknown_host_gets_the_translated_400_page(client, production):
    response = client.get("/nb/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    body = response.content.decode()
    assert BAD_REQUEST_NB in body
    assert "evil.example" not in body


def test_an_unknown_host_gets_the_english_400_page_on_english_addresses(client, production):
    response = client.get("/en/offers/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    assert "Something in the address was not right" in response.content.decode()


def test_a_known_host_still_gets_its_own_hreflang_links(client, production):
    body = client.get("/nb/", HTTP_HOST="tilflytter.example.org").content.decode()
    assert 'hreflang="en" href="http://tilflytter.example.org/en/"' in body


# NUL characters and broken percent-escapes


@pytest.fixture
def listing(db):
    make_offer(title="Skiskole", slug="skiskole")
    return reverse("offers:list")


@pytest.mark.parametrize(
    "query",
    ["?q=%00", "?q=ski%00", "?focus=%00", "?page=%00", "?sort=%00", "?%00=1", "?q=ok&q=%00"],
)
def test_nul_in_the_list_filters_is_400(client, listing, query):
    response = client.get(listing + query)
    assert response.status_code == 400
    assert BAD_REQUEST_NB in response.content.decode()


@pytest.mark.parametrize(
    "name", ["offers:feed", "offers:calendar", "actors:list", "portal:dashboard", "login"]
)
def test_nul_in_any_query_is_400(client, name):
    assert client.get(reverse(name) + "?q=%00").status_code == 400


def test_nul_in_a_portal_page_query_is_400_for_a_member(client, db):
    client.force_login(make_member(make_offer().actor))
    assert client.get(reverse("portal:dashboard") + "?q=%00").status_code == 400


def test_nul_in_the_admin_filters_is_400(client, db):
    # On PostgreSQL this reached the database: "A string literal cannot contain NUL".
    make_offer()
    client.force_login(make_moderator())
    assert client.get("/admin/offers/offer/?status__exact=%00").status_code == 400
    assert client.get("/admin/offers/offer/?q=%00").status_code == 400
    assert client.get("/admin/offers/offer/?status__exact=published").status_code == 200


def test_nul_in_the_address_is_400(client, db):
    assert client.get("/nb/tilbud/ski%00skole/").status_code == 400


@pytest.mark.parametrize(
    "data",
    ["username=a%00b&password=x", "username=a&password=x%00", "user%00name=a&password=x"],
)
def test_nul_in_an_urlencoded_form_is_400(client, db, data):
    response = client.post(reverse("login"), data, content_type="application/x-www-form-urlencoded")
    assert response.status_code == 400
    assert BAD_REQUEST_NB in response.content.decode()


def test_nul_in_a_multipart_form_field_is_400(client, db):
    response = client.post(reverse("login"), {"username": "a\x00b", "password": "x"})
    assert response.status_code == 400


def test_nul_in_the_name_of_a_file_field_is_400(client, db):
    upload = SimpleUploadedFile("bilde.png", b"data")
    response = client.post(reverse("login"), {"username": "a", "password": "x", "fi\x00le": upload})
    assert response.status_code == 400


def test_nul_inside_an_uploaded_file_is_allowed(client, db):
    upload = SimpleUploadedFile("bilde.png", b"\x89PNG\x00\x00\x00")
    response = client.post(reverse("login"), {"username": "a", "password": "x", "file": upload})
    assert response.status_code == 200  # the login form again, with its error


@pytest.mark.parametrize("query", ["?q=%ff", "?q=%C3%28", "?focus=%ff%fe", "?%ff=1"])
def test_broken_utf8_in_the_query_is_not_a_500(client, listing, query):
    assert client.get(listing + query).status_code in {200, 400}


def test_broken_utf8_in_the_address_is_404(client, listing):
    assert client.get(listing + "%ff/").status_code == 404
    assert client.get("/nb/%C3%28/").status_code == 404


def test_broken_utf8_in_a_form_is_not_a_500(client, db):
    response = client.post(
        reverse("login"),
        "username=%ff&password=%C3%28",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200


def test_a_multipart_body_without_boundary_is_not_a_500(client, db):
    response = client.post(reverse("login"), "junk", content_type="multipart/form-data")
    assert response.status_code < 500


# The Atom feed


def test_feed_summaries_are_plain_text_escaped_once(client, db):
    make_offer(title="Kurs & kaffe", summary_nb="<b>Gratis</b> & åpent for alle")
    response = client.get(reverse("offers:feed"))
    xml = response.content.decode()
    assert "<title>Kurs &amp; kaffe</title>" in xml
    assert '<summary type="text">&lt;b&gt;Gratis&lt;/b&gt; &amp; åpent for alle</summary>' in xml
    assert "&amp;amp;" not in xml
    assert 'type="html"' not in xml
    entry = ElementTree.fromstring(response.content).find("{http://www.w3.org/2005/Atom}entry")
    assert entry.findtext("{http://www.w3.org/2005/Atom}title") == "Kurs & kaffe"
    assert entry.findtext("{http://www.w3.org/2005/Atom}summary") == (
        "<b>Gratis</b> & åpent for alle"
    )


# Persistent database connections


def load_setting(expression, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "CONN_MAX_AGE"}
    }
    environment.update(DJANGO_SETTINGS_MODULE="narvik_tilflytter.settings", **env)
    result = subprocess.run(
        [sys.executable, "-c", f"import narvik_tilflytter.settings as s; print({expression})"],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_database_connections_are_checked_before_reuse():
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


@pytest.mark.parametrize("url", ["sqlite:///tmp/x.sqlite3", "postgres://u:p@db:5432/narvik"])
def test_kept_connections_are_health_checked(url):
    database = "s.DATABASES['default']"
    value = load_setting(
        f"({database}['CONN_MAX_AGE'], {database}['CONN_HEALTH_CHECKS'])",
        DATABASE_URL=url,
        CONN_MAX_AGE="600",
    )
    assert value == "(600, True)"


# Security headers on every response


@pytest.mark.parametrize(
    "path",
    ["/nb/", "/en/offers/", "/nb/min-side/", "/admin/login/", "/static/css/site.css", "/nb/nope/"],
)
def test_every_response_has_the_security_headers(client, db, path):
    response = client.get(path)
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "browsing-topics"):
        assert f"{feature}=()" in policy
    assert response["Cross-Origin-Resource-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"


def test_error_pages_have_the_security_headers(client, listing, production):
    for response in (
        client.get(listing + "?q=%00", HTTP_HOST="tilflytter.example.org"),
        client.get("/nb/", HTTP_HOST="evil.example"),
    ):
        assert response.status_code == 400
        assert response["Cross-Origin-Resource-Policy"] == "same-origin"
        assert "camera=()" in response["Permissions-Policy"]


# Portal and account pages are not stored; public pages are


def dummy_kwargs(pattern):
    return {
        name: 1 if type(converter).__name__ == "IntConverter" else "x"
        for name, converter in pattern.pattern.converters.items()
    }


@pytest.mark.parametrize(
    ("name", "pattern"),
    [
        pytest.param(name, pattern, id=name)
        for name, pattern in [(f"portal:{p.name}", p) for p in portal_urlpatterns]
        + [(p.name, p) for p in account_urls.urlpatterns]
    ],
)
def test_every_portal_and_account_url_is_no_store(client, db, name, pattern):
    """Whatever it answers an anonymous visitor (the page, a redirect to log in, a 404, a 405)."""
    url = reverse(name, kwargs=dummy_kwargs(pattern))
    for response in (client.get(url), client.post(url)):
        assert "no-store" in response["Cache-Control"], (url, response.status_code)


def test_portal_pages_are_no_store_for_a_member(client, db):
    client.force_login(make_member(make_offer().actor))
    response = client.get(reverse("portal:dashboard"))
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


@pytest.mark.parametrize(
    "name", ["home", "offers:list", "actors:list", "offers:feed", "sitemap", "robots"]
)
def test_public_pages_stay_cacheable_and_set_no_cookie(client, listing, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
    assert not response.cookies


def test_an_offer_page_stays_cacheable(client, listing):
    response = client.get(reverse("offers:detail", args=["skiskole"]))
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
    assert not response.cookies


# A login ends after a period without requests


def test_sessions_end_after_two_idle_hours():
    assert settings.SESSION_COOKIE_AGE == 2 * 60 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST is True


def test_every_request_starts_the_idle_time_again(client, db):
    member = make_member(make_offer().actor)
    client.force_login(member)
    for _request in range(2):
        response = client.get(reverse("portal:dashboard"))
        assert response.status_code == 200
        cookie = response.cookies[settings.SESSION_COOKIE_NAME]
        assert cookie["max-age"] == settings.SESSION_COOKIE_AGE


def test_a_session_past_its_idle_time_is_logged_out(client, db):
    member = make_member(make_offer().actor)
    client.force_login(member)
    session = client.session
    session.set_expiry(-1)
    session.save()
    response = client.get(reverse("portal:dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_the_idle_time_is_configurable():
    assert load_setting("s.SESSION_COOKIE_AGE", SESSION_COOKIE_AGE="900") == "900"
