"""Pages that hold many offers are bounded (issue 13, item 2): an organisation's page has pages,
and the list's calendar holds the coming months, not all time."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from offers.feeds import CALENDAR_DAYS_AHEAD
from offers.views.organisations import OFFERS_PER_PAGE
from tests.factories import make_actor, make_offer

pytestmark = pytest.mark.django_db


def test_an_organisation_with_many_offers_gets_pages(client):
    university = make_actor(name="UiT")
    for number in range(OFFERS_PER_PAGE + 3):
        make_offer(actor=university, title=f"Kurs {number:02}", published_days_ago=number + 1)
    url = reverse("actors:detail", args=[university.slug])

    first = client.get(url)
    assert len(first.context["offers"]) == OFFERS_PER_PAGE
    assert "Kurs 00" in first.content.decode()  # newest first
    assert 'rel="next"' in first.content.decode()
    second = client.get(url + "?page=2")
    assert [offer.title for offer in second.context["offers"]] == ["Kurs 20", "Kurs 21", "Kurs 22"]
    for bad in ("3", "0", "abc", "9" * 30):
        assert client.get(url + f"?page={bad}").status_code == 404


@pytest.mark.usefixtures("terms_read")
def test_the_organisation_page_costs_the_same_with_more_offers(client):
    actor = make_actor()

    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("actors:detail", args=[actor.slug])).status_code == 200
        return len(queries)

    make_offer(actor=actor)
    few = count()
    for _ in range(OFFERS_PER_PAGE + 5):
        make_offer(actor=actor)
    assert count() == few


def test_the_list_calendar_holds_the_coming_months_not_all_time(client):
    now = timezone.now()
    soon = make_offer(title="Snart", starts_at=now + timedelta(days=10))
    far = make_offer(title="Langt fram", starts_at=now + timedelta(days=CALENDAR_DAYS_AHEAD + 30))
    past = make_offer(title="Lenge siden", starts_at=now - timedelta(days=60))
    calendar = Calendar.from_ical(client.get(reverse("offers:calendar")).content)
    summaries = {str(event["summary"]) for event in calendar.walk("VEVENT")}
    assert summaries == {soon.title}
    # The far one's own calendar still has it.
    event = client.get(reverse("offers:event", args=[far.slug]))
    assert far.title in event.content.decode()
    assert past.title not in summaries


def test_the_list_calendar_holds_at_most_its_number_of_events_soonest_first(client, monkeypatch):
    monkeypatch.setattr("offers.feeds.CALENDAR_MAX_EVENTS", 3)
    soon = timezone.now() + timedelta(days=1)
    for day in range(5):
        make_offer(title=f"Kurs {day}", starts_at=soon + timedelta(days=day))
    calendar = Calendar.from_ical(client.get(reverse("offers:calendar")).content)
    summaries = [str(event["summary"]) for event in calendar.walk("VEVENT")]
    assert summaries == ["Kurs 0", "Kurs 1", "Kurs 2"]
