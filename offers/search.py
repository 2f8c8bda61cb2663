"""Free-text search over offers.

On PostgreSQL: full-text search with the `norwegian` / `english` configuration on the matching
language's fields (GIN-indexed, migration 0003), ranked, plus prefix matching on every word
(the Norwegian stemmer leaves "tilflytter" and "tilflyttere" apart) and trigram word similarity
on the unaccented title (GIN-indexed, migration 0007), so a small typo, or "sprakkafe" typed on
a keyboard without å and é, still finds the offer. Elsewhere (SQLite): every word must appear
somewhere in the text, in either language.
"""

import re

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import F, FloatField, Func, Q, TextField, Value
from django.db.models.functions import Greatest
from django.utils.translation import get_language

CONFIGS = {"nb": "norwegian", "en": "english"}
TEXT_FIELDS = ("title", "summary", "description")
WEIGHTS = ("A", "B", "C")


class Unaccented(Func):
    """narvik_unaccent(): unaccent() made indexable (migration 0007)."""

    function = "narvik_unaccent"
    output_field = TextField()


def search_vector(language):
    """The weighted text of one language; the GIN index is built on exactly this expression."""
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


def search(queryset, text):
    """Offers matching `text`, best first (annotated with `rank`)."""
    terms = words(text)
    if not terms:
        return queryset
    if connection.vendor != "postgresql":
        return _search_plain(queryset, terms)

    active = get_language() if get_language() in CONFIGS else "nb"
    # Search the active language, and always Norwegian too: an offer without English text is
    # shown in Norwegian, so it must be found by its Norwegian words.
    languages = [active] if active == "nb" else [active, "nb"]
    match = Q()
    ranks = []
    for language in languages:
        config = CONFIGS[language]
        vector = search_vector(language)
        query = SearchQuery(" ".join(terms), search_type="plain", config=config) | _prefix_query(
            [term.lower() for term in terms], config
        )
        name = f"search_{language}"
        queryset = queryset.annotate(**{name: vector})
        match |= Q(**{name: query})
        ranks.append(SearchRank(F(name), query))
        typed = Unaccented(Value(" ".join(terms)))
        title = f"title_unaccented_{language}"
        queryset = queryset.annotate(**{title: Unaccented(f"title_{language}")})
        # title %> typed: a word of the title is close to what was typed (at least
        # pg_trgm.word_similarity_threshold, set in settings); served by a trigram index.
        match |= Q(**{f"{title}__trigram_word_similar": typed})
        ranks.append(TrigramWordSimilarity(typed, F(title)))
    rank = Greatest(*ranks, output_field=FloatField()) if len(ranks) > 1 else ranks[0]
    return queryset.filter(match).annotate(rank=rank)


def _search_plain(queryset, terms):
    for term in terms:
        any_field = Q()
        for field in TEXT_FIELDS:
            for language in CONFIGS:
                any_field |= Q(**{f"{field}_{language}__icontains": term})
        any_field |= Q(actor__name__icontains=term)
        queryset = queryset.filter(any_field)
    return queryset.annotate(rank=Value(1.0, output_field=FloatField()))
