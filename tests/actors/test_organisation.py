"""The organisation page in the portal: profile, members, roles, invitations, requests to join,
and the rule that an organisation always keeps an administrator."""

import pytest
from django.core import mail
from django.urls import reverse

from actors import tokens
from actors.models import Actor, Invitation, JoinRequest, Membership, User
from tests.factories import make_member, make_user
from tests.helpers import en, link_in, mails_to, membership, messages_of

pytestmark = pytest.mark.django_db
Role = Membership.Role


def detail(actor):
    return reverse("portal:actor_detail", args=[actor.slug])


# The page ------------------------------------------------------------------------------------


def test_members_see_the_profile_and_the_members(client, org, org_admin, org_member):
    org.phone = "76 00 00 00"
    org.save()
    client.force_login(org_member)
    response = client.get(en("portal:actor_detail", org.slug))
    body = response.content.decode()
    assert response.status_code == 200
    assert body.count("<h1") == 1
    assert "76 00 00 00" in body
    assert "Liv Leder" in body and "Mats Medlem" in body
    # A member gets no admin tools.
    assert en("portal:actor_edit", org.slug) not in body
    assert en("portal:member_invite", org.slug) not in body
    assert "member_role" not in body and 'name="role"' not in body


def test_admins_see_their_tools(client, org, org_admin, org_member):
    client.force_login(org_admin)
    body = client.get(en("portal:actor_detail", org.slug)).content.decode()
    assert en("portal:actor_edit", org.slug) in body
    assert en("portal:member_invite", org.slug) in body
    assert en("portal:member_role", org.slug, membership(org_member, org).pk) in body
    assert en("portal:member_remove", org.slug, membership(org_member, org).pk) in body
    # The only admin is told why they cannot leave, and gets no leave button.
    assert en("portal:actor_leave", org.slug) not in body


def test_an_unapproved_organisation_says_so(client, org, org_member):
    org.is_approved = False
    org.save()
    client.force_login(org_member)
    body = client.get(en("portal:actor_detail", org.slug)).content.decode()
    assert "has not approved the organisation yet" in body


# Profile -------------------------------------------------------------------------------------


def test_admin_edits_the_profile_but_not_approval_name_or_slug(client, org, org_admin):
    org.is_approved = False
    org.save()
    client.force_login(org_admin)
    response = client.post(
        reverse("portal:actor_edit", args=[org.slug]),
        {
            "description_nb": "Vi spiller sjakk hver tirsdag.",
            "description_en": "We play chess every Tuesday.",
            "email": "post@sjakk.example",
            "phone": "+47 76 00 00 00",
            "website": "https://sjakk.example",
            "address": "Torget 1, Narvik",
            "organisation_number": "974 760 673",
            "is_approved": "on",
            "name": "Renamed",
            "slug": "renamed",
            "kind": Actor.Kind.BUSINESS,
        },
    )
    assert response.url == detail(org)
    org.refresh_from_db()
    assert org.description_nb == "Vi spiller sjakk hver tirsdag."
    assert org.description_en == "We play chess every Tuesday."
    assert org.organisation_number == "974760673"
    assert org.website == "https://sjakk.example"
    assert org.is_approved is False
    assert (org.name, org.slug, org.kind) == ("Narvik Sjakklubb", "narvik-sjakklubb", "voluntary")


def test_profile_errors_are_shown_next_to_the_field_and_keep_the_input(client, org, org_admin):
    client.force_login(org_admin)
    response = client.post(
        en("portal:actor_edit", org.slug),
        {"description_nb": "Ny tekst", "organisation_number": "123456784", "website": "nope"},
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'id="id_organisation_number_error"' in body
    assert "This is not a valid organisation number." in body
    assert 'id="id_website_error"' in body
    assert "Ny tekst" in body and 'value="123456784"' in body
    org.refresh_from_db()
    assert org.description_nb != "Ny tekst"


def test_members_cannot_edit_the_profile(client, org, org_member):
    client.force_login(org_member)
    assert client.get(reverse("portal:actor_edit", args=[org.slug])).status_code == 404
    response = client.post(reverse("portal:actor_edit", args=[org.slug]), {"phone": "1"})
    assert response.status_code == 404
    org.refresh_from_db()
    assert org.phone == ""


# Roles ---------------------------------------------------------------------------------------


def test_admin_makes_a_member_admin_and_back(client, org, org_admin, org_member):
    client.force_login(org_admin)
    target = membership(org_member, org)
    url = reverse("portal:member_role", args=[org.slug, target.pk])

    client.post(url, {"role": Role.ADMIN})
    target.refresh_from_db()
    assert target.role == Role.ADMIN

    client.post(url, {"role": Role.MEMBER})
    target.refresh_from_db()
    assert target.role == Role.MEMBER


def test_the_last_admin_cannot_be_demoted(client, org, org_admin, org_member):
    client.force_login(org_admin)
    own = membership(org_admin, org)
    response = client.post(en("portal:member_role", org.slug, own.pk), {"role": Role.MEMBER})
    assert response.url == en("portal:actor_detail", org.slug)
    own.refresh_from_db()
    assert own.role == Role.ADMIN
    assert any("only administrator" in m for m in messages_of(client.get(response.url)))


def test_an_admin_can_step_down_when_there_is_another(client, org, org_admin, org_member):
    Membership.objects.filter(user=org_member).update(role=Role.ADMIN)
    client.force_login(org_admin)
    own = membership(org_admin, org)
    client.post(reverse("portal:member_role", args=[org.slug, own.pk]), {"role": Role.MEMBER})
    own.refresh_from_db()
    assert own.role == Role.MEMBER


def test_an_unknown_role_is_a_400_with_a_message(client, org, org_admin, org_member):
    client.force_login(org_admin)
    target = membership(org_member, org)
    response = client.post(en("portal:member_role", org.slug, target.pk), {"role": "owner"})
    assert response.status_code == 400
    assert "Choose a role from the list." in response.content.decode()
    target.refresh_from_db()
    assert target.role == Role.MEMBER


def test_admin_removes_a_member(client, org, org_admin, org_member):
    client.force_login(org_admin)
    target = membership(org_member, org)
    response = client.post(reverse("portal:member_remove", args=[org.slug, target.pk]))
    assert response.url == detail(org)
    assert not Membership.objects.filter(pk=target.pk).exists()
    assert User.objects.filter(pk=org_member.pk).exists()


def test_the_last_admin_cannot_be_removed(client, org, org_admin, org_member):
    client.force_login(org_admin)
    own = membership(org_admin, org)
    client.post(reverse("portal:member_remove", args=[org.slug, own.pk]))
    assert Membership.objects.filter(pk=own.pk).exists()


def test_a_member_leaves(client, org, org_admin, org_member):
    client.force_login(org_member)
    response = client.post(reverse("portal:actor_leave", args=[org.slug]))
    assert response.url == reverse("portal:dashboard")
    assert not Membership.objects.filter(user=org_member, actor=org).exists()


def test_the_last_admin_cannot_leave(client, org, org_admin, org_member):
    client.force_login(org_admin)
    response = client.post(en("portal:actor_leave", org.slug))
    assert response.url == en("portal:actor_detail", org.slug)
    assert Membership.objects.filter(user=org_admin, actor=org).exists()
    messages = messages_of(client.get(response.url))
    assert any("You are the only administrator of Narvik Sjakklubb" in m for m in messages)


def test_the_last_admin_cannot_leave_even_as_the_only_member(client, org, org_admin):
    client.force_login(org_admin)
    client.post(reverse("portal:actor_leave", args=[org.slug]))
    assert Membership.objects.filter(user=org_admin, actor=org).exists()


def test_members_cannot_manage_members(client, org, org_admin, org_member):
    client.force_login(org_member)
    admin_row = membership(org_admin, org)
    assert (
        client.post(
            reverse("portal:member_role", args=[org.slug, admin_row.pk]), {"role": "member"}
        ).status_code
        == 404
    )
    assert (
        client.post(reverse("portal:member_remove", args=[org.slug, admin_row.pk])).status_code
        == 404
    )
    admin_row.refresh_from_db()
    assert admin_row.role == Role.ADMIN


# Invitations ---------------------------------------------------------------------------------


def invite(client, org, email="kollega@example.org", role=Role.MEMBER, **extra):
    return client.post(
        reverse("portal:member_invite", args=[org.slug]), {"email": email, "role": role, **extra}
    )


def test_invite_a_new_colleague_who_registers_from_the_link(client, org, org_admin, other_org):
    client.force_login(org_admin)
    response = invite(client, org, "Kollega@Example.org", Role.ADMIN, actor=other_org.pk)
    assert response.url == detail(org)
    invitation = Invitation.objects.get()
    assert (invitation.actor, invitation.email, invitation.role) == (
        org,
        "kollega@example.org",
        Role.ADMIN,
    )
    (message,) = mails_to("kollega@example.org")
    assert "leder@sjakk.example" in message.body  # the inviter, by their confirmed address
    link = link_in(message)
    client.post(reverse("logout"))

    page = client.get(link)
    assert page.status_code == 200
    register_url = reverse("portal:register") + "?invitation="
    assert register_url in page.content.decode()
    token = link.rstrip("/").rsplit("/", 1)[1]
    form = client.get(reverse("portal:register"), {"invitation": token})
    assert 'value="kollega@example.org"' in form.content.decode()
    assert "disabled" in form.content.decode()

    response = client.post(
        reverse("portal:register") + f"?invitation={token}",
        {
            "email": "someone-else@example.org",  # the invited address wins
            "full_name": "Kari Kollega",
            "language": "nb",
            "password1": "sjakkmatt-i-tre-trekk",
            "password2": "sjakkmatt-i-tre-trekk",
        },
    )

    assert response.url == detail(org)
    user = User.objects.get(email="kollega@example.org")
    assert user.email_verified_at is not None  # the link came to that address
    assert membership(user, org).role == Role.ADMIN
    assert not Invitation.objects.exists()
    assert not User.objects.filter(email="someone-else@example.org").exists()
    assert client.get(detail(org)).status_code == 200
    # Used once, the link no longer works.
    client.post(reverse("logout"))
    assert client.get(link).status_code == 400


def test_an_invited_person_with_an_account_accepts_when_logged_in(client, org, org_admin):
    colleague = make_user(email="kollega@example.org", email_verified_at=None)
    client.force_login(org_admin)
    invite(client, org, "kollega@example.org")
    link = link_in(mails_to("kollega@example.org")[0])
    client.post(reverse("logout"))

    anonymous = client.get(en("portal:invitation", link.rstrip("/").rsplit("/", 1)[1]))
    assert "You already have an account." in anonymous.content.decode()

    client.force_login(colleague)
    assert client.get(link).status_code == 200  # a page to confirm; GET changes nothing
    assert not Membership.objects.filter(user=colleague).exists()
    response = client.post(link)

    assert response.url == detail(org)
    assert membership(colleague, org).role == Role.MEMBER
    colleague.refresh_from_db()
    assert colleague.email_verified_at is not None


def test_an_invitation_cannot_be_accepted_by_someone_else(client, org, org_admin, other_admin):
    client.force_login(org_admin)
    invite(client, org, "kollega@example.org", Role.ADMIN)
    link = link_in(mails_to("kollega@example.org")[0])
    client.force_login(other_admin)

    assert client.get(link).status_code == 403
    assert client.post(link).status_code == 403
    assert not Membership.objects.filter(user=other_admin, actor=org).exists()
    assert Invitation.objects.exists()


def test_expired_invitation_gives_a_clear_400_page(client, org, org_admin, settings):
    client.force_login(org_admin)
    invite(client, org)
    invitation = Invitation.objects.get()
    settings.SIGNED_LINK_MAX_AGE = -1
    client.post(reverse("logout"))
    response = client.get(en("portal:invitation", tokens.make_invitation_token(invitation)))
    assert response.status_code == 400
    body = response.content.decode()
    assert "The link has expired" in body and "send a new invitation" in body
    assert client.get(reverse("portal:register"), {"invitation": "x:y:z"}).status_code == 400


def test_tampered_invitation_link_gives_a_400_page(client, org, org_admin):
    client.force_login(org_admin)
    invite(client, org)
    token = tokens.make_invitation_token(Invitation.objects.get())
    for bad in (token[:-2], "junk", token + "x"):
        response = client.get(en("portal:invitation", bad))
        assert response.status_code == 400
        assert "The link does not work" in response.content.decode()


def test_a_withdrawn_invitation_link_stops_working(client, org, org_admin):
    client.force_login(org_admin)
    invite(client, org)
    invitation = Invitation.objects.get()
    link = link_in(mail.outbox[0])
    client.post(reverse("portal:invitation_revoke", args=[org.slug, invitation.pk]))
    assert not Invitation.objects.exists()
    assert client.get(link).status_code == 400


def test_inviting_again_with_another_role_replaces_the_first_link(client, org, org_admin):
    client.force_login(org_admin)
    invite(client, org, role=Role.MEMBER)
    invite(client, org, role=Role.ADMIN)
    first, second = (link_in(message) for message in mail.outbox)
    assert Invitation.objects.get().role == Role.ADMIN
    client.post(reverse("logout"))
    assert client.get(first).status_code == 400
    assert client.get(second).status_code == 200


def test_inviting_a_member_or_a_bad_address_is_a_400_with_the_reason(
    client, org, org_admin, org_member
):
    client.force_login(org_admin)
    response = client.post(
        en("portal:member_invite", org.slug), {"email": org_member.email, "role": "member"}
    )
    assert response.status_code == 400
    assert "is already a member of Narvik Sjakklubb" in response.content.decode()
    response = client.post(
        en("portal:member_invite", org.slug), {"email": "not-an-address", "role": "owner"}
    )
    assert response.status_code == 400
    body = response.content.decode()
    assert 'value="not-an-address"' in body
    assert 'id="id_email_error"' in body and 'id="id_role_error"' in body
    assert not Invitation.objects.exists()


def test_members_cannot_invite(client, org, org_member):
    client.force_login(org_member)
    assert invite(client, org).status_code == 404
    assert not Invitation.objects.exists()
    assert not mail.outbox


# Requests to join ----------------------------------------------------------------------------


@pytest.fixture
def join_request(org):
    person = make_user(email="vil-inn@example.org", full_name="Vilde Inn", language="en")
    return JoinRequest.objects.create(user=person, actor=org, message="Hei")


def test_admin_accepts_a_request_as_member_whatever_is_posted(client, org, org_admin, join_request):
    client.force_login(org_admin)
    client.post(
        reverse("portal:join_request_accept", args=[org.slug, join_request.pk]),
        {"role": "admin", "actor": 999},
    )
    assert membership(join_request.user, org).role == Role.MEMBER
    (message,) = mails_to("vil-inn@example.org")
    assert message.subject == "You are now a member of Narvik Sjakklubb"


def test_admin_declines_a_request(client, org, org_admin, join_request):
    client.force_login(org_admin)
    client.post(reverse("portal:join_request_decline", args=[org.slug, join_request.pk]))
    assert not JoinRequest.objects.exists()
    assert not Membership.objects.filter(user=join_request.user).exists()
    (message,) = mails_to("vil-inn@example.org")
    assert "declined" in message.body


def test_members_cannot_answer_requests(client, org, org_member, join_request):
    client.force_login(org_member)
    for name in ("portal:join_request_accept", "portal:join_request_decline"):
        assert client.post(reverse(name, args=[org.slug, join_request.pk])).status_code == 404
    assert JoinRequest.objects.exists()


def test_the_person_withdraws_their_own_request(client, join_request):
    client.force_login(join_request.user)
    page = client.get(reverse("portal:account")).content.decode()
    assert reverse("portal:join_request_cancel", args=[join_request.pk]) in page
    client.post(reverse("portal:join_request_cancel", args=[join_request.pk]))
    assert not JoinRequest.objects.exists()


def test_nobody_else_withdraws_a_request(client, join_request, org_admin):
    client.force_login(org_admin)
    response = client.post(reverse("portal:join_request_cancel", args=[join_request.pk]))
    assert response.status_code == 404
    assert JoinRequest.objects.exists()


def test_two_admins_and_the_dashboard_counts(org, org_admin, join_request):
    from actors.access import pending_join_request_counts

    second_admin = make_member(org, role=Role.ADMIN)
    assert pending_join_request_counts(org_admin) == {org.pk: 1}
    assert pending_join_request_counts(second_admin) == {org.pk: 1}
    assert pending_join_request_counts(join_request.user) == {}


def test_the_organisation_page_does_not_grow_queries_with_members(
    client, org, org_admin, django_assert_num_queries
):
    client.force_login(org_admin)
    url = detail(org)
    client.get(url)  # warm up: the session and the user
    for _ in range(2):
        make_member(org)
        JoinRequest.objects.create(user=make_user(), actor=org)
        Invitation.objects.create(actor=org, email=f"{make_user().pk}@invited.example")
    # 3 of them save the session, as every logged-in request does (the idle timeout: settings,
    # SESSION_SAVE_EVERY_REQUEST).
    with django_assert_num_queries(9):
        assert client.get(url).status_code == 200
    for _ in range(10):
        make_member(org)
        JoinRequest.objects.create(user=make_user(), actor=org)
        Invitation.objects.create(actor=org, email=f"{make_user().pk}@invited.example")
    with django_assert_num_queries(9):
        assert client.get(url).status_code == 200
