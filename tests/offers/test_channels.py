"""Today's channels read back by standard readers: the Atom feed by feedparser, the calendars by
icalendar, the sitemap's hreflang alternates followed (issue 10, item 7).

Django's tests only check that these are well-formed XML or text; a feed reader or a calendar
app is stricter (a missing DTSTAMP, a time without a zone, a rel="self" that names another
feed), so here the same libraries such programs use parse what the site serves."""

from datetime import timedelta
from urllib.parse import urlsplit
from xml.etree import ElementTree

import feedparser
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from icalendar import Calendar

from offers.models import Offer
from tests.factories import make_actor, make_offer

pytestmark = pytest.mark.django_db

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
# What every event needs for a calendar app to keep it (RFC 5545 §3.6.1, and the page's link).
EVENT_PROPERTIES = ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "URL")
FILTERS = "?focus=norwegian&group=refugees"


@pytest.fixture
def catalogue(db):
    """Public offers with and without the filters' topic and group, and hidden ones that have
    both: a draft, an expired offer and one run by an organisation not yet approved."""
    soon = timezone.now() + timedelta(days=5)
    matching = {"focus": ("norwegian",), "groups": ("refugees",)}
    return {
        "course": make_offer(
            title="Norskkurs for flyktninger",
            title_en="Norwegian for refugees",
            starts_at=soon,
            ends_at=soon + timedelta(hours=2),
            place="Voksenopplæringen",
            **matching,
        ),
        "cafe": make_offer(
            title="Språkkafé",
            title_en="Language café",
            focus=("norwegian", "leisure"),
            groups=("refugees", "labour-europe"),
            published_days_ago=3,
        ),
        "norwegian_only": make_offer(title="Bare på norsk", title_en="", **matching),
        "other_group": make_offer(
            title="Norsk for arbeidsinnvandrere", focus=("norwegian",), groups=("labour-europe",)
        ),
        "other_topic": make_offer(
            title="Skitur", focus=("leisure",), groups=("refugees",), starts_at=soon
        ),
        "draft": make_offer(title="Utkast", status=Offer.Status.DRAFT, starts_at=soon, **matching),
        "expired": make_offer(
            title="Utløpt", valid_until=timezone.localdate() - timedelta(days=1), **matching
        ),
        "unapproved": make_offer(
            title="Ikke godkjent", actor=make_actor(is_approved=False), starts_at=soon, **matching
        ),
    }


def read_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(
        response.content,
        response_headers={"content-type": response["Content-Type"]},
    )
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def link(feed, rel):
    (href,) = [item.href for item in feed.feed.links if item.rel == rel]
    return href


def absolute(path):
    return f"http://testserver{path}"


def public_urls(language, **filters):
    """The absolute page of each public offer with these filters, by the one public rule."""
    offers = Offer.objects.public().filter(**filters).distinct()
    with translation.override(language):
        return {absolute(offer.get_absolute_url()) for offer in offers}


def read_calendar(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert calendar.errors == []
    assert str(calendar["VERSION"]) == "2.0"
    assert calendar["PRODID"]
    events = calendar.walk("VEVENT")
    for event in events:
        assert event.errors == [], event.errors
        for name in EVENT_PROPERTIES:
            assert name in event, name
        for name in ("DTSTAMP", "DTSTART", "DTEND"):
            assert event[name].dt.tzinfo is not None, name
        assert event["DTEND"].dt > event["DTSTART"].dt
    uids = [str(event["UID"]) for event in events]
    assert len(set(uids)) == len(uids)
    return events


def test_the_list_feed_reads_cleanly_and_holds_every_public_offer(client, catalogue):
    feed = read_feed(client, reverse("offers:feed"))
    assert feed.feed.title == "Tilbud til tilflyttere i Narvik"
    assert feed.feed.language == "nb"
    assert link(feed, "self") == absolute(reverse("offers:feed"))
    assert link(feed, "alternate") == absolute(reverse("offers:list"))
    assert {entry.link for entry in feed.entries} == public_urls("nb")
    course = next(entry for entry in feed.entries if entry.title == "Norskkurs for flyktninger")
    assert course.summary == catalogue["course"].summary_nb
    assert course.author == catalogue["course"].actor.name
    assert course.id == course.link
    assert course.published_parsed and course.updated_parsed


def test_a_filtered_feed_keeps_its_filters_in_rel_self(client, catalogue):
    feed = read_feed(client, reverse("offers:feed") + FILTERS)
    # A reader subscribes to rel="self": it must be this feed, not the one with every offer.
    assert link(feed, "self") == absolute(reverse("offers:feed") + FILTERS)
    assert link(feed, "alternate") == absolute(reverse("offers:list") + FILTERS)
    expected = public_urls("nb", focus_areas__slug="norwegian", target_groups__slug="refugees")
    assert {entry.link for entry in feed.entries} == expected
    assert sorted(entry.title for entry in feed.entries) == [
        "Bare på norsk",
        "Norskkurs for flyktninger",
        "Språkkafé",
    ]


def test_the_feed_self_link_reproduces_the_feed(client, catalogue):
    feed = read_feed(client, reverse("offers:feed") + FILTERS)
    self_url = urlsplit(link(feed, "self"))
    again = read_feed(client, f"{self_url.path}?{self_url.query}")
    assert [entry.id for entry in again.entries] == [entry.id for entry in feed.entries]


def test_the_english_feed_reads_cleanly_in_english(client, catalogue):
    with translation.override("en"):
        feed_url = reverse("offers:feed")
    feed = read_feed(client, feed_url + FILTERS)
    assert feed.feed.title == "Offers for newcomers to Narvik"
    assert feed.feed.language == "en"
    assert link(feed, "self") == absolute(feed_url + FILTERS)
    expected = public_urls("en", focus_areas__slug="norwegian", target_groups__slug="refugees")
    assert {entry.link for entry in feed.entries} == expected
    # An offer without English is in the feed in Norwegian, as on the English list.
    assert sorted(entry.title for entry in feed.entries) == [
        "Bare på norsk",
        "Language café",
        "Norwegian for refugees",
    ]


def test_an_offer_event_reads_cleanly_in_both_languages(client, catalogue):
    course = catalogue["course"]
    for language, title in (("nb", "Norskkurs for flyktninger"), ("en", "Norwegian for refugees")):
        with translation.override(language):
            url = reverse("offers:event", args=[course.slug])
            page = absolute(course.get_absolute_url())
        (event,) = read_calendar(client, url)
        assert str(event["SUMMARY"]) == title
        assert str(event["URL"]) == page
        assert event["DTSTART"].dt == course.starts_at.replace(microsecond=0)
        assert event["DTEND"].dt == course.ends_at.replace(microsecond=0)
        assert str(event["LOCATION"]) == "Voksenopplæringen"


def test_the_list_calendar_holds_the_dated_public_offers_for_the_filters(client, catalogue):
    titles = [str(event["SUMMARY"]) for event in read_calendar(client, reverse("offers:calendar"))]
    assert sorted(titles) == ["Norskkurs for flyktninger", "Skitur"]
    filtered = read_calendar(client, reverse("offers:calendar") + FILTERS)
    assert [str(event["SUMMARY"]) for event in filtered] == ["Norskkurs for flyktninger"]
    with translation.override("en"):
        english = read_calendar(client, reverse("offers:calendar") + FILTERS)
    assert [str(event["SUMMARY"]) for event in english] == ["Norwegian for refugees"]
    assert str(english[0]["URL"]).startswith("http://testserver/en/offers/")


def test_an_offer_has_the_same_uid_in_every_calendar(client, catalogue):
    course = catalogue["course"]
    (alone,) = read_calendar(client, reverse("offers:event", args=[course.slug]))
    with translation.override("en"):
        (english,) = read_calendar(client, reverse("offers:calendar") + FILTERS)
    # So a calendar app that has both updates one event instead of showing it twice.
    assert str(alone["UID"]) == str(english["UID"])


def test_sitemap_x_default_is_the_norwegian_page_and_it_exists(client, catalogue):
    tree = ElementTree.fromstring(client.get(reverse("sitemap")).content)
    entries = list(tree.iter(f"{SITEMAP}url"))
    assert entries
    checked = set()
    for entry in entries:
        alternates = {link.get("hreflang"): link.get("href") for link in entry.iter(f"{XHTML}link")}
        assert set(alternates) == {code for code, _name in settings.LANGUAGES} | {"x-default"}
        assert alternates["x-default"] == alternates["nb"]
        checked.update(alternates.values())
    for url in checked:
        response = client.get(urlsplit(url).path)
        assert response.status_code == 200, url


def test_a_feed_with_no_offers_for_its_filters_still_reads_cleanly(client, catalogue):
    feed = read_feed(client, reverse("offers:feed") + "?focus=housing")
    assert feed.entries == []
    assert link(feed, "self") == absolute(reverse("offers:feed") + "?focus=housing")
    assert feed.feed.updated_parsed
