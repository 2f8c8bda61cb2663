"""The site's mail cannot be used to spam: unreviewed organisations send no invitations, and
invitations and requests to join are limited per organisation and per address per day."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from actors import services
from actors.models import Invitation, JoinRequest, Membership
from tests.factories import make_actor, make_member, make_user
from tests.helpers import mails_to

Role = Membership.Role

pytestmark = pytest.mark.django_db


def invite(actor, by, email="kollega@example.org", role=Role.MEMBER):
    return services.invite(actor=actor, email=email, role=role, by=by)


def test_an_unapproved_organisation_cannot_invite_and_is_told_why(client, commit):
    waiting = make_actor(name="Gratis penger på www.example.com", is_approved=False)
    admin = make_member(waiting, role=Role.ADMIN)
    client.force_login(admin)
    response = client.post(
        reverse("portal:member_invite", args=[waiting.slug]),
        {"email": "offer@example.org", "role": Role.MEMBER},
    )
    commit()
    assert response.status_code == 400
    assert "prosjektkontoret har godkjent" in response.content.decode()
    assert 'value="offer@example.org"' in response.content.decode()  # what was typed stays
    assert not Invitation.objects.exists()
    assert not mail.outbox


def test_an_organisation_sends_only_so_many_invitations_a_day(org, org_admin, commit):
    for number in range(services.INVITATIONS_PER_ORGANISATION_PER_DAY):
        invite(org, org_admin, email=f"person{number}@example.org")
    with pytest.raises(services.MembershipError) as error:
        invite(org, org_admin, email="one-more@example.org")
    assert error.value.code == "limit"
    commit()
    assert len(mail.outbox) == services.INVITATIONS_PER_ORGANISATION_PER_DAY
    # A day later it may invite again.
    org.events.update(at=timezone.now() - timedelta(days=1, minutes=1))
    invite(org, org_admin, email="one-more@example.org")


def test_the_same_invitation_is_not_sent_twice_a_day_but_a_corrected_role_is(org, org_admin):
    invite(org, org_admin)
    with pytest.raises(services.MembershipError):
        invite(org, org_admin)
    invite(org, org_admin, role=Role.ADMIN)
    assert Invitation.objects.get().role == Role.ADMIN


def test_one_address_hears_from_only_a_few_organisations_a_day(db):
    organisations = [
        make_actor() for _ in range(services.ORGANISATIONS_INVITING_AN_ADDRESS_PER_DAY + 1)
    ]
    for actor in organisations[:-1]:
        invite(actor, make_member(actor, role=Role.ADMIN), email="Target@Example.org")
    last = organisations[-1]
    with pytest.raises(services.MembershipError):
        invite(last, make_member(last, role=Role.ADMIN), email="target@example.org")


def test_asking_again_changes_the_message_without_mailing_the_admins_again(org, org_admin, commit):
    person = make_user()
    services.request_to_join(user=person, actor=org, message="Hei")
    services.request_to_join(user=person, actor=org, message="Hei igjen")
    commit()
    assert len(mails_to(org_admin.email)) == 1
    assert JoinRequest.objects.get().message == "Hei igjen"


def test_a_person_asks_to_join_only_so_many_organisations_a_day(db):
    person = make_user()
    for _ in range(services.JOIN_REQUESTS_PER_PERSON_PER_DAY):
        services.request_to_join(user=person, actor=make_actor())
    with pytest.raises(services.MembershipError) as error:
        services.request_to_join(user=person, actor=make_actor())
    assert error.value.code == "limit"


def test_verification_mail_does_not_carry_the_name_a_stranger_typed(client, commit):
    user = make_user(full_name="Besøk www.example.com nå", email_verified_at=None)
    services.send_verification(user)
    commit()
    (message,) = mail.outbox
    assert "example.com" not in message.body


def test_the_join_request_mail_carries_no_text_the_person_typed(org, org_admin, commit):
    person = make_user(full_name="Billig www.example.com", email="person@example.org")
    services.request_to_join(user=person, actor=org, message="Kjøp på www.example.com")
    commit()
    (message,) = mails_to(org_admin.email)
    assert "example.com" not in message.subject + message.body
    assert "person@example.org" in message.subject
    assert reverse("portal:actor_detail", args=[org.slug]) in message.body
