"""Two saves with the same title at the same moment both succeed, with distinct slugs.

The race is made deterministic: another save takes the slug `unique_slug` just chose, between
that check and this save (as a second request would), so the unique constraint breaks once."""

import pytest
from django.db import IntegrityError
from django.urls import reverse

from actors import services
from actors.models import Actor, Membership
from narvik_tilflytter import slugs
from offers.models import Offer
from tests.factories import make_actor, make_member, make_offer, make_user
from tests.helpers import offer_form_data as form_data
from tests.helpers import registration_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def another_save_takes_the_slug_first(monkeypatch):
    """Patch unique_slug so that, the first time it answers, a row with that slug is saved
    before the caller saves (by `take(slug)`, which the test sets). Returns the list of slugs it
    answered."""
    answered = []
    real = slugs.unique_slug

    def racing(queryset, text, fallback):
        slug = real(queryset, text, fallback)
        if not answered:
            racing.take(slug)
        answered.append(slug)
        return slug

    racing.take = None
    monkeypatch.setattr(slugs, "unique_slug", racing)
    racing.answered = answered
    return racing


@pytest.fixture
def member_client(client, actor):
    client.force_login(make_member(actor, role=Membership.Role.ADMIN))
    return client


def test_two_new_offers_with_the_same_title_both_get_saved(
    member_client, actor, another_save_takes_the_slug_first
):
    another_save_takes_the_slug_first.take = lambda slug: make_offer(actor=actor, slug=slug)
    response = member_client.post(reverse("portal:offer_create"), form_data())
    assert response.status_code == 302
    mine = Offer.objects.get(title_nb="Svømmekurs for voksne")
    assert mine.slug == "svommekurs-for-voksne-2"
    assert Offer.objects.filter(slug="svommekurs-for-voksne").exists()
    assert another_save_takes_the_slug_first.answered == [
        "svommekurs-for-voksne",
        "svommekurs-for-voksne-2",
    ]
    # The retry kept the tags the form saved after the offer.
    assert mine.focus_areas.filter(slug="leisure").exists()


def test_two_copies_of_an_offer_at_the_same_moment_both_get_saved(
    member_client, actor, another_save_takes_the_slug_first
):
    source = make_offer(actor=actor, title="Språkkafé", languages=("nb", "en"))
    another_save_takes_the_slug_first.take = lambda slug: make_offer(actor=actor, slug=slug)
    response = member_client.post(reverse("portal:offer_duplicate", args=[source.pk]))
    assert response.status_code == 302
    copy = Offer.objects.get(title_nb="Språkkafé (kopi)")
    assert copy.slug == "sprakkafe-kopi-2"
    assert copy.status == Offer.Status.DRAFT
    assert set(copy.languages.values_list("code", flat=True)) == {"nb", "en"}


def test_a_change_to_a_published_offer_saves_when_its_slug_is_taken_meanwhile(
    member_client, actor, another_save_takes_the_slug_first
):
    live = make_offer(actor=actor, slug="skiskole")
    another_save_takes_the_slug_first.take = lambda slug: make_offer(actor=actor, slug=slug)
    response = member_client.post(
        reverse("portal:offer_edit", args=[live.pk]), form_data(title_nb="Skiskole, ny tekst")
    )
    assert response.status_code == 302
    change = Offer.objects.get(change_of=live)
    assert change.slug == "skiskole-endring-2"
    assert change.title_nb == "Skiskole, ny tekst"


def test_two_organisations_with_the_same_name_at_the_same_moment_both_get_saved(
    another_save_takes_the_slug_first,
):
    another_save_takes_the_slug_first.take = lambda slug: make_actor(name="Narvik IL", slug=slug)
    person = make_user()
    actor = services.create_actor(actor=Actor(name="Narvik IL", kind="voluntary"), by=person)
    assert actor.slug == "narvik-il-2"
    assert Actor.objects.filter(slug="narvik-il").exists()
    assert Membership.objects.get(actor=actor).user == person
    assert actor.events.count() == 1


def test_registering_in_the_portal_during_the_race_saves_the_organisation(
    client, another_save_takes_the_slug_first
):
    another_save_takes_the_slug_first.take = lambda slug: make_actor(name="Other", slug=slug)
    response = client.post(reverse("portal:register"), registration_data())
    assert response.status_code == 302
    assert Actor.objects.get(name="Narvik Klatreklubb").slug == "narvik-klatreklubb-2"


def test_the_retries_are_bounded(monkeypatch, actor):
    make_offer(actor=actor, slug="taken")
    monkeypatch.setattr(slugs, "unique_slug", lambda queryset, text, fallback: "taken")
    calls = []

    def save():
        calls.append(1)
        Offer.objects.create(actor=actor, slug="taken", title_nb="Ny", summary_nb="Ny.")

    with pytest.raises(IntegrityError):
        slugs.save_with_unique_slug(Offer(actor=actor), "Ny", "tilbud", save=save)
    assert len(calls) == slugs.SLUG_ATTEMPTS


def test_an_integrity_error_about_something_else_is_raised_at_once(actor):
    calls = []

    def save():
        calls.append(1)
        raise IntegrityError("another constraint")

    with pytest.raises(IntegrityError, match="another constraint"):
        slugs.save_with_unique_slug(Offer(actor=actor), "Ny", "tilbud", save=save)
    assert len(calls) == 1


def test_a_failed_attempt_leaves_the_callers_transaction_usable(
    actor, another_save_takes_the_slug_first
):
    # On PostgreSQL a failed statement outside a savepoint would abort the whole transaction.
    another_save_takes_the_slug_first.take = lambda slug: make_offer(actor=actor, slug=slug)
    offer = Offer(actor=actor, title_nb="Turlag", summary_nb="Vi går tur.")
    slugs.save_with_unique_slug(offer, offer.title_nb, "tilbud")
    assert offer.slug == "turlag-2"
    assert Offer.objects.filter(slug__startswith="turlag").count() == 2
