"""The look (issue 11, item 10), as far as HTML and files show it: the stylesheets the public pages
link stay within 10 KB gzipped, nothing in them or on the pages comes from another host (no web
fonts, images or styles from elsewhere), the wordmark has a name, and every topic tile has its
own icon. The browser half (header height, the offer page's columns, axe) is
tests/browser/test_look.py."""

import gzip
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from offers.models import FocusArea

pytestmark = pytest.mark.django_db

CSS_BUDGET = 10 * 1024  # bytes, gzipped: what the public pages' stylesheets may weigh together
TOPICS = ["communication", "norwegian", "education", "work", "housing", "leisure", "participation"]
# A URL that leaves the site: a scheme or a protocol-relative //host.
FOREIGN = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//", re.I)


class Resources(HTMLParser):
    """What a page loads (stylesheets, icons, images, scripts, media), and the brand link."""

    def __init__(self):
        super().__init__()
        self.stylesheets, self.loaded, self.brand, self._in_brand = [], [], None, False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        # rel="alternate" and rel="canonical" (on SITE_URL) only name addresses; nothing loads them.
        if tag == "link" and attrs.get("rel") not in {"alternate", "canonical"}:
            self.loaded.append(attrs.get("href", ""))
            if attrs.get("rel") == "stylesheet":
                self.stylesheets.append(attrs["href"])
        if tag in {"img", "script", "source", "video", "audio", "iframe", "embed"}:
            self.loaded.extend(v for k, v in attrs.items() if k in {"src", "srcset"} and v)
        if "style" in attrs:
            self.loaded.append(attrs["style"])  # an inline url(...) would show up here
        if tag == "a" and "brand" in attrs.get("class", "").split():
            self.brand, self._in_brand = {"text": "", "img_alt": None}, True
        elif self._in_brand and tag == "img":
            self.brand["img_alt"] = attrs.get("alt")

    def handle_endtag(self, tag):
        if tag == "a":
            self._in_brand = False

    def handle_data(self, data):
        if self._in_brand:
            self.brand["text"] += data


def parse(html):
    parser = Resources()
    parser.feed(html)
    return parser


@pytest.fixture
def public_pages(client, offer):
    """Home, the list, an offer and an organisation, in every interface language."""
    pages = {}
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            urls = [
                reverse("home"),
                reverse("offers:list"),
                reverse("offers:detail", args=[offer.slug]),
                reverse("actors:detail", args=[offer.actor.slug]),
            ]
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            pages[url] = response.content.decode()
    return pages


def static_file(url):
    assert url.startswith(settings.STATIC_URL), url
    path = finders.find(url.removeprefix(settings.STATIC_URL))
    assert path, url
    return Path(path)


def test_the_public_pages_stylesheets_fit_the_budget(public_pages):
    stylesheets = {href for html in public_pages.values() for href in parse(html).stylesheets}
    assert stylesheets == {settings.STATIC_URL + "css/site.css"}
    gzipped = sum(len(gzip.compress(static_file(href).read_bytes(), 9)) for href in stylesheets)
    assert gzipped <= CSS_BUDGET, f"{gzipped} bytes gzipped, the budget is {CSS_BUDGET}"


def test_pages_load_nothing_from_other_hosts(public_pages):
    for url, html in public_pages.items():
        loaded = parse(html).loaded
        assert settings.STATIC_URL + "css/site.css" in loaded, url
        foreign = [value for value in loaded if FOREIGN.match(value) or "url(" in value]
        assert not foreign, (url, foreign)


def test_stylesheets_and_icons_name_no_other_host():
    files = [
        *(Path(settings.BASE_DIR) / "static/css").glob("*.css"),
        *(Path(settings.BASE_DIR) / "static/icons").glob("*.svg"),
    ]
    assert len(files) >= 4
    for path in files:
        text = path.read_text()
        assert "@import" not in text, path
        assert "@font-face" not in text, path  # system fonts only: no web fonts at all
        for target in re.findall(r"url\(\s*['\"]?([^'\")]+)", text):
            assert not FOREIGN.match(target), (path, target)
        # SVG files name their namespace (http://www.w3.org/2000/svg), which loads nothing.
        links = re.findall(r"(?:href|src)\s*=\s*['\"]([^'\"]+)", text)
        assert not [link for link in links if FOREIGN.match(link)], path


@pytest.mark.parametrize(
    "language, name", [("nb", "Narvik tilflytter"), ("en", "Narvik newcomers")]
)
def test_the_wordmark_has_an_accessible_name(client, language, name):
    with translation.override(language):
        response = client.get(reverse("home"))
    brand = parse(response.content.decode()).brand
    # The link's name is the image's alt text followed by the translated second word.
    assert brand["img_alt"] == "Narvik"
    assert f"{brand['img_alt']} {brand['text'].strip()}" == name
    svg = static_file(settings.STATIC_URL + "icons/wordmark.svg").read_text()
    assert 'role="img"' in svg
    assert re.search(r"<title[^>]*>Narvik</title>", svg)


def test_each_topic_tile_has_its_own_icon(client, offer):
    response = client.get(reverse("home"))
    html = response.content.decode()
    tiles = re.findall(
        r'<a class="tile tile-topic" href="[^"]*\?focus=([\w-]+)">(.*?)</a>', html, flags=re.S
    )
    assert sorted(slug for slug, _tile in tiles) == sorted(TOPICS)
    assert set(FocusArea.objects.values_list("slug", flat=True)) == set(TOPICS)
    for slug, tile in tiles:
        icon = re.search(r"<svg [^>]*>.*?</svg>", tile, flags=re.S)
        assert icon, slug
        assert f'data-topic="{slug}"' in icon.group()
        assert 'aria-hidden="true"' in icon.group()
        assert 'focusable="false"' in icon.group()


def test_every_topic_has_a_drawing_of_its_own_and_a_new_one_the_plain_tag():
    def drawing(slug):
        svg = render_to_string("includes/topic_icon.html", {"slug": slug})
        assert 'viewBox="0 0 24 24"' in svg
        assert 'stroke="currentColor"' in svg
        return re.sub(r' data-topic="[^"]*"', "", svg)

    drawings = {slug: drawing(slug) for slug in TOPICS}
    fallback = drawing("a-topic-added-later")
    assert len(set(drawings.values())) == len(TOPICS)
    assert fallback not in drawings.values()
