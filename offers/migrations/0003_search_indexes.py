"""Search on PostgreSQL: full-text indexes, and the pg_trgm and unaccent extensions.

The GIN indexes are built on exactly the expression offers.search.search_vector() puts in the
query, so the planner can use them. The trigram indexes for typos are in 0007. SQLite searches
plainly and gets none of this.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

from offers.search import search_vector

LANGUAGES = ("nb", "en")


def _indexes():
    for language in LANGUAGES:
        yield GinIndex(search_vector(language), name=f"offer_search_{language}")


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    offer = apps.get_model("offers", "Offer")
    for index in _indexes():
        schema_editor.add_index(offer, index)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    offer = apps.get_model("offers", "Offer")
    for index in _indexes():
        schema_editor.remove_index(offer, index)


class Migration(migrations.Migration):
    dependencies = [("offers", "0002_seed_taxonomy")]

    operations = [
        TrigramExtension(),
        UnaccentExtension(),
        migrations.RunPython(create, drop),
    ]
