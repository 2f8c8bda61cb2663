"""Words a newcomer understands (issue 11, item 2): the topics' public names and explanations,
the programme's terms kept in the admin, language names inside Norwegian text, "Who are you?"
tiles that narrow, Django's own messages in klarspråk, and no Norwegian quotation marks on
English pages."""

import io
import re

import pytest
from django.contrib.auth.forms import AuthenticationForm
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation

from offers.models import FocusArea, Offer, Segment, TargetGroup
from offers.taxonomy import PLAIN_FOCUS_AREAS
from tests.factories import make_member, make_moderator, make_offer, make_user
from tests.helpers import en, offer_form_data

pytestmark = pytest.mark.django_db


def nb(name, *args):
    with translation.override("nb"):
        return reverse(name, args=args)


def tile_names(body):
    return re.findall(r'<span class="tile-name">([^<]*)</span>', body)


def test_the_migration_gives_every_topic_plain_words_in_both_languages():
    assert set(FocusArea.objects.values_list("slug", flat=True)) == set(PLAIN_FOCUS_AREAS)
    for area in FocusArea.objects.all():
        name_nb, name_en, explanation_nb, explanation_en = PLAIN_FOCUS_AREAS[area.slug]
        assert (area.plain_name_nb, area.plain_name_en) == (name_nb, name_en)
        assert (area.explanation_nb, area.explanation_en) == (explanation_nb, explanation_en)
    # The programme's own terms stay as they were.
    participation = FocusArea.objects.get(slug="participation")
    assert participation.name_nb == "Samfunnsdeltakelse"


def test_home_page_tiles_show_public_names_and_explanations_in_norwegian(client):
    body = client.get(nb("home")).content.decode()
    topics = body[body.index('id="topics-heading"') :]
    assert "Bli kjent og delta" in tile_names(topics)
    assert "Bolig og hverdag" in tile_names(topics)
    assert "Samfunnsdeltakelse" not in body
    assert "Bo- og levevilkår" not in body
    for _name, _name_en, explanation, _explanation_en in PLAIN_FOCUS_AREAS.values():
        assert f'<span class="tile-explanation">{explanation}</span>' in topics


def test_home_page_tiles_show_public_names_and_explanations_in_english(client):
    body = client.get(en("home")).content.decode()
    topics = body[body.index('id="topics-heading"') :]
    assert "Meet people and take part" in tile_names(topics)
    assert "Taking part in society" not in body
    assert "Meet people, get to know the town and have your say." in topics
    # No Norwegian explanation on an English page.
    assert "Møt folk" not in body


def test_an_empty_english_plain_name_shows_the_english_name_and_no_explanation(client):
    housing = FocusArea.objects.get(slug="housing")
    housing.plain_name_en = housing.explanation_en = ""
    housing.save()
    body = client.get(en("home")).content.decode()
    assert "Housing and living conditions" in tile_names(body)
    assert "Bolig og hverdag" not in body
    assert "Hjelp til å finne et sted å bo" not in body


def test_list_filters_chips_cards_and_offer_page_use_the_public_names(client):
    offer = make_offer(title="Bli kjent-kveld", focus=("participation",))
    body = client.get(nb("offers:list") + "?focus=participation").content.decode()
    # The filter's checkbox, the chip that removes it, and the card's topic tag.
    assert body.count("Bli kjent og delta") >= 3
    assert "Samfunnsdeltakelse" not in body
    body = client.get(offer.get_absolute_url()).content.decode()
    assert ">Bli kjent og delta</a>" in body
    with translation.override("en"):
        body = client.get(offer.get_absolute_url()).content.decode()
    assert ">Meet people and take part</a>" in body
    assert "Taking part in society" not in body


def test_the_feed_names_topics_in_plain_words(client):
    make_offer(title="Bli kjent-kveld", focus=("participation",))
    with translation.override("nb"):
        body = client.get(reverse("offers:feed")).content.decode()
    assert 'term="Bli kjent og delta"' in body
    assert "Samfunnsdeltakelse" not in body


def test_the_admin_shows_the_programme_terms_beside_the_public_names(client):
    client.force_login(make_moderator())
    with translation.override("nb"):
        body = client.get(reverse("admin:offers_focusarea_changelist")).content.decode()
    assert "Samfunnsdeltakelse" in body
    assert "Bli kjent og delta" in body
    offer = make_offer(focus=("participation",))
    with translation.override("nb"):
        url = reverse("admin:offers_offer_change", args=[offer.pk])
    body = client.get(url).content.decode()
    assert "Samfunnsdeltakelse (Bli kjent og delta)" in body
    # The topic's own page has both, the plain name required in bokmål.
    area = FocusArea.objects.get(slug="participation")
    with translation.override("nb"):
        url = reverse("admin:offers_focusarea_change", args=[area.pk])
    response = client.get(url)
    form = response.context["adminform"].form
    assert form.fields["plain_name_nb"].required and not form.fields["plain_name_en"].required
    assert form["name_nb"].value() == "Samfunnsdeltakelse"
    assert form["plain_name_nb"].value() == "Bli kjent og delta"


def test_language_names_are_lower_case_in_norwegian_text_and_capitalised_in_english(client):
    offer = make_offer(languages=("nb", "en", "ar"))
    body = client.get(offer.get_absolute_url()).content.decode()
    assert ">norsk</a>, " in body and ">arabisk</a>" in body
    assert "Språk tilbudet gis på" not in body
    body = client.get(nb("offers:list")).content.decode()
    assert "<dd>norsk, engelsk, arabisk</dd>" in body
    # The filter's checkboxes are labels, and keep their capital letter.
    assert "Språk som brukes" in body
    assert '<input type="checkbox" name="language" value="ar"> Arabisk</label>' in body
    with translation.override("en"):
        body = client.get(en("offers:list")).content.decode()
    assert "<dd>Norwegian, English, Arabic</dd>" in body


def test_after_seed_demo_no_who_are_you_tile_matches_more_than_half_the_offers(client):
    call_command("seed_demo", force=True, stdout=io.StringIO())
    public = Offer.objects.public().count()
    assert public >= 30
    for term in [*TargetGroup.objects.all(), *Segment.objects.all()]:
        matching = Offer.objects.public().filter(pk__in=term.offers.values("pk")).count()
        assert 0 < matching <= public / 2, (term.slug, matching, public)
    # Each demo offer is meant for at most two groups and two life situations, not for all.
    for offer in Offer.objects.public():
        assert offer.target_groups.count() <= 2, offer.slug
        assert offer.segments.count() <= 2, offer.slug
    # And the home page's tiles say so.
    body = client.get(nb("home")).content.decode()
    who = body[body.index('id="who-heading"') : body.index('id="topics-heading"')]
    counts = [int(n) for n in re.findall(r'<span class="tile-count">(\d+) tilbud', who)]
    assert counts and max(counts) <= public / 2


def test_the_offer_form_says_that_ticking_every_group_helps_nobody(client):
    member = make_member(make_offer().actor)
    client.force_login(member)
    body = client.get(nb("portal:offer_create")).content.decode()
    assert "Krysser du av for alle, hjelper det ingen" in body
    assert "Hvilke språk bruker dere i tilbudet?" in body


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({}, "Du må fylle ut dette feltet."),
        (
            {"username": "nobody@example.org", "password": "wrong"},
            "Feil e-postadresse eller passord.",
        ),
    ],
)
def test_the_login_form_speaks_plain_norwegian(data, expected):
    with translation.override("nb"):
        form = AuthenticationForm(RequestFactory().post("/"), data=data)
        assert not form.is_valid()
        errors = " ".join(str(e) for errors in form.errors.values() for e in errors)
    assert expected in errors
    assert "påkrevet" not in errors
    assert "Vennligst" not in errors


def test_the_login_page_shows_the_plain_message(client):
    response = client.post(nb("login"), {"username": "nobody@example.org", "password": "x"})
    body = response.content.decode()
    assert "Feil e-postadresse eller passord." in body
    assert "Vennligst" not in body


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("valid_until", "31.02.2027", "Datoen er ikke riktig."),
        ("signup_email", "not-an-address", "Sjekk e-postadressen."),
        ("signup_url", "not a url", "Skriv hele nettadressen"),
        ("title_nb", "", "Du må fylle ut dette feltet."),
    ],
)
def test_the_offer_form_speaks_plain_norwegian(client, field, value, expected):
    member = make_member(make_offer().actor)
    client.force_login(member)
    response = client.post(nb("portal:offer_create"), offer_form_data(**{field: value}))
    body = response.content.decode()
    assert expected in body
    assert "Oppgi en gyldig" not in body
    assert "påkrevet" not in body


def test_password_rules_speak_plain_norwegian():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    with translation.override("nb"), pytest.raises(ValidationError) as error:
        validate_password("12345", user=make_user())
    messages = " ".join(error.value.messages)
    assert "Passordet er for kort. Det må ha minst" in messages
    assert "Passordet kan ikke bare være tall." in messages


@pytest.mark.parametrize(
    "url",
    [
        "home",
        "offers:list",
        "actors:list",
        "login",
        "password_reset",
        "portal:register",
        "about",
        "accessibility",
        "privacy",
    ],
)
def test_english_pages_have_no_norwegian_quotation_marks(client, url):
    make_offer()
    body = client.get(en(url)).content.decode()
    assert "«" not in body and "»" not in body


def test_english_portal_pages_have_no_norwegian_quotation_marks(client):
    offer = make_offer()
    client.force_login(make_member(offer.actor, language="en"))
    for url in [
        en("portal:dashboard"),
        en("portal:offer_create"),
        en("portal:offer_edit", offer.pk),
    ]:
        body = client.get(url).content.decode()
        assert "«" not in body and "»" not in body, url
    with translation.override("en"):
        body = client.get(offer.get_absolute_url()).content.decode()
    assert "«" not in body and "»" not in body


def test_english_mail_uses_english_quotation_marks(commit):
    from django.core import mail

    from offers import moderation

    offer = make_offer(title_en="Ski course")
    admin = make_member(offer.actor, role="admin", language="en")
    moderation.archive(offer, by=admin)
    commit()
    subjects = [message.subject for message in mail.outbox]
    assert "“Ski course” is archived" in subjects
