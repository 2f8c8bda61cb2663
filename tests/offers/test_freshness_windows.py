""" "Expires soon" and "not confirmed for too long" are one rule each (offers/freshness.py): the
dashboard, the daily reminders and the admin's filter agree on every offer."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from actors.models import Membership
from offers import freshness
from offers.models import Offer
from tests.factories import make_member, make_moderator, make_offer

pytestmark = pytest.mark.django_db


def _titles(queryset):
    return sorted(queryset.values_list("title_nb", flat=True))


@pytest.fixture
def offers(actor):
    today = timezone.localdate()
    window = freshness.EXPIRING_WITHIN.days
    now = timezone.now()
    return {
        "last day in window": make_offer(actor=actor, valid_until=today + timedelta(window)),
        "today": make_offer(actor=actor, valid_until=today),
        "after window": make_offer(actor=actor, valid_until=today + timedelta(window + 1)),
        "expired": make_offer(actor=actor, valid_until=today - timedelta(1)),
        "draft in window": make_offer(
            actor=actor, status=Offer.Status.DRAFT, valid_until=today + timedelta(2)
        ),
        "stale": make_offer(actor=actor, last_confirmed_at=now - freshness.CONFIRM_AFTER * 1.1),
        "never confirmed, old": make_offer(
            actor=actor, published_days_ago=freshness.CONFIRM_AFTER.days + 5
        ),
        "fresh": make_offer(actor=actor, last_confirmed_at=now - timedelta(days=3)),
    }


def test_the_queryset_methods_draw_the_lines(offers):
    expiring = Offer.objects.expiring_soon()
    assert set(expiring) == {offers["last day in window"], offers["today"]}
    assert set(Offer.objects.expired()) == {offers["expired"]}
    assert set(Offer.objects.unconfirmed()) == {offers["stale"], offers["never confirmed, old"]}
    flags = {o.pk: (o.is_expiring_soon, o.is_unconfirmed) for o in Offer.objects.with_freshness()}
    for offer in Offer.objects.all():
        assert flags[offer.pk] == (offer in expiring, offer in Offer.objects.unconfirmed())


def test_reminders_dashboard_and_admin_filter_agree(client, actor, offers, commit):
    make_member(actor, role=Membership.Role.ADMIN)
    expected_expiring = _titles(Offer.objects.expiring_soon())
    expected_unconfirmed = _titles(Offer.objects.unconfirmed())

    counts = freshness.send_reminders()
    assert counts == {"expiring": len(expected_expiring), "unconfirmed": len(expected_unconfirmed)}

    client.force_login(actor.memberships.get().user)
    dashboard = client.get(reverse("portal:dashboard"))
    attention = dashboard.context["sections"][0]["attention"]
    assert sorted(o.title_nb for o, kind, _ in attention if kind == "expiring") == expected_expiring
    assert (
        sorted(o.title_nb for o, kind, _ in attention if kind == "unconfirmed")
        == expected_unconfirmed
    )

    client.force_login(make_moderator())
    changelist = reverse("admin:offers_offer_changelist")
    for value, expected in [("expiring", expected_expiring), ("unconfirmed", expected_unconfirmed)]:
        response = client.get(changelist, {"freshness": value})
        shown = sorted(o.title_nb for o in response.context["cl"].result_list)
        assert shown == expected
    expired = client.get(changelist, {"freshness": "expired"}).context["cl"].result_list
    assert [o.title_nb for o in expired] == _titles(Offer.objects.expired())
