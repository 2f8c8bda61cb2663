"""Registration end to end: a new organisation, or a request to join one; e-mail confirmation;
errors that keep what was typed; fields that are not the form's are ignored."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from actors.models import Actor, JoinRequest, Membership, User
from tests.factories import make_actor, make_moderator, make_user
from tests.helpers import REGISTRATION_PASSWORD as PASSWORD
from tests.helpers import en, html_tag, link_in, mails_to, messages_of, registration_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(db):
    return make_moderator(email="moderator@narvik.example", language="nb")


def test_registering_a_new_organisation_end_to_end(client, moderator):
    response = client.post(reverse("portal:register"), registration_data())

    assert response.status_code == 302
    assert response.url == reverse("portal:verify_email_sent")
    user = User.objects.get(email="kari.nordmann@example.org")
    assert user.is_active and user.email_verified_at is None
    assert user.language == "en" and user.full_name == "Kari Nordmann"
    assert user.check_password(PASSWORD)
    actor = Actor.objects.get(name="Narvik Klatreklubb")
    assert actor.is_approved is False
    assert actor.slug == "narvik-klatreklubb"
    assert actor.organisation_number == "123456785"
    assert actor.memberships.get().user == user
    assert actor.memberships.get().role == Membership.Role.ADMIN
    # They are not logged in yet (the answer is the same for an address that has an account),
    # and the page after registering says to check the e-mail, to anyone.
    page = client.get(response.url)
    assert page.status_code == 200
    assert "_auth_user_id" not in client.session
    # Logged in before confirming, the portal asks them to confirm the address first.
    client.post(reverse("login"), {"username": "kari.nordmann@example.org", "password": PASSWORD})
    assert client.get(reverse("portal:actor_detail", args=[actor.slug])).url == reverse(
        "portal:verify_email_sent"
    )
    # One e-mail so far: the confirmation link, in the language they chose.
    assert len(mail.outbox) == 1
    confirmation = mail.outbox[0]
    assert confirmation.to == ["kari.nordmann@example.org"]
    assert confirmation.subject == "Confirm your e-mail address for Narvik newcomers"
    link = link_in(confirmation)
    assert link.startswith("/en/")
    assert not mails_to(moderator.email)

    response = client.get(link)

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.email_verified_at is not None
    # Now the project office hears of it, with a link to approve it in the admin.
    (office_mail,) = mails_to(moderator.email)
    assert "Narvik Klatreklubb" in office_mail.subject
    assert reverse("admin:actors_actor_change", args=[actor.pk]) in office_mail.body
    assert client.get(reverse("portal:actor_detail", args=[actor.slug])).status_code == 200


def test_registering_with_a_request_to_join_end_to_end(client, org, org_admin):
    response = client.post(
        reverse("portal:register"),
        registration_data(
            language="nb",
            **{"choice-choice": "join", "join-actor": org.pk, "join-message": "Jeg er trener."},
        ),
    )

    assert response.status_code == 302
    user = User.objects.get(email="kari.nordmann@example.org")
    join_request = JoinRequest.objects.get(user=user)
    assert join_request.actor == org and join_request.message == "Jeg er trener."
    assert not Membership.objects.filter(user=user).exists()
    assert not Actor.objects.filter(name="Narvik Klatreklubb").exists()
    (confirmation,) = mail.outbox
    assert link_in(confirmation).startswith("/nb/")
    # The admins neither see nor hear of the request before the address is confirmed.
    client.force_login(org_admin)
    page = client.get(reverse("portal:actor_detail", args=[org.slug])).content.decode()
    assert "kari.nordmann@example.org" not in page
    assert not mails_to(org_admin.email)

    client.get(link_in(confirmation))

    (notice,) = mails_to(org_admin.email)
    # Who asks, by the confirmed address; what they typed is read on the site, not in mail.
    assert "kari.nordmann@example.org" in notice.subject
    assert "Jeg er trener." not in notice.body
    assert reverse("portal:actor_detail", args=[org.slug]) in notice.body
    page = client.get(reverse("portal:actor_detail", args=[org.slug])).content.decode()
    assert "kari.nordmann@example.org" in page

    response = client.post(reverse("portal:join_request_accept", args=[org.slug, join_request.pk]))

    assert response.status_code == 302
    assert Membership.objects.get(user=user, actor=org).role == Membership.Role.MEMBER
    assert not JoinRequest.objects.exists()
    (accepted,) = mails_to(user.email)[1:]
    assert reverse("portal:actor_detail", args=[org.slug]) in accepted.body


def test_only_approved_organisations_can_be_joined(client, org):
    hidden = make_actor(name="Ikke godkjent", is_approved=False)

    page = client.get(reverse("portal:register")).content.decode()
    assert org.name in page
    assert "Ikke godkjent" not in page

    response = client.post(
        en("portal:register"),
        registration_data(**{"choice-choice": "join", "join-actor": hidden.pk}),
    )
    assert response.status_code == 400
    assert "Choose an organisation from the list." in response.content.decode()
    assert not User.objects.exists()


def test_invalid_organisation_number_is_explained_and_nothing_typed_is_lost(client):
    response = client.post(
        en("portal:register"), registration_data(**{"org-organisation_number": "123456784"})
    )

    assert response.status_code == 400
    body = response.content.decode()
    assert "This is not a valid organisation number." in body
    assert 'value="Narvik Klatreklubb"' in body
    assert 'value="Kari.Nordmann@Example.org"' in body
    assert 'value="+47 400 00 000"' in body
    assert 'value="123456784"' in body
    assert 'href="#id_org-organisation_number"' in body  # the error summary links to the field
    assert PASSWORD not in body  # passwords are never sent back
    assert body.count("<h1") == 1
    assert not User.objects.exists() and not Actor.objects.exists()


def test_missing_kind_and_name_are_required(client):
    response = client.post(
        reverse("portal:register"), registration_data(**{"org-name": "", "org-kind": ""})
    )
    assert response.status_code == 400
    errors = response.context["registration"].actor.errors
    assert set(errors) == {"name", "kind"}


def test_join_part_is_not_validated_when_registering_a_new_organisation(client):
    response = client.post(
        reverse("portal:register"),
        registration_data(**{"org-name": "", "join-message": "typed, then changed my mind"}),
    )
    assert response.status_code == 400
    registration = response.context["registration"]
    assert not registration.join.errors
    assert "typed, then changed my mind" in response.content.decode()


def test_an_e_mail_address_can_only_register_once_whatever_its_case(client, commit):
    owner = make_user(email="kari.nordmann@example.org", language="nb")
    response = client.post(
        en("portal:register"), registration_data(email="Kari.Nordmann@Example.org")
    )
    commit()
    assert User.objects.count() == 1
    assert not Actor.objects.filter(name="Narvik Klatreklubb").exists()
    # The owner hears of it and how to log in; the person at the keyboard learns nothing.
    (message,) = mails_to(owner.email)
    assert message.subject == "Du har allerede en konto på Narvik tilflytter"
    with translation.override("nb"):  # the owner's language
        assert reverse("password_reset") in message.body
    assert response.status_code == 302
    assert response.url == en("portal:verify_email_sent")


def test_registering_does_not_tell_whether_an_address_has_an_account(client, commit):
    make_user(email="kjent@example.org")
    answers = []
    for email in ("kjent@example.org", "ukjent@example.org"):
        client.cookies.clear()
        response = client.post(
            en("portal:register"), registration_data(email=email, **{"org-name": f"Lag {email}"})
        )
        page = client.get(response.url)
        answers.append(
            (
                response.status_code,
                response.url,
                sorted(response.cookies),
                page.status_code,
                page.content.decode().replace(email, "EMAIL"),
            )
        )
    assert answers[0] == answers[1]


def test_the_owner_is_told_of_attempts_at_most_once_an_hour(client, commit):
    owner = make_user(email="kjent@example.org")
    for _ in range(3):
        client.post(en("portal:register"), registration_data(email="kjent@example.org"))
    commit()
    assert len(mails_to(owner.email)) == 1


@pytest.mark.parametrize(
    ("password1", "password2"),
    [("password", "password"), ("12345678901", "12345678901"), (PASSWORD, PASSWORD + "x")],
)
def test_djangos_password_validators_apply(client, password1, password2):
    response = client.post(
        reverse("portal:register"),
        registration_data(password1=password1, password2=password2),
    )
    assert response.status_code == 400
    assert "password2" in response.context["registration"].account.errors
    assert not User.objects.exists()


def test_fields_that_are_not_in_the_form_are_ignored(client, other_org):
    response = client.post(
        reverse("portal:register"),
        registration_data(
            is_staff="on",
            is_superuser="on",
            email_verified_at="2020-01-01T00:00",
            role="member",
            actor=other_org.pk,
            is_approved="on",
            **{"org-is_approved": "on", "org-slug": "hacked", "org-role": "member"},
        ),
    )
    assert response.status_code == 302
    user = User.objects.get()
    assert not user.is_staff and not user.is_superuser and user.email_verified_at is None
    actor = Actor.objects.get(name="Narvik Klatreklubb")
    assert actor.is_approved is False and actor.slug == "narvik-klatreklubb"
    assert list(user.memberships.values_list("actor", "role")) == [
        (actor.pk, Membership.Role.ADMIN)
    ]
    assert not other_org.memberships.filter(user=user).exists()


def test_a_second_organisation_with_the_same_name_gets_its_own_slug(client):
    make_actor(name="Narvik Klatreklubb", slug="narvik-klatreklubb")
    client.post(reverse("portal:register"), registration_data())
    assert Actor.objects.filter(slug="narvik-klatreklubb-2").exists()


def test_a_registered_organisation_number_cannot_be_registered_again(client):
    make_actor(name="Klatreklubben", organisation_number="123456785")
    response = client.post(reverse("portal:register"), registration_data())
    assert response.status_code == 400
    assert "organisation_number" in response.context["registration"].actor.errors


def test_logged_in_people_add_organisations_on_their_own_page(client, org_admin):
    client.force_login(org_admin)
    response = client.get(reverse("portal:register"))
    assert response.url == reverse("portal:actor_add")


def test_a_logged_in_person_registers_another_organisation_and_the_office_hears_at_once(
    client, org_admin, moderator
):
    client.force_login(org_admin)
    data = {k: v for k, v in registration_data().items() if k.startswith(("choice-", "org-"))}
    response = client.post(reverse("portal:actor_add"), data)

    actor = Actor.objects.get(name="Narvik Klatreklubb")
    assert response.url == reverse("portal:actor_detail", args=[actor.slug])
    assert not actor.is_approved
    assert actor.memberships.get().user == org_admin
    assert len(mails_to(moderator.email)) == 1


def test_a_logged_in_person_asks_to_join_and_the_admins_hear_at_once(
    client, org, org_admin, other_admin
):
    client.force_login(other_admin)
    response = client.post(
        reverse("portal:actor_add"),
        {"choice-choice": "join", "join-actor": org.pk, "join-message": "Hei!"},
    )
    assert response.url == reverse("portal:dashboard")
    assert JoinRequest.objects.filter(user=other_admin, actor=org).exists()
    assert len(mails_to(org_admin.email)) == 1
    assert messages_of(client.get(reverse("portal:account")))


def test_members_cannot_ask_to_join_their_own_organisation(client, org, org_member):
    client.force_login(org_member)
    page = client.get(reverse("portal:actor_add")).content.decode()
    assert f'<option value="{org.pk}"' not in page
    response = client.post(
        reverse("portal:actor_add"), {"choice-choice": "join", "join-actor": org.pk}
    )
    assert response.status_code == 400
    assert not JoinRequest.objects.exists()


@pytest.mark.parametrize("language", ["nb", "en"])
def test_registration_page_renders_with_one_h1_and_accessible_groups(client, db, language):
    with translation.override(language):
        url = reverse("portal:register")
    response = client.get(url)
    assert response.status_code == 200
    body = response.content.decode()
    assert body.count("<h1") == 1
    assert html_tag(language) in body
    # Radio groups are fieldsets with a legend: e-mail language, the choice, the kind.
    for group in ("id_language", "id_choice-choice", "id_org-kind"):
        assert f'<fieldset class="field checks" id="{group}">' in body
    assert 'for="id_email"' in body and 'for="id_org-name"' in body
    # The page's language is the preselected language for e-mails.
    language_input = re.search(rf'<input[^>]+name="language" value="{language}"[^>]*>', body)
    assert "checked" in language_input.group(0)


def test_a_simultaneous_registration_of_the_same_address_is_a_400_not_a_500(client, monkeypatch):
    from django.db import IntegrityError

    from actors import services

    def collide(**kwargs):
        raise IntegrityError("duplicate key")

    monkeypatch.setattr(services, "create_actor", collide)
    response = client.post(en("portal:register"), registration_data())
    assert response.status_code == 400
    assert "Someone registered the same details just now." in response.content.decode()
    assert not User.objects.exists()


def test_organisation_slugs_spell_out_norwegian_letters(db):
    from actors.services import unique_actor_slug

    assert unique_actor_slug("Narvik Røde Kors – Ærfugl & Åsen") == "narvik-rode-kors-aerfugl-asen"
