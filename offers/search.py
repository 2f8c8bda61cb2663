"""Free-text search over offers.

Every page searches its own language, English and Norwegian (`searched_languages`): the
languages its text falls back to, and on a Norwegian page the English as well.

On PostgreSQL: full-text search with each language's configuration (`CONFIGS`) on that
language's fields, stored by PostgreSQL in a generated column per language and GIN-indexed
(migration 0020, `StoredVector`), ranked, plus prefix matching on every
word (the Norwegian stemmer leaves "tilflytter" and "tilflyttere" apart) and trigram word
similarity on the unaccented title (GIN-indexed, migrations 0007 and 0017), so a small typo, or
"sprakkafe" typed on a keyboard without å and é, still finds the offer. A search matching more
than `RANK_LIMIT` offers is not ranked but newest first (and without the typo matching, which is
for a search that finds little): ranking reads every match, so a broad search at 100,000 offers
cost thirty lists; newest first, PostgreSQL reads the first page off the public order's index.
Nor is a text longer than `TYPO_MAX_LENGTH` matched by trigrams (no title is a typo away from it,
and its many trigrams made the costliest index scan), nor are more than `PREFIX_MAX_WORDS` words
matched as the starts of words.

On SQLite: an FTS5 table with the trigram tokenizer (made by `ensure_sqlite_search` after every
migrate, kept in step with offers_offer by triggers) holds each offer's title, summary and
description in every language,
folded (å → a, æ → ae, é → e, …: `fold`; trigram's own remove_diacritics needs SQLite 3.45).
Every word of three letters or more must appear in the active language's text (and the
Norwegian), as a substring, so "tilflytter" finds "tilflyttere" and "kurs" "norskkurs"; words of
one or two letters are ignored, unless nothing longer was typed, when a two-letter word must
begin a word. Or, for typos: every word of five letters or more is one edit (a letter wrong,
missing, added, or two swapped) from a word, or the start of a word, of a title or summary
(`_near`), checked in Python on at most `TYPO_CANDIDATES` offers that share the most trigrams
with the query. Ranked by bm25, titles weighing most, typo-only matches last.

Any other database: every word must appear somewhere in the text (`_search_plain`).
"""

import re
import unicodedata

from django.conf import settings
from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    SearchVectorField,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.backends.signals import connection_created
from django.db.models import (
    Case,
    Expression,
    F,
    FloatField,
    Func,
    Q,
    TextField,
    Value,
    When,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Greatest
from django.utils.translation import get_language
from modeltranslation.utils import resolution_order

# PostgreSQL's text search configuration for each language an offer is written in: its own
# stemmer where PostgreSQL has one, `simple` (lower case, no stemming; the prefix and trigram
# matching below still find inflected forms) where it has none (Ukrainian, Polish).
STEMMERS = {"nb": "norwegian", "en": "english", "lt": "lithuanian", "ar": "arabic"}
CONFIGS = {code: STEMMERS.get(code, "simple") for code in settings.MODELTRANSLATION_LANGUAGES}
TEXT_FIELDS = ("title", "summary", "description")
# Ranking reads every match's vector: a search matching more offers than this (on PostgreSQL)
# is shown newest first instead, read off the public order's index like the list, so a broad
# search costs about what the list does at any size; and it leaves out the typo matching,
# which is for a search that finds little (issue 13).
RANK_LIMIT = 500
# What is typed is matched by trigrams (a small typo in a word of a title) up to this length.
TYPO_MAX_LENGTH = 40
# Each word typed is also matched as the start of a word ("tilflytter" finds "tilflyttere") when
# there are no more than this many: each start is a merge of many index entries, and a long
# search is precise enough by its words (at 100,000 offers, 11 starts took 120 ms, 11 words 14).
PREFIX_MAX_WORDS = 3
WEIGHTS = ("A", "B", "C")


class Unaccented(Func):
    """narvik_unaccent(): unaccent() made indexable (migration 0007)."""

    function = "narvik_unaccent"
    output_field = TextField()


class StoredVector(Expression):
    """The column `search_<language>` of offers_offer (PostgreSQL only, migration 0020): the
    weighted text vector of `search_vector(language)`, generated and stored by PostgreSQL and
    GIN-indexed. Not a model field (SQLite has no such column), so it is written here, on the
    alias of the query's own table (an outer query or a subquery alike)."""

    output_field = SearchVectorField()

    def __init__(self, language):
        super().__init__()
        self.language = language

    def as_sql(self, compiler, connection):
        alias = compiler.query.get_initial_alias()
        column = connection.ops.quote_name(f"search_{self.language}")
        return f"{compiler.quote_name(alias)}.{column}", []

    def __repr__(self):
        return f"{self.__class__.__name__}({self.language!r})"

    @property
    def identity(self):
        return (self.__class__, self.language)


def search_vector(language):
    """The weighted text of one language: what the stored column `search_<language>` holds
    (migration 0020; 0003 and 0017 indexed this expression before)."""
    config = CONFIGS[language]
    vector = None
    for field, weight in zip(TEXT_FIELDS, WEIGHTS, strict=True):
        part = SearchVector(f"{field}_{language}", config=config, weight=weight)
        vector = part if vector is None else vector + part
    return vector


def words(text):
    return re.findall(r"\w+", text)[:20]


def _prefix_query(terms, config):
    raw = " & ".join(f"{term}:*" for term in terms)
    return SearchQuery(raw, search_type="raw", config=config)


def searched_languages():
    """The page's language and the ones its text falls back to (English, then Norwegian): an
    offer without Ukrainian text is shown in English or Norwegian, so it must be found by those
    words too. A Norwegian page searches the English text as well: a newcomer may type
    "language café" there."""
    active = get_language() if get_language() in CONFIGS else "nb"
    return list(dict.fromkeys([*resolution_order(active), "en", "nb"]))


def search(queryset, text):
    """Offers matching `text`, best first (annotated with `rank`)."""
    terms = words(text)
    if not terms:
        return queryset
    languages = searched_languages()
    if connection.vendor == "sqlite":
        return _search_sqlite(queryset, terms, languages)
    if connection.vendor != "postgresql":
        return _search_plain(queryset, terms)
    # A single letter matches nearly every offer (as the start of some word) and makes the
    # costliest query of all: it is left out, as on SQLite; alone, it is no search.
    terms = [term for term in terms if len(term) > 1]
    if not terms:
        return queryset

    found = Q()
    queries = {}
    for language in languages:
        config = CONFIGS[language]
        queries[language] = SearchQuery(" ".join(terms), search_type="plain", config=config)
        if len(terms) <= PREFIX_MAX_WORDS:
            queries[language] |= _prefix_query([term.lower() for term in terms], config)
        name = f"search_{language}"
        # alias(), not annotate(): the vector is matched and ranked, never selected.
        queryset = queryset.alias(**{name: StoredVector(language)})
        found |= Q(**{name: queries[language]})
    if _many(queryset.filter(found)):
        # Newest first, as the list: read off the public order's index, a page of
        # matches is found among the newest hundred or so offers, whatever the size.
        return queryset.filter(found)
    ranks = [SearchRank(F(f"search_{language}"), queries[language]) for language in languages]
    typed_text = " ".join(terms)
    if len(typed_text) > TYPO_MAX_LENGTH:
        # No title is a small typo away from a long text, and its trigrams make the costliest
        # index scan of all: a long search is matched by its words alone.
        return queryset.filter(found).annotate(rank=_greatest(ranks))
    match = found
    typo_ranks = []
    for language in languages:
        typed = Unaccented(Value(typed_text))
        title = f"title_unaccented_{language}"
        queryset = queryset.alias(**{title: Unaccented(f"title_{language}")})
        # title %> typed: a word of the title is close to what was typed (at least
        # pg_trgm.word_similarity_threshold, set in settings); served by a trigram index.
        match |= Q(**{f"{title}__trigram_word_similar": typed})
        typo_ranks.append(TrigramWordSimilarity(typed, F(title)))
    # A match of the words ranks by their weight (title, summary, description); a match by a
    # typo only after every such match (its similarity less one: below zero), and only it
    # pays for the similarity (unaccenting a title costs more than ranking its vector).
    rank = Case(
        When(found, then=_greatest(ranks)),
        default=_greatest(typo_ranks) - Value(1.0),
        output_field=FloatField(),
    )
    return queryset.filter(match).annotate(rank=rank)


def _greatest(expressions):
    if len(expressions) == 1:
        return expressions[0]
    return Greatest(*expressions, output_field=FloatField())


def _many(matches):
    """Whether more than RANK_LIMIT offers match (counted once per public version and day)."""
    from .terms import cached_count

    sql, params = matches.query.sql_with_params()
    return cached_count(matches, ("search-matches", sql, params)) > RANK_LIMIT


def is_ranked(queryset):
    """Whether `search` ranked these offers (else they are newest first)."""
    return "rank" in queryset.query.annotations


def too_many_to_rank(queryset):
    """Whether `search` matched these offers by their stored vectors but, matching too many,
    gave them newest first."""
    names = queryset.query.annotations
    return not is_ranked(queryset) and any(name.startswith("search_") for name in names)


def _search_plain(queryset, terms):
    for term in terms:
        any_field = Q()
        for field in TEXT_FIELDS:
            for language in CONFIGS:
                any_field |= Q(**{f"{field}_{language}__icontains": term})
        any_field |= Q(actor__name__icontains=term)
        queryset = queryset.filter(any_field)
    return queryset.annotate(rank=Value(1.0, output_field=FloatField()))


# SQLite: the FTS5 table of migration 0014.

TABLE = "offers_offer_search"
SEARCH_COLUMNS = [f"{field}_{language}" for field in TEXT_FIELDS for language in CONFIGS]
# bm25's weight of each column of TABLE, in SEARCH_COLUMNS' order: a word in the title counts most.
COLUMN_WEIGHTS = {"title": 10.0, "summary": 3.0, "description": 1.0}
# How many offers sharing trigrams with the query are checked for a typo (in Python), at most:
# this bounds the cost of a search of any length.
TYPO_CANDIDATES = 100
# Of a long query, only so many trigrams are used to find those offers.
TYPO_TRIGRAMS = 60
TYPO_MIN_LENGTH = 5
# The letters folded to plain ones, in the index (by the triggers) and in what is typed.
_SPECIAL = {"æ": "ae", "ø": "o", "ð": "d", "þ": "th", "ß": "ss", "đ": "d", "ħ": "h", "ı": "i"}
_SPECIAL |= {"ĸ": "k", "ŀ": "l", "ł": "l", "ŋ": "n", "œ": "oe", "ŧ": "t"}


def _folds():
    folds = {}
    for code in range(0xC0, 0x180):
        letter = chr(code)
        if not letter.isalpha():
            continue
        plain = "".join(
            c for c in unicodedata.normalize("NFKD", letter) if not unicodedata.combining(c)
        )
        plain = _SPECIAL.get(letter.lower(), plain.lower())
        if plain.isascii() and plain != letter:
            folds[letter] = plain
    return folds


FOLDS = _folds()
# Stored with spaces around words, so a two-letter word can be matched at the start of a word.
SPACES = "\n\r\t-/()[]\"'«»“”‘’,.:;!?"
_TRANSLATION = str.maketrans(FOLDS | dict.fromkeys(SPACES, " "))


def fold(text):
    """`text` as the index holds it: plain letters, punctuation as spaces, a space in front
    (the trigram tokenizer ignores case)."""
    return " " + (text or "").translate(_TRANSLATION)


# SQLite's parser allows only about 30 nested calls, so the triggers fold in steps of this many.
FOLD_STEP = 24
_TRANSLATION_ITEMS = sorted(FOLDS.items()) + [(character, " ") for character in SPACES]


def fold_steps(table, columns, where=""):
    """`fold` as SQL: UPDATEs folding `columns` of `table` (a change needs a migration)."""
    for start in range(0, len(_TRANSLATION_ITEMS), FOLD_STEP):
        step = _TRANSLATION_ITEMS[start : start + FOLD_STEP]
        assignments = []
        for column in columns:
            sql = column
            for character, plain in step:
                sql = f"replace({sql}, {_sql_string(character)}, {_sql_string(plain)})"
            assignments.append(f"{column} = {sql}")
        yield f"UPDATE {table} SET {', '.join(assignments)}{where}"


def _sql_string(text):
    return "'" + text.replace("'", "''") + "'"


def _columns(languages, fields=TEXT_FIELDS):
    return [f"{field}_{language}" for field in fields for language in languages]


def _phrase(text):
    return '"' + text.replace('"', "") + '"'


def _trigrams(word):
    padded = f" {word} "
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


def _search_sqlite(queryset, terms, languages):
    register_functions(connection)
    folded = list(dict.fromkeys(fold(term).strip().lower() for term in terms))
    folded = [word for word in folded if word]
    long = [word for word in folded if len(word) >= 3]
    if long:
        phrases = [_phrase(word) for word in long]
    else:
        # Only short words: a two-letter word begins a word (" og"); one letter is no search.
        phrases = [_phrase(" " + word) for word in folded if len(word) == 2]
        if not phrases:
            return queryset
    columns = _columns(languages)
    match = f"{{{' '.join(columns)}}} : ({' AND '.join(phrases)})"
    found = Q(pk__in=RawSQL(f"SELECT rowid FROM {TABLE} WHERE {TABLE} MATCH %s", [match]))
    typo_words = [word for word in long if len(word) >= TYPO_MIN_LENGTH]
    if typo_words:
        trigrams = list(dict.fromkeys(t for word in typo_words for t in _trigrams(word)))
        short_columns = _columns(languages, ("title", "summary"))
        alternatives = " OR ".join(_phrase(t) for t in trigrams[:TYPO_TRIGRAMS])
        candidates = f"{{{' '.join(short_columns)}}} : ({alternatives})"
        near_text = " || ' ' || ".join(short_columns)
        all_text = " || ' ' || ".join(columns)
        found |= Q(
            pk__in=RawSQL(
                f"SELECT rowid FROM (SELECT rowid, {', '.join(SEARCH_COLUMNS)} FROM {TABLE} "
                f"WHERE {TABLE} MATCH %s ORDER BY rank LIMIT {TYPO_CANDIDATES}) "
                f"WHERE narvik_typo_match(%s, {near_text}, {all_text})",
                [candidates, " ".join(long)],
            )
        )
    weights = ", ".join(str(COLUMN_WEIGHTS[c.rsplit("_", 1)[0]]) for c in SEARCH_COLUMNS)
    # A typo-only match (at most TYPO_CANDIDATES of them) ranks after every other: higher when
    # its title has the words.
    titles = " || ' ' || ".join(_columns(languages, ("title",)))
    # The ranks of all matches are computed once (MATERIALIZED), not once per offer.
    rank = RawSQL(
        f"coalesce((WITH ranked AS MATERIALIZED (SELECT rowid AS id, "
        f"-bm25({TABLE}, {weights}) AS rank FROM {TABLE} WHERE {TABLE} MATCH %s) "
        f'SELECT rank FROM ranked WHERE id = "offers_offer"."id"), '
        f"(SELECT narvik_typo_match(%s, {titles}, {titles}) * 0.5 FROM {TABLE} "
        f'WHERE rowid = "offers_offer"."id"), 0.0)',
        [match, " ".join(long)],
        output_field=FloatField(),
    )
    return queryset.filter(found).annotate(rank=rank)


def _one_edit(a, b):
    """Whether `b` is `a` with at most one letter wrong, missing, added, or two swapped."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
        return a[i + 1 :] == b[i + 1 :] or (swapped and a[i + 2 :] == b[i + 2 :])
    if len(a) > len(b):
        return a[i + 1 :] == b[i:]
    return a[i:] == b[i + 1 :]


def _near(word, text_words):
    """Whether `word` is one edit from one of `text_words`, or from the start of one."""
    size = len(word)
    for candidate in text_words:
        if len(candidate) < size - 1:
            continue
        if any(_one_edit(word, candidate[:length]) for length in (size - 1, size, size + 1)):
            return True
    return False


def typo_match(typed, near_text, all_text):
    """SQL function: every typed word is in the text, or (five letters or more) near a word."""
    near_words = set(re.findall(r"\w+", (near_text or "").lower()))
    all_text = (all_text or "").lower()
    return all(
        word in all_text or (len(word) >= TYPO_MIN_LENGTH and _near(word, near_words))
        for word in typed.split()
    )


def register_functions(connection, **kwargs):
    if connection.vendor != "sqlite":
        return
    connection.ensure_connection()
    connection.connection.create_function("narvik_typo_match", 3, typo_match, deterministic=True)


connection_created.connect(register_functions, dispatch_uid="offers.search.register_functions")
