"""The issues' "done when" walkthroughs, end to end with the test client.

A club registers, confirms its e-mail, is approved by the project office, writes an offer in
Norwegian and English, previews and submits it; it is public only after approval, in both
languages; nobody from another organisation can see or change it; a rejected change leaves
the live offer alone; an expired offer disappears without anyone acting."""

from datetime import timedelta
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from actors.models import Actor
from offers.models import Offer
from tests.factories import make_actor, make_member, make_moderator
from tests.helpers import (
    REGISTRATION_PASSWORD,
    link_in,
    mails_to,
    offer_form_data,
    registration_data,
)

pytestmark = pytest.mark.django_db


def offer_form(**overrides):
    climbing = {
        "title_nb": "Klatring for nybegynnere",
        "summary_nb": "Prøv klatring i Narvikhallen sammen med erfarne klatrere.",
        "title_en": "Climbing for beginners",
        "summary_en": "Try climbing at Narvikhallen with experienced climbers.",
    }
    return offer_form_data(**{**climbing, **overrides})


def public_urls(offer):
    urls = []
    for language in ("nb", "en"):
        with translation.override(language):
            urls.append(reverse("offers:detail", args=[offer.slug]))
    return urls


def test_a_club_gets_its_offer_published(django_capture_on_commit_callbacks):
    moderator = make_moderator(email="moderator@narvik.example")
    office = Client()
    office.force_login(moderator)
    club = Client()

    # Register a club and confirm the e-mail (the link comes in the confirmation mail).
    with django_capture_on_commit_callbacks(execute=True):
        club.post(reverse("portal:register"), registration_data(language="nb"))
    actor = Actor.objects.get(name="Narvik Klatreklubb")
    with django_capture_on_commit_callbacks(execute=True):
        club.get(link_in(mail_for("kari.nordmann@example.org")))
    assert mails_to(moderator.email), "the office hears of the new organisation"
    # Registering does not log in (the answer must not tell whether the address was known):
    # with the address confirmed, the club logs in.
    club.post(
        reverse("login"),
        {"username": "kari.nordmann@example.org", "password": REGISTRATION_PASSWORD},
    )

    # Before approval: drafts yes, sending for review no.
    with django_capture_on_commit_callbacks(execute=True):
        club.post(reverse("portal:offer_create"), offer_form(action="submit"))
    offer = Offer.objects.get()
    assert offer.status == Offer.Status.DRAFT

    # The demo moderator approves the organisation in the admin.
    with django_capture_on_commit_callbacks(execute=True):
        office.post(
            reverse("admin:actors_actor_changelist"),
            {"action": "approve_selected", "_selected_action": [actor.pk]},
        )
    actor.refresh_from_db()
    assert actor.is_approved

    # Preview in both languages, then submit: still not public.
    preview = club.get(reverse("portal:offer_preview", args=[offer.pk])).content.decode()
    assert "Klatring for nybegynnere" in preview
    assert "Climbing for beginners" in preview
    with django_capture_on_commit_callbacks(execute=True):
        club.post(reverse("portal:offer_submit", args=[offer.pk]))
    offer.refresh_from_db()
    assert offer.status == Offer.Status.PENDING
    for url in public_urls(offer):
        assert Client().get(url).status_code == 404

    # Another organisation's member can neither see nor change it.
    stranger = Client()
    stranger.force_login(make_member(make_actor()))
    for name in ("offer_edit", "offer_preview"):
        assert stranger.get(reverse(f"portal:{name}", args=[offer.pk])).status_code == 404
    assert stranger.post(reverse("portal:offer_withdraw", args=[offer.pk])).status_code == 404

    # The office approves it: public in both languages, and the club is told.
    with django_capture_on_commit_callbacks(execute=True):
        office.post(reverse("admin:offers_offer_approve", args=[offer.pk]))
    nb_url, en_url = public_urls(offer)
    assert "Klatring for nybegynnere" in Client().get(nb_url).content.decode()
    assert "Climbing for beginners" in Client().get(en_url).content.decode()
    assert any("publisert" in m.subject for m in mails_to("kari.nordmann@example.org"))

    # A change to the published offer waits; rejecting it keeps the live text.
    with django_capture_on_commit_callbacks(execute=True):
        club.post(
            reverse("portal:offer_edit", args=[offer.pk]),
            offer_form(title_nb="Klatring for alle", action="submit"),
        )
    change = Offer.objects.get(change_of=offer)
    assert "Klatring for nybegynnere" in Client().get(nb_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        office.post(
            reverse("admin:offers_offer_reject", args=[change.pk]),
            {"confirm": "1", "reason": "Tittelen må si hvem det er for."},
        )
    dashboard = club.get(reverse("portal:dashboard")).content.decode()
    assert "Tittelen må si hvem det er for." in dashboard
    assert "Klatring for nybegynnere" in Client().get(nb_url).content.decode()

    # An expired offer leaves every public page by itself, at midnight after its last day,
    # cached pages included (their key holds the day).
    Offer.objects.filter(pk=offer.pk).update(valid_until=timezone.localdate())
    assert Client().get(nb_url).status_code == 200
    assert "Klatring" in Client().get(reverse("offers:list")).content.decode()
    tomorrow = timezone.localdate() + timedelta(1)
    with mock.patch("django.utils.timezone.localdate", return_value=tomorrow):
        assert Client().get(nb_url).status_code == 404
        assert "Klatring" not in Client().get(reverse("offers:list")).content.decode()


def mail_for(address):
    (message,) = mails_to(address)
    return message
