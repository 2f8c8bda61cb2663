"""E-mail confirmation by signed link: good, expired and tampered links; the portal waits for
it; a new link on request."""

import time

import pytest
from django.core import mail, signing
from django.urls import reverse

from actors import services, tokens
from actors.models import Invitation, Membership
from tests.factories import make_actor, make_member, make_moderator, make_user
from tests.helpers import en, link_in, mails_to, messages_of

pytestmark = pytest.mark.django_db
EIGHT_DAYS = 8 * 24 * 60 * 60


@pytest.fixture
def newcomer(db):
    return make_user(email="ny@example.org", email_verified_at=None, language="en")


def old_token(monkeypatch, make, age):
    """A token signed `age` seconds ago."""
    now = time.time()
    monkeypatch.setattr(signing.time, "time", lambda: now - age)
    token = make()
    monkeypatch.undo()
    return token


def newcomer_token(user):
    return tokens.make_verification_token(user)


def test_the_link_confirms_the_address_even_when_not_logged_in(client, newcomer):
    token = newcomer_token(newcomer)

    response = client.get(en("portal:verify_email", token))

    newcomer.refresh_from_db()
    assert newcomer.email_verified_at is not None
    assert response.status_code == 302
    assert response.url.startswith(en("login"))
    assert "Your e-mail address is confirmed." in " ".join(messages_of(client.get(response.url)))


def test_the_link_takes_a_logged_in_person_to_their_page(client, newcomer):
    client.force_login(newcomer)
    response = client.get(reverse("portal:verify_email", args=[newcomer_token(newcomer)]))
    assert response.url == reverse("portal:dashboard")


def test_opening_the_link_twice_is_harmless_and_tells_the_office_once(client, newcomer):
    moderator = make_moderator()
    actor = make_actor(is_approved=False)
    Membership.objects.create(user=newcomer, actor=actor, role=Membership.Role.ADMIN)
    link = reverse("portal:verify_email", args=[newcomer_token(newcomer)])

    client.get(link)
    newcomer.refresh_from_db()
    first = newcomer.email_verified_at
    response = client.get(link)

    assert response.status_code == 302
    newcomer.refresh_from_db()
    assert newcomer.email_verified_at == first
    assert len(mails_to(moderator.email)) == 1


def test_expired_link_gives_a_clear_400_page_with_a_way_to_a_new_link(
    client, newcomer, monkeypatch
):
    token = old_token(monkeypatch, lambda: newcomer_token(newcomer), EIGHT_DAYS)
    client.force_login(newcomer)

    response = client.get(en("portal:verify_email", token))

    assert response.status_code == 400
    body = response.content.decode()
    assert "The link has expired" in body
    assert body.count("<h1") == 1
    assert en("portal:verify_email_resend") in body
    newcomer.refresh_from_db()
    assert newcomer.email_verified_at is None


def test_a_link_just_inside_its_lifetime_still_works(client, newcomer, monkeypatch, settings):
    token = old_token(
        monkeypatch, lambda: newcomer_token(newcomer), settings.SIGNED_LINK_MAX_AGE - 60
    )
    assert client.get(reverse("portal:verify_email", args=[token])).status_code == 302
    newcomer.refresh_from_db()
    assert newcomer.email_verified_at is not None


def test_max_age_comes_from_settings(client, newcomer, settings):
    settings.SIGNED_LINK_MAX_AGE = -1
    response = client.get(en("portal:verify_email", newcomer_token(newcomer)))
    assert response.status_code == 400
    assert "The link has expired" in response.content.decode()


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: token[:10],
        lambda token: "x" + token,
        lambda token: "not-a-token",
        lambda token: ("B" if token[0] != "B" else "C") + token[1:],
    ],
)
def test_tampered_link_gives_a_clear_400_page_never_500(client, newcomer, tamper):
    response = client.get(en("portal:verify_email", tamper(newcomer_token(newcomer))))
    assert response.status_code == 400
    assert "The link does not work" in response.content.decode()
    newcomer.refresh_from_db()
    assert newcomer.email_verified_at is None


def test_a_link_for_another_purpose_is_refused(client, newcomer, org):
    invitation = Invitation.objects.create(actor=org, email=newcomer.email)
    token = tokens.make_invitation_token(invitation)
    assert client.get(reverse("portal:verify_email", args=[token])).status_code == 400


def test_a_link_stops_working_when_the_address_changes(client, newcomer):
    token = newcomer_token(newcomer)
    newcomer.email = "annen@example.org"
    newcomer.save()
    assert client.get(reverse("portal:verify_email", args=[token])).status_code == 400


def test_portal_pages_wait_for_a_confirmed_address(client, newcomer, org):
    Membership.objects.create(user=newcomer, actor=org)
    client.force_login(newcomer)
    for url in (
        reverse("portal:dashboard"),
        reverse("portal:actor_detail", args=[org.slug]),
        reverse("portal:actor_add"),
    ):
        assert client.get(url).url == reverse("portal:verify_email_sent"), url
    # Their own account and data are theirs before confirming.
    assert client.get(reverse("portal:account")).status_code == 200
    assert client.get(reverse("portal:account_data")).status_code == 200
    assert client.get(reverse("portal:account_delete")).status_code == 200
    page = client.get(en("portal:verify_email_sent")).content.decode()
    assert "ny@example.org" in page and "Check your e-mail" in page


def test_confirmed_people_pass_the_check_email_page(client, org_member):
    client.force_login(org_member)
    assert client.get(reverse("portal:verify_email_sent")).url == reverse("portal:dashboard")


def test_a_new_link_on_request_but_not_more_than_once_a_minute(client, newcomer):
    client.force_login(newcomer)
    url = en("portal:verify_email_resend")

    client.post(url)
    client.post(url)

    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [newcomer.email]
    response = client.get(link_in(mail.outbox[0]))
    assert response.url == reverse("portal:dashboard")


def test_resend_is_post_only(client, newcomer):
    client.force_login(newcomer)
    assert client.get(reverse("portal:verify_email_resend")).status_code == 405
    assert not mail.outbox


def test_unverified_member_request_reaches_the_admins_only_after_confirming(client, org, commit):
    admin = make_member(org, role=Membership.Role.ADMIN)
    person = make_user(email_verified_at=None)
    services.request_to_join(user=person, actor=org, message="")
    commit()
    assert not mails_to(admin.email)
    services.confirm_email(person)
    commit()
    assert len(mails_to(admin.email)) == 1
