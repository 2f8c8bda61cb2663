"""The dates people type: only 2000 to 2100, an end after its start, no «valid until» already
past; bad input is a form error next to the field, never a stored row or a 500 later."""

from datetime import date, timedelta

import pytest
from django import forms
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone

from actors.models import Membership, User
from actors.office import OFFICE_GROUP
from narvik_tilflytter.validators import EARLIEST_DATE, LATEST_DATE, validate_date_in_range
from offers.models import Offer
from tests.factories import make_member, make_offer
from tests.helpers import admin_form_data, en
from tests.helpers import offer_form_data as form_data

pytestmark = pytest.mark.django_db
Status = Offer.Status


@pytest.fixture
def member(actor):
    return make_member(actor, role=Membership.Role.ADMIN)


@pytest.fixture
def member_client(client, member):
    client.force_login(member)
    return client


@pytest.fixture
def moderator(db):
    user = User.objects.create_user("moderator@example.org", "a-long-password", is_staff=True)
    user.groups.add(Group.objects.get(name=OFFICE_GROUP))
    return user


# The portal's offer form ---------------------------------------------------------------------


def test_a_year_one_start_is_a_400_with_the_allowed_range_and_nothing_is_stored(member_client):
    response = member_client.post(
        reverse("portal:offer_create"), form_data(starts_at="0001-01-01T00:00")
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert response.context["form"].errors["starts_at"] == [
        "Velg en dato fra 1. januar 2000 til 31. desember 2100."
    ]
    assert 'value="0001-01-01T00:00"' in body
    assert 'href="#id_starts_at' in body
    assert not Offer.objects.exists()


def test_the_range_is_explained_in_english_on_the_english_pages(member_client):
    response = member_client.post(en("portal:offer_create"), form_data(valid_from="0001-01-01"))
    assert response.status_code == 400
    assert response.context["form"].errors["valid_from"] == [
        "Choose a date from 1 January 2000 to 31 December 2100."
    ]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("starts_at", "0001-01-01T00:00"),
        ("starts_at", "1999-12-31T23:59"),
        ("ends_at", "9999-12-31T23:59"),
        ("valid_from", "0001-01-01"),
        ("valid_from", "2101-01-01"),
        # (A «valid until» before 2000 has passed, and is refused for that.)
        ("valid_until", "2101-01-01"),
        ("valid_until", "9999-12-31"),
    ],
)
def test_every_date_outside_2000_to_2100_is_refused_next_to_its_field(member_client, field, value):
    data = form_data(**{field: value})
    if field == "ends_at":
        data["starts_at"] = "2027-01-10T18:00"
    response = member_client.post(reverse("portal:offer_create"), data)
    assert response.status_code == 400
    assert "date_out_of_range" in [
        error.code for error in response.context["form"].errors.as_data()[field]
    ]
    assert f'value="{value}"' in response.content.decode()
    assert not Offer.objects.exists()


def test_the_first_and_last_day_of_the_range_are_accepted(member_client):
    response = member_client.post(
        reverse("portal:offer_create"),
        form_data(
            starts_at="2000-01-01T00:00",
            ends_at="2100-12-31T23:59",
            valid_from="2000-01-01",
            valid_until="2100-12-31",
        ),
    )
    assert response.status_code == 302
    offer = Offer.objects.get()
    assert (offer.valid_from, offer.valid_until) == (EARLIEST_DATE, LATEST_DATE)


def test_the_date_inputs_tell_the_browser_the_range(member_client):
    body = member_client.get(reverse("portal:offer_create")).content.decode()
    for limit in ('min="2000-01-01"', 'max="2100-12-31"', 'min="2000-01-01T00:00"'):
        assert limit in body
    assert 'max="2100-12-31T23:59"' in body


def test_the_dashboard_and_the_admin_pages_stay_200_after_a_year_one_draft_was_tried(
    member_client, member, actor, moderator, client
):
    member_client.post(
        reverse("portal:offer_create"),
        form_data(starts_at="0001-01-01T00:00", ends_at="0001-01-01T01:00"),
    )
    assert not Offer.objects.exists()
    assert member_client.get(reverse("portal:dashboard")).status_code == 200
    client.force_login(moderator)
    assert client.get(reverse("admin:offers_offer_changelist")).status_code == 200
    assert client.get(reverse("admin:actors_actor_change", args=[actor.pk])).status_code == 200


def test_a_new_offer_cannot_end_its_validity_in_the_past(member_client):
    yesterday = timezone.localdate() - timedelta(days=1)
    response = member_client.post(
        reverse("portal:offer_create"), form_data(valid_until=yesterday.isoformat())
    )
    assert response.status_code == 400
    assert response.context["form"].errors["valid_until"] == [
        "Datoen er passert. Velg i dag eller en senere dato."
    ]
    assert not Offer.objects.exists()


def test_validity_ending_today_is_accepted(member_client):
    today = timezone.localdate()
    response = member_client.post(
        reverse("portal:offer_create"), form_data(valid_until=today.isoformat())
    )
    assert response.status_code == 302
    assert Offer.objects.get().valid_until == today


def test_an_unchanged_passed_date_does_not_stop_an_edit(member_client, actor):
    passed = timezone.localdate() - timedelta(days=10)
    draft = make_offer(actor=actor, status=Status.DRAFT, valid_until=passed)
    url = reverse("portal:offer_edit", args=[draft.pk])
    response = member_client.post(
        url, form_data(title_nb="Nytt navn", valid_until=passed.isoformat())
    )
    assert response.status_code == 302
    draft.refresh_from_db()
    assert (draft.title_nb, draft.valid_until) == ("Nytt navn", passed)


def test_changing_a_passed_date_to_another_passed_date_is_refused(member_client, actor):
    passed = timezone.localdate() - timedelta(days=10)
    draft = make_offer(actor=actor, status=Status.DRAFT, valid_until=passed)
    response = member_client.post(
        reverse("portal:offer_edit", args=[draft.pk]),
        form_data(valid_until=(passed - timedelta(days=1)).isoformat()),
    )
    assert response.status_code == 400
    assert "valid_until" in response.context["form"].errors
    draft.refresh_from_db()
    assert draft.valid_until == passed


def test_a_change_to_a_published_offer_keeps_its_passed_date_unchanged(member_client, actor):
    passed = timezone.localdate() - timedelta(days=3)
    live = make_offer(actor=actor, valid_until=passed)
    response = member_client.post(
        reverse("portal:offer_edit", args=[live.pk]),
        form_data(title_nb="Endret", valid_until=passed.isoformat()),
    )
    assert response.status_code == 302
    assert Offer.objects.get(change_of=live).valid_until == passed


# The project office's admin form -------------------------------------------------------------


@pytest.fixture
def admin_page(client, moderator, offer):
    client.force_login(moderator)
    url = reverse("admin:offers_offer_change", args=[offer.pk])
    return client, url, client.get(url)


def test_the_admin_saves_its_own_form_unchanged(admin_page, offer):
    client, url, page = admin_page
    response = client.post(url, admin_form_data(page, title_nb="Nytt navn"))
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title_nb == "Nytt navn"


def test_the_admin_form_refuses_a_year_one_start(admin_page, offer):
    client, url, page = admin_page
    response = client.post(
        url, admin_form_data(page, starts_at_0="0001-01-01", starts_at_1="00:00")
    )
    assert response.status_code == 200
    errors = response.context["adminform"].form.errors.as_data()
    assert [error.code for error in errors["starts_at"]] == ["date_out_of_range"]
    offer.refresh_from_db()
    assert offer.starts_at is None
    assert client.get(reverse("admin:offers_offer_changelist")).status_code == 200
    assert client.get(url).status_code == 200


def test_the_admin_form_refuses_an_end_before_the_start_next_to_the_end(admin_page, offer):
    client, url, page = admin_page
    data = admin_form_data(
        page,
        starts_at_0="2027-01-10",
        starts_at_1="18:00",
        ends_at_0="2027-01-10",
        ends_at_1="17:00",
    )
    response = client.post(url, data)
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors["ends_at"] == ["Slutten må være etter starten."]
    offer.refresh_from_db()
    assert offer.ends_at is None


def test_the_admin_form_refuses_setting_a_passed_validity(admin_page, offer):
    client, url, page = admin_page
    yesterday = timezone.localdate() - timedelta(days=1)
    response = client.post(url, admin_form_data(page, valid_until=yesterday.isoformat()))
    assert response.status_code == 200
    assert "valid_until" in response.context["adminform"].form.errors
    offer.refresh_from_db()
    assert offer.valid_until is None


def test_the_user_admin_refuses_a_year_one_confirmation_date(client, moderator):
    client.force_login(User.objects.create_superuser("root@example.org", "a-long-password"))
    url = reverse("admin:actors_user_change", args=[moderator.pk])
    page = client.get(url)
    assert 'name="last_login' not in page.content.decode()
    data = admin_form_data(page, email_verified_at_0="0001-01-01", email_verified_at_1="00:00")
    response = client.post(url, data)
    assert response.status_code == 200
    assert "email_verified_at" in response.context["adminform"].form.errors
    moderator.refresh_from_db()
    assert moderator.email_verified_at is None


# The validator -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [date(1, 1, 1), date(1999, 12, 31), date(2101, 1, 1), timezone.datetime(1, 1, 1, 0, 0)],
)
def test_the_validator_refuses_dates_outside_the_range(value):
    with pytest.raises(forms.ValidationError) as raised:
        validate_date_in_range(value)
    assert raised.value.code == "date_out_of_range"


def test_the_validator_reads_an_aware_year_one_time_without_overflowing():
    # Converting this to UTC would need year 0; the validator reads the day as typed.
    value = timezone.make_aware(timezone.datetime(1, 1, 1, 0, 30))
    with pytest.raises(forms.ValidationError):
        validate_date_in_range(value)
