"""Search on SQLite: an FTS5 table of the offers' text, kept in step by triggers.

The table holds, for every offer (of any status: the public rule is the query's business), its
title, summary and description in every language (offers.search.SEARCH_COLUMNS), folded as
offers.search.fold folds what is typed (plain letters, punctuation as spaces; done in a scratch
table by offers.search.fold_steps, since SQLite 3.40 has no remove_diacritics for trigrams),
indexed in trigrams; rowid is the offer's id. Triggers on offers_offer, not code in save(), keep
it in step, so every way an offer is written (forms, the admin, imports, approved changes,
queryset updates) is covered.

SQLite drops a table's triggers whenever Django rebuilds the table (adding a language's columns
does), so `ensure` runs after every migrate (offers.apps): it rebuilds the table and triggers
when they are missing or hold other columns, and does nothing otherwise. Changing
offers.search's folding needs `rebuild` (a migration that calls it). PostgreSQL has its own
indexes (migrations 0003, 0007, 0017) and gets nothing here.
"""

from .search import SEARCH_COLUMNS, TABLE, fold_steps

# Where the triggers fold a row's text before the FTS table indexes it (empty in between).
SCRATCH = f"{TABLE}_scratch"
TRIGGERS = tuple(f"{TABLE}_{event}" for event in ("insert", "update", "delete"))


def _fill(columns, source, where):
    """Statements that index the rows of offers_offer that `source`/`where` select."""
    names = ", ".join(columns)
    values = ", ".join(f"' ' || coalesce({source}.{column}, '')" for column in columns)
    yield f"INSERT INTO {SCRATCH} (id, {names}) SELECT {source}.id, {values}{where}"
    yield from fold_steps(SCRATCH, columns)
    yield f"INSERT INTO {TABLE} (rowid, {names}) SELECT id, {names} FROM {SCRATCH}"
    yield f"DELETE FROM {SCRATCH}"


def create_statements(columns):
    names = ", ".join(columns)
    body = " ".join(f"{statement};" for statement in _fill(columns, "new", ""))
    changed = " OR ".join(f"old.{column} IS NOT new.{column}" for column in columns)
    tokenizer = "tokenize = 'trigram case_sensitive 0'"
    yield f"CREATE VIRTUAL TABLE {TABLE} USING fts5({names}, {tokenizer})"
    yield f"CREATE TABLE {SCRATCH} (id integer PRIMARY KEY, {names})"
    yield from _fill(columns, "offer", " FROM offers_offer AS offer")
    yield f"CREATE TRIGGER {TRIGGERS[0]} AFTER INSERT ON offers_offer BEGIN {body} END"
    yield (
        f"CREATE TRIGGER {TRIGGERS[1]} AFTER UPDATE ON offers_offer WHEN {changed} BEGIN "
        f"DELETE FROM {TABLE} WHERE rowid = old.id; {body} END"
    )
    yield (
        f"CREATE TRIGGER {TRIGGERS[2]} AFTER DELETE ON offers_offer BEGIN "
        f"DELETE FROM {TABLE} WHERE rowid = old.id; END"
    )


def drop_statements():
    for trigger in TRIGGERS:
        yield f"DROP TRIGGER IF EXISTS {trigger}"
    yield f"DROP TABLE IF EXISTS {SCRATCH}"
    yield f"DROP TABLE IF EXISTS {TABLE}"


def rebuild(cursor, columns=SEARCH_COLUMNS):
    for statement in (*drop_statements(), *create_statements(columns)):
        cursor.execute(statement)


def is_current(cursor, columns=SEARCH_COLUMNS):
    """Whether the table, its scratch table and its three triggers exist with these columns."""
    cursor.execute(
        f"SELECT name FROM sqlite_master WHERE name IN ({', '.join(['%s'] * 5)})",
        [TABLE, SCRATCH, *TRIGGERS],
    )
    if len(cursor.fetchall()) != 5:
        return False
    cursor.execute(f"PRAGMA table_info({TABLE})")
    return [row[1] for row in cursor.fetchall()] == list(columns)


def ensure(sender=None, using="default", **kwargs):
    """post_migrate: the search table matches the offers' columns, or is rebuilt."""
    from django.db import connections

    connection = connections[using]
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'offers_offer'"
        )
        if not cursor.fetchone()[0]:
            return
        if not is_current(cursor):
            rebuild(cursor)
