"""Nothing but published, current offers of approved organisations reaches a public page."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from offers.models import Offer
from tests.factories import make_actor, make_offer

pytestmark = pytest.mark.django_db

HIDDEN = ["draft", "pending", "rejected", "archived", "expired", "not-yet-valid", "unapproved"]


def make_hidden(kind):
    today = timezone.localdate()
    title = f"Skjult {kind}"
    match kind:
        case "expired":
            return make_offer(title=title, valid_until=today - timedelta(days=1))
        case "not-yet-valid":
            return make_offer(title=title, valid_from=today + timedelta(days=1))
        case "unapproved":
            return make_offer(title=title, actor=make_actor(is_approved=False))
        case status:
            return make_offer(title=title, status=status)


def test_public_returns_published_current_offers_only():
    today = timezone.localdate()
    visible = [
        make_offer(),
        make_offer(valid_until=today),
        make_offer(valid_from=today),
    ]
    for kind in HIDDEN:
        make_hidden(kind)
    assert set(Offer.objects.public()) == set(visible)


@pytest.mark.parametrize("kind", HIDDEN)
def test_hidden_offer_is_on_no_public_page(client, kind):
    offer = make_hidden(kind)
    shown = make_offer(
        actor=offer.actor if offer.actor.is_approved else None, title="Synlig tilbud"
    )
    actor_page = reverse("actors:detail", args=[offer.actor.slug])
    pages = [
        reverse("home"),
        reverse("offers:list"),
        reverse("offers:list") + "?q=Skjult",
        actor_page,
        "/sitemap.xml",
    ]
    for url in pages:
        response = client.get(url)
        if kind == "unapproved" and url == actor_page:
            assert response.status_code == 404
            continue
        assert response.status_code == 200, url
        body = response.content.decode()
        assert offer.title_nb not in body, url
        assert offer.slug not in body, url
    assert client.get(reverse("offers:detail", args=[offer.slug])).status_code == 404
    assert shown.title_nb in client.get(reverse("offers:list")).content.decode()


def test_expired_offer_leaves_by_itself(client, offer):
    offer.valid_until = timezone.localdate()
    offer.save()
    assert client.get(offer.get_absolute_url()).status_code == 200
    offer.valid_until = timezone.localdate() - timedelta(days=1)
    offer.save()
    assert client.get(offer.get_absolute_url()).status_code == 404


def test_unapproved_organisation_is_not_listed(client):
    hidden = make_actor(name="Ikke godkjent lag", is_approved=False)
    shown = make_actor(name="Godkjent lag")
    body = client.get(reverse("actors:list")).content.decode()
    assert shown.name in body
    assert hidden.name not in body
    assert client.get(hidden.get_absolute_url()).status_code == 404
