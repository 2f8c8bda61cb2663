"""The organisations' offer pages: write, preview, submit, change what is published."""

import re

import pytest
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from actors.models import Membership
from offers import moderation
from offers.models import Offer
from tests.factories import make_actor, make_member, make_moderator, make_offer
from tests.helpers import offer_form_data as form_data

pytestmark = pytest.mark.django_db
Status = Offer.Status


@pytest.fixture
def member(actor):
    return make_member(actor)


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


def test_member_creates_a_draft(member_client, actor):
    response = member_client.post(reverse("portal:offer_create"), form_data())
    offer = Offer.objects.get(title_nb="Svømmekurs for voksne")
    assert response.status_code == 302
    assert response.url == reverse("portal:offer_edit", args=[offer.pk])
    assert offer.actor == actor
    assert offer.status == Status.DRAFT
    assert offer.slug == "svommekurs-for-voksne"
    assert offer.title_en == "Swimming for adults"
    assert offer not in Offer.objects.public()


def test_status_and_actor_in_the_form_are_ignored(member_client, actor):
    other = make_actor()
    member_client.post(
        reverse("portal:offer_create"),
        form_data(status="published", actor=other.pk, slug="hacked"),
    )
    offer = Offer.objects.get(title_nb="Svømmekurs for voksne")
    assert (offer.status, offer.actor, offer.slug) == (
        Status.DRAFT,
        actor,
        "svommekurs-for-voksne",
    )


def test_errors_keep_what_the_user_typed(member_client):
    response = member_client.post(
        reverse("portal:offer_create"),
        form_data(title_nb="", summary_en="Keep me", focus_areas=[]),
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "Keep me" in body
    assert "Svømmekurs" not in body or 'value=""' in body
    assert 'aria-invalid="true"' in body
    assert not Offer.objects.exists()
    for field in ("title_nb", "focus_areas"):
        assert f'href="#id_{field}' in body


def test_end_before_start_is_explained(member_client):
    response = member_client.post(
        reverse("portal:offer_create"),
        form_data(starts_at="2027-01-10T18:00", ends_at="2027-01-10T17:00"),
    )
    assert response.status_code == 400
    assert "ends_at" in response.context["form"].errors


def test_save_and_submit_sends_for_review(member_client, actor, django_capture_on_commit_callbacks):
    make_moderator()
    with django_capture_on_commit_callbacks(execute=True):
        response = member_client.post(reverse("portal:offer_create"), form_data(action="submit"))
    offer = Offer.objects.get()
    assert response.url == reverse("portal:dashboard")
    assert offer.status == Status.PENDING
    assert len(mail.outbox) == 1


def test_unapproved_organisation_keeps_a_draft_and_is_told_why(client):
    actor = make_actor(is_approved=False)
    client.force_login(make_member(actor))
    response = client.post(reverse("portal:offer_create"), form_data(action="submit"), follow=True)
    offer = Offer.objects.get()
    assert offer.status == Status.DRAFT
    assert "ikke godkjent" in response.content.decode()


def test_preview_shows_both_languages_as_the_public_will_see_them(member_client, actor):
    offer = make_offer(actor=actor, status=Status.DRAFT, title="Turlag", title_en="")
    body = member_client.get(reverse("portal:offer_preview", args=[offer.pk])).content.decode()
    assert body.count("<h1") == 1
    # the English preview marks the Norwegian title it falls back to
    assert body.count("<h3>Turlag</h3>") == 1
    assert body.count('<h3 lang="nb">Turlag</h3>') == 1
    assert "has not been translated into English yet" in body


def test_dashboard_groups_offers_by_status_with_what_needs_attention(member_client, actor):
    make_offer(actor=actor, status=Status.DRAFT, title="Utkastet")
    make_offer(actor=actor, status=Status.PUBLISHED, title="Publisert")
    rejected = make_offer(actor=actor, status=Status.PENDING, title="Avvist")
    moderation.reject(rejected, by=make_moderator(), reason="Mangler adresse.")
    make_offer(actor=make_actor(), title="Andres tilbud")
    response = member_client.get(reverse("portal:dashboard"))
    body = response.content.decode()
    assert "Utkastet" in body and "Publisert" in body
    assert "Mangler adresse." in body
    assert "Andres tilbud" not in body


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_dashboard_query_count_does_not_grow(member_client, actor):
    moderator = make_moderator()
    for number in range(3):
        make_offer(actor=actor, title=f"Tilbud {number}")
    moderation.reject(make_offer(actor=actor, status=Status.PENDING), by=moderator, reason="Nei.")
    few = count_queries(member_client, reverse("portal:dashboard"))
    for number in range(10):
        offer = make_offer(actor=actor, title=f"Flere {number}", status=Status.PENDING)
        moderation.reject(offer, by=moderator, reason="Nei.")
    assert count_queries(member_client, reverse("portal:dashboard")) == few


def test_editing_a_published_offer_makes_a_pending_change(member_client, actor):
    live = make_offer(actor=actor, title="Gammel", focus=("leisure",), languages=("nb",))
    url = reverse("portal:offer_edit", args=[live.pk])
    form = member_client.get(url).content.decode()
    assert 'value="Gammel"' in form
    assert re.search(r'<input[^>]*name="focus_areas"[^>]*checked', form)
    make_moderator()
    member_client.post(url, form_data(title_nb="Ny", action="submit"))
    live.refresh_from_db()
    change = live.pending_change
    assert live.title_nb == "Gammel"
    assert live.status == Status.PUBLISHED
    assert (change.title_nb, change.status) == ("Ny", Status.PENDING)
    assert "Gammel" in member_client.get(live.get_absolute_url()).content.decode()
    locked = member_client.get(url).content.decode()
    assert "venter på" in locked.lower() or "withdraw" in locked.lower()


def test_withdraw_and_discard_a_change(member_client, member, actor):
    live = make_offer(actor=actor, title="Gammel")
    member_client.post(reverse("portal:offer_edit", args=[live.pk]), form_data(action="submit"))
    member_client.post(reverse("portal:offer_withdraw", args=[live.pk]))
    live.refresh_from_db()
    assert live.pending_change.status == Status.DRAFT
    member_client.post(reverse("portal:change_discard", args=[live.pk]))
    assert not Offer.objects.filter(change_of=live).exists()
    assert Offer.objects.get(pk=live.pk).title_nb == "Gammel"
    discarded = live.events.first()
    assert (discarded.is_change, discarded.from_status, discarded.to_status) == (
        True,
        Status.DRAFT,
        Status.PUBLISHED,
    )
    assert discarded.by == member


def test_duplicate_makes_a_new_draft(member_client, actor):
    offer = make_offer(actor=actor, title="Kor", languages=("nb", "en"))
    response = member_client.post(reverse("portal:offer_duplicate", args=[offer.pk]))
    copy = Offer.objects.exclude(pk=offer.pk).get()
    assert response.url == reverse("portal:offer_edit", args=[copy.pk])
    assert copy.status == Status.DRAFT
    assert copy.title_nb == "Kor (kopi)"
    assert set(copy.languages.all()) == set(offer.languages.all())


def test_archive_is_for_admins(client, actor):
    offer = make_offer(actor=actor)
    client.force_login(make_member(actor))
    assert client.post(reverse("portal:offer_archive", args=[offer.pk])).status_code == 404
    client.force_login(make_member(actor, role=Membership.Role.ADMIN))
    client.post(reverse("portal:offer_archive", args=[offer.pk]))
    offer.refresh_from_db()
    assert offer.status == Status.ARCHIVED


def test_another_organisations_offer_is_404(member_client):
    other = make_offer(actor=make_actor(), status=Status.DRAFT)
    for name in ("offer_edit", "offer_preview"):
        assert member_client.get(reverse(f"portal:{name}", args=[other.pk])).status_code == 404
    for name in ("offer_submit", "offer_withdraw", "offer_duplicate", "offer_archive"):
        assert member_client.post(reverse(f"portal:{name}", args=[other.pk])).status_code == 404
    assert (
        member_client.post(reverse("portal:offer_edit", args=[other.pk]), form_data()).status_code
        == 404
    )
    other.refresh_from_db()
    assert other.status == Status.DRAFT


def test_actions_need_post(member_client, actor):
    offer = make_offer(actor=actor, status=Status.DRAFT)
    assert member_client.get(reverse("portal:offer_submit", args=[offer.pk])).status_code == 405


def test_csrf_is_enforced(actor, member):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(member)
    assert client.post(reverse("portal:offer_create"), form_data()).status_code == 403


def test_preview_shows_each_other_language_the_offer_is_written_in(member_client, actor):
    offer = make_offer(
        actor=actor, status=Status.DRAFT, title="Turlag", title_en="Hiking club", title_pl=""
    )
    offer.summary_pl = "Wspólne wycieczki w góry."
    offer.save()
    body = member_client.get(reverse("portal:offer_preview", args=[offer.pk])).content.decode()
    assert body.count("<h1") == 1
    assert '<h2 id="preview-pl" lang="pl">Polski</h2>' in body
    assert '<div lang="pl" dir="ltr">' in body
    assert "Wspólne wycieczki w góry." in body
    # the Polish preview shows the English title the page falls back to, marked as English
    assert '<h3 lang="en">Hiking club</h3>' in body
    assert 'id="preview-uk"' not in body  # nothing is written in Ukrainian
