"""Search on SQLite: an FTS5 table of the offers' text, kept in step by triggers.

(The code is now in offers/sqlite_search.py.) The table holds, for every offer (of any status: the public rule is the query's business), its
title, summary and description in both languages, folded as offers.search.fold folds what is
typed (plain letters, punctuation as spaces; done in a scratch table by offers.search.fold_steps,
since SQLite 3.40 has no remove_diacritics for trigrams), indexed in trigrams; rowid is the
offer's id. Triggers on offers_offer, not code in save(), keep it in step, so every way an offer
is written (forms, the admin, imports, approved changes, queryset updates) is covered. Changing
offers.search's folding needs a new migration that rebuilds the triggers and rows. PostgreSQL
has its own indexes (0003, 0007) and gets nothing here.
"""

from django.db import migrations

from offers import sqlite_search

# The columns of this migration's time (bokmål and English); offers.sqlite_search.ensure
# rebuilds the table with every language's after migrate.
COLUMNS = [f"{field}_{language}" for field in ("title", "summary", "description") for language in ("nb", "en")]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in sqlite_search.create_statements(COLUMNS):
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in sqlite_search.drop_statements():
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [("offers", "0013_subscriptions")]

    operations = [migrations.RunPython(create, drop)]
