"""The taxonomy of DESIGN.md: stable slugs (codes for languages) with bokmål and English names.

Plain data, read by the data migrations that seed it (offers/migrations/0002_seed_taxonomy.py,
0010_public_topic_words.py),
by `manage.py seed_demo`, which puts back a term someone has deleted, and by the tests. Each row
is (slug or code, name in bokmål, name in English); its place in the list is the term's `order`.
The project office may rename terms in admin afterwards; the slugs and codes stay.
"""

from .taxonomy_translations import NAMES
from .taxonomy_translations import PLAIN_FOCUS_AREAS as TRANSLATED_PLAIN_WORDS

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

# The topics in the words a newcomer understands (DESIGN.md: the public pages use plain words,
# the admin keeps the programme's terms above): slug -> (plain name in bokmål, in English,
# a one-line explanation in bokmål, in English). Shown on the home page's tiles, in the filters,
# on cards and offer pages and in the feeds. Seeded by offers/migrations/0010_public_topic_words.py.
PLAIN_FOCUS_AREAS = {
    "communication": (
        "Informasjon og veiledning",
        "Information and guidance",
        "Hvor du får svar på spørsmål om livet i Narvik.",
        "Where you get answers to your questions about life in Narvik.",
    ),
    "norwegian": (
        "Lære norsk",
        "Learning Norwegian",
        "Norskkurs, språkkafeer og andre steder å øve på norsk.",
        "Norwegian courses, language cafés and other places to practise.",
    ),
    "education": (
        "Skole og utdanning",
        "School and education",
        "Skole for barn og voksne, studier og kurs.",
        "School for children and adults, studies and courses.",
    ),
    "work": (
        "Jobb",
        "Work",
        "Hjelp til å finne jobb, og arbeidsgivere som trenger folk.",
        "Help to find a job, and employers who need people.",
    ),
    "housing": (
        "Bolig og hverdag",
        "Housing and everyday life",
        "Hjelp til å finne et sted å bo og til å ordne det praktiske.",
        "Help to find a place to live and to sort out practical things.",
    ),
    "leisure": (
        "Fritid og frivillig arbeid",
        "Leisure and volunteering",
        "Idrett, lag og foreninger, og å gjøre en frivillig innsats.",
        "Sports, clubs and societies, and volunteering.",
    ),
    "participation": (
        "Bli kjent og delta",
        "Meet people and take part",
        "Møt folk, bli kjent med byen og si din mening.",
        "Meet people, get to know the town and have your say.",
    ),
}

# (model in the offers app, its key field, its rows)
TABLES = [
    ("FocusArea", "slug", FOCUS_AREAS),
    ("TargetGroup", "slug", TARGET_GROUPS),
    ("Segment", "slug", SEGMENTS),
    ("Language", "code", LANGUAGES),
]


def seed(apps, schema_editor=None):
    """Create every term, or set its names, plain words and order to these, in every language.

    `apps` is a migration's app registry, or `django.apps.apps` outside a migration (seed_demo;
    the browser tests re-seed after each flush).
    """
    seed_names(apps, schema_editor)
    seed_plain_words(apps, schema_editor)
    seed_translations(apps, schema_editor)


def seed_translations(apps, schema_editor=None):
    """Set the names and plain words in the other interface languages
    (offers/taxonomy_translations.py; the data migration 0016). A language without a column
    yet (before its migration) is left out."""
    for model_name, key, _rows in TABLES:
        model = apps.get_model("offers", model_name)
        columns = {field.name for field in model._meta.get_fields()}
        for value, names in NAMES[model_name].items():
            model.objects.filter(**{key: value}).update(
                **{
                    f"name_{code}": name
                    for code, name in names.items()
                    if f"name_{code}" in columns
                }
            )
    model = apps.get_model("offers", "FocusArea")
    columns = {field.name for field in model._meta.get_fields()}
    for slug, words in TRANSLATED_PLAIN_WORDS.items():
        values = {}
        for code, (plain_name, explanation) in words.items():
            if f"plain_name_{code}" in columns:
                values[f"plain_name_{code}"] = plain_name
                values[f"explanation_{code}"] = explanation
        model.objects.filter(slug=slug).update(**values)


def seed_plain_words(apps, schema_editor=None):
    """Set the topics' plain names and explanations (the data migration 0010)."""
    model = apps.get_model("offers", "FocusArea")
    for slug, (name_nb, name_en, explanation_nb, explanation_en) in PLAIN_FOCUS_AREAS.items():
        model.objects.filter(slug=slug).update(
            plain_name=name_nb,
            plain_name_nb=name_nb,
            plain_name_en=name_en,
            explanation=explanation_nb,
            explanation_nb=explanation_nb,
            explanation_en=explanation_en,
        )


def seed_names(apps, schema_editor=None):
    """Create every term, or set its names and order to these (the data migration 0002)."""
    for model_name, key, rows in TABLES:
        model = apps.get_model("offers", model_name)
        for order, (value, name_nb, name_en) in enumerate(rows, start=1):
            model.objects.update_or_create(
                **{key: value},
                defaults={"name": name_nb, "name_nb": name_nb, "name_en": name_en, "order": order},
            )
