"""Rate limits per client address on the forms that cost the most or reach other people: log in
(a slow password hash), password reset and registration (e-mails), accepting an invitation and
asking to join an organisation.

Each limit counts POSTs only (GET and HEAD show the form) in fixed windows in Django's cache;
over the limit the answer is 429 with templates/429.html. The client address follows the rule
django-axes uses for the login lockout (`client_address`), so the two can never disagree about
who is asking. docs/deploy.md explains the proxy setting this depends on.
"""

import logging
import time
from functools import wraps
from typing import NamedTuple

from axes.helpers import get_client_ip_address
from django.core.cache import cache
from django.shortcuts import render

log = logging.getLogger(__name__)


class Limit(NamedTuple):
    """At most `requests` POSTs per client address in each window of `seconds`."""

    name: str
    requests: int
    seconds: int


# Logging in, on the site and in the admin (one count for both).
LOGIN_LIMIT = Limit("login", requests=20, seconds=5 * 60)
# Each reset request may send an e-mail.
PASSWORD_RESET_LIMIT = Limit("password-reset", requests=10, seconds=15 * 60)
# Registering a person and an organisation (or a request to join one); each sends e-mail.
REGISTRATION_LIMIT = Limit("registration", requests=10, seconds=15 * 60)
# Accepting an invitation from its e-mailed link.
INVITATION_LIMIT = Limit("invitation", requests=20, seconds=5 * 60)
# A logged-in person registering another organisation or asking to join one.
JOIN_REQUEST_LIMIT = Limit("join-request", requests=10, seconds=15 * 60)
# A newcomer's feedback on an offer, and "didn't find what you need?" (narvik_tilflytter/guard.py
# guards them too). Generous: a reception desk's visitors may all share one address.
FEEDBACK_LIMIT = Limit("feedback", requests=30, seconds=15 * 60)
UNMET_NEED_LIMIT = Limit("unmet-need", requests=30, seconds=15 * 60)
# Asking for e-mail alerts (offers/alerts.py also sends one confirmation per address an hour).
SUBSCRIBE_LIMIT = Limit("subscribe", requests=10, seconds=15 * 60)

# A client whose address cannot be read (a misconfigured proxy) is counted with all such.
UNKNOWN_ADDRESS = "unknown"

# The clock the windows are cut from; tests move it.
clock = time.time


def client_address(request):
    """The client's address, by django-axes' rule (settings AXES_IPWARE_*): REMOTE_ADDR, or
    behind the proxy the address it wrote into X-Forwarded-For."""
    return get_client_ip_address(request) or UNKNOWN_ADDRESS


def _count(limit, address):
    """Count one POST from `address`; return the seconds left in the window if it is over."""
    now = clock()
    window = int(now // limit.seconds)
    key = f"ratelimit:{limit.name}:{window}:{address}"
    try:
        # add() starts the window's count only if it is not there; incr() is atomic.
        cache.add(key, 0, timeout=limit.seconds)
        try:
            count = cache.incr(key)
        except ValueError:
            # The key expired between add() and incr().
            cache.set(key, 1, timeout=limit.seconds)
            count = 1
    except Exception:
        # A cache that is down must not take the login down with it: let the request through.
        log.exception("Rate limit %s not counted: the cache did not answer", limit.name)
        return None
    if count <= limit.requests:
        return None
    return max(1, int((window + 1) * limit.seconds - now))


def rate_limited(limit):
    """Decorate a view: POSTs over `limit` from one client address get the 429 page."""

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if request.method == "POST":
                retry_after = _count(limit, client_address(request))
                if retry_after is not None:
                    log.warning("Rate limit %s reached", limit.name)
                    response = render(request, "429.html", status=429)
                    response["Retry-After"] = str(retry_after)
                    return response
            return view(request, *args, **kwargs)

        return wrapped

    return decorator
