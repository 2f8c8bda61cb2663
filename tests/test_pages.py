"""Every public page, in both languages: it answers, has one <h1>, the right lang, no English
left on the Norwegian pages, hreflang alternates, and sets no cookie."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from tests.factories import make_offer
from tests.helpers import html_tag

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def english_msgids():
    """msgids whose Norwegian translation differs: seeing one on a nb page means it leaked."""
    text = (Path(settings.BASE_DIR) / "locale/nb/LC_MESSAGES/django.po").read_text()
    pairs = re.findall(r'^msgid "(.+)"\nmsgstr "(.+)"$', text, flags=re.M)
    return [
        msgid
        for msgid, msgstr in pairs
        if msgid != msgstr and len(msgid) > 12 and "%" not in msgid and "/" not in msgid
    ]


@pytest.fixture
def site(offer):
    make_offer(actor=offer.actor, title="Bare norsk", title_en="", slug="bare-norsk")
    return offer


def public_urls(offer):
    return [
        reverse("home"),
        reverse("offers:list"),
        reverse("offers:list") + "?focus=leisure&free=1",
        reverse("offers:detail", args=[offer.slug]),
        reverse("offers:detail", args=["bare-norsk"]),
        reverse("actors:list"),
        reverse("actors:detail", args=[offer.actor.slug]),
        reverse("about"),
        reverse("accessibility"),
        reverse("privacy"),
        reverse("offers:subscribe") + "?focus=leisure&segment=families",
        reverse("offers:print") + "?focus=leisure",
        reverse("offers:feedback", args=[offer.slug]),
        reverse("offers:unmet_need") + "?text=ski",
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_public_page_answers_in_both_languages(client, site, language):
    with translation.override(language):
        urls = public_urls(site)
    leaks = english_msgids() if language == "nb" else []
    assert len(leaks) > 50 or language != "nb"
    for url in urls:
        assert url.startswith(f"/{language}/")
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert body.count("<h1") == 1, url
        assert html_tag(language) in body, url
        for code in LANGUAGES:
            assert f'hreflang="{code}"' in body, url
        assert 'hreflang="x-default"' in body, url
        visible = re.sub(r"<[^>]+>", " ", body)
        leaked = [msgid for msgid in leaks if msgid in visible]
        assert not leaked, (url, leaked)
        assert not response.cookies, (url, response.cookies)
        assert "Content-Security-Policy" in response.headers


def test_paths_are_translated(db):
    with translation.override("nb"):
        assert reverse("offers:list") == "/nb/tilbud/"
        assert reverse("actors:list") == "/nb/arrangorer/"
    with translation.override("en"):
        assert reverse("offers:list") == "/en/offers/"
        assert reverse("actors:list") == "/en/organisations/"


def test_root_redirects_to_a_language(client):
    assert client.get("/").url == "/nb/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en").url == "/en/"


def test_language_switch_keeps_page_and_filters(client, offer):
    body = client.get("/nb/tilbud/?focus=leisure&q=ski").content.decode()
    assert 'href="/en/offers/?focus=leisure&amp;q=ski" hreflang="en" lang="en"' in body
    body = client.get(f"/en/offers/{offer.slug}/").content.decode()
    assert f'href="/nb/tilbud/{offer.slug}/" hreflang="nb" lang="nb"' in body


def test_language_switch_is_links_not_a_form(client, db):
    body = client.get("/nb/").content.decode()
    assert "/i18n/setlang/" not in body
    assert "csrfmiddlewaretoken" not in body


def test_page_loads_nothing_from_other_hosts(client, site):
    body = client.get(reverse("offers:detail", args=[site.slug])).content.decode()
    # What the page loads: rel="canonical" (on SITE_URL) and the alternates only name addresses.
    loads = r'<(?:link(?! rel="(?:canonical|alternate)")|script|img)[^>]+(?:href|src)="([^"]+)"'
    sources = re.findall(loads, body)
    assert sources
    external = [s for s in sources if s.startswith(("http", "//")) and "testserver" not in s]
    assert not external


def test_english_page_of_norwegian_only_offer_says_so(client, site):
    body = client.get("/en/offers/bare-norsk/").content.decode()
    assert "has not been translated into English yet" in body
    assert "Bare norsk" in body
    assert 'lang="nb"' in body


def test_translated_offer_shows_english_without_note(client, site):
    body = client.get(f"/en/offers/{site.slug}/").content.decode()
    assert "Ski school for beginners" in body
    assert "Skiskole for nybegynnere" not in body
    assert "has not been translated" not in body


def test_norwegian_page_never_shows_the_note(client, site):
    body = client.get("/nb/tilbud/bare-norsk/").content.decode()
    assert "Bare norsk" in body
    assert "ikke oversatt" not in body


def test_offer_page_has_what_a_newcomer_needs(client, offer):
    offer.place = "Narvikfjellet"
    offer.address = "Mårveien 24, 8514 Narvik"
    offer.schedule_nb = "Lørdager kl. 11–13"
    offer.signup_url = "https://example.org/skiskole"
    offer.signup_email = "ski@example.org"
    offer.save()
    body = client.get(offer.get_absolute_url()).content.decode()
    for expected in [
        "Skiskole for nybegynnere",
        "Narvikfjellet",
        "Mårveien 24, 8514 Narvik",
        "Lørdager kl. 11–13",
        "Gratis",
        "https://example.org/skiskole",
        "mailto:ski@example.org",
        'href="/nb/arrangorer/narvik-skiklubb/"',
        'href="/nb/tilbud/?focus=leisure"',
        'href="/nb/tilbud/?group=labour-europe"',
        'href="/nb/tilbud/?segment=families"',
        'href="/nb/tilbud/?language=en"',
    ]:
        assert expected in body, expected


def test_sitemap_lists_public_pages_in_both_languages(client, site):
    body = client.get("/sitemap.xml").content.decode()
    assert f"/nb/tilbud/{site.slug}/" in body
    assert f"/en/offers/{site.slug}/" in body
    assert 'hreflang="en"' in body


def test_robots_txt_points_to_the_sitemap(client, db):
    body = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_portal_pages_speak_norwegian_and_have_one_h1(client, offer):
    from actors.models import Membership
    from tests.factories import make_member

    client.force_login(make_member(offer.actor, role=Membership.Role.ADMIN))
    draft = make_offer(actor=offer.actor, status="draft", title="Utkast")
    urls = [
        reverse("portal:dashboard"),
        reverse("portal:offer_create"),
        reverse("portal:offer_edit", args=[draft.pk]),
        reverse("portal:offer_edit", args=[offer.pk]),
        # (not the preview: it shows the English page too, on purpose)
        reverse("portal:actor_detail", args=[offer.actor.slug]),
        reverse("portal:actor_edit", args=[offer.actor.slug]),
        reverse("portal:actor_add"),
        reverse("portal:account"),
        reverse("portal:account_delete"),
        reverse("password_change"),
    ]
    leaks = english_msgids()
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert body.count("<h1") == 1, url
        assert html_tag("nb") in body
        visible = re.sub(r"<[^>]+>", " ", body)
        leaked = [msgid for msgid in leaks if msgid in visible]
        assert not leaked, (url, leaked)


def test_account_pages_speak_norwegian(client, db):
    for url in (reverse("login"), reverse("portal:register"), reverse("password_reset")):
        body = client.get(url).content.decode()
        visible = re.sub(r"<[^>]+>", " ", body)
        assert not [msgid for msgid in english_msgids() if msgid in visible], url
        assert body.count("<h1") == 1, url
