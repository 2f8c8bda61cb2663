"""The project office's admin pages render, in Norwegian, and load nothing from other hosts."""

import re

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse

from actors.models import User

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator_client(client):
    user = User.objects.create_user("moderator@example.org", "a-long-password", is_staff=True)
    user.groups.add(Group.objects.get(name="Moderator"))
    client.force_login(user)
    return client


def test_moderator_group_can_do_daily_work_but_not_everything():
    permissions = set(
        Group.objects.get(name="Moderator").permissions.values_list("codename", flat=True)
    )
    assert {"view_offer", "change_offer", "change_actor", "change_focusarea"} <= permissions
    assert "delete_offer" not in permissions
    assert "change_user" not in permissions


@pytest.mark.parametrize(
    "url_name",
    [
        "admin:offers_offer_changelist",
        "admin:actors_actor_changelist",
        "admin:offers_focusarea_changelist",
        "admin:offers_language_changelist",
    ],
)
def test_moderator_sees_the_admin_lists(moderator_client, url_name):
    response = moderator_client.get(reverse(url_name))
    assert response.status_code == 200


def test_offer_form_has_translation_tabs_from_our_own_server(moderator_client, offer):
    response = moderator_client.get(reverse("admin:offers_offer_change", args=[offer.pk]))
    body = response.content.decode()
    assert response.status_code == 200
    assert 'name="title_nb"' in body
    assert 'name="title_en"' in body
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', body)
    assert "/static/vendor/jquery-ui/jquery-ui.min.js" in scripts
    assert not [src for src in scripts if src.startswith(("http", "//"))]


def test_admin_speaks_norwegian(moderator_client):
    body = moderator_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert "Tilbud" in body
