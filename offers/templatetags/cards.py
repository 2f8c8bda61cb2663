"""`{% card offer as card %}`: what an offer card (templates/includes/offer_card.html) shows
beyond the offer's own fields, worked out in one call.

A list page draws twenty cards, and each variable, filter, `{% if %}` and `{% translate %}` a
card template evaluates costs as much as a line of Python several times over: working out the
card's address, the `lang` of its parts, its languages and its notice here made the list's
rendering about half as long (issue 13). The card's markup stays in its template."""

from django import template
from django.utils.translation import gettext, pgettext

from .fallback import fallback_notice, lang_of

register = template.Library()

# The parts a card shows, and so the ones its notice names.
CARD_PARTS = ("title", "summary", "schedule", "price")
NO_LANG = dict.fromkeys(CARD_PARTS, "")


@register.simple_tag
def card(offer):
    fallback = offer.fallback_parts()
    if not fallback:
        # The page's language has every part (always so in Norwegian): no lang, no notice.
        lang, notice = NO_LANG, ""
    else:
        lang = {part: lang_of(fallback, part) for part in CARD_PARTS}
        if offer.only_in_norwegian():
            notice = gettext("Only in Norwegian")
        elif offer.only_in_norwegian_and_english():
            notice = gettext("Only in Norwegian and English")
        else:
            notice = fallback_notice(offer, fallback, " ".join(CARD_PARTS))
    separator = pgettext("between the items of a list", ", ")
    return {
        "url": offer.get_absolute_url(),
        "lang": lang,
        "notice": notice,
        "languages": separator.join(language.name_in_text for language in offer.languages.all()),
        "topics": [area.public_name for area in offer.focus_areas.all()],
    }
