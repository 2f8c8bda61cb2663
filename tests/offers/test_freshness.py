"""Offers stay current: reminders, the one-click link, and the translation-freshness flag."""

from datetime import timedelta

import pytest
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone, translation

from actors.models import Membership
from offers import freshness
from offers.models import Offer
from tests.factories import make_member, make_offer

pytestmark = pytest.mark.django_db


@pytest.fixture
def members(actor):
    return [
        make_member(actor, role=Membership.Role.ADMIN, language="nb"),
        make_member(actor, language="en"),
    ]


def test_expiry_reminder_is_sent_once_per_end_date(actor, members, commit):
    today = timezone.localdate()
    offer = make_offer(actor=actor, title="Sommerleir", valid_until=today + timedelta(days=10))
    make_offer(actor=actor, valid_until=today + timedelta(days=40))
    assert freshness.send_reminders()["expiring"] == 1
    commit()
    assert sorted(message.to[0] for message in mail.outbox) == sorted(m.email for m in members)
    subjects = {message.subject for message in mail.outbox}
    assert "«Sommerleir» forsvinner snart fra nettsiden" in subjects
    assert freshness.send_reminders()["expiring"] == 0
    offer.valid_until = today + timedelta(days=12)
    offer.save()
    assert freshness.send_reminders()["expiring"] == 1


def test_six_months_without_confirmation_asks_with_a_link(actor, members, client, commit):
    old = timezone.now() - timedelta(days=200)
    offer = make_offer(actor=actor, last_confirmed_at=old)
    make_offer(actor=actor, last_confirmed_at=timezone.now() - timedelta(days=20))
    assert freshness.send_reminders()["unconfirmed"] == 1
    assert freshness.send_reminders()["unconfirmed"] == 0  # not asked again every day
    commit()
    body = next(m.body for m in mail.outbox if m.to == [members[0].email])
    prefix = reverse("offers:confirm", args=["TOKEN"]).split("TOKEN")[0]
    link = next(line for line in body.splitlines() if prefix in line)
    path = link[link.index(prefix) :]
    page = client.get(path)
    assert page.status_code == 200
    offer.refresh_from_db()
    assert offer.last_confirmed_at == old  # GET confirms nothing
    response = client.post(path)
    assert response.status_code == 200
    offer.refresh_from_db()
    assert offer.last_confirmed_at > old
    assert not response.cookies


def test_the_command_runs(actor, members):
    from io import StringIO

    from django.core.management import call_command

    make_offer(actor=actor, last_confirmed_at=timezone.now() - timedelta(days=365))
    out = StringIO()
    call_command("send_reminders", stdout=out)
    assert "Still-current questions: 1." in out.getvalue()


@pytest.mark.parametrize("token", ["nonsense", "abc:def:ghi", "x" * 500])
def test_tampered_link_is_a_clear_400(client, token):
    response = client.get(reverse("offers:confirm", args=[token]))
    assert response.status_code == 400
    assert "Lenken virker ikke" in response.content.decode()


def test_expired_link_is_a_clear_400(client, offer, monkeypatch):
    token = freshness.confirm_token(offer)
    monkeypatch.setattr(freshness, "CONFIRM_LINK_MAX_AGE", -1)
    response = client.get(reverse("offers:confirm", args=[token]))
    assert response.status_code == 400
    assert "30 dager" in response.content.decode()


def test_link_for_an_archived_offer_confirms_nothing(client, offer):
    token = freshness.confirm_token(offer)
    Offer.objects.filter(pk=offer.pk).update(status=Offer.Status.ARCHIVED)
    assert client.post(reverse("offers:confirm", args=[token])).status_code == 400


def test_link_cannot_be_forged_with_another_salt(client, offer):
    token = signing.dumps({"offer": offer.pk}, salt="something-else")
    assert client.get(reverse("offers:confirm", args=[token])).status_code == 400


def test_last_confirmed_is_shown_publicly(client, offer):
    offer.last_confirmed_at = timezone.now() - timedelta(days=3)
    offer.save()
    body = client.get(offer.get_absolute_url()).content.decode()
    assert "Sist bekreftet:" in body


def test_english_is_flagged_when_only_the_norwegian_changes(client, offer):
    offer.note_translation(["title_en"])
    offer.save()
    assert not offer.translation_may_be_outdated("en")
    offer.summary_nb = "Ny norsk tekst."
    offer.save()
    assert offer.translation_may_be_outdated("en")
    body = client.get(f"/en/offers/{offer.slug}/").content.decode()
    assert "may be out of date" in body
    norwegian = client.get(f"/nb/tilbud/{offer.slug}/").content.decode()
    assert "utdatert" not in norwegian
    assert "out of date" not in norwegian
    offer.summary_en = "New English text."
    offer.note_translation(["summary_en"])
    offer.save()
    assert not offer.translation_may_be_outdated("en")


def test_each_translation_is_flagged_on_its_own_when_the_norwegian_changes(client, offer):
    offer.title_uk = "Курс норвезької"
    offer.title_pl = "Kurs norweskiego"
    offer.note_translation(["title_uk", "title_pl"])
    offer.save()
    offer.summary_nb = "Ny norsk tekst."
    offer.summary_pl = "Nowy tekst po polsku."
    offer.note_translation(["summary_nb", "summary_pl"])
    offer.save()
    assert offer.translation_may_be_outdated("uk")
    assert not offer.translation_may_be_outdated("pl")
    assert not offer.translation_may_be_outdated("lt")  # nothing written in Lithuanian
    assert not offer.translation_may_be_outdated("nb")
    ukrainian = client.get(f"/uk/offers/{offer.slug}/").content.decode()
    polish = client.get(f"/pl/offers/{offer.slug}/").content.decode()
    warning = (
        "The Norwegian version of this offer has changed since it was translated, so some "
        "details may be out of date."
    )
    with translation.override("uk"):
        assert translation.gettext(warning) in ukrainian
    with translation.override("pl"):
        assert translation.gettext(warning) not in polish
