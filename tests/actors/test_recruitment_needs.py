"""Recruitment needs (issue 9, item 3): an employer registers, edits, confirms, closes and
reopens its needs in the portal; nobody else but the project office sees them; the organisation
is asked every three months whether an open one still stands."""

import datetime
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from actors import needs
from actors.models import (
    NEED_REMIND_AFTER,
    Actor,
    ActorEvent,
    FieldCategory,
    Membership,
    NorwegianLevel,
    RecruitmentNeed,
)
from actors.office import OFFICE_GROUP
from tests.factories import make_actor, make_member, make_moderator, make_need
from tests.helpers import en, link_in, mails_to, messages_of

pytestmark = pytest.mark.django_db
Role = Membership.Role


@pytest.fixture
def employer(db):
    return make_actor(name="Ofoten Sveis AS", slug="ofoten-sveis", kind=Actor.Kind.BUSINESS)


@pytest.fixture
def boss(employer):
    return make_member(employer, role=Role.ADMIN, email="sjef@sveis.example", language="en")


@pytest.fixture
def worker(employer):
    return make_member(employer, email="ansatt@sveis.example")


def next_march():
    today = timezone.localdate()
    return datetime.date(today.year + 1, 3, 1)


def need_data(**overrides):
    data = {
        "field": "Welder",
        "field_category": FieldCategory.INDUSTRY,
        "count": "5",
        "starts_on": next_march().isoformat(),
        "norwegian_level": NorwegianLevel.B1,
        "hires_learners": "on",
        "certificates": "Welding certificate NS-EN ISO 9606-1",
        "driving_licence": "none",
        "contact_name": "Kari Verksted",
        "contact_email": "kari@sveis.example",
        "contact_phone": "+47 900 00 000",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


# Registering and editing


def test_an_employer_registers_five_welders_b1_from_march(client, employer, worker):
    client.force_login(worker)
    response = client.post(en("portal:need_add", employer.slug), need_data())
    assert response.status_code == 302
    assert response.url == en("portal:needs", employer.slug)
    need = RecruitmentNeed.objects.get()
    assert need.actor == employer
    assert (need.field, need.count, need.norwegian_level) == ("Welder", 5, "B1")
    assert need.starts_on == next_march()
    assert need.hires_learners is True
    assert need.is_open
    assert need.confirmed_at is not None
    event = ActorEvent.objects.get(action=ActorEvent.Action.NEED_ADDED)
    assert (event.actor, event.by, event.note) == (employer, worker, "5 × Welder")

    page = client.get(response.url)
    text = page.content.decode()
    assert "5 × Welder" in text
    assert "B1 (independent)" in text
    assert "We would hire someone who is still learning Norwegian." in text
    assert "1 March" in text
    assert "«" not in text and "»" not in text
    assert "The recruitment need is saved: 5 × Welder." in messages_of(page)


def test_the_form_offers_the_person_as_contact(client, employer, worker):
    client.force_login(worker)
    response = client.get(en("portal:need_add", employer.slug))
    assert response.status_code == 200
    assert response.context["form"].initial["contact_email"] == worker.email


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"count": "0"}, "count", "greater than or equal to 1"),
        ({"count": "10000"}, "count", "less than or equal to 9999"),
        ({"field": ""}, "field", "This field is required."),
        ({"norwegian_level": "B3"}, "norwegian_level", "Select a valid choice."),
        ({"contact_email": "not-an-address"}, "contact_email", "valid email"),
        ({"starts_on": "2020-03-01"}, "starts_on", "This date has passed."),
        ({"starts_on": "2200-03-01"}, "starts_on", "Choose a date from"),
        ({"starts_on": "next march"}, "starts_on", "Enter a valid date."),
        ({"starts_on": "2027-02-30"}, "starts_on", "Enter a valid date."),
        ({"count": "99999999999999999999999"}, "count", "less than or equal to 9999"),
        ({"count": "-1"}, "count", "greater than or equal to"),
        ({"count": "1e3"}, "count", "Enter a whole number."),
        ({"field": "x" * 201}, "field", "at most 200 characters"),
        ({"field_category": "welding"}, "field_category", "Select a valid choice."),
        ({"driving_licence": "Z"}, "driving_licence", "Select a valid choice."),
    ],
)
def test_bad_input_is_a_400_that_keeps_what_was_typed(
    client, employer, worker, overrides, field, message
):
    client.force_login(worker)
    response = client.post(en("portal:need_add", employer.slug), need_data(**overrides))
    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors[field])
    assert "Welding certificate NS-EN ISO 9606-1" in response.content.decode()
    assert not RecruitmentNeed.objects.exists()


def test_a_null_character_is_a_400(client, employer, worker):
    client.force_login(worker)
    response = client.post(en("portal:need_add", employer.slug), need_data(field="Sveiser\x00"))
    assert response.status_code == 400
    assert not RecruitmentNeed.objects.exists()


def test_the_form_is_in_bokmal(client, employer, worker):
    client.force_login(worker)
    response = client.post(reverse("portal:need_add", args=[employer.slug]), need_data(count="0"))
    text = response.content.decode()
    assert "Hvor mange personer?" in text
    assert "B1 (klarer seg selv)" in text
    assert "Nytt rekrutteringsbehov" in text


def test_editing_saves_confirms_and_logs_what_changed(client, employer, worker):
    need = make_need(actor=employer, confirmed_at=timezone.now() - timedelta(days=200))
    client.force_login(worker)
    url = en("portal:need_edit", employer.slug, need.pk)
    assert client.get(url).status_code == 200
    response = client.post(url, need_data(field="Sveiser", count="3"))
    assert response.status_code == 302
    need.refresh_from_db()
    assert (need.field, need.count) == ("Sveiser", 3)
    assert need.confirmed_at > timezone.now() - timedelta(minutes=1)
    event = ActorEvent.objects.get(action=ActorEvent.Action.NEED_CHANGED)
    assert event.by == worker
    assert "antall personer" in event.note  # the office's language, whoever edited


def test_a_start_date_already_saved_may_stay_in_the_past(client, employer, worker):
    need = make_need(actor=employer)
    RecruitmentNeed.objects.filter(pk=need.pk).update(starts_on=datetime.date(2026, 1, 1))
    client.force_login(worker)
    response = client.post(
        en("portal:need_edit", employer.slug, need.pk),
        need_data(starts_on="2026-01-01", count="7"),
    )
    assert response.status_code == 302
    need.refresh_from_db()
    assert need.count == 7


# Confirming, closing, reopening


def test_close_and_reopen(client, employer, worker):
    need = make_need(actor=employer)
    client.force_login(worker)
    response = client.post(en("portal:need_close", employer.slug, need.pk), follow=True)
    need.refresh_from_db()
    assert not need.is_open
    assert "5 × Sveiser is closed." in messages_of(response)
    assert response.context["closed"] == [need]
    assert response.context["open_needs"] == []

    response = client.post(en("portal:need_close", employer.slug, need.pk), follow=True)
    assert "This need is already closed." in messages_of(response)

    client.post(en("portal:need_reopen", employer.slug, need.pk))
    need.refresh_from_db()
    assert need.is_open
    actions = list(
        ActorEvent.objects.filter(actor=employer).order_by("at", "pk").values_list("action", "by")
    )
    assert actions == [
        (ActorEvent.Action.NEED_CLOSED, worker.pk),
        (ActorEvent.Action.NEED_REOPENED, worker.pk),
    ]


def test_confirming_says_it_still_stands(client, employer, worker):
    long_ago = timezone.now() - NEED_REMIND_AFTER - timedelta(days=1)
    need = make_need(actor=employer, confirmed_at=long_ago, reminded_at=long_ago)
    assert RecruitmentNeed.objects.unconfirmed().get() == need
    client.force_login(worker)
    page = client.get(en("portal:needs", employer.slug))
    assert "Nobody has confirmed for three months" in page.content.decode()
    client.post(en("portal:need_confirm", employer.slug, need.pk))
    need.refresh_from_db()
    assert need.confirmed_at > long_ago + timedelta(days=1)
    assert need.reminded_at is None
    assert not RecruitmentNeed.objects.unconfirmed().exists()
    assert ActorEvent.objects.filter(action=ActorEvent.Action.NEED_CONFIRMED, by=worker).exists()


def test_a_closed_need_cannot_be_confirmed(employer, worker):
    need = make_need(actor=employer, closed_at=timezone.now())
    with pytest.raises(needs.NeedError):
        needs.confirm_need(need, by=worker)


# Who sees them


def test_needs_are_invisible_to_other_organisations(client, employer, worker):
    mine = make_need(actor=employer, field="Hemmelig sveiser")
    rival = make_actor(kind=Actor.Kind.BUSINESS)
    theirs = make_need(actor=rival, field="Their own need")
    stranger = make_member(rival, role=Role.ADMIN)
    client.force_login(stranger)
    assert client.get(en("portal:needs", employer.slug)).status_code == 404
    assert client.get(en("portal:need_add", employer.slug)).status_code == 404
    for name in ("need_edit", "need_confirm", "need_close", "need_reopen"):
        # The other organisation's slug, and their own slug with the other's need.
        for slug in (employer.slug, rival.slug):
            url = en(f"portal:{name}", slug, mine.pk)
            response = client.get(url) if name == "need_edit" else client.post(url)
            assert response.status_code == 404, (name, slug)
    own = client.get(en("portal:needs", rival.slug)).content.decode()
    assert "Their own need" in own
    assert "Hemmelig sveiser" not in own
    mine.refresh_from_db()
    assert mine.is_open
    assert theirs.is_open


def test_needs_are_not_on_public_pages(client, employer):
    make_need(actor=employer, field="Hemmelig sveiser", contact_email="kari@sveis.example")
    for url in (
        reverse("actors:detail", args=[employer.slug]),
        reverse("actors:list"),
    ):
        response = client.get(url)
        assert response.status_code == 200, url
        text = response.content.decode()
        assert "Hemmelig sveiser" not in text
        assert "kari@sveis.example" not in text


@pytest.mark.parametrize(
    "kind", [Actor.Kind.VOLUNTARY, Actor.Kind.EDUCATION, Actor.Kind.MUNICIPALITY]
)
def test_organisations_that_are_not_employers_get_a_page_that_says_why(client, kind):
    club = make_actor(kind=kind)
    member = make_member(club)
    client.force_login(member)
    response = client.get(en("portal:needs", club.slug))
    assert response.status_code == 403
    assert "Only businesses and public agencies register recruitment needs." in (
        response.content.decode()
    )
    response = client.post(en("portal:need_add", club.slug), need_data())
    assert response.status_code == 403
    assert not RecruitmentNeed.objects.exists()
    dashboard = client.get(en("portal:dashboard")).content.decode()
    assert en("portal:needs", club.slug) not in dashboard


@pytest.mark.parametrize("kind", [Actor.Kind.BUSINESS, Actor.Kind.PUBLIC_AGENCY])
def test_employers_find_the_section_on_their_dashboard(client, kind):
    employer = make_actor(kind=kind)
    client.force_login(make_member(employer))
    assert en("portal:needs", employer.slug) in client.get(en("portal:dashboard")).content.decode()
    assert client.get(en("portal:needs", employer.slug)).status_code == 200


def test_the_list_takes_the_same_number_of_queries_for_any_number_of_needs(
    client, employer, worker, django_assert_num_queries
):
    client.force_login(worker)
    url = en("portal:needs", employer.slug)
    make_need(actor=employer)
    make_need(actor=employer, closed_at=timezone.now())
    client.get(url)  # warm up: the session and the user
    # session, user, organisation, needs; the session is saved again (three queries)
    with django_assert_num_queries(7):
        assert client.get(url).status_code == 200
    for number in range(10):
        make_need(actor=employer, closed_at=timezone.now() if number % 2 else None)
    with django_assert_num_queries(7):
        response = client.get(url)
    assert len(response.context["open_needs"]) == 6
    assert len(response.context["closed"]) == 6


# Reminders


def test_the_admins_are_asked_every_three_months(employer, boss, worker, commit):
    now = timezone.now()
    stale = make_need(actor=employer, confirmed_at=now - NEED_REMIND_AFTER - timedelta(days=1))
    make_need(actor=employer, field="Fresh", confirmed_at=now - timedelta(days=10))
    make_need(actor=employer, field="Closed", closed_at=now, confirmed_at=now - timedelta(days=400))

    assert needs.send_need_reminders(now=now) == 1
    commit()
    [message] = mail.outbox
    assert message.to == [boss.email]  # the admins, not every member
    assert message.subject == "Does Ofoten Sveis AS still need these people?"  # in English
    assert "“It still stands”" in message.body  # English quotation marks in English
    assert "5 × Sveiser" in message.body
    assert "Fresh" not in message.body and "Closed" not in message.body
    assert link_in(message) == en("portal:needs", employer.slug)
    stale.refresh_from_db()
    assert stale.reminded_at == now

    # Once per period: the next days ask nothing; the next period asks again, then also about
    # the need confirmed ten days before the first, in one e-mail.
    assert needs.send_need_reminders(now=now + timedelta(days=1)) == 0
    assert needs.send_need_reminders(now=now + NEED_REMIND_AFTER + timedelta(days=1)) == 2
    commit()
    assert len(mails_to(boss.email)) == 2
    assert "Fresh" in mail.outbox[-1].body
    assert not mails_to(worker.email)


def test_the_daily_command_sends_them(employer, boss, commit):
    make_need(actor=employer, confirmed_at=timezone.now() - NEED_REMIND_AFTER - timedelta(days=1))
    out = StringIO()
    call_command("send_reminders", stdout=out)
    commit()
    assert "Recruitment needs asked about: 1." in out.getvalue()
    assert len(mails_to(boss.email)) == 1


# The project office


def test_the_moderator_group_may_read_and_close_needs():
    codenames = set(
        Group.objects.get(name=OFFICE_GROUP).permissions.values_list("codename", flat=True)
    )
    assert {"view_recruitmentneed", "change_recruitmentneed"} <= codenames
    assert "delete_recruitmentneed" not in codenames


def test_the_office_reads_and_filters_them_in_the_admin(client, employer):
    march = next_march()
    make_need(actor=employer, field="Sveiser", starts_on=march)
    make_need(
        actor=employer,
        field="Sykepleier",
        norwegian_level=NorwegianLevel.B2,
        field_category=FieldCategory.HEALTH,
        starts_on=march + timedelta(days=40),
    )
    make_need(actor=employer, field="Kokk", closed_at=timezone.now(), starts_on=march)
    client.force_login(make_moderator())
    url = reverse("admin:actors_recruitmentneed_changelist")

    def shown(query):
        response = client.get(url + query)
        assert response.status_code == 200, query
        return sorted(need.field for need in response.context["cl"].result_list)

    assert shown("") == ["Kokk", "Sveiser", "Sykepleier"]
    assert shown("?norwegian_level__exact=B2") == ["Sykepleier"]
    assert shown("?state=open") == ["Sveiser", "Sykepleier"]
    assert shown("?state=closed") == ["Kokk"]
    assert shown("?field_category__exact=industry") == ["Kokk", "Sveiser"]
    assert shown("?q=syke") == ["Sykepleier"]
    # The period a need starts in, by month.
    assert shown(f"?starts={march.year}-03") == ["Kokk", "Sveiser"]
    assert shown(f"?starts={march.year}-04") == ["Sykepleier"]
    assert shown("?starts=junk") == []
    assert shown("?actor_kind=business") == ["Kokk", "Sveiser", "Sykepleier"]
    assert shown("?actor_kind=public-agency") == []
    page = client.get(url).content.decode()
    assert f"mars {march.year}" in page  # the months to choose from, in bokmål
    assert "Filter by" not in page


def test_the_office_closes_a_need_from_the_admin_and_the_history_says_who(client, employer):
    need = make_need(actor=employer)
    moderator = make_moderator()
    client.force_login(moderator)
    url = reverse("admin:actors_recruitmentneed_changelist")
    response = client.post(
        url, {"action": "close_selected", "_selected_action": [need.pk]}, follow=True
    )
    assert response.status_code == 200
    need.refresh_from_db()
    assert not need.is_open
    assert ActorEvent.objects.get(action=ActorEvent.Action.NEED_CLOSED).by == moderator


def test_a_needs_page_in_the_admin_is_read_only(client, employer):
    need = make_need(actor=employer)
    client.force_login(make_moderator())
    url = reverse("admin:actors_recruitmentneed_change", args=[need.pk])
    assert client.get(url).status_code == 200
    client.post(url, {"field": "Changed by the office"})
    need.refresh_from_db()
    assert need.field == "Sveiser"
    assert client.get(reverse("admin:actors_recruitmentneed_add")).status_code == 403


def test_organisation_members_cannot_open_the_admin_pages(client, employer, worker):
    client.force_login(worker)
    response = client.get(reverse("admin:actors_recruitmentneed_changelist"))
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))
