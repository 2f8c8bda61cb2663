"""`{% card offer as card %}`: what an offer card (templates/includes/offer_card.html) shows
beyond the offer's own fields, worked out in one call.

A list page draws twelve cards, and each variable, filter, `{% if %}` and `{% translate %}` a
card template evaluates costs as much as a line of Python several times over: working out the
card's address, the `lang` of its parts, its languages and its notice here takes about a third
off a card's rendering (issue 13). The card's markup stays in its template."""

from django import template
from django.utils.translation import get_language, gettext, pgettext

from .fallback import fallback_notice, lang_of

register = template.Library()

# The parts a card shows, and so the ones its notice names.
CARD_PARTS = ("title", "summary", "schedule", "price")
NO_LANG = dict.fromkeys(CARD_PARTS, "")


def _names(context):
    """The names of the terms cards show, kept for one page's rendering (render_context's
    first dict lives as long as the page's render, across includes, as IncludeNode keeps its
    templates there): twelve cards name the same few languages and topics over and over, and
    each name read asks for the active language."""
    return context.render_context.dicts[0].setdefault("offer-card-names", {})


def _name(names, language, term, attribute):
    key = (language, type(term).__name__, term.pk)
    name = names.get(key)
    if name is None:
        name = names[key] = getattr(term, attribute)
    return name


@register.simple_tag(takes_context=True)
def card(context, offer):
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
    names, language = _names(context), get_language()
    return {
        # The translated parts read once (each read walks modeltranslation's fallback chain).
        **{part: getattr(offer, part) for part in CARD_PARTS},
        "url": offer.get_absolute_url(),
        "lang": lang,
        "notice": notice,
        "languages": separator.join(
            _name(names, language, term, "name_in_text") for term in offer.languages.all()
        ),
        "topics": [_name(names, language, term, "public_name") for term in offer.focus_areas.all()],
    }
