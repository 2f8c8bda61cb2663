"""The offer list as an Atom feed and as a calendar, for the same filters as the list page."""

from datetime import timedelta

from django.contrib.syndication.views import Feed
from django.core.exceptions import BadRequest
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from .filters import OfferFilter
from .models import Offer

FEED_SIZE = 50


def filtered_offers(request):
    """Public offers matching the request's filters; a bad filter is a 400, as on the list."""
    filterset = OfferFilter(request.GET, queryset=Offer.objects.public().with_cards())
    if not filterset.is_valid():
        raise BadRequest(_("Some of the filters in this link are not valid"))
    return filterset.qs


def _with_filters(name, request):
    """The path of `name` with the request's filters (its query string) kept."""
    query = request.GET.urlencode()
    return reverse(name) + (f"?{query}" if query else "")


class PlainTextAtomFeed(Atom1Feed):
    """Atom whose entry summaries are declared plain text.

    Django's Atom1Feed marks every summary `type="html"`, so a feed reader would render the
    summary as HTML. An offer's summary is plain text an organisation typed: "<b>" and "&amp;"
    must show as written."""

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, {**item, "description": None})
        if item["description"] is not None:
            handler.addQuickElement("summary", item["description"], {"type": "text"})


class OfferFeed(Feed):
    feed_type = PlainTextAtomFeed

    def get_object(self, request):
        return request

    def title(self, request):
        return _("Offers for newcomers to Narvik")

    def subtitle(self, request):
        return _("New offers from the organisations that welcome newcomers to Narvik.")

    def link(self, request):
        return _with_filters("offers:list", request)

    def feed_url(self, request):
        # Django's default is the path alone, so a filtered feed's rel="self" named the
        # unfiltered feed: a reader that follows it would subscribe to every offer.
        return _with_filters("offers:feed", request)

    def items(self, request):
        return filtered_offers(request).order_by("-published_at", "pk")[:FEED_SIZE]

    def item_title(self, offer):
        return offer.title

    def item_description(self, offer):
        return offer.summary

    def item_pubdate(self, offer):
        return offer.published_at

    def item_updateddate(self, offer):
        return offer.updated_at

    def item_author_name(self, offer):
        return offer.actor.name

    def item_categories(self, offer):
        return [area.public_name for area in offer.focus_areas.all()]


offer_feed = OfferFeed()


def _calendar(request, offers):
    calendar = Calendar()
    calendar.add("prodid", "-//Narvik tilflytter//tilbud//NB")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("Offers for newcomers to Narvik"))
    host = request.get_host().split(":")[0]
    for offer in offers:
        event = Event()
        event.add("uid", f"offer-{offer.pk}@{host}")
        event.add("dtstamp", offer.updated_at)
        event.add("dtstart", offer.starts_at)
        event.add("dtend", offer.ends_at or offer.starts_at + timedelta(hours=1))
        event.add("summary", offer.title)
        event.add("description", offer.summary)
        event.add("url", request.build_absolute_uri(offer.get_absolute_url()))
        location = ", ".join(part for part in (offer.place, offer.address) if part)
        if location:
            event.add("location", location)
        calendar.add_component(event)
    response = HttpResponse(calendar.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="narvik-tilflytter.ics"'
    return response


# What the list's calendar holds: a month back and the coming months, not all time (each offer's
# own calendar, `offers:event`, has its date however far off).
CALENDAR_DAYS_BACK = 30
CALENDAR_DAYS_AHEAD = 183
# And at most this many events, soonest first: a bound on the answer's size however many dated
# offers a county's directory holds (a narrower filter shows the rest).
CALENDAR_MAX_EVENTS = 500


def offer_calendar(request):
    """Dated offers matching the filters, from a month back to half a year ahead, soonest
    first, at most CALENDAR_MAX_EVENTS of them."""
    now = timezone.now()
    offers = (
        filtered_offers(request)
        .filter(
            starts_at__gte=now - timedelta(days=CALENDAR_DAYS_BACK),
            starts_at__lte=now + timedelta(days=CALENDAR_DAYS_AHEAD),
        )
        .order_by("starts_at", "pk")
    )[:CALENDAR_MAX_EVENTS]
    return _calendar(request, offers)


def offer_event(request, slug):
    offer = get_object_or_404(Offer.objects.public(), slug=slug, starts_at__isnull=False)
    return _calendar(request, [offer])
