"""The taxonomy as the public pages read it: once per public version, kept in each process.

Topics, target groups, life situations and languages change seldom, and every change raises
the taxonomy's counter of the public version (offers/signals.py), which each request reads
anyway, once (the page cache needs it; `current_version`). So a page needs no query for
the filter form's choices, the "I am …" choices, or the names of an offer's tags:
- `terms()`: the four lists, in their order;
- `attach_tags(offers, fields)`: the tags of a page of offers in one query, put where
  `offer.focus_areas.all()` finds them (Django's prefetch cache);
- `public_counts()`: how many public offers each term has (the home page), and
  `cached_count()`: how many offers a list holds, each counted once per public version and
  day and kept in the cache.
The objects are shared between requests: code that needs to set something on one copies it.
"""

import contextlib
import contextvars
import copy
import hashlib
import threading
from dataclasses import dataclass, field

from django import forms
from django.core.cache import cache
from django.db.models import Count, IntegerField, QuerySet, Value
from django.utils import timezone
from django.utils.translation import get_language

from .models import FocusArea, Language, Offer, PublicVersion, Segment, TargetGroup


class _Version:
    """The public version, read from the database the first time it is asked for."""

    __slots__ = ("value",)

    def __init__(self):
        self.value = None

    def get(self):
        if self.value is None:
            self.value = PublicVersion.current()
        return self.value


# The public version of the request (or command) being answered: set for each request by
# narvik_tilflytter.pagecache.PageCacheMiddleware, so it is read once per request.
current_version = contextvars.ContextVar("current_version", default=None)


@contextlib.contextmanager
def versioned():
    """Within this block the public version is read at most once."""
    token = current_version.set(_Version())
    try:
        yield
    finally:
        current_version.reset(token)


# Offer's tag field -> the term model (and the through table's column) it points at.
TAG_MODELS = {
    "focus_areas": FocusArea,
    "target_groups": TargetGroup,
    "segments": Segment,
    "languages": Language,
}
CARD_TAGS = ("focus_areas", "languages")
# Counts of public offers are kept this long at most; a public change makes new ones anyway.
COUNTS_TIMEOUT = 60 * 60


@dataclass
class Terms:
    version: int
    by_field: dict = field(default_factory=dict)  # tag field -> [term, …] in order
    by_id: dict = field(default_factory=dict)  # tag field -> {id: term}

    @property
    def focus_areas(self):
        return self.by_field["focus_areas"]

    @property
    def target_groups(self):
        return self.by_field["target_groups"]

    @property
    def segments(self):
        return self.by_field["segments"]

    @property
    def languages(self):
        return self.by_field["languages"]


_kept = None
_lock = threading.Lock()


def version():
    """(pages, terms): the public version's two counters (offers.PublicVersion)."""
    found = current_version.get()
    return PublicVersion.current() if found is None else found.get()


def terms():
    global _kept
    now = version()[1]
    kept = _kept
    if kept is not None and kept.version == now:
        return kept
    fresh = Terms(version=now)
    for name, model in TAG_MODELS.items():
        rows = list(model.objects.all())
        fresh.by_field[name] = rows
        fresh.by_id[name] = {term.pk: term for term in rows}
    with _lock:
        _kept = fresh
    return fresh


def forget():
    """Drop the kept taxonomy (the tests do, as their rollbacks wind the counter back)."""
    global _kept
    with _lock:
        _kept = None
        _made.clear()


# HTML made only of the taxonomy, the language and a few choices (`made_once`), kept per process.
_made = {}
MADE_MAX = 512


def made_once(name, parts, make):
    """`make()`, a piece of HTML that depends only on the taxonomy, the page's language and
    `parts` (hashable: what was chosen), made once per taxonomy version in this process: the
    offer list's 38 checkboxes were a third of its template's work, and are the same for every
    visitor who chose the same. At most MADE_MAX pieces are kept."""
    key = (name, version()[1], get_language(), parts)
    html = _made.get(key)
    if html is None:
        html = make()
        if len(_made) >= MADE_MAX:
            _made.clear()
        _made[key] = html
    return html


def _through_rows(offer_ids, fields):
    """(field index, offer id, term id) of the offers' tags in `fields`, in one query."""
    queries = []
    for index, name in enumerate(fields):
        through = getattr(Offer, name).through
        column = f"{TAG_MODELS[name]._meta.model_name}_id"
        queries.append(
            through.objects.filter(offer_id__in=offer_ids)
            .annotate(tag_field=Value(index, output_field=IntegerField()))
            .values_list("tag_field", "offer_id", column)
        )
    first, *rest = queries
    return first.union(*rest, all=True) if rest else first


def attach_tags(offers, fields=CARD_TAGS):
    """Put each offer's tags in `fields` where `offer.<field>.all()` reads them: one query."""
    offers = [offer for offer in offers if isinstance(offer, Offer)]
    if not offers:
        return
    known = terms()
    found = {(offer.pk, name): [] for offer in offers for name in fields}
    for index, offer_id, term_id in _through_rows([offer.pk for offer in offers], fields):
        name = fields[index]
        term = known.by_id[name].get(term_id)
        if term is not None:
            found[(offer_id, name)].append(term)
    order = {name: {term.pk: i for i, term in enumerate(known.by_field[name])} for name in fields}
    for offer in offers:
        cache = getattr(offer, "_prefetched_objects_cache", None)
        if cache is None:
            cache = offer._prefetched_objects_cache = {}
        for name in fields:
            tags = sorted(found[(offer.pk, name)], key=lambda term, n=name: order[n][term.pk])
            # A bare queryset holding the list, as Django's prefetch leaves one (making it
            # through the related manager would build its filters for nothing).
            queryset = QuerySet(model=TAG_MODELS[name])
            queryset._result_cache = tags
            queryset._prefetch_done = True
            cache[name] = queryset


def public_counts(fields=("target_groups", "segments", "focus_areas")):
    """{field: [copy of term with `offer_count`, …]}: how many public offers each term has,
    counted in one query once per public version and day, and kept in the cache."""
    pages_version = version()[0]
    key = f"term-counts:{pages_version}:{timezone.localdate().isoformat()}:{','.join(fields)}"
    counts = cache.get(key)
    if counts is None:
        counts = _count_public(fields)
        cache.set(key, counts, COUNTS_TIMEOUT)
    known = terms()
    result = {}
    for name in fields:
        result[name] = []
        for term in known.by_field[name]:
            term = copy.copy(term)
            term.offer_count = counts.get((name, term.pk), 0)
            result[name].append(term)
    return result


def cached_count(queryset, key_parts):
    """`queryset.count()`, kept in the cache for this public version and day under
    `key_parts` (what the queryset depends on: a list's filters and the page's language)."""
    day = timezone.localdate().isoformat()
    digest = hashlib.sha256(repr(key_parts).encode()).hexdigest()
    key = f"count:{version()[0]}:{day}:{digest}"
    count = cache.get(key)
    if count is None:
        count = queryset.count()
        cache.set(key, count, COUNTS_TIMEOUT)
    return count


def _count_public(fields):
    public = Offer.objects.public().values("pk")
    queries = []
    for index, name in enumerate(fields):
        through = getattr(Offer, name).through
        column = f"{TAG_MODELS[name]._meta.model_name}_id"
        queries.append(
            through.objects.filter(offer_id__in=public)
            .values(column)
            .annotate(tag_field=Value(index, output_field=IntegerField()), n=Count("pk"))
            .values_list("tag_field", column, "n")
        )
    first, *rest = queries
    counts = {}
    for index, term_id, n in first.union(*rest, all=True) if rest else first:
        counts[(fields[index], term_id)] = n
    return counts


# Form fields over the cached taxonomy: no query to show their choices or to check them.


class TermsField(forms.MultipleChoiceField):
    """Taxonomy terms by slug (or code), from the cached taxonomy (offers/terms.py): no query
    to show the choices or to check them. Cleans to the term objects."""

    def __init__(self, *, tag_field, key, **kwargs):
        self.tag_field, self.key = tag_field, key
        super().__init__(choices=self._choices_now, **kwargs)

    def _choices_now(self):
        return [(getattr(term, self.key), term) for term in terms().by_field[self.tag_field]]

    def clean(self, value):
        keys = super().clean(value)
        lookup = {getattr(term, self.key): term for term in terms().by_field[self.tag_field]}
        return [lookup[key] for key in keys]


class TermChoiceField(forms.ChoiceField):
    """One optional term by slug (or code), cleaned to the term object or None."""

    def __init__(self, *, tag_field, key="slug", empty_label, **kwargs):
        self.tag_field, self.key, self.empty_label = tag_field, key, empty_label
        super().__init__(choices=self._choices_now, required=False, **kwargs)

    def _choices_now(self):
        known = terms().by_field[self.tag_field]
        return [("", self.empty_label), *((getattr(term, self.key), term) for term in known)]

    def clean(self, value):
        key = super().clean(value)
        lookup = {getattr(term, self.key): term for term in terms().by_field[self.tag_field]}
        return lookup.get(key)
