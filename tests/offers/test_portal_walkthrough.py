"""Walking through the portal as an organisation: an expired offer and its one-step extension,
the send buttons of an organisation that is not approved yet, the registration form's two
parts, and the price asked once."""

from datetime import date, timedelta

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from actors.models import Actor, JoinRequest
from offers import freshness
from offers.models import ModerationEvent, Offer
from tests.factories import make_actor, make_member, make_offer
from tests.helpers import en, offer_form_data, registration_data

pytestmark = pytest.mark.django_db
Status = Offer.Status


@pytest.fixture
def member(actor):
    return make_member(actor)


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def expired(actor):
    return make_offer(
        actor=actor, title="Gått ut", valid_until=timezone.localdate() - timedelta(days=3)
    )


def test_dashboard_shows_an_expired_offer_as_expired_without_a_public_link(member_client, expired):
    body = member_client.get(en("portal:dashboard")).content.decode()
    assert "Expired after" in body
    assert expired.get_absolute_url() not in body
    assert reverse("portal:offer_extend", args=[expired.pk]) in body
    # Listed under "Expired", not under "Published".
    assert "<h3>Published" not in body
    assert "<h3>Expired" in body


def test_extend_form_proposes_three_months_from_today(member_client, expired):
    body = member_client.get(en("portal:dashboard")).content.decode()
    assert f'value="{freshness.default_extension().isoformat()}"' in body


def test_default_extension_keeps_to_the_end_of_a_short_month():
    assert freshness.default_extension(date(2026, 11, 30)) == date(2027, 2, 28)
    assert freshness.default_extension(date(2026, 12, 1)) == date(2027, 3, 1)


def test_extending_puts_the_offer_back_on_the_site_without_review(member_client, member, expired):
    until = timezone.localdate() + timedelta(days=60)
    assert not Offer.objects.public().filter(pk=expired.pk).exists()
    response = member_client.post(
        reverse("portal:offer_extend", args=[expired.pk]), {"valid_until": until.isoformat()}
    )
    assert response.status_code == 302
    expired.refresh_from_db()
    assert expired.valid_until == until
    assert expired.status == Status.PUBLISHED
    assert Offer.objects.public().filter(pk=expired.pk).exists()
    event = ModerationEvent.objects.get(offer=expired)
    assert event.by == member
    assert event.note.startswith("Extended to") or event.note.startswith("Forlenget til")


def test_extending_to_a_past_date_is_refused(member_client, expired):
    old = expired.valid_until
    member_client.post(
        reverse("portal:offer_extend", args=[expired.pk]),
        {"valid_until": (timezone.localdate() - timedelta(days=1)).isoformat()},
    )
    expired.refresh_from_db()
    assert expired.valid_until == old
    assert not ModerationEvent.objects.filter(offer=expired).exists()


def test_extending_outside_the_dates_anyone_may_type_is_refused(member_client, expired):
    old = expired.valid_until
    member_client.post(
        reverse("portal:offer_extend", args=[expired.pk]), {"valid_until": "2999-01-01"}
    )
    expired.refresh_from_db()
    assert expired.valid_until == old


def test_a_draft_cannot_be_extended(member_client, actor):
    draft = make_offer(actor=actor, status=Status.DRAFT, valid_until=date(2026, 1, 1))
    member_client.post(
        reverse("portal:offer_extend", args=[draft.pk]),
        {"valid_until": (timezone.localdate() + timedelta(days=30)).isoformat()},
    )
    draft.refresh_from_db()
    assert draft.valid_until == date(2026, 1, 1)


def test_another_organisations_member_cannot_extend(client, expired):
    client.force_login(make_member(make_actor()))
    response = client.post(
        reverse("portal:offer_extend", args=[expired.pk]),
        {"valid_until": (timezone.localdate() + timedelta(days=30)).isoformat()},
    )
    assert response.status_code == 404


@pytest.fixture
def waiting_client(client):
    """A member of an organisation the project office has not approved yet."""
    client.force_login(make_member(make_actor(name="Venter", is_approved=False)))
    return client


def test_unapproved_organisation_gets_no_send_button_on_the_new_offer_form(waiting_client):
    body = waiting_client.get(en("portal:offer_create")).content.decode()
    assert 'value="submit"' not in body
    assert 'value="save"' in body
    assert "Your drafts are kept" in body


def test_unapproved_organisation_gets_no_send_button_on_edit_and_preview(client):
    waiting = make_actor(name="Venter", is_approved=False)
    client.force_login(make_member(waiting))
    draft = make_offer(actor=waiting, status=Status.DRAFT)
    edit = client.get(en("portal:offer_edit", draft.pk)).content.decode()
    preview = client.get(en("portal:offer_preview", draft.pk)).content.decode()
    assert 'value="submit"' not in edit and "Your drafts are kept" in edit
    assert reverse("portal:offer_submit", args=[draft.pk]) not in preview
    assert "Your drafts are kept" in preview


def test_approved_organisation_keeps_its_send_buttons(member_client, actor):
    draft = make_offer(actor=actor, status=Status.DRAFT)
    assert 'value="submit"' in member_client.get(en("portal:offer_edit", draft.pk)).content.decode()
    preview = member_client.get(en("portal:offer_preview", draft.pk)).content.decode()
    assert reverse("portal:offer_submit", args=[draft.pk]) in preview
    assert "Your drafts are kept" not in preview


def test_registration_form_puts_each_organisation_part_where_the_css_can_hide_it(client):
    body = client.get(en("portal:register")).content.decode()
    assert "css/portal.css" in body
    wrapper = body.index('class="org-choice"')
    assert wrapper < body.index("choice-new") < body.index("choice-join")
    css = (settings.BASE_DIR / "static/css/portal.css").read_text()
    assert '[value="join"]:checked) .choice-new' in css
    assert '[value="new"]:checked) .choice-join' in css


def test_registration_ignores_the_join_part_when_registering_a_new_organisation(client, actor):
    response = client.post(
        en("portal:register"),
        registration_data(**{"join-actor": "not a number", "join-message": "x" * 5000}),
    )
    assert response.status_code == 302
    assert Actor.objects.filter(name="Narvik Klatreklubb").exists()
    assert not JoinRequest.objects.exists()


def test_registration_ignores_the_new_organisation_part_when_joining(client, actor):
    data = registration_data(
        **{"choice-choice": "join", "join-actor": str(actor.pk), "org-website": "not a url"}
    )
    response = client.post(en("portal:register"), data)
    assert response.status_code == 302
    assert not Actor.objects.filter(name="Narvik Klatreklubb").exists()
    assert JoinRequest.objects.filter(actor=actor).exists()


def test_offer_form_asks_the_price_once_as_free_or_costs_money(member_client):
    form = member_client.get(en("portal:offer_create")).context["form"]
    assert [value for value, _label in form.fields["is_free"].choices] == ["free", "costs"]
    body = member_client.get(en("portal:offer_create")).content.decode()
    assert 'type="checkbox" name="is_free"' not in body
    assert body.count('name="is_free"') == 2
    assert 'name="is_free" value="free" checked' not in body  # a new offer: nothing chosen yet
    css = (settings.BASE_DIR / "static/css/portal.css").read_text()
    assert '[name="is_free"][value="free"]:checked' in css


def test_costs_money_needs_a_norwegian_price(member_client):
    response = member_client.post(
        en("portal:offer_create"), offer_form_data(is_free="costs", price_nb="")
    )
    assert response.status_code == 400
    assert response.context["form"].has_error("price_nb")
    assert not Offer.objects.exists()


def test_costs_money_with_a_price_is_stored_as_not_free(member_client):
    member_client.post(
        en("portal:offer_create"),
        offer_form_data(is_free="costs", price_nb="200 kr", price_en="NOK 200"),
    )
    offer = Offer.objects.get()
    assert (offer.is_free, offer.price_nb, offer.price_en) == (False, "200 kr", "NOK 200")


def test_free_drops_a_price_left_in_the_hidden_fields(member_client):
    member_client.post(
        en("portal:offer_create"), offer_form_data(is_free="free", price_nb="200 kr")
    )
    offer = Offer.objects.get()
    assert (offer.is_free, offer.price_nb, offer.price_en) == (True, "", "")


def test_the_price_choice_must_be_made(member_client):
    data = offer_form_data()
    data.pop("is_free")
    response = member_client.post(en("portal:offer_create"), data)
    assert response.status_code == 400
    assert response.context["form"].has_error("is_free")


def test_editing_shows_the_stored_price_choice(member_client, actor):
    paid = make_offer(actor=actor, status=Status.DRAFT, is_free=False, price_nb="50 kr")
    form = member_client.get(en("portal:offer_edit", paid.pk)).context["form"]
    assert form["is_free"].value() == "costs"
    published = make_offer(actor=actor, is_free=True)
    form = member_client.get(en("portal:offer_edit", published.pk)).context["form"]
    assert form["is_free"].value() == "free"
