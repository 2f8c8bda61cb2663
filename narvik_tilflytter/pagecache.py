"""The public pages served from the cache: home, the list, offer and organisation pages, the
feed and calendars.

A page is kept (for `TIMEOUT`) under a key of the release (`RELEASE`: a fingerprint of the code,
templates, catalogues and styles, so a deploy shows its own pages), today's date (an offer whose
validity starts or ends at midnight is right the next day), the host, the path and the query
string (the language is in the path); and stamped with what it was made under, checked each
time it is served:
- the *public version* (offers.PublicVersion), which every change to what the public sees
  raises (offers.signals: offers, organisations, taxonomy, feedback, the office's moderation).
  Without a shared cache it is a counter in the database, raised in the change's transaction
  and read once per request (offers.terms.version); with one (Redis,
  settings.PUBLIC_VERSION_IN_CACHE) it is a counter there, raised when the change commits and
  read in the same round trip as the page, so a kept page costs no database query. Either
  way every app server sees a change the moment it is committed;
- with a shared cache, the counter of the page's path (`path_key`): a newcomer's feedback
  shows on its offer's page only, so it makes that page again (`forget_paths`) and leaves the
  rest of the site kept.
Only a visitor's requests are served so: GET, without any cookie (a visitor has none; a
logged-in person sees their own header), and only 200 answers, setting no cookie, of the views
marked `cached_page`; a view may keep a page for less (`page_cache_timeout`: a list without
results is kept only as long as its search is not logged again, offers.needs.REPEAT_SECONDS).
`PageCacheMiddleware` answers from the cache near the top of the middleware (a kept page needs
no session, language, CSRF or login), and keeps each answer with the headers the whole stack
gave it.

A cached page's forms stay usable: each guard token (narvik_tilflytter/guard.py) in it is
replaced by a fresh one on the way out, so no two visitors share one and the "too fast" rule
counts from when the page was served.
"""

import hashlib
import re
import time
from functools import wraps

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.db import DatabaseError
from django.http import HttpResponse
from django.utils import timezone

from . import guard

TIMEOUT = 60 * 60
# Not kept with a page: its guard tokens are renewed when it is served, so its length may
# change; and no cookie is ever kept (a kept page sets none).
DROP_HEADERS = {"content-length", "set-cookie", "x-page-cache"}
TOKEN = re.compile(r'(name="(?:[\w-]+-)?started" value=")([^"]+)(")')


def _release():
    """A fingerprint of what makes the pages: the code, templates, catalogues and styles, by
    content, so every app server of one release shares its kept pages and a new release
    keeps none of the old one's."""
    folders = ["templates", "locale", "static", "narvik_tilflytter", "offers", "actors"]
    stamps = hashlib.sha256()
    for folder in folders:
        for path in sorted((settings.BASE_DIR / folder).rglob("*")):
            if path.is_file() and path.suffix in RELEASE_SUFFIXES:
                stamps.update(path.relative_to(settings.BASE_DIR).as_posix().encode())
                stamps.update(path.read_bytes())
    return stamps.hexdigest()[:12]


RELEASE_SUFFIXES = {".py", ".html", ".txt", ".mo", ".css", ".svg"}
RELEASE = _release()


def page_key(request):
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    day = timezone.localdate().isoformat()
    return f"page:{RELEASE}:{day}:{request.get_host()}:{path}"


def path_key(path):
    """The counter of one page path (with a shared cache): raised by `forget_paths`."""
    return f"page-path:{path}"


def raise_counter(key, timeout=None):
    """One more on a counter in the shared cache (atomic in Redis). One not there (never
    raised, flushed, or expired) starts at the time in microseconds: above any value it had, so
    nothing kept under an old value matches it again."""
    try:
        cache.incr(key)
    except ValueError:
        cache.add(key, time.time_ns() // 1000, timeout=timeout)


def forget_paths(paths):
    """The kept pages of these paths (any query string, any host) are not used again: for a
    change that shows on one offer's page only (a newcomer's feedback), so the rest of the site
    stays cached. With a shared cache only; without one, the change raises the public
    version (offers.signals.feedback_saved)."""
    for path in paths:
        raise_counter(path_key(path), timeout=2 * TIMEOUT)


def _cacheable(request):
    return request.method == "GET" and not request.COOKIES


def _fresh_tokens(content):
    if b'started" value="' not in content:
        return content

    def replace(match):
        try:
            purpose = signing.loads(match.group(2))["p"]
        except (signing.BadSignature, KeyError, TypeError):
            return match.group(0)
        return match.group(1) + guard.issue_token(purpose) + match.group(3)

    return TOKEN.sub(replace, content.decode()).encode()


def _rendered(response):
    """A template response rendered now, to be kept."""
    if hasattr(response, "render") and not response.is_rendered:
        response.render()
    return response


def cached_page(view):
    """Mark the view's answers as kept by the page cache (PageCacheMiddleware), for visitors."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        key = getattr(request, "page_cache_key", None)
        if key is None:
            return response
        response = _rendered(response)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            response.page_cache_key = key
            response.page_cache_timeout = getattr(response, "page_cache_timeout", TIMEOUT)
            response["X-Page-Cache"] = "miss"
        return response

    return wrapper


class PageCacheMiddleware:
    """Answers a visitor's request from the cache before the rest of the middleware runs
    (sessions, language, CSRF, login, …: none of it changes a kept page), and keeps the answers
    of the views marked `cached_page` with every header the stack gave them but cookies.

    It also reads the public version at most once per request (offers.terms.versioned), for
    the page cache and the cached taxonomy alike."""

    def __init__(self, get_response):
        self.get_response = get_response
        # Kept pages are in a language, so under its prefix: /health, /api/, /admin/ are not.
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def _key(self, request):
        """The kept page's key, or None where the cache has nothing to do. A host the site
        does not serve is left to the rest of the stack (its 400 page in the address's
        language)."""
        if not (_cacheable(request) and request.path.startswith(self.prefixes)):
            return None
        try:
            return page_key(request)
        except DisallowedHost:
            return None

    def _stamp_and_page(self, request, key):
        """What the kept page must have been made under (the public version, and with a
        shared cache the path's counter), and the kept page: with a shared cache in one round
        trip, which also gives this request its public version (offers.terms.current_version);
        else the version from the database. None, None if the database does not answer
        (/health's 503 is the rest of the stack's)."""
        from offers.models import PublicVersion
        from offers.terms import current_version, version

        if not PublicVersion.in_cache():
            try:
                return (version()[0], 0), cache.get(key)
            except DatabaseError:
                return None, None
        path = path_key(request.path)
        found = cache.get_many([*PublicVersion.CACHE_KEYS, path, key])
        pages_version = PublicVersion.from_cache(found)
        current_version.get().value = pages_version
        return (pages_version[0], found.get(path, 0)), found.get(key)

    def __call__(self, request):
        from offers.terms import versioned

        with versioned():
            key = self._key(request)
            if key is not None:
                stamp, stored = self._stamp_and_page(request, key)
                if stamp is None:
                    key = None
                elif stored is not None and stored[0] == stamp:
                    _stamp, content, headers = stored
                    response = HttpResponse(_fresh_tokens(content), headers=headers)
                    response["X-Page-Cache"] = "hit"
                    return response
                else:
                    request.page_cache_key = key
                    request.page_cache_stamp = stamp
            response = self.get_response(request)
            key = getattr(response, "page_cache_key", None)
            if key:
                headers = {
                    name: value
                    for name, value in response.items()
                    if name.lower() not in DROP_HEADERS
                }
                kept = (request.page_cache_stamp, response.content, headers)
                cache.set(key, kept, response.page_cache_timeout)
            return response
