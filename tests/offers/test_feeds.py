from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from tests.factories import make_offer

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def catalogue(db):
    soon = timezone.now() + timedelta(days=3)
    return {
        "concert": make_offer(
            title="Konsert",
            focus=("leisure",),
            starts_at=soon,
            ends_at=soon + timedelta(hours=2),
            place="Kulturhuset",
        ),
        "course": make_offer(title="Norskkurs", focus=("norwegian",)),
        "draft": make_offer(title="Utkast", status="draft", starts_at=soon),
    }


def entries(response):
    tree = ElementTree.fromstring(response.content)
    return [entry.findtext(f"{ATOM}title") for entry in tree.iter(f"{ATOM}entry")]


def test_list_page_links_its_feed_and_calendar_with_the_same_filters(client, catalogue):
    body = client.get(reverse("offers:list") + "?focus=leisure&page=1").content.decode()
    assert (
        '<link rel="alternate" type="application/atom+xml" title="Nyhetsstrøm for disse tilbudene"'
        ' href="/nb/tilbud/feed.atom?focus=leisure">' in body
    )
    assert 'type="text/calendar"' in body
    assert 'href="/nb/tilbud/kalender.ics?focus=leisure"' in body


def test_feed_lists_public_offers_matching_the_filters(client, catalogue):
    response = client.get(reverse("offers:feed"))
    assert response["Content-Type"].startswith("application/atom+xml")
    assert sorted(entries(response)) == ["Konsert", "Norskkurs"]
    assert entries(client.get(reverse("offers:feed") + "?focus=norwegian")) == ["Norskkurs"]


def test_feed_in_english(client, catalogue):
    response = client.get("/en/offers/feed.atom?focus=norwegian")
    tree = ElementTree.fromstring(response.content)
    assert tree.findtext(f"{ATOM}title") == "Offers for newcomers to Narvik"
    assert entries(response) == [catalogue["course"].title_en]


def test_feed_with_a_bad_filter_is_400(client, catalogue):
    assert client.get(reverse("offers:feed") + "?focus=nope").status_code == 400


def test_calendar_holds_the_dated_public_offers(client, catalogue):
    response = client.get(reverse("offers:calendar"))
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(event["summary"]) for event in events] == ["Konsert"]
    event = events[0]
    assert event["dtstart"].dt == catalogue["concert"].starts_at.replace(microsecond=0)
    assert str(event["location"]) == "Kulturhuset"
    assert str(event["url"]).endswith("/nb/tilbud/" + catalogue["concert"].slug + "/")


def test_dated_offer_links_its_own_calendar_event(client, catalogue):
    concert = catalogue["concert"]
    body = client.get(concert.get_absolute_url()).content.decode()
    url = reverse("offers:event", args=[concert.slug])
    assert f'href="{url}"' in body
    events = Calendar.from_ical(client.get(url).content).walk("VEVENT")
    assert len(events) == 1


def test_undated_or_hidden_offer_has_no_calendar_event(client, catalogue):
    for offer in (catalogue["course"], catalogue["draft"]):
        assert client.get(reverse("offers:event", args=[offer.slug])).status_code == 404
    body = client.get(catalogue["course"].get_absolute_url()).content.decode()
    assert ".ics" not in body
