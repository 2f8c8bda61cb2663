"""Every move someone makes on an organisation or its members is recorded: who, when, what, and
a note; the project office sees it on the organisation's admin page."""

import json

import pytest
from django.urls import reverse

from actors import services
from actors.models import Actor, ActorEvent, Invitation, JoinRequest, Membership
from tests.factories import make_moderator, make_user
from tests.helpers import en

Role = Membership.Role
Action = ActorEvent.Action

pytestmark = pytest.mark.django_db


def events(actor):
    return list(actor.events.order_by("at", "pk").values_list("action", "by", "person", "note"))


def test_the_office_approving_an_organisation_is_recorded(org, org_admin, commit):
    org.is_approved = False
    org.save()
    office = make_moderator()
    assert services.approve_actor(org, by=office)
    assert events(org) == [(Action.APPROVED, office.pk, None, "")]
    assert not services.approve_actor(org, by=office)  # nothing happens twice
    assert len(events(org)) == 1


def test_changing_a_role_records_who_whom_and_from_what_to_what(client, org, org_admin, org_member):
    client.force_login(org_admin)
    target = Membership.objects.get(user=org_member)
    client.post(reverse("portal:member_role", args=[org.slug, target.pk]), {"role": Role.ADMIN})
    assert events(org) == [
        (Action.ROLE_CHANGED, org_admin.pk, org_member.pk, "Medlem → Administrator")
    ]


def test_a_refused_move_records_nothing(client, org, org_admin):
    client.force_login(org_admin)
    own = Membership.objects.get(user=org_admin)
    client.post(reverse("portal:member_role", args=[org.slug, own.pk]), {"role": Role.MEMBER})
    client.post(reverse("portal:member_remove", args=[org.slug, own.pk]))
    assert events(org) == []


def test_removing_a_member_and_leaving_are_told_apart(client, org, org_admin, org_member):
    other = make_user()
    Membership.objects.create(user=other, actor=org, role=Role.MEMBER)
    client.force_login(org_admin)
    target = Membership.objects.get(user=org_member)
    client.post(reverse("portal:member_remove", args=[org.slug, target.pk]))
    client.force_login(other)
    client.post(reverse("portal:actor_leave", args=[org.slug]))
    assert events(org) == [
        (Action.MEMBER_REMOVED, org_admin.pk, org_member.pk, ""),
        (Action.MEMBER_LEFT, other.pk, other.pk, ""),
    ]


@pytest.mark.parametrize(
    ("name", "action"),
    [
        ("portal:join_request_accept", Action.JOIN_ACCEPTED),
        ("portal:join_request_decline", Action.JOIN_DECLINED),
    ],
)
def test_answering_a_request_to_join_is_recorded(client, org, org_admin, name, action):
    person = make_user()
    join_request = JoinRequest.objects.create(user=person, actor=org)
    client.force_login(org_admin)
    client.post(reverse(name, args=[org.slug, join_request.pk]))
    assert events(org) == [(action, org_admin.pk, person.pk, "")]


def test_invitations_sent_and_withdrawn_are_recorded_without_the_address(client, org, org_admin):
    client.force_login(org_admin)
    client.post(
        reverse("portal:member_invite", args=[org.slug]),
        {"email": "Ny@Example.org", "role": Role.MEMBER},
    )
    invitation = Invitation.objects.get()
    client.post(reverse("portal:invitation_revoke", args=[org.slug, invitation.pk]))
    assert events(org) == [
        (Action.INVITED, org_admin.pk, None, "Medlem"),
        (Action.INVITATION_WITHDRAWN, org_admin.pk, None, ""),
    ]


def test_a_profile_edit_records_the_fields_that_changed(client, org, org_admin):
    client.force_login(org_admin)
    data = {"description_nb": "Vi spiller sjakk.", "phone": "+47 900 00 000", "kind": org.kind}
    client.post(reverse("portal:actor_edit", args=[org.slug]), data)
    ((action, by, _person, note),) = events(org)
    assert (action, by) == (Action.PROFILE_CHANGED, org_admin.pk)
    assert "telefon" in note.lower()


def test_registering_an_organisation_is_recorded(db):
    person = make_user()
    actor = services.create_actor(actor=Actor(name="Ny forening", kind="voluntary"), by=person)
    assert events(actor) == [(Action.REGISTERED, person.pk, person.pk, "")]


def test_a_deleted_account_leaves_the_event_without_the_person(client, org, org_admin, org_member):
    client.force_login(org_admin)
    target = Membership.objects.get(user=org_member)
    client.post(reverse("portal:member_role", args=[org.slug, target.pk]), {"role": Role.ADMIN})
    org_member.delete()
    assert events(org) == [(Action.ROLE_CHANGED, org_admin.pk, None, "Medlem → Administrator")]


def test_the_office_reads_the_history_on_the_organisations_admin_page(client, org, org_admin):
    office = make_moderator()
    nina = make_user(full_name="Nina Ny")
    Membership.objects.create(user=nina, actor=org)
    services.change_role(org.memberships.get(user=nina), role=Role.ADMIN, by=org_admin)
    client.force_login(office)
    page = client.get(reverse("admin:actors_actor_change", args=[org.pk])).content.decode()
    assert "Historikk for organisasjonen" in page
    assert "Rolle endret" in page
    assert "Medlem → Administrator" in page


def test_services_take_by_as_a_keyword_only():
    with pytest.raises(TypeError):
        services.approve_actor(None, None)
    with pytest.raises(TypeError):
        services.change_role(None, Role.ADMIN, by=None)


def test_notes_are_in_the_offices_language_whoever_writes_in_english(client, org, org_member):
    english_admin = make_user(language="en")
    Membership.objects.create(user=english_admin, actor=org, role=Role.ADMIN)
    client.force_login(english_admin)
    target = Membership.objects.get(user=org_member)
    client.post(en("portal:member_role", org.slug, target.pk), {"role": Role.ADMIN})
    assert events(org) == [
        (Action.ROLE_CHANGED, english_admin.pk, org_member.pk, "Medlem → Administrator")
    ]


def test_the_privacy_download_holds_the_history_about_the_person(
    client, org, org_admin, org_member
):
    client.force_login(org_admin)
    target = Membership.objects.get(user=org_member)
    client.post(reverse("portal:member_role", args=[org.slug, target.pk]), {"role": Role.ADMIN})
    client.force_login(org_member)
    data = json.loads(client.get(reverse("portal:account_data")).content)
    (event,) = data["organisation_history"]
    assert event["organisation"] == org.name
    assert (event["what"], event["by_you"], event["concerning_you"]) == (
        Action.ROLE_CHANGED,
        False,
        True,
    )
    assert org_admin.email not in json.dumps(data)
