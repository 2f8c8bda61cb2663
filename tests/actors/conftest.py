"""Shared fixtures for the actors tests: an organisation with an admin and a member, another
organisation with its own admin (for IDOR attempts), and helpers to read e-mailed links."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import translation

from actors.models import Membership
from tests.conftest import make_actor, make_member, make_user

Role = Membership.Role


@pytest.fixture
def org(db):
    return make_actor(name="Narvik Sjakklubb", slug="narvik-sjakklubb")


@pytest.fixture
def org_admin(org):
    return make_member(org, role=Role.ADMIN, email="leder@sjakk.example", full_name="Liv Leder")


@pytest.fixture
def org_member(org):
    return make_member(org, email="medlem@sjakk.example", full_name="Mats Medlem", language="en")


@pytest.fixture
def other_org(db):
    return make_actor(name="Ofoten Roklubb", slug="ofoten-roklubb")


@pytest.fixture
def other_admin(other_org):
    return make_member(other_org, role=Role.ADMIN, email="leder@ro.example", full_name="Ola Ro")


@pytest.fixture
def other_member(other_org):
    return make_member(other_org, email="medlem@ro.example", full_name="Rita Ro")


@pytest.fixture
def staff_user(db):
    return make_user(email="kontoret@example.org", is_staff=True)


def membership(user, actor):
    return Membership.objects.get(user=user, actor=actor)


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


def link_in(message):
    """The site path of the (first) link in an e-mail."""
    match = re.search(re.escape(settings.SITE_URL) + r"(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def en(name, *args):
    """The English URL of `name`: tests that read page text use it, so they keep passing when
    the Norwegian catalogue translates the strings."""
    with translation.override("en"):
        return reverse(name, args=args)
