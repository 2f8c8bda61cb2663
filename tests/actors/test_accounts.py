"""Log in by e-mail, log out by POST, lockout, password change and reset, account details."""

import re

import pytest
from django.contrib.auth import SESSION_KEY
from django.core import mail
from django.urls import reverse
from django.utils import translation

from tests.factories import PASSWORD, make_user
from tests.helpers import en, html_tag, link_in, messages_of

pytestmark = pytest.mark.django_db
NEW_PASSWORD = "nordlys-over-fagernes-7"


def log_in(client, username, password, url=None):
    return client.post(url or reverse("login"), {"username": username, "password": password})


def test_login_page_has_the_e_mail_field_and_links_onwards(client, db):
    response = client.get(en("login"))
    body = response.content.decode()
    assert response.status_code == 200
    assert body.count("<h1") == 1
    assert 'name="username"' in body and 'type="password"' in body
    assert 'for="id_username"' in body
    assert en("password_reset") in body
    assert en("portal:register") in body


def test_login_by_e_mail_in_any_case_goes_to_the_portal(client, org_member):
    response = log_in(client, "MEDLEM@Sjakk.Example", PASSWORD)
    assert response.status_code == 302
    assert response.url == reverse("portal:dashboard")
    assert client.session[SESSION_KEY] == str(org_member.pk)


def test_wrong_password_is_refused_with_a_message(client, org_member):
    response = log_in(client, org_member.email, "wrong", url=en("login"))
    assert response.status_code == 200
    assert SESSION_KEY not in client.session
    assert "notice-error" in response.content.decode()


def test_too_many_wrong_passwords_lock_out_with_our_page(client, org_member):
    for _attempt in range(5):
        log_in(client, org_member.email, "wrong", url=en("login"))
    response = log_in(client, org_member.email, PASSWORD, url=en("login"))
    assert response.status_code == 429
    body = response.content.decode()
    assert "Too many attempts" in body
    assert body.count("<h1") == 1
    assert SESSION_KEY not in client.session


def test_logout_is_post_only(client, org_member):
    client.force_login(org_member)
    assert client.get(reverse("logout")).status_code == 405
    assert SESSION_KEY in client.session
    response = client.post(reverse("logout"))
    assert response.url == reverse("home")
    assert SESSION_KEY not in client.session


def test_password_change(client, org_member):
    client.force_login(org_member)
    assert client.get(en("password_change")).status_code == 200
    response = client.post(
        reverse("password_change"),
        {
            "old_password": PASSWORD,
            "new_password1": NEW_PASSWORD,
            "new_password2": NEW_PASSWORD,
        },
    )
    assert response.url == reverse("password_change_done")
    org_member.refresh_from_db()
    assert org_member.check_password(NEW_PASSWORD)
    assert client.get(reverse("password_change_done")).status_code == 200


def test_password_change_with_a_wrong_old_password_keeps_the_old_one(client, org_member):
    client.force_login(org_member)
    response = client.post(
        en("password_change"),
        {"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 200
    assert 'href="#id_old_password"' in response.content.decode()
    org_member.refresh_from_db()
    assert org_member.check_password(PASSWORD)


def test_password_change_needs_login(client, db):
    response = client.get(reverse("password_change"))
    assert response.url.startswith(reverse("login"))


def test_password_reset_flow_in_the_persons_language(client, db):
    user = make_user(email="glemsk@example.org", language="en", email_verified_at=None)

    response = client.post(reverse("password_reset"), {"email": "GLEMSK@example.org"})

    assert response.url == reverse("password_reset_done")
    (message,) = mail.outbox
    assert message.to == ["glemsk@example.org"]
    assert message.subject == "Set a new password for Narvik newcomers"
    link = link_in(message)
    assert link.startswith("/en/")  # the person's language, not the page's (nb)

    response = client.get(link)  # Django swaps the token for a session and redirects
    assert response.status_code == 302
    form_url = response.url
    page = client.get(form_url)
    assert page.status_code == 200
    assert "Set a new password" in page.content.decode()

    response = client.post(form_url, {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD})

    assert response.url == en("password_reset_complete")
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)
    # The link came to the address, so it is confirmed too.
    assert user.email_verified_at is not None
    assert log_in(client, "glemsk@example.org", NEW_PASSWORD).status_code == 302
    # The link works once.
    client.post(reverse("logout"))
    assert "The link does not work" in client.get(link).content.decode()


def test_password_reset_for_an_unknown_address_looks_the_same_and_sends_nothing(client, db):
    response = client.post(reverse("password_reset"), {"email": "ingen@example.org"})
    assert response.url == reverse("password_reset_done")
    assert not mail.outbox


def test_password_reset_link_with_a_bad_token_says_so(client, org_member):
    response = client.get(en("password_reset_confirm", "MQ", "bad-token"))
    assert response.status_code == 200
    assert "The link does not work" in response.content.decode()
    assert en("password_reset") in response.content.decode()


@pytest.mark.parametrize(
    "name", ["password_reset", "password_reset_done", "password_reset_complete", "login"]
)
@pytest.mark.parametrize("language", ["nb", "en"])
def test_account_pages_render_in_both_languages(client, db, name, language):
    with translation.override(language):
        url = reverse(name)
    response = client.get(url)
    body = response.content.decode()
    assert response.status_code == 200
    assert body.count("<h1") == 1
    assert html_tag(language) in body


def test_account_page_changes_name_and_e_mail_language(client, org_member):
    client.force_login(org_member)
    response = client.post(en("portal:account"), {"full_name": "Mats M.", "language": "nb"})
    assert response.url == en("portal:account")
    org_member.refresh_from_db()
    assert (org_member.full_name, org_member.language) == ("Mats M.", "nb")
    assert "Your details are saved." in messages_of(client.get(response.url))


def test_account_page_keeps_what_was_typed_on_an_error(client, org_member):
    client.force_login(org_member)
    response = client.post(en("portal:account"), {"full_name": "Mats M.", "language": "xx"})
    assert response.status_code == 400
    body = response.content.decode()
    assert 'value="Mats M."' in body
    assert re.search(r'<span class="error" id="id_language_error">', body)
    org_member.refresh_from_db()
    assert org_member.language == "en"


def test_messages_follow_the_page_language(client, org_admin, org):
    client.force_login(org_admin)
    response = client.post(
        en("portal:actor_edit", org.slug), {"email": "ny@sjakk.example"}, follow=True
    )
    assert "The profile is saved." in [str(m) for m in response.context["messages"]]


def test_staff_change_their_password_on_the_same_pages_and_go_back_to_the_admin(client, staff_user):
    client.force_login(staff_user)
    body = client.get(reverse("password_change")).content.decode()
    assert reverse("admin:index") in body
    assert reverse("portal:account") not in body
    assert reverse("admin:index") in client.get(reverse("password_change_done")).content.decode()


def test_the_mail_language_is_chosen_among_every_language_in_its_own_name(client, db):
    from tests.factories import make_user

    user = make_user(email="ola@example.org")
    client.force_login(user)
    body = client.get(reverse("portal:account")).content.decode()
    for code, name in [("uk", "Українська"), ("pl", "Polski"), ("lt", "Lietuvių")]:
        assert f'lang="{code}">{name}</label>' in body
    response = client.post(reverse("portal:account"), {"full_name": "Ola", "language": "ar"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.language == "ar"
