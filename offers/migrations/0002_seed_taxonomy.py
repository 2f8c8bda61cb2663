"""The taxonomy of DESIGN.md: stable slugs with their bokmål and English names."""

from django.db import migrations

FOCUS_AREAS = [
    ("communication", "Informasjon og kommunikasjon", "Information and communication"),
    ("norwegian", "Norskopplæring", "Learning Norwegian"),
    ("education", "Utdanning", "Education"),
    ("work", "Arbeid og rekruttering", "Work and recruitment"),
    ("housing", "Bo- og levevilkår", "Housing and living conditions"),
    ("leisure", "Fritid og frivillighet", "Leisure and volunteering"),
    ("participation", "Samfunnsdeltakelse", "Taking part in society"),
]

TARGET_GROUPS = [
    ("labour-europe", "Arbeidsinnvandrere fra Europa", "Labour migrants from Europe"),
    (
        "labour-outside-europe",
        "Arbeidsinnvandrere fra land utenfor Europa",
        "Labour migrants from outside Europe",
    ),
    ("labour-scandinavia", "Arbeidsinnvandrere fra Skandinavia", "Labour migrants from Scandinavia"),
    ("refugees", "Flyktninger med oppholdstillatelse", "Refugees with a residence permit"),
    ("family-reunification", "Familiegjenforente", "Family reunification"),
    ("norwegian-newcomers", "Norske tilflyttere", "Newcomers from elsewhere in Norway"),
]

SEGMENTS = [
    ("families", "Barnefamilier", "Families with children"),
    ("youth", "Ungdom", "Young people"),
    ("students", "Studenter", "Students"),
    ("returnees", "Tilbakeflyttere", "People moving back"),
]

LANGUAGES = [
    ("nb", "Norsk", "Norwegian"),
    ("en", "Engelsk", "English"),
    ("se", "Nordsamisk", "Northern Sami"),
    ("sv", "Svensk", "Swedish"),
    ("pl", "Polsk", "Polish"),
    ("lt", "Litauisk", "Lithuanian"),
    ("uk", "Ukrainsk", "Ukrainian"),
    ("ru", "Russisk", "Russian"),
    ("ar", "Arabisk", "Arabic"),
    ("ti", "Tigrinja", "Tigrinya"),
    ("so", "Somali", "Somali"),
    ("fa", "Persisk", "Persian"),
    ("prs", "Dari", "Dari"),
    ("de", "Tysk", "German"),
    ("es", "Spansk", "Spanish"),
    ("tl", "Tagalog", "Tagalog"),
]


def seed(apps, schema_editor):
    tables = [
        ("FocusArea", "slug", FOCUS_AREAS),
        ("TargetGroup", "slug", TARGET_GROUPS),
        ("Segment", "slug", SEGMENTS),
        ("Language", "code", LANGUAGES),
    ]
    for model_name, key, rows in tables:
        model = apps.get_model("offers", model_name)
        for order, (value, name_nb, name_en) in enumerate(rows, start=1):
            model.objects.update_or_create(
                **{key: value},
                defaults={"name": name_nb, "name_nb": name_nb, "name_en": name_en, "order": order},
            )


class Migration(migrations.Migration):
    dependencies = [("offers", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
