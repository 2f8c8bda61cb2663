"""`/health` (DESIGN.md): for the load balancer, the proxy and monitoring.

200 with `{"status": "ok", "database": "ok"}` when the database answers one `SELECT 1` (and, with
REDIS_URL set, Redis answers too: `"cache": "ok"`); 503 with the part that failed when not. It
is outside the language prefix, reads no session and sets no cookie, and no cache keeps its
answer (`Cache-Control: no-store`), so every probe sees the server as it is now.
"""

import logging

from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.http import require_safe

log = logging.getLogger(__name__)

# A key nobody writes: reading it is one round trip to the cache server.
PROBE_KEY = "health:probe"


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        log.exception("health: the database does not answer")
        return False
    return True


def cache_answers():
    """Redis, when the site shares its cache through it; a memory cache always answers."""
    try:
        caches["default"].get(PROBE_KEY)
    except Exception:
        # The Redis client's errors are its own (redis.ConnectionError, TimeoutError, …).
        log.exception("health: the cache does not answer")
        return False
    return True


@require_safe
def health(request):
    checks = {"database": "ok" if database_answers() else "error"}
    if settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        checks["cache"] = "ok" if cache_answers() else "error"
    healthy = all(value == "ok" for value in checks.values())
    response = JsonResponse(
        {"status": "ok" if healthy else "error", **checks}, status=200 if healthy else 503
    )
    # Neither a shared cache nor a page cache keeps it: no-store says it all.
    response["Cache-Control"] = "no-store"
    return response
