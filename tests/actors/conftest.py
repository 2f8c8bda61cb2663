"""Shared fixtures for the actors tests: an organisation with an admin and a member, another
organisation with its own admin (for IDOR attempts), and staff. The helpers to read e-mailed
links are in tests/helpers.py."""

import pytest

from actors.models import Membership
from tests.factories import make_actor, make_member, make_moderator

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
    """Someone in the project office (actors/office.py)."""
    return make_moderator(email="kontoret@example.org")
