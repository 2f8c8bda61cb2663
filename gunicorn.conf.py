"""gunicorn's configuration for production (docs/deploy.md): `gunicorn narvik_tilflytter.wsgi`
from the repository's root reads this file by itself.

Every value can be changed through the environment, the way the settings are:

- `BIND` (default `127.0.0.1:$PORT`, `PORT` 8000): only the proxy on the same host reaches the
  app server, as the rate limits and the login lockout need (docs/deploy.md, "Login protection
  and the proxy"). A Unix socket works too: `BIND=unix:/run/narvik/gunicorn.sock`.
- `WEB_CONCURRENCY`: worker processes, 2 × the cores + 1 by default; `GUNICORN_THREADS`
  (default 2): the requests each answers at once (each thread keeps a database connection).
- `GUNICORN_TIMEOUT` (30 s), `GUNICORN_GRACEFUL_TIMEOUT` (30 s), `GUNICORN_KEEPALIVE` (5 s).
- `FORWARDED_ALLOW_IPS` (default `127.0.0.1,::1`): the proxy whose X-Forwarded-* headers
  gunicorn believes; the same one hop that BEHIND_PROXY=1 tells Django to believe.

Both logs go to stdout as one JSON object per line (narvik_tilflytter/logging.py). The access log
has no client address and no query string: the site keeps no personal data it does not need
(the privacy statement), and a search is the visitor's business.
"""

import os
import sys
from pathlib import Path

from gunicorn.glogging import Logger

# gunicorn reads this file by its path, so the project's own modules need its folder.
sys.path.insert(0, str(Path(__file__).resolve().parent))

from narvik_tilflytter.logging import JsonFormatter, request_id


def _env_int(name, default):
    value = os.environ.get(name, "")
    if not value:
        return default
    try:
        return int(value)
    except ValueError:
        raise SystemExit(f"{name} must be a whole number, not {value!r}") from None


def _cores():
    try:
        # The cores this process may use (a container or taskset may allow fewer than exist).
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


class JsonLogger(Logger):
    """gunicorn's logger, writing JSON lines: the access log one object per request."""

    def setup(self, cfg):
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            for handler in log.handlers:
                handler.setFormatter(JsonFormatter())

    def access(self, resp, req, environ, request_time):
        if not self.access_log_enabled:
            return
        status = resp.status
        if isinstance(status, str):
            status = status.split(None, 1)[0]
        self.access_log.info(
            "request",
            extra={
                "method": environ.get("REQUEST_METHOD"),
                "path": environ.get("PATH_INFO"),
                "status": int(status),
                "bytes": getattr(resp, "sent", None),
                "duration_ms": round(request_time.total_seconds() * 1000, 1),
                "request_id": request_id(environ),
            },
        )


wsgi_app = "narvik_tilflytter.wsgi:application"
bind = [os.environ.get("BIND") or f"127.0.0.1:{_env_int('PORT', 8000)}"]
workers = _env_int("WEB_CONCURRENCY", 2 * _cores() + 1)
# Each worker answers this many requests at once, in threads (gunicorn's gthread worker): a
# page from the cache takes a millisecond, and need not wait behind a worker's page being built
# or a post being saved; and the proxy's connections are kept alive between requests. Two, not
# more: the threads share one interpreter lock, and under the bench's load run on two cores 4
# and 8 threads had a p99 of 310–320 ms, 2 threads 230–240 (1, the sync worker: 680).
threads = _env_int("GUNICORN_THREADS", 2)
# A request still running after this many seconds is killed and its worker replaced, so one
# slow request cannot hold a worker for ever.
timeout = _env_int("GUNICORN_TIMEOUT", 30)
# On a restart (systemctl reload: HUP), running requests get this long to finish.
graceful_timeout = _env_int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# The proxy keeps its connections to gunicorn open between requests this long.
keepalive = _env_int("GUNICORN_KEEPALIVE", 5)
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
# No preload_app: each worker loads the application itself, so a reload (HUP, `systemctl reload`)
# starts new workers on the new code while the old ones finish their requests.
accesslog = "-"
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
logger_class = JsonLogger
# No control socket (gunicornc): nothing here uses it, and two servers on one host (a second
# instance, the scale-out test) would otherwise fight over its one default path.
control_socket_disable = True
