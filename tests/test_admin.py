"""The project office's admin pages render, in Norwegian, and load nothing from other hosts."""

import re

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse

from actors.models import User
from actors.office import OFFICE_GROUP
from offers import changes
from offers.models import Language, Offer
from tests.factories import make_offer

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator_client(client):
    user = User.objects.create_user("moderator@example.org", "a-long-password", is_staff=True)
    user.groups.add(Group.objects.get(name=OFFICE_GROUP))
    client.force_login(user)
    return client


def test_moderator_group_can_do_daily_work_but_not_everything():
    permissions = set(
        Group.objects.get(name=OFFICE_GROUP).permissions.values_list("codename", flat=True)
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


def changelist_post(client, action, offers, **extra):
    return client.post(
        reverse("admin:offers_offer_changelist"),
        {"action": action, "_selected_action": [offer.pk for offer in offers], **extra},
    )


def test_pending_offers_come_first(moderator_client, actor):
    make_offer(actor=actor, title="Publisert", published_days_ago=0)
    waiting = make_offer(actor=actor, title="Venter", status="pending")
    response = moderator_client.get(reverse("admin:offers_offer_changelist"))
    first, *_rest = response.context["cl"].result_list
    assert first == waiting


def test_moderator_approves_with_the_bulk_action(moderator_client, actor):
    first = make_offer(actor=actor, status="pending")
    second = make_offer(actor=actor, status="pending")
    changelist_post(moderator_client, "approve_selected", [first, second])
    assert set(Offer.objects.public()) == {first, second}
    assert first.events.get().by.email == "moderator@example.org"


def test_reject_asks_for_a_reason_first(moderator_client, actor):
    offer = make_offer(actor=actor, status="pending")
    page = changelist_post(moderator_client, "reject_selected", [offer])
    assert page.status_code == 200
    assert 'name="reason"' in page.content.decode()
    missing = changelist_post(moderator_client, "reject_selected", [offer], confirm="1", reason="")
    assert missing.status_code == 400
    offer.refresh_from_db()
    assert offer.status == "pending"
    changelist_post(
        moderator_client, "reject_selected", [offer], confirm="1", reason="Mangler pris."
    )
    offer.refresh_from_db()
    assert offer.status == "rejected"
    assert offer.rejection_reason() == "Mangler pris."


def test_approve_and_reject_buttons_on_the_change_form(moderator_client, actor):
    offer = make_offer(actor=actor, status="pending")
    form = moderator_client.get(reverse("admin:offers_offer_change", args=[offer.pk]))
    assert reverse("admin:offers_offer_approve", args=[offer.pk]) in form.content.decode()
    moderator_client.post(reverse("admin:offers_offer_approve", args=[offer.pk]))
    offer.refresh_from_db()
    assert offer.status == "published"
    history = moderator_client.get(reverse("admin:offers_offer_change", args=[offer.pk]))
    assert "Publisert" in history.content.decode()


def test_pending_change_is_shown_as_a_diff(moderator_client, actor):
    live = make_offer(actor=actor, title="Gammel tittel", languages=("nb",))
    change = Offer(actor=actor, change_of=live, status="pending", slug="endring")
    changes.copy_content(live, change, title_nb="Ny tittel")
    change.languages.set(Language.objects.filter(code__in=["nb", "pl"]))
    body = moderator_client.get(
        reverse("admin:offers_offer_change", args=[change.pk])
    ).content.decode()
    assert "<del>Gammel tittel</del>" in body
    assert "<ins>Ny tittel</ins>" in body
    assert "<ins>Norsk, Polsk</ins>" in body
    live_page = moderator_client.get(reverse("admin:offers_offer_change", args=[live.pk]))
    assert reverse("admin:offers_offer_change", args=[change.pk]) in live_page.content.decode()


def test_member_of_the_public_cannot_reach_the_actions(client, actor):
    offer = make_offer(actor=actor, status="pending")
    response = client.post(reverse("admin:offers_offer_approve", args=[offer.pk]))
    assert response.status_code == 302
    assert "/admin/login/" in response.url
    offer.refresh_from_db()
    assert offer.status == "pending"


def test_approving_organisations_tells_their_admins(
    moderator_client, django_capture_on_commit_callbacks
):
    from actors.models import Membership
    from tests.factories import make_actor, make_member

    waiting = make_actor(name="Nytt lag", is_approved=False)
    admin_user = make_member(waiting, role=Membership.Role.ADMIN, language="en")
    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(
            reverse("admin:actors_actor_changelist"),
            {"action": "approve_selected", "_selected_action": [waiting.pk]},
        )
    waiting.refresh_from_db()
    assert waiting.is_approved
    assert [message.to for message in mail.outbox] == [[admin_user.email]]
    assert mail.outbox[0].subject == "Nytt lag is approved"


def test_organisation_page_in_admin_lists_its_offers(moderator_client, actor):
    make_offer(actor=actor, title="Skitur")
    response = moderator_client.get(reverse("admin:actors_actor_change", args=[actor.pk]))
    assert "Skitur" in response.content.decode()


def test_admin_speaks_the_users_own_language(client):
    user = User.objects.create_user("office@example.org", "a-long-password", is_staff=True)
    user.groups.add(Group.objects.get(name=OFFICE_GROUP))
    client.force_login(user)
    body = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert '<html lang="nb"' in body
    user.language = "en"
    user.save()
    body = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="nb").content.decode()
    assert '<html lang="en"' in body


def test_moderator_sees_the_moderation_history(moderator_client, actor):
    offer = make_offer(actor=actor, status="pending")
    moderator_client.post(reverse("admin:offers_offer_approve", args=[offer.pk]))
    body = moderator_client.get(
        reverse("admin:offers_offer_change", args=[offer.pk])
    ).content.decode()
    assert "moderator@example.org" in body


def test_only_the_office_decides_even_a_superuser_outside_it(client, actor):
    from actors import services
    from actors.services import MembershipError
    from tests.factories import make_actor

    root = User.objects.create_superuser("root@example.org", "a-long-password")
    waiting = make_actor(name="Nytt lag", is_approved=False)
    offer = make_offer(actor=actor, status="pending")
    client.force_login(root)
    changelist = client.get(reverse("admin:offers_offer_changelist")).content.decode()
    assert "approve_selected" not in changelist
    page = client.get(reverse("admin:offers_offer_change", args=[offer.pk])).content.decode()
    assert reverse("admin:offers_offer_approve", args=[offer.pk]) not in page
    client.post(reverse("admin:offers_offer_approve", args=[offer.pk]))
    client.post(
        reverse("admin:actors_actor_changelist"),
        {"action": "approve_selected", "_selected_action": [waiting.pk]},
    )
    offer.refresh_from_db()
    waiting.refresh_from_db()
    assert (offer.status, waiting.is_approved) == ("pending", False)
    with pytest.raises(MembershipError):
        services.approve_actor(waiting, by=root)
    root.groups.add(Group.objects.get(name=OFFICE_GROUP))
    assert services.approve_actor(waiting, by=root)


def test_a_non_number_for_an_autocomplete_choice_is_a_form_error_not_a_500(moderator_client, actor):
    offer = make_offer(actor=actor, status="pending")
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    response = moderator_client.post(url, {"actor": "abc", "title_nb": "Ny", "slug": offer.slug})
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["actor"]


def test_a_very_long_admin_search_is_cut_not_a_500(moderator_client, actor):
    make_offer(actor=actor, title="Skitur")
    for name in ("admin:offers_offer_changelist", "admin:actors_actor_changelist"):
        response = moderator_client.get(reverse(name), {"q": "ski " * 3000})
        assert response.status_code == 200
    found = moderator_client.get(reverse("admin:offers_offer_changelist"), {"q": "Skitur " * 3000})
    assert [o.title_nb for o in found.context["cl"].result_list] == ["Skitur"]
