"""Shared links: the preview tags of the pages worth sharing (home, the list, an offer) and the
offer page's share block (issue 10, item 4).

`{% share_meta title=… description=… %}` in a page's `{% block meta %}` (templates/base.html)
writes the description, the canonical link, Open Graph and the Twitter card
(templates/includes/share_meta.html). `{% share_links offer as share %}` gives the offer page's
address and its mailto: and sms: links (templates/includes/share.html).

Every address here is absolute on settings.SITE_URL, the site's public address, not on the host
a request happened to name: a preview or a forwarded link must lead to the real site.

The preview image, static/icons/og-image.png (1200 by 630 pixels, the size most previews ask
for), was made once from static/icons/wordmark.svg: a page of that size on the header's blue
(#0b4f6c) with the wordmark's SVG inline at 616 by 168 px and "tilflytter · newcomers" below
it (DejaVu Sans 52 px, the dot in the focus yellow #f2c14e), screenshot by Chromium through
Playwright at device scale 1. Both fit in the middle square, which a "summary" card crops to."""

from urllib.parse import quote

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import get_language, gettext, ngettext, to_locale

register = template.Library()

# Open Graph names a locale as language_TERRITORY; these are the ones Facebook knows for the
# site's interface languages (settings.LANGUAGES, docs/languages.md). Another code falls back
# to Django's own locale name for it.
OG_LOCALES = {
    "nb": "nb_NO",
    "en": "en_GB",
    "uk": "uk_UA",
    "pl": "pl_PL",
    "lt": "lt_LT",
    "ar": "ar_AR",
}
OG_IMAGE = "icons/og-image.png"
OG_IMAGE_SIZE = (1200, 630)
# A page's own list of results: not part of the address people share.
NOT_SHARED = ("page",)


def og_locale(code):
    return OG_LOCALES.get(code, to_locale(code))


def absolute(path):
    return settings.SITE_URL + path


def shared_query(query):
    """The filters of a query string worth keeping in a shared link: without the page number
    and without the empty fields a sent filter form leaves (`q=&sort=`)."""
    query = query.copy()
    for key in list(query):
        values = [value for value in query.getlist(key) if value.strip()]
        if key in NOT_SHARED or not values:
            del query[key]
        else:
            query.setlist(key, values)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else ""


@register.inclusion_tag("includes/share_meta.html", takes_context=True)
def share_meta(context, *, title, description, path=None, filters=False, kind="website"):
    """`path` is the page's own address (default: the request's path, no query); `filters`
    keeps the request's filters, for the list."""
    request = context["request"]
    path = path or request.path
    if filters:
        path += shared_query(request.GET)
    current = get_language()
    return {
        "title": title,
        "description": description,
        "url": absolute(path),
        "kind": kind,
        "site_name": gettext("Narvik newcomers"),
        "locale": og_locale(current),
        "alternate_locales": [og_locale(code) for code, _ in settings.LANGUAGES if code != current],
        "image": absolute(static(OG_IMAGE)),
        "image_width": OG_IMAGE_SIZE[0],
        "image_height": OG_IMAGE_SIZE[1],
    }


@register.simple_tag
def list_description(count, active_filters):
    """The list in words, for its preview: "12 offers: Learning Norwegian, Refugees"."""
    offers = ngettext("%(counter)s offer", "%(counter)s offers", count) % {"counter": count}
    if active_filters:
        return f"{offers}: {', '.join(str(label) for label, _url in active_filters)}"
    return gettext(
        "%(offers)s for people moving to Narvik: Norwegian courses, work, housing, school "
        "and leisure."
    ) % {"offers": offers}


def _encode(text):
    # Everything but letters, digits and -._~ percent-encoded, spaces as %20 (not "+", which
    # a mail program would show as a plus): RFC 6068 for mailto:, RFC 5724 for sms:.
    return quote(text, safe="")


@register.simple_tag
def share_links(offer):
    """The offer page's address, and links that start an e-mail or a text message with it."""
    url = absolute(offer.get_absolute_url())
    mail_body = f"{offer.title}\r\n{offer.summary}\r\n\r\n{url}"
    return {
        "url": url,
        "mailto": f"mailto:?subject={_encode(offer.title)}&body={_encode(mail_body)}",
        # "?&": the form both iOS (which wants "&body") and Android (which wants "?body") read.
        "sms": f"sms:?&body={_encode(f'{offer.title}: {url}')}",
    }
