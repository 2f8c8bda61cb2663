import pytest
from django.utils import translation

from offers.models import FocusArea, Language, Segment, TargetGroup

pytestmark = pytest.mark.django_db


def rows(model, key="slug"):
    return [(getattr(term, key), term.name_nb, term.name_en) for term in model.objects.all()]


def test_focus_areas_are_seeded_in_order():
    assert rows(FocusArea) == [
        ("communication", "Informasjon og kommunikasjon", "Information and communication"),
        ("norwegian", "Norskopplæring", "Learning Norwegian"),
        ("education", "Utdanning", "Education"),
        ("work", "Arbeid og rekruttering", "Work and recruitment"),
        ("housing", "Bo- og levevilkår", "Housing and living conditions"),
        ("leisure", "Fritid og frivillighet", "Leisure and volunteering"),
        ("participation", "Samfunnsdeltakelse", "Taking part in society"),
    ]


def test_target_groups_are_seeded_in_order():
    assert rows(TargetGroup) == [
        ("labour-europe", "Arbeidsinnvandrere fra Europa", "Labour migrants from Europe"),
        (
            "labour-outside-europe",
            "Arbeidsinnvandrere fra land utenfor Europa",
            "Labour migrants from outside Europe",
        ),
        (
            "labour-scandinavia",
            "Arbeidsinnvandrere fra Skandinavia",
            "Labour migrants from Scandinavia",
        ),
        ("refugees", "Flyktninger med oppholdstillatelse", "Refugees with a residence permit"),
        ("family-reunification", "Familiegjenforente", "Family reunification"),
        ("norwegian-newcomers", "Norske tilflyttere", "Newcomers from elsewhere in Norway"),
    ]


def test_segments_are_seeded_in_order():
    assert rows(Segment) == [
        ("families", "Barnefamilier", "Families with children"),
        ("youth", "Ungdom", "Young people"),
        ("students", "Studenter", "Students"),
        ("returnees", "Tilbakeflyttere", "People moving back"),
    ]


def test_offer_languages_include_the_required_codes():
    codes = set(Language.objects.values_list("code", flat=True))
    required = [
        "nb",
        "en",
        "se",
        "sv",
        "pl",
        "lt",
        "uk",
        "ru",
        "ar",
        "ti",
        "so",
        "fa",
        "prs",
        "de",
        "es",
        "tl",
    ]
    assert set(required) <= codes
    assert Language.objects.get(code="prs").name_en == "Dari"
    assert Language.objects.get(code="se").name_nb == "Nordsamisk"


def test_names_follow_the_active_language():
    area = FocusArea.objects.get(slug="norwegian")
    with translation.override("en"):
        assert area.name == "Learning Norwegian"
    with translation.override("nb"):
        assert area.name == "Norskopplæring"
