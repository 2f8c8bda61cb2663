"""Searches on the offer list that found nothing, logged for the gap map.

What is logged: the normalised words, the valid filters, the page's language and the day —
nothing about the person. The same words and filters in the same language within
`REPEAT_SECONDS` count once, whoever sends them: paging, reloading or sharing a link is not a
new search. The cache remembers the searches of the last few minutes; nothing else does.
"""

import hashlib
import json
import logging
import re

from django.core.cache import cache
from django.utils.translation import get_language

from .models import ZeroResultSearch

log = logging.getLogger(__name__)

REPEAT_SECONDS = 10 * 60
WORDS_MAX = 200

# The list's filters, by the name in its query string, and how a chosen value is written.
FILTER_KEYS = {
    "focus": "slug",
    "group": "slug",
    "segment": "slug",
    "language": "code",
}


def normalise_words(text):
    """Lower case, punctuation and extra spaces gone: "  Norsk-KURS! " → "norsk kurs"."""
    words = re.findall(r"\w+", (text or "").casefold())
    return " ".join(words)[:WORDS_MAX]


def normalise_filters(cleaned_data):
    """The chosen filters as plain, sorted data (ZeroResultSearch.filters)."""
    filters = {}
    for name, key in FILTER_KEYS.items():
        values = sorted(getattr(term, key) for term in cleaned_data.get(name) or ())
        if values:
            filters[name] = values
    kinds = sorted(cleaned_data.get("actor_kind") or ())
    if kinds:
        filters["actor_kind"] = kinds
    if cleaned_data.get("free"):
        filters["free"] = True
    return filters


def log_zero_result(cleaned_data):
    """Log a search without results, unless it was logged in the last few minutes.

    Returns the new row, or None (nothing was searched for, or it was a repeat)."""
    words = normalise_words(cleaned_data.get("q"))
    filters = normalise_filters(cleaned_data)
    if not words and not filters:
        return None
    language = get_language()
    key = hashlib.sha256(
        json.dumps([words, filters, language], sort_keys=True).encode()
    ).hexdigest()
    try:
        first = cache.add(f"zero-result:{key}", 1, timeout=REPEAT_SECONDS)
    except Exception:
        log.exception("Search without results not logged: the cache did not answer")
        return None
    if not first:
        return None
    return ZeroResultSearch.objects.create(words=words, filters=filters, language=language)
