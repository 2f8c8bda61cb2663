"""The pages the benchmark measures, and their in-process measurement with Django's test client.

Every page is asked for twice each round: with a cookie (the page cache serves only requests
without any cookie, narvik_tilflytter/pagecache.py, so this is the page as it is built) and
without one, after a first cookieless request has filled the cache (the page as most visitors
get it). The rounds go round-robin over all pages and languages, each round starting one page
further on, so a slow moment of the machine spreads over every page instead of hitting one.
"""

import gzip
import math
import re
import time
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.db import connection, reset_queries
from django.db.models import Count
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from django.utils import translation

from actors.models import Actor

from ..models import Offer
from ..views.public import OfferListView
from .data import BROAD, NARROW, WORDS
from .urls import TRIVIAL_PATH

LANGUAGES = ("nb", "en")
PER_PAGE = OfferListView.paginate_by
# The list's variants: "no query string makes a request cost more than 10 × the unfiltered list".
LIST_VARIANTS = (
    "list_facets",
    "search_broad",
    "search_narrow",
    "search_letter",
    "search_long",
    "list_page50",
)
PAGE_NAMES = (
    "trivial",
    "home",
    "list",
    *LIST_VARIANTS,
    "detail",
    "organisation",
    "feed",
    "calendar",
)
BENCH_COOKIE = "bench"


@dataclass
class Page:
    name: str
    language: str
    path: str
    note: str = ""

    @property
    def key(self):
        return f"{self.name}:{self.language}"


@dataclass
class Timings:
    uncached: list = field(default_factory=list)
    cached: list = field(default_factory=list)


def long_query(language, offer=None):
    """A 200-character search of real words (the list's longest allowed, filters.py): the
    words of `offer`'s text in `language`, so it finds that offer at every size (a search
    that finds something costs more than one that finds nothing, and the sizes compare alike);
    without an offer, the generator's words."""
    text_words = WORDS[language].split()
    if offer is not None:
        own = " ".join(
            getattr(offer, f"{field}_{language}") or ""
            for field in ("title", "summary", "description")
        )
        text_words = [word for word in re.findall(r"\w+", own) if len(word) > 3] or text_words
    text = ""
    index = 0
    while len(text) < 200 and index < 10 * len(text_words):
        text = f"{text} {text_words[index * 7 % len(text_words)]}".strip()
        index += 1
    return text[:200].rsplit(" ", 1)[0] if len(text) > 200 else text


def pick_offer():
    """A public offer written in both languages, the middle one by id (not the newest)."""
    public = Offer.objects.public().exclude(title_en__isnull=True).exclude(title_en="")
    ids = list(public.order_by("pk").values_list("pk", flat=True))
    return Offer.objects.get(pk=ids[len(ids) // 2])


def pick_organisation():
    """The organisation with the most public offers: the longest organisation page."""
    row = (
        Offer.objects.public()
        .values("actor")
        .annotate(n=Count("pk"))
        .order_by("-n", "actor")
        .first()
    )
    return Actor.objects.get(pk=row["actor"]) if row else Actor.objects.public().first()


def pages(languages=LANGUAGES, names=PAGE_NAMES):
    """The pages to measure, in each language (the trivial view once: it has none)."""
    offer, actor = pick_offer(), pick_organisation()
    public = Offer.objects.public().count()
    last_page = max(1, math.ceil(public / PER_PAGE))
    page50 = min(50, last_page)
    made = []
    for language in languages:
        with translation.override(language):
            listing = reverse("offers:list")
            queries = {
                "home": (reverse("home"), ""),
                "list": (listing, ""),
                "list_facets": (f"{listing}?focus=norwegian&group=refugees", ""),
                "search_broad": (f"{listing}?q={BROAD[language]}", ""),
                "search_narrow": (f"{listing}?q={NARROW[language]}", ""),
                "search_letter": (f"{listing}?q=a", ""),
                "search_long": (f"{listing}?{urlencode({'q': long_query(language, offer)})}", ""),
                "list_page50": (
                    f"{listing}?page={page50}",
                    "" if page50 == 50 else f"page {page50}: the last there is",
                ),
                "detail": (reverse("offers:detail", args=[offer.slug]), ""),
                "organisation": (reverse("actors:detail", args=[actor.slug]), ""),
                "feed": (reverse("offers:feed"), ""),
                "calendar": (reverse("offers:calendar"), ""),
            }
        for name in names:
            if name == "trivial":
                if language == languages[0]:
                    made.append(Page("trivial", "-", TRIVIAL_PATH))
                continue
            path, note = queries[name]
            made.append(Page(name, language, path, note))
    return made


def _body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def _timed(client, path):
    started = time.perf_counter()
    response = client.get(path, secure=True)
    body = _body(response)
    return (time.perf_counter() - started) * 1000, response, body


def percentile(values, share):
    """The nearest-rank percentile of `values` (ms)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def bench_settings():
    """The benchmark's URLs (with the trivial view), the test client's host allowed, and DEBUG
    off as in production (DEBUG logs every query and keeps the templates' debug data)."""
    return override_settings(
        DEBUG=False,
        ROOT_URLCONF="offers.bench.urls",
        ALLOWED_HOSTS=[*settings.ALLOWED_HOSTS, "testserver"],
    )


def measure(page_list, repetitions, *, progress=None):
    """Measure `page_list` in-process; return {page key: figures} (see `_figures`)."""
    visitor = Client()
    builder = Client()
    builder.cookies[BENCH_COOKIE] = "1"
    timings = {page.key: Timings() for page in page_list}
    facts = {}
    with bench_settings():
        # Round 0, not timed: the query counts, sizes and cache headers, and every cache warm.
        for page in page_list:
            # Counted on the second request: the first after a change fills the per-version
            # caches (the taxonomy), as one request after each change does on a live site.
            _timed(builder, page.path)
            # The test client's request_started empties the log; start it empty so the
            # context's slice of it is right.
            reset_queries()
            with CaptureQueriesContext(connection) as queries:
                _ms, response, body = _timed(builder, page.path)
            # Counted now: the context reads the connection's log, which the next request empties.
            built_queries = len(queries)
            _timed(visitor, page.path)
            reset_queries()
            with CaptureQueriesContext(connection) as cached_queries:
                _ms, cached, _cached_body = _timed(visitor, page.path)
            served_queries = len(cached_queries)
            facts[page.key] = {
                "status": response.status_code,
                "queries": built_queries,
                "bytes": len(body),
                "gzip_bytes": len(gzip.compress(body, 6)),
                "cached_queries": served_queries,
                "cache_header": cached.get("X-Page-Cache", ""),
            }
        total = repetitions * len(page_list)
        done = 0
        for round_ in range(repetitions):
            shift = round_ % len(page_list)
            for page in page_list[shift:] + page_list[:shift]:
                ms = _timed(builder, page.path)[0]
                timings[page.key].uncached.append(ms)
                ms = _timed(visitor, page.path)[0]
                timings[page.key].cached.append(ms)
                done += 1
                if progress:
                    progress(done, total)
    return {page.key: _figures(page, facts[page.key], timings[page.key]) for page in page_list}


def _figures(page, facts, timing):
    return {
        "name": page.name,
        "language": page.language,
        "path": page.path,
        "note": page.note,
        **facts,
        "samples": len(timing.uncached),
        "p50": percentile(timing.uncached, 0.5),
        "p90": percentile(timing.uncached, 0.9),
        "cached_p50": percentile(timing.cached, 0.5),
        "cached_p90": percentile(timing.cached, 0.9),
    }
