"""Trigram indexes for typo-tolerant search on PostgreSQL (SQLite searches plainly).

unaccent() is not IMMUTABLE, so it cannot be indexed directly; narvik_unaccent() pins the
dictionary and is. Search compares narvik_unaccent(title) with narvik_unaccent(query) using
pg_trgm's %> operator, which these indexes serve; together with the full-text indexes of
0003 the planner can answer a search from indexes alone (a BitmapOr).
"""

from django.db import migrations

LANGUAGES = ("nb", "en")

FUNCTION = """
CREATE OR REPLACE FUNCTION narvik_unaccent(text) RETURNS text
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
"""


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(FUNCTION)
    for language in LANGUAGES:
        schema_editor.execute(
            f"CREATE INDEX offer_title_trgm_{language} ON offers_offer "
            f"USING gin (narvik_unaccent(title_{language}) gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for language in LANGUAGES:
        schema_editor.execute(f"DROP INDEX IF EXISTS offer_title_trgm_{language}")
    schema_editor.execute("DROP FUNCTION IF EXISTS narvik_unaccent(text)")


class Migration(migrations.Migration):
    dependencies = [("offers", "0006_moderator_sees_history_and_requests")]

    operations = [migrations.RunPython(create, drop)]
