"""Shared links preview well and the offer page can be shared without JavaScript (issue 10,
item 4): the description, canonical, Open Graph and Twitter tags of home, the list and an offer
page (offers/templatetags/sharing.py, templates/includes/share_meta.html), and the offer page's
share block (templates/includes/share.html)."""

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation
from PIL import Image

from offers.models import FocusArea, TargetGroup
from tests.factories import make_offer

pytestmark = pytest.mark.django_db

SITE = "https://tilflytter.example.no"
OG_REQUIRED = (
    "og:type",
    "og:site_name",
    "og:title",
    "og:description",
    "og:url",
    "og:locale",
    "og:locale:alternate",
    "og:image",
    "og:image:alt",
)


@pytest.fixture(autouse=True)
def _site_url(settings):
    # Not the test client's host, so a link made from the request would show.
    settings.SITE_URL = SITE


class Head(HTMLParser):
    """The page's <meta> and <link> tags, the share block's field and links, and the order of
    the sections with an id."""

    def __init__(self, body):
        super().__init__()
        self.meta = {}  # property or name -> [content, …]
        self.links = {}  # rel -> [href, …]
        self.inputs = {}
        self.anchors = []
        self.ids = []
        self.feed(body)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs["name"]
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link":
            self.links.setdefault(attrs.get("rel"), []).append(attrs.get("href"))
        elif tag == "input" and "id" in attrs:
            self.inputs[attrs["id"]] = attrs
        elif tag == "a":
            self.anchors.append(attrs.get("href") or "")
        if tag == "section" and "id" in attrs:
            self.ids.append(attrs["id"])

    def one(self, key):
        (value,) = self.meta[key]
        return value


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    # Browsing as a visitor sets no cookie, the share block included.
    assert not response.cookies, (url, response.cookies)
    return Head(response.content.decode())


def localised(language, name, *args):
    with translation.override(language):
        return reverse(name, args=args)


def check_preview(head, *, url, language):
    for key in OG_REQUIRED:
        assert head.meta.get(key), key
    assert head.one("og:url") == url
    assert head.links["canonical"] == [url]
    assert head.one("og:description") == head.one("description")
    locales = {"nb": "nb_NO", "en": "en_GB", "uk": "uk_UA", "pl": "pl_PL", "lt": "lt_LT"}
    locales["ar"] = "ar_AR"
    assert head.one("og:locale") == locales[language]
    assert head.meta["og:locale:alternate"] == [
        locale for code, locale in locales.items() if code != language
    ]
    assert head.one("og:image").startswith(f"{SITE}/")
    assert head.one("og:image:width") == "1200"
    assert head.one("og:image:height") == "630"
    assert head.one("twitter:card") == "summary"
    assert (
        head.one("og:site_name") == {"nb": "Narvik tilflytter", "en": "Narvik newcomers"}[language]
    )


@pytest.mark.parametrize("language", ["nb", "en"])
def test_home_has_an_absolute_preview(client, offer, language):
    url = localised(language, "home")
    head = page(client, url)
    check_preview(head, url=SITE + url, language=language)
    assert head.one("og:type") == "website"
    assert (
        head.one("og:title")
        == {
            "nb": "Tilbud til tilflyttere i Narvik",
            "en": "Offers for newcomers to Narvik",
        }[language]
    )


@pytest.mark.parametrize("language", ["nb", "en"])
def test_offer_preview_is_its_title_and_summary_in_the_page_language(client, offer, language):
    url = localised(language, "offers:detail", offer.slug)
    head = page(client, f"{url}?feedback=thanks")
    # The offer's own address: not the query the page was opened with.
    check_preview(head, url=SITE + url, language=language)
    assert head.one("og:type") == "article"
    expected = {
        "nb": ("Skiskole for nybegynnere", offer.summary_nb),
        "en": ("Ski school for beginners", offer.summary_en),
    }[language]
    assert (head.one("og:title"), head.one("og:description")) == expected
    assert head.one("description") == expected[1]


def test_an_untranslated_offer_previews_in_norwegian_on_the_english_page(client, db):
    offer = make_offer(title="Bare norsk", title_en="", summary_nb="Kun på norsk.")
    head = page(client, localised("en", "offers:detail", offer.slug))
    assert (head.one("og:title"), head.one("og:description")) == ("Bare norsk", "Kun på norsk.")


def test_a_summary_with_markup_is_text_in_the_tags(client, db):
    offer = make_offer(summary_nb='Kom "i kveld" <b>& ta med</b> venner')
    response = client.get(offer.get_absolute_url())
    body = response.content.decode()
    assert "<b>" not in body.split("</head>")[0]
    assert Head(body).one("og:description") == 'Kom "i kveld" <b>& ta med</b> venner'


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_list_preview_names_its_filters_in_words(client, db, language):
    matching = {"focus": ("norwegian",), "groups": ("refugees",)}
    make_offer(**matching)
    make_offer(**matching)
    make_offer(focus=("norwegian",))
    url = localised(language, "offers:list")
    head = page(client, f"{url}?focus=norwegian&group=refugees&q=&sort=&page=1")
    # The filters kept, the page number and the form's empty fields not.
    shared = f"{SITE}{url}?focus=norwegian&group=refugees"
    check_preview(head, url=shared, language=language)
    with translation.override(language):
        topic = FocusArea.objects.get(slug="norwegian").public_name
        group = TargetGroup.objects.get(slug="refugees").public_name
    offers = {"nb": "2 tilbud", "en": "2 offers"}[language]
    assert head.one("og:description") == f"{offers}: {topic}, {group}"
    assert (
        head.one("og:title")
        == {"nb": "Tilbud til tilflyttere", "en": "Offers for newcomers"}[language]
    )


def test_the_english_list_preview_reads_as_the_issue_asks(client, db):
    make_offer(focus=("norwegian",), groups=("refugees",))
    head = page(client, "/en/offers/?focus=norwegian&group=refugees")
    assert head.one("og:description") == (
        "1 offer: Learning Norwegian, Refugees with a residence permit"
    )


def test_the_whole_list_says_how_many_offers_it_has(client, db):
    make_offer()
    make_offer()
    head = page(client, reverse("offers:list"))
    assert head.one("og:url") == f"{SITE}{reverse('offers:list')}"
    assert head.one("og:description").startswith("2 tilbud til deg som flytter til Narvik")


def test_a_list_with_bad_filters_has_no_preview(client, db):
    response = client.get(reverse("offers:list") + "?focus=nope")
    assert response.status_code == 400
    head = Head(response.content.decode())
    assert "og:url" not in head.meta
    assert "canonical" not in head.links
    assert head.one("description")


def test_pages_that_are_not_for_sharing_keep_the_plain_description(client, db):
    head = page(client, reverse("about"))
    assert "og:title" not in head.meta
    assert "canonical" not in head.links
    assert head.one("description").startswith("Tilbud til deg som flytter til Narvik")


def test_the_preview_image_is_a_1200_by_630_png_served_by_the_site(client, offer):
    head = page(client, offer.get_absolute_url())
    image_url = head.one("og:image")
    path = finders.find(urlsplit(image_url).path.removeprefix(settings.STATIC_URL))
    assert path, image_url
    with Image.open(Path(path)) as image:
        assert (image.format, image.size) == ("PNG", (1200, 630))


@pytest.mark.parametrize("language", ["nb", "en"])
def test_the_share_block_writes_out_the_link_and_sends_it(client, offer, language):
    path = localised(language, "offers:detail", offer.slug)
    head = page(client, path)
    url = SITE + path
    field = head.inputs["share-link"]
    assert field["value"] == url
    assert "readonly" in field
    (mailto,) = [href for href in head.anchors if href.startswith("mailto:?")]
    (sms,) = [href for href in head.anchors if href.startswith("sms:")]

    title = {"nb": "Skiskole for nybegynnere", "en": "Ski school for beginners"}[language]
    summary = {"nb": offer.summary_nb, "en": offer.summary_en}[language]
    mail = parse_qs(urlsplit(mailto).query, strict_parsing=True)
    assert mail == {"subject": [title], "body": [f"{title}\r\n{summary}\r\n\r\n{url}"]}
    # Encoded throughout: spaces are %20 (a "+" would stay a plus in a mail program), and the
    # address's own ":", "/" and "?" cannot end the body early.
    assert "+" not in mailto and " " not in mailto
    assert unquote(mailto.rsplit("%0D%0A", 1)[1]) == url

    assert sms.startswith("sms:?&body=")
    body = unquote(sms.removeprefix("sms:?&body="))
    assert body == f"{title}: {url}"
    assert unquote(body.rsplit(": ", 1)[1]) == url


def test_the_share_block_comes_before_the_feedback(client, offer):
    head = page(client, offer.get_absolute_url())
    assert head.ids.index("share") < head.ids.index("feedback")


def test_the_share_block_asks_for_no_script_and_no_other_site(client, offer):
    body = client.get(offer.get_absolute_url()).content.decode()
    share = body[body.index('<section class="share"') :]
    share = share[: share.index("</section>")]
    assert "<script" not in share
    assert "<form" not in share
    links = Head(share).anchors
    assert len(links) == 2
    assert all(href.startswith(("mailto:", "sms:")) for href in links)


def test_a_title_with_ampersand_and_question_mark_survives_the_links(client, db):
    offer = make_offer(title="Ski & skøyter? Ja!", summary_nb="Hei & hå = moro")
    head = page(client, offer.get_absolute_url())
    (mailto,) = [href for href in head.anchors if href.startswith("mailto:?")]
    mail = parse_qs(urlsplit(mailto).query, strict_parsing=True)
    assert mail["subject"] == ["Ski & skøyter? Ja!"]
    assert mail["body"][0].startswith("Ski & skøyter? Ja!\r\nHei & hå = moro\r\n")
