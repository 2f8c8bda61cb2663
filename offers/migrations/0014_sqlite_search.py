"""Search on SQLite: an FTS5 table of the offers' text, kept in step by triggers.

The table holds, for every offer (of any status: the public rule is the query's business), its
title, summary and description in both languages, folded as offers.search.fold folds what is
typed (plain letters, punctuation as spaces; done in a scratch table by offers.search.fold_steps,
since SQLite 3.40 has no remove_diacritics for trigrams), indexed in trigrams; rowid is the
offer's id. Triggers on offers_offer, not code in save(), keep it in step, so every way an offer
is written (forms, the admin, imports, approved changes, queryset updates) is covered. Changing
offers.search's folding needs a new migration that rebuilds the triggers and rows. PostgreSQL
has its own indexes (0003, 0007) and gets nothing here.
"""

from django.db import migrations

from offers.search import SEARCH_COLUMNS, TABLE, fold_steps

# Where the triggers fold a row's text before the FTS table indexes it (empty in between).
SCRATCH = f"{TABLE}_scratch"
COLUMNS = ", ".join(SEARCH_COLUMNS)


def _fill(source, where):
    """Statements that index the rows of offers_offer that `source`/`where` select."""
    values = ", ".join(f"' ' || coalesce({source}.{column}, '')" for column in SEARCH_COLUMNS)
    yield f"INSERT INTO {SCRATCH} (id, {COLUMNS}) SELECT {source}.id, {values}{where}"
    yield from fold_steps(SCRATCH, SEARCH_COLUMNS)
    yield f"INSERT INTO {TABLE} (rowid, {COLUMNS}) SELECT id, {COLUMNS} FROM {SCRATCH}"
    yield f"DELETE FROM {SCRATCH}"


def _body(row):
    return " ".join(f"{statement};" for statement in _fill(row, ""))


def _statements():
    changed = " OR ".join(f"old.{column} IS NOT new.{column}" for column in SEARCH_COLUMNS)
    tokenizer = "tokenize = 'trigram case_sensitive 0'"
    yield f"CREATE VIRTUAL TABLE {TABLE} USING fts5({COLUMNS}, {tokenizer})"
    yield f"CREATE TABLE {SCRATCH} (id integer PRIMARY KEY, {COLUMNS})"
    yield from _fill("offer", " FROM offers_offer AS offer")
    yield f"CREATE TRIGGER {TABLE}_insert AFTER INSERT ON offers_offer BEGIN {_body('new')} END"
    yield (
        f"CREATE TRIGGER {TABLE}_update AFTER UPDATE ON offers_offer WHEN {changed} BEGIN "
        f"DELETE FROM {TABLE} WHERE rowid = old.id; {_body('new')} END"
    )
    yield (
        f"CREATE TRIGGER {TABLE}_delete AFTER DELETE ON offers_offer BEGIN "
        f"DELETE FROM {TABLE} WHERE rowid = old.id; END"
    )


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for statement in _statements():
        schema_editor.execute(statement)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "sqlite":
        return
    for trigger in ("insert", "update", "delete"):
        schema_editor.execute(f"DROP TRIGGER IF EXISTS {TABLE}_{trigger}")
    schema_editor.execute(f"DROP TABLE IF EXISTS {SCRATCH}")
    schema_editor.execute(f"DROP TABLE IF EXISTS {TABLE}")


class Migration(migrations.Migration):
    dependencies = [("offers", "0013_subscriptions")]

    operations = [migrations.RunPython(create, drop)]
