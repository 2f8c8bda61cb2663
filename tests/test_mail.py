"""E-mails go to each person in their own language; to the office's address if it has no one."""

import pytest
from django.core import mail

from narvik_tilflytter.mail import send_to_office
from tests.conftest import make_moderator

pytestmark = pytest.mark.django_db


def context(offer):
    return {"offer": offer, "is_change": False, "actor": offer.actor}


def test_office_mail_goes_to_each_moderator_in_their_language(offer):
    make_moderator(email="kari@example.org", language="nb")
    make_moderator(email="john@example.org", language="en")
    send_to_office("email/offers/submitted", context(offer))
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects == {
        "kari@example.org": "Nytt tilbud venter på godkjenning: «Skiskole for nybegynnere»",
        "john@example.org": "New offer waiting for review: «Ski school for beginners»",
    }


def test_without_moderators_the_office_address_gets_it_in_norwegian(settings, offer):
    settings.CONTACT_EMAIL = "office@example.org"
    send_to_office("email/offers/submitted", context(offer))
    (message,) = mail.outbox
    assert message.to == ["office@example.org"]
    assert message.subject.startswith("Nytt tilbud venter på godkjenning")
    assert "/admin/offers/offer/?status__exact=pending" in message.body
