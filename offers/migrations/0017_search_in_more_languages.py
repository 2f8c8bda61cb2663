"""Search on PostgreSQL in Ukrainian, Polish, Lithuanian and Arabic: for each, the full-text
index on the expression offers.search.search_vector() queries (as 0003 for bokmål and English)
and the trigram index on the unaccented title (as 0007). SQLite's search table follows the
offers' columns by itself (offers.sqlite_search.ensure, after migrate)."""

from django.contrib.postgres.indexes import GinIndex
from django.db import migrations

from offers.search import search_vector

LANGUAGES = ("uk", "pl", "lt", "ar")


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    offer = apps.get_model("offers", "Offer")
    for language in LANGUAGES:
        schema_editor.add_index(
            offer, GinIndex(search_vector(language), name=f"offer_search_{language}")
        )
        schema_editor.execute(
            f"CREATE INDEX offer_title_trgm_{language} ON offers_offer "
            f"USING gin (narvik_unaccent(title_{language}) gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in LANGUAGES:
        schema_editor.execute(f"DROP INDEX IF EXISTS offer_search_{language}")
        schema_editor.execute(f"DROP INDEX IF EXISTS offer_title_trgm_{language}")


class Migration(migrations.Migration):
    dependencies = [("offers", "0016_taxonomy_in_more_languages")]

    operations = [migrations.RunPython(create, drop)]
