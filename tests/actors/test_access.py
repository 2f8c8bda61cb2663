"""Every portal URL of the actors app: anonymous people are sent to log in, staff are sent to
the admin, nobody reaches another organisation's data (404), and POSTs need the CSRF token.

The table in tests/portal_urls.py must name every URL in actors/portal_urls.py: a new one fails
the first test until someone decides what it should answer."""

import pytest
from django.test import Client
from django.urls import reverse

from actors import tokens
from actors.models import Actor, Invitation, JoinRequest, Membership, RecruitmentNeed
from actors.portal_urls import urlpatterns
from tests.factories import make_member, make_need, make_user
from tests.portal_urls import ACTOR_URLS as URLS

pytestmark = pytest.mark.django_db
Role = Membership.Role


@pytest.fixture
def world(org, org_admin, org_member, other_org, other_admin, other_member):
    """Two organisations, each with an admin, a member, a request and an invitation."""
    asker_a, asker_b = make_user(), make_user()
    # Employers, so the recruitment-need URLs answer (other kinds get a 403 page for them).
    Actor.objects.filter(pk__in=[org.pk, other_org.pk]).update(kind=Actor.Kind.BUSINESS)
    org.refresh_from_db()
    other_org.refresh_from_db()
    return {
        "A": org,
        "B": other_org,
        "admin_a": org_admin,
        "member_a": org_member,
        "admin_b": other_admin,
        "member_b": other_member,
        "request_A": JoinRequest.objects.create(user=asker_a, actor=org),
        "request_B": JoinRequest.objects.create(user=asker_b, actor=other_org),
        "invitation_A": Invitation.objects.create(actor=org, email="a@invited.example"),
        "invitation_B": Invitation.objects.create(actor=other_org, email="b@invited.example"),
        "membership_A": Membership.objects.get(user=org_member, actor=org),
        "membership_B": Membership.objects.get(user=other_member, actor=other_org),
        "need_A": make_need(actor=org),
        "need_B": make_need(actor=other_org),
    }


# URLs that act on one organisation's objects: the organisation's slug is in the address (first).
# Read from the URL patterns, so a new one is in the IDOR test below by itself.
ORGANISATION_URLS = [p.name for p in urlpatterns if "<slug:slug>" in str(p.pattern)]
# The one URL with another kind of object in its address: the person's own join request.
OWN_OBJECT_URLS = ["join_request_cancel"]


def request(client, name, world, side="A", data=None):
    method, _kind, args = URLS[name]
    url = reverse(f"portal:{name}", args=args(world, side))
    if method == "POST":
        return client.post(url, data or {"role": Role.ADMIN, "email": "x@example.org"})
    return client.get(url)


def snapshot():
    return (
        sorted(Membership.objects.values_list("pk", "user", "actor", "role")),
        sorted(JoinRequest.objects.values_list("pk", flat=True)),
        sorted(Invitation.objects.values_list("pk", "role")),
        sorted(RecruitmentNeed.objects.values_list("pk", "closed_at", "confirmed_at")),
    )


def test_every_actors_portal_url_is_in_the_table():
    assert {pattern.name for pattern in urlpatterns} == set(URLS)
    assert len(urlpatterns) == len(URLS)


def test_every_url_with_an_object_in_its_address_has_an_idor_test():
    """An address with an id or slug in it is another organisation's or person's for someone:
    it is in ORGANISATION_URLS (walked with B's objects), is the person's own (tested below),
    or carries a signed token (bad ones are a 400)."""
    with_objects = {p.name for p in urlpatterns if "<" in str(p.pattern)}
    tokens = {name for name, (_method, kind, _args) in URLS.items() if kind == "token"}
    assert with_objects == set(ORGANISATION_URLS) | set(OWN_OBJECT_URLS) | tokens


@pytest.mark.parametrize("name", sorted(URLS))
def test_anonymous_people_are_sent_to_log_in(client, world, name):
    _method, kind, _args = URLS[name]
    response = request(client, name, world)
    if kind == "portal":
        assert response.status_code == 302
        assert response.url.startswith(reverse("login") + "?next=")
    elif kind == "token":
        assert response.status_code == 400
    else:  # public, check-email
        assert response.status_code == 200


@pytest.mark.parametrize("name", sorted(URLS))
def test_staff_are_sent_to_the_admin(client, world, staff_user, name):
    client.force_login(staff_user)
    before = snapshot()
    response = request(client, name, world)
    _method, kind, _args = URLS[name]
    if kind in {"portal", "check-email"}:
        assert response.status_code == 403
        assert reverse("admin:index") in response.content.decode()
    elif kind == "public":
        assert client.get(response.url).status_code == 403
    assert snapshot() == before


def test_staff_cannot_accept_an_invitation(client, world, staff_user):
    invitation = Invitation.objects.create(actor=world["A"], email=staff_user.email)
    client.force_login(staff_user)
    url = reverse("portal:invitation", args=[tokens.make_invitation_token(invitation)])
    assert client.post(url).status_code == 403
    assert not Membership.objects.filter(user=staff_user).exists()


@pytest.mark.parametrize("name", ORGANISATION_URLS)
@pytest.mark.parametrize("who", ["admin_a", "member_a"])
def test_nobody_reaches_another_organisations_data(client, world, name, who):
    """IDOR: B's slug, or A's slug with B's member, request or invitation: 404, nothing
    changes."""
    client.force_login(world[who])
    before = snapshot()
    method, _kind, args = URLS[name]
    b_args = args(world, "B")
    attempts = [b_args]
    if len(b_args) == 2:
        attempts.append([world["A"].slug, b_args[1]])
    for attempt in attempts:
        url = reverse(f"portal:{name}", args=attempt)
        response = (
            client.post(url, {"role": Role.ADMIN, "email": "x@example.org"})
            if method == "POST"
            else client.get(url)
        )
        assert response.status_code == 404, (name, attempt)
    assert snapshot() == before


def test_people_cannot_withdraw_other_peoples_requests(client, world):
    client.force_login(world["admin_b"])
    before = snapshot()
    assert request(client, "join_request_cancel", world, "A").status_code == 404
    assert snapshot() == before


ADMIN_ONLY = [
    "actor_edit",
    "member_invite",
    "invitation_revoke",
    "member_role",
    "member_remove",
    "join_request_accept",
    "join_request_decline",
]


@pytest.mark.parametrize("name", ADMIN_ONLY)
def test_members_get_404_from_admin_urls_of_their_own_organisation(client, world, name):
    client.force_login(world["member_a"])
    before = snapshot()
    assert request(client, name, world, "A").status_code == 404
    assert snapshot() == before


@pytest.mark.parametrize("name", ADMIN_ONLY)
def test_admins_reach_the_admin_urls_of_their_own_organisation(client, world, name):
    make_member(world["A"], role=Role.ADMIN)  # so demoting and removing are allowed
    client.force_login(world["admin_a"])
    assert request(client, name, world, "A").status_code in {200, 302}


@pytest.mark.parametrize("name", [n for n, (method, _k, _a) in URLS.items() if method == "POST"])
def test_posts_need_the_csrf_token(world, name):
    client = Client(enforce_csrf_checks=True)
    client.force_login(
        world["admin_a"] if name != "join_request_cancel" else world["request_A"].user
    )
    before = snapshot()
    assert request(client, name, world, "A").status_code == 403
    assert snapshot() == before


def test_registration_and_login_need_the_csrf_token(db):
    client = Client(enforce_csrf_checks=True)
    assert client.post(reverse("portal:register"), {"email": "a@example.org"}).status_code == 403
    assert client.post(reverse("login"), {"username": "a", "password": "b"}).status_code == 403
    assert client.post(reverse("password_reset"), {"email": "a@example.org"}).status_code == 403


def test_get_never_changes_anything(client, world):
    client.force_login(world["admin_a"])
    before = snapshot()
    for name, (method, _kind, args) in URLS.items():
        if method == "POST":
            assert client.get(reverse(f"portal:{name}", args=args(world, "A"))).status_code == 405
    assert snapshot() == before
