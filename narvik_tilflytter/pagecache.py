"""The public pages served from the cache: home, the list, offer and organisation pages, the
feed and calendars.

A page is kept (for `TIMEOUT`) under a key made of everything it depends on:
- the *public version*, a counter in the database (offers.PublicVersion) that every change to
  what the public sees raises in the same transaction (offers.signals: offers, organisations,
  taxonomy, feedback and the office's feedback moderation). Read once per request
  (offers.terms.version), so every app server sees a change the moment it is committed,
  whatever cache it has;
- today's date, so an offer whose validity starts or ends at midnight is right the next day;
- the release (`RELEASE`: the templates', catalogues' and static files' modification times),
  so a deploy shows its own pages;
- the host, the path and the query string (the language is in the path).
Only a visitor's requests are served so: GET, without any cookie (a visitor has none; a
logged-in person sees their own header), and only 200 answers a view has not marked
`no_page_cache` (a list without results logs the search and holds a form).

A cached page's forms stay usable: each guard token (narvik_tilflytter/guard.py) in it is
replaced by a fresh one on the way out, so no two visitors share one and the "too fast" rule
counts from when the page was served.
"""

import hashlib
import re
from functools import wraps
from pathlib import Path

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone

from . import guard

TIMEOUT = 60 * 60
KEEP_HEADERS = ("Content-Type", "Content-Language", "Content-Disposition", "Link")
TOKEN = re.compile(r'(name="(?:[\w-]+-)?started" value=")([^"]+)(")')


def _release():
    folders = [settings.BASE_DIR / "templates", settings.BASE_DIR / "locale"]
    folders += [settings.BASE_DIR / "static"]
    stamps = hashlib.sha256()
    for folder in folders:
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file() and path.suffix in {".html", ".txt", ".mo", ".css", ".svg"}:
                stamps.update(f"{path}:{path.stat().st_mtime_ns}".encode())
    return stamps.hexdigest()[:12]


RELEASE = _release()


def page_key(request, version):
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    day = timezone.localdate().isoformat()
    return f"page:{RELEASE}:{version}:{day}:{request.get_host()}:{path}"


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
    """Serve the view's answer from the cache for visitors (see the module's docstring)."""
    from offers.terms import version

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _cacheable(request):
            return view(request, *args, **kwargs)
        key = page_key(request, version()[0])
        stored = cache.get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(_fresh_tokens(content), headers=headers)
            response["X-Page-Cache"] = "hit"
            return response
        response = _rendered(view(request, *args, **kwargs))
        keep = response.status_code == 200 and not response.streaming
        if keep and not getattr(response, "no_page_cache", False):
            headers = {name: response[name] for name in KEEP_HEADERS if name in response}
            cache.set(key, (response.content, headers), TIMEOUT)
            response["X-Page-Cache"] = "miss"
        return response

    return wrapper
