"""The taxonomy of DESIGN.md: stable slugs (codes for languages) with bokmål and English names.

Plain data, read by the data migration that seeds it (offers/migrations/0002_seed_taxonomy.py),
by `manage.py seed_demo`, which puts back a term someone has deleted, and by the tests. Each row
is (slug or code, name in bokmål, name in English); its place in the list is the term's `order`.
The project office may rename terms in admin afterwards; the slugs and codes stay.
"""

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
    (
        "labour-scandinavia",
        "Arbeidsinnvandrere fra Skandinavia",
        "Labour migrants from Scandinavia",
    ),
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

# (model in the offers app, its key field, its rows)
TABLES = [
    ("FocusArea", "slug", FOCUS_AREAS),
    ("TargetGroup", "slug", TARGET_GROUPS),
    ("Segment", "slug", SEGMENTS),
    ("Language", "code", LANGUAGES),
]


def seed(apps, schema_editor=None):
    """Create every term, or set its names and order to these (the data migration).

    `apps` is the migration's app registry, or `django.apps.apps` outside a migration (the
    browser tests re-seed after each flush).
    """
    for model_name, key, rows in TABLES:
        model = apps.get_model("offers", model_name)
        for order, (value, name_nb, name_en) in enumerate(rows, start=1):
            model.objects.update_or_create(
                **{key: value},
                defaults={"name": name_nb, "name_nb": name_nb, "name_en": name_en, "order": order},
            )
