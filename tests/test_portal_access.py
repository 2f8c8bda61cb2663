"""Every portal URL, walked as anonymous, member of A, member of B, admin of A and staff.

The actors' URLs have their own table (tests/portal_urls.py, walked by
tests/actors/test_access.py); the offers' URLs are below. A new portal URL in neither table
fails the first test."""

import pytest
from django.test import Client
from django.urls import reverse

from actors.models import Membership
from narvik_tilflytter.portal_urls import urlpatterns as portal_urlpatterns
from offers.models import Offer
from tests.factories import make_actor, make_member, make_moderator, make_offer
from tests.portal_urls import ACTOR_URLS

pytestmark = pytest.mark.django_db
Status = Offer.Status

# name: (method, needs an offer of A, admins only)
OFFER_URLS = {
    "dashboard": ("GET", False, False),
    "offer_create": ("GET", False, False),
    "offer_edit": ("GET", True, False),
    "offer_preview": ("GET", True, False),
    "offer_submit": ("POST", True, False),
    "offer_withdraw": ("POST", True, False),
    "offer_duplicate": ("POST", True, False),
    "offer_archive": ("POST", True, True),
    "offer_confirm": ("POST", True, False),
    "offer_extend": ("POST", True, False),
    "change_discard": ("POST", True, False),
    "offer_feedback": ("GET", True, False),
    "offer_import": ("GET", False, True),
    "offer_import_template": ("GET", False, True),
}


def test_every_portal_url_is_in_a_table():
    names = {pattern.name for pattern in portal_urlpatterns}
    assert names == set(OFFER_URLS) | set(ACTOR_URLS)
    # One entry per URL: a second pattern under a name already in a table would go unwalked.
    assert len(portal_urlpatterns) == len(names)
    assert not set(OFFER_URLS) & set(ACTOR_URLS)


@pytest.fixture
def world(db):
    a, b = make_actor(name="A"), make_actor(name="B")
    return {
        "A": a,
        "B": b,
        "member_a": make_member(a),
        "admin_a": make_member(a, role=Membership.Role.ADMIN),
        "member_b": make_member(b),
        "staff": make_moderator(),
        # One offer of A in each state a portal URL can act on.
        "offers": {
            status: make_offer(actor=a, status=status, title=f"A {status}")
            for status in (Status.DRAFT, Status.PENDING, Status.PUBLISHED)
        },
    }


def snapshot():
    return sorted(
        Offer.objects.values_list("pk", "status", "title_nb", "change_of", "last_confirmed_at")
    )


def urls(world, name):
    method, needs_offer, _admin_only = OFFER_URLS[name]
    if not needs_offer:
        return method, [reverse(f"portal:{name}")]
    return method, [
        reverse(f"portal:{name}", args=[offer.pk]) for offer in world["offers"].values()
    ]


def call(client, method, url):
    return client.post(url) if method == "POST" else client.get(url)


@pytest.mark.parametrize("name", sorted(OFFER_URLS))
def test_anonymous_is_sent_to_log_in(client, world, name):
    method, targets = urls(world, name)
    before = snapshot()
    for url in targets:
        response = call(client, method, url)
        assert response.status_code == 302
        assert response.url.startswith(reverse("login") + "?next=")
    assert snapshot() == before


@pytest.mark.parametrize("name", sorted(OFFER_URLS))
def test_staff_use_the_admin_instead(client, world, name):
    client.force_login(world["staff"])
    method, targets = urls(world, name)
    before = snapshot()
    for url in targets:
        assert call(client, method, url).status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize("name", sorted(n for n, spec in OFFER_URLS.items() if spec[1]))
def test_member_of_another_organisation_gets_404(client, world, name):
    client.force_login(world["member_b"])
    method, targets = urls(world, name)
    before = snapshot()
    for url in targets:
        assert call(client, method, url).status_code == 404, url
    assert snapshot() == before


@pytest.mark.parametrize("name", sorted(OFFER_URLS))
def test_member_of_the_organisation_gets_in(client, world, name):
    client.force_login(world["member_a"])
    method, targets = urls(world, name)
    admin_only = OFFER_URLS[name][2]
    for url in targets:
        response = call(client, method, url)
        if admin_only:
            assert response.status_code == 404
        else:
            assert response.status_code in {200, 302}, url


@pytest.mark.parametrize("name", sorted(OFFER_URLS))
def test_admin_of_the_organisation_gets_in(client, world, name):
    client.force_login(world["admin_a"])
    method, targets = urls(world, name)
    for url in targets:
        assert call(client, method, url).status_code in {200, 302}, url


def test_archive_by_the_admin_works_and_by_a_member_does_not(client, world):
    published = world["offers"][Status.PUBLISHED]
    url = reverse("portal:offer_archive", args=[published.pk])
    client.force_login(world["member_a"])
    client.post(url)
    published.refresh_from_db()
    assert published.status == Status.PUBLISHED
    client.force_login(world["admin_a"])
    client.post(url)
    published.refresh_from_db()
    assert published.status == Status.ARCHIVED


@pytest.mark.parametrize("name", sorted(n for n, spec in OFFER_URLS.items() if spec[0] == "POST"))
def test_posts_need_the_csrf_token(world, name):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world["admin_a"])
    _method, targets = urls(world, name)
    before = snapshot()
    for url in targets:
        assert client.post(url).status_code == 403
    assert snapshot() == before
