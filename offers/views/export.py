"""The public offer list on paper and in a spreadsheet, for the same filters as the list page.

`offers:print` is the reception desk's sheet: every offer with a QR code to its page in the
sheet's language (the page's), the filters named and the date printed. `offers:csv` is the same
list as CSV, one row per offer with the text in both languages. Both read the list's GET filters
through `OfferFilter` and `Offer.objects.public()`, in the list's order; a bad filter is a 400
with the list's message.

Both are bounded: the first PRINT_MAX offers on paper (the page says how many it left out), the
first CSV_MAX_ROWS in the CSV (the `X-Total-Count` header says how many matched)."""

import segno
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from narvik_tilflytter import spreadsheets

from ..filters import OfferFilter
from ..models import Offer
from ..terms import TAG_MODELS
from .public import active_filters

# A sheet for a newcomer is a few pages; past this, the filters should narrow the list.
PRINT_MAX = 60
# Far more than the site holds (about forty offers in 2026); a bound on the response's size.
CSV_MAX_ROWS = 2000

# The languages an offer is written in (settings.MODELTRANSLATION_LANGUAGES), a column each,
# named as settings.LANGUAGES names them.
CONTENT_LANGUAGES = {
    code: gettext_lazy("Norwegian") if code == "nb" else name
    for code, name in settings.LANGUAGES
    if code in settings.MODELTRANSLATION_LANGUAGES
}

# The error the list page shows for a link with bad filters (templates/offers/offer_list.html).
INVALID_FILTERS = gettext_lazy("Some of the filters in this link are not valid")


def _filterset(request):
    offers = Offer.objects.public().with_cards(tags=TAG_MODELS)
    return OfferFilter(request.GET, queryset=offers, request=request)


def _field_errors(filterset):
    form = filterset.form
    return [f"{form[name].label}: {' '.join(errors)}" for name, errors in form.errors.items()]


def _bounded(queryset, limit):
    """The first `limit` offers and how many matched, without counting when all fit."""
    offers = list(queryset[: limit + 1])
    if len(offers) <= limit:
        return offers, len(offers)
    return offers[:limit], queryset.count()


def absolute_url(path):
    """An address on the site, as a newcomer's phone reaches it (settings.SITE_URL)."""
    return settings.SITE_URL + path


def offer_url(offer, language):
    with translation.override(language):
        return absolute_url(reverse("offers:detail", kwargs={"slug": offer.slug}))


def qr_code(url, label):
    """`url` as a QR code: inline SVG, drawn here, dark on light whatever the page's colours,
    with `label` as its accessible name. The markup is segno's own (no text of ours in it but
    the escaped label), so it may be marked safe."""
    svg = segno.make(url, error="m").svg_inline(
        scale=1, omitsize=True, dark="#000", light="#fff", svgclass="qr", lineclass=None
    )
    return mark_safe(
        svg.replace("<svg ", format_html('<svg role="img" aria-label="{}" ', label), 1)
    )


def offer_print(request):
    filterset = _filterset(request)
    if not filterset.is_valid():
        context = {"invalid": True, "errors": _field_errors(filterset)}
        return render(request, "offers/print.html", context, status=400)
    offers, total = _bounded(filterset.qs, PRINT_MAX)
    language = translation.get_language()
    for offer in offers:
        offer.print_url = offer_url(offer, language)
        offer.qr_code = qr_code(
            offer.print_url, _("QR code: the page of “%(title)s”") % {"title": offer.title}
        )
    query = request.GET.copy()
    query.pop("page", None)
    list_url = reverse("offers:list") + (f"?{query.urlencode()}" if query else "")
    context = {
        "offers": offers,
        "total": total,
        "left_out": total - len(offers),
        "filters": [label for label, _link in active_filters(filterset, request.GET)],
        "today": timezone.localdate(),
        "list_url": list_url,
        "list_absolute_url": absolute_url(list_url),
        "list_qr_code": qr_code(absolute_url(list_url), _("QR code: these offers on the website")),
    }
    return render(request, "offers/print.html", context)


def csv_header():
    # The translated fields' columns, in both languages, in the order the offer form has them.
    languages = CONTENT_LANGUAGES
    field_names = {
        "title": _("Title"),
        "summary": _("Summary"),
        "description": _("Description"),
        "price": _("Price"),
        "schedule": _("When"),
    }
    translated = [
        f"{field_names[field]} ({languages[code]})"
        for field in Offer.TRANSLATED_FIELDS
        for code in languages
    ]
    return [
        *translated,
        _("Organisation"),
        _("Topics"),
        _("Target groups"),
        _("Life situation"),
        _("Language of the offer"),
        _("Free"),
        _("Starts"),
        _("Ends"),
        _("Place"),
        _("Address"),
        _("Sign-up page"),
        _("Sign-up e-mail"),
        _("Sign-up phone"),
        _("Valid until"),
        _("Last confirmed"),
        # Not inside the f-string: makemessages cannot see a translation in one.
        *(f"{link} ({name})" for link in [_("Link")] for name in languages.values()),
    ]


def _names(terms, attribute="name"):
    return ", ".join(getattr(term, attribute) for term in terms)


def _iso(moment):
    return timezone.localtime(moment).isoformat(timespec="minutes") if moment else ""


def csv_row(offer):
    translated = [
        getattr(offer, f"{field}_{code}") or ""
        for field in Offer.TRANSLATED_FIELDS
        for code in CONTENT_LANGUAGES
    ]
    last_confirmed = offer.last_confirmed_at
    return [
        *translated,
        offer.actor.name,
        _names(offer.focus_areas.all(), "public_name"),
        _names(offer.target_groups.all()),
        _names(offer.segments.all()),
        _names(offer.languages.all()),
        _("yes") if offer.is_free else _("no"),
        _iso(offer.starts_at),
        _iso(offer.ends_at),
        offer.place,
        offer.address,
        offer.signup_url,
        offer.signup_email,
        offer.signup_phone,
        offer.valid_until.isoformat() if offer.valid_until else "",
        timezone.localdate(last_confirmed).isoformat() if last_confirmed else "",
        *(offer_url(offer, code) for code in CONTENT_LANGUAGES),
    ]


def offer_csv(request):
    filterset = _filterset(request)
    if not filterset.is_valid():
        text = "\n".join([str(INVALID_FILTERS), *_field_errors(filterset)])
        return HttpResponse(text, status=400, content_type="text/plain; charset=utf-8")
    offers, total = _bounded(filterset.qs, CSV_MAX_ROWS)
    rows = [csv_header(), *(csv_row(offer) for offer in offers)]
    stem = _("narvik-offers")
    name = f"{stem}-{timezone.localdate():%Y-%m-%d}.csv"
    response = spreadsheets.csv_response(rows, name)
    response["X-Total-Count"] = str(total)
    response["X-Row-Limit"] = str(CSV_MAX_ROWS)
    return response
