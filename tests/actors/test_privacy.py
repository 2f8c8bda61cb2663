"""Self-service privacy: download your data as JSON, delete your account."""

import json

import pytest
from django.contrib.auth import SESSION_KEY
from django.urls import reverse

from actors.models import Actor, JoinRequest, Membership, User
from offers.models import Offer
from tests.factories import PASSWORD, make_offer
from tests.helpers import en, messages_of

pytestmark = pytest.mark.django_db


def test_download_holds_the_persons_own_data_only(
    client, org, org_admin, org_member, other_org, other_admin
):
    make_offer(actor=org, title="Sjakkurs")
    JoinRequest.objects.create(user=org_member, actor=other_org, message="Kan jeg bli med?")
    client.force_login(org_member)

    response = client.get(reverse("portal:account_data"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content)
    assert data["user"]["email"] == "medlem@sjakk.example"
    assert data["user"]["full_name"] == "Mats Medlem"
    assert data["user"]["language"] == "en"
    assert data["memberships"] == [
        {
            "organisation": "Narvik Sjakklubb",
            "organisation_slug": "narvik-sjakklubb",
            "role": "member",
            "since": data["memberships"][0]["since"],
        }
    ]
    assert data["join_requests"][0]["organisation"] == "Ofoten Roklubb"
    assert data["join_requests"][0]["message"] == "Kan jeg bli med?"
    text = response.content.decode()
    # Not other people's data, not the organisation's offers, no password hash.
    assert org_admin.email not in text and other_admin.email not in text
    assert "Sjakkurs" not in text
    assert "pbkdf2" not in text and "password" not in text


def test_download_needs_login(client, db):
    assert client.get(reverse("portal:account_data")).url.startswith(reverse("login"))


def test_delete_needs_the_right_password(client, org, org_admin, org_member):
    client.force_login(org_member)
    response = client.post(en("portal:account_delete"), {"password": "wrong"})
    assert response.status_code == 400
    assert "That is not your password." in response.content.decode()
    assert User.objects.filter(pk=org_member.pk).exists()


def test_delete_removes_the_person_and_memberships_but_not_the_offers(
    client, org, org_admin, org_member
):
    offer = make_offer(actor=org)
    JoinRequest.objects.create(user=org_member, actor=make_offer().actor)
    client.force_login(org_member)
    assert client.get(reverse("portal:account_delete")).status_code == 200

    response = client.post(en("portal:account_delete"), {"password": PASSWORD})

    assert response.url == en("home")
    assert not User.objects.filter(pk=org_member.pk).exists()
    assert not Membership.objects.filter(user_id=org_member.pk).exists()
    assert not JoinRequest.objects.exists()
    assert Offer.objects.filter(pk=offer.pk, actor=org).exists()
    assert SESSION_KEY not in client.session
    assert "Your account is deleted. Thank you for your work." in messages_of(
        client.get(response.url)
    )


def test_the_last_admin_of_an_organisation_with_members_must_hand_over_first(
    client, org, org_admin, org_member
):
    client.force_login(org_admin)
    page = client.get(en("portal:account_delete")).content.decode()
    assert "Make another member an administrator first" in page
    assert 'name="password"' not in page

    response = client.post(en("portal:account_delete"), {"password": PASSWORD})

    assert response.status_code == 400
    assert User.objects.filter(pk=org_admin.pk).exists()
    assert en("portal:actor_detail", org.slug) in response.content.decode()

    Membership.objects.filter(user=org_member).update(role=Membership.Role.ADMIN)
    client.post(en("portal:account_delete"), {"password": PASSWORD})
    assert not User.objects.filter(pk=org_admin.pk).exists()


def test_the_only_member_may_delete_and_the_organisation_stays_for_the_office(
    client, org, org_admin
):
    offer = make_offer(actor=org)
    client.force_login(org_admin)
    response = client.post(reverse("portal:account_delete"), {"password": PASSWORD})
    assert response.status_code == 302
    assert not User.objects.filter(pk=org_admin.pk).exists()
    assert Actor.objects.filter(pk=org.pk).exists()
    assert not org.memberships.exists()
    assert Offer.objects.filter(pk=offer.pk).exists()


def test_deleting_keeps_the_moderation_history_without_the_person(client, org, org_admin):
    from offers.models import ModerationEvent

    offer = make_offer(actor=org, status=Offer.Status.DRAFT)
    event = ModerationEvent.objects.create(
        offer=offer, by=org_admin, from_status="draft", to_status="pending"
    )
    client.force_login(org_admin)
    client.post(reverse("portal:account_delete"), {"password": PASSWORD})
    event.refresh_from_db()
    assert event.by is None
