"""E-mails go to each person in their own language; to the office's address if it has no one."""

import pytest
from django.core import mail
from django.db import transaction

from actors.models import User
from actors.office import office_users
from narvik_tilflytter.mail import send_to_office
from tests.factories import make_moderator, make_offer

pytestmark = pytest.mark.django_db


def context(offer):
    return {"offer": offer, "is_change": False, "actor": offer.actor}


def test_office_mail_goes_to_each_moderator_in_their_language(offer, commit):
    make_moderator(email="kari@example.org", language="nb")
    make_moderator(email="john@example.org", language="en")
    send_to_office("email/offers/submitted", context(offer))
    commit()
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects == {
        "kari@example.org": "Nytt tilbud venter på godkjenning: «Skiskole for nybegynnere»",
        "john@example.org": "New offer waiting for review: “Ski school for beginners”",
    }


def test_without_moderators_the_office_address_gets_it_in_norwegian(settings, offer, commit):
    settings.CONTACT_EMAIL = "office@example.org"
    send_to_office("email/offers/submitted", context(offer))
    commit()
    (message,) = mail.outbox
    assert message.to == ["office@example.org"]
    assert message.subject.startswith("Nytt tilbud venter på godkjenning")
    assert "/admin/offers/offer/?status__exact=pending" in message.body


def test_mail_waits_for_the_commit_and_a_rollback_sends_nothing(offer, commit):
    make_moderator(email="kari@example.org")
    send_to_office("email/offers/submitted", context(offer))
    assert not mail.outbox  # rendered, waiting for the transaction
    try:
        with transaction.atomic():
            send_to_office("email/offers/submitted", context(offer))
            raise RuntimeError("the move fails after asking for the e-mail")
    except RuntimeError:
        pass
    commit()
    assert [message.to for message in mail.outbox] == [["kari@example.org"]]


def test_a_staff_account_outside_the_office_group_is_not_the_office(offer, commit):
    make_moderator(email="kari@example.org")
    User.objects.create_user("developer@example.org", "a-long-password", is_staff=True)
    make_moderator(email="gone@example.org", is_active=False)
    assert list(office_users().values_list("email", flat=True)) == ["kari@example.org"]
    send_to_office("email/offers/submitted", context(offer))
    commit()
    assert [message.to for message in mail.outbox] == [["kari@example.org"]]


def test_e_mail_is_plain_text_and_never_html_escaped(actor, commit):
    offer = make_offer(actor=actor, title="Bil & båt <for alle>", title_en="Cars & boats")
    make_moderator(email="kari@example.org")
    send_to_office("email/offers/submitted", context(offer))
    commit()
    (message,) = mail.outbox
    assert message.subject == "Nytt tilbud venter på godkjenning: «Bil & båt <for alle>»"
    assert "Bil & båt <for alle>" in message.body
    assert "&amp;" not in message.body + message.subject
    assert "&lt;" not in message.body + message.subject
