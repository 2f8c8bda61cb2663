"""Search on PostgreSQL reads stored vectors: for each language a generated column
`search_<language>` on offers_offer holds the weighted text vector (title A, summary B,
description C, in that language's configuration), GIN-indexed. PostgreSQL keeps it in step with
the text itself (GENERATED ALWAYS … STORED), so ranking a match no longer parses its text again;
the expression indexes of 0003 and 0017 are replaced. offers.search.StoredVector reads them.
Not on SQLite (its FTS5 table, offers.sqlite_search, does this there)."""

from django.db import migrations

# offers.search.CONFIGS when this was written (a migration keeps its own copy).
CONFIGS = {
    "nb": "norwegian",
    "en": "english",
    "uk": "simple",
    "pl": "simple",
    "lt": "lithuanian",
    "ar": "arabic",
}
FIELDS = (("title", "A"), ("summary", "B"), ("description", "C"))


def vector_sql(language):
    config = CONFIGS[language]
    return " || ".join(
        f"setweight(to_tsvector('{config}'::regconfig, coalesce({field}_{language}, '')), "
        f"'{weight}')"
        for field, weight in FIELDS
    )


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in CONFIGS:
        schema_editor.execute(f"DROP INDEX IF EXISTS offer_search_{language}")
        schema_editor.execute(
            f"ALTER TABLE offers_offer ADD COLUMN search_{language} tsvector "
            f"GENERATED ALWAYS AS ({vector_sql(language)}) STORED"
        )
        # Kept in the row (compressed), not out of line with the long texts: a search reads
        # the vector of every offer it looks at.
        schema_editor.execute(
            f"ALTER TABLE offers_offer ALTER COLUMN search_{language} SET STORAGE MAIN"
        )
        schema_editor.execute(
            f"CREATE INDEX offer_search_{language} ON offers_offer USING gin (search_{language})"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in CONFIGS:
        schema_editor.execute(f"DROP INDEX IF EXISTS offer_search_{language}")
        schema_editor.execute(f"ALTER TABLE offers_offer DROP COLUMN IF EXISTS search_{language}")
        schema_editor.execute(
            f"CREATE INDEX offer_search_{language} ON offers_offer "
            f"USING gin (({vector_sql(language)}))"
        )


class Migration(migrations.Migration):
    dependencies = [("offers", "0019_public_order_index")]

    operations = [migrations.RunPython(create, drop)]
