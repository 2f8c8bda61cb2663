"""How a page shows an offer's text that is not in the page's language (Offer.fallback_parts).

`{{ fallback|lang_of:"title" }}` writes ` lang="en"` on the element of a part shown in
another language (so a screen reader reads it in that language; on a right-to-left page also
`dir="auto"`, so Norwegian inside Arabic runs left to right), and nothing for a part in the
page's language.
`{% fallback_notice offer fallback "title summary" %}` is the notice naming those parts in the
page's language: "only in Norwegian", or "only in Norwegian and English" when the part falls back
to English."""

from django import template
from django.utils.html import format_html
from django.utils.translation import get_language_bidi
from django.utils.translation import gettext_lazy as _

register = template.Library()

NOTICES = {
    "nb": {
        "title": _("The title is only in Norwegian."),
        "summary": _("The summary is only in Norwegian."),
        "description": _("The description is only in Norwegian."),
        "schedule": _("The time is only in Norwegian."),
        "price": _("The price is only in Norwegian."),
    },
    "en": {
        "title": _("The title is only in Norwegian and English."),
        "summary": _("The summary is only in Norwegian and English."),
        "description": _("The description is only in Norwegian and English."),
        "schedule": _("The time is only in Norwegian and English."),
        "price": _("The price is only in Norwegian and English."),
    },
}


@register.filter
def lang_of(fallback, part):
    code = fallback.get(part)
    if not code:
        return ""
    if get_language_bidi():
        return format_html(' lang="{}" dir="auto"', code)
    return format_html(' lang="{}"', code)


@register.simple_tag
def fallback_notice(offer, fallback, parts):
    """The sentences for the named parts (space-separated) that fall back; a free offer's price
    is not shown, so its language is not mentioned."""
    sentences = [
        str(NOTICES[fallback[part]][part])
        for part in parts.split()
        if part in fallback and not (part == "price" and offer.is_free)
    ]
    return " ".join(sentences)
