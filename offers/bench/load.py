"""The pages under gunicorn (2 workers of 2 threads, gunicorn.conf.py) with locust headless.

gunicorn runs as in production (DEBUG off, persistent connections, the JSON access log), on the
benchmark's scratch database, with the benchmark's URLs (offers/bench/wsgi.py: the site plus the
trivial view), Redis db 8 as the cache when it answers (else each worker's local memory), and
plain static storage (WhiteNoise serves site.css from the app folders: no collectstatic).
"""

import csv
import json
import math
import os
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from django.conf import settings
from django.db import connection
from django.http import QueryDict
from django.test.utils import override_settings
from django.urls import reverse
from django.utils import translation

from actors.models import Actor
from narvik_tilflytter.ratelimit import FEEDBACK_LIMIT, SUBSCRIBE_LIMIT

from ..filters import OfferFilter
from ..models import Offer
from .data import BROAD, NARROW
from .measure import PER_PAGE
from .urls import TRIVIAL_PATH

LOCUSTFILE = Path(__file__).with_name("locustfile.py")
STATIC_PATH = "/static/css/site.css"
REDIS_URL = "redis://127.0.0.1:6379/8"
WORKERS = 2
# gunicorn.conf.py's default: each worker answers this many requests at once (gthread).
THREADS = 2
START_TIMEOUT = 60


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url():
    """The URL of the database this process uses now (the scratch one, after create_test_db)."""
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    user = quote(db["USER"] or "", safe="")
    password = f":{quote(db['PASSWORD'], safe='')}" if db["PASSWORD"] else ""
    host = db["HOST"] or "127.0.0.1"
    port = f":{db['PORT']}" if db["PORT"] else ""
    return f"postgres://{user}{password}@{host}{port}/{quote(db['NAME'], safe='')}"


def redis_answers():
    try:
        import redis

        client = redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1)
        client.flushdb()
        client.close()
        return True
    except Exception:
        return False


@contextmanager
def gunicorn(secret_key, log_path):
    """A running gunicorn on a free port of 127.0.0.1; yields its base URL."""
    port = free_port()
    static_root = tempfile.mkdtemp(prefix="bench-static-")
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "narvik_tilflytter.settings",
        "DEBUG": "0",
        "SECRET_KEY": secret_key,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "BEHIND_PROXY": "1",
        "DATABASE_URL": database_url(),
        "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "STATIC_ROOT": static_root,
        "WEB_CONCURRENCY": str(WORKERS),
        "GUNICORN_THREADS": str(THREADS),
        "LOG_LEVEL": "WARNING",
        "GUNICORN_LOG_LEVEL": "warning",
    }
    environment.pop("REDIS_URL", None)
    if redis_answers():
        environment["REDIS_URL"] = REDIS_URL
    command = [
        sys.executable,
        "-m",
        "gunicorn",
        "-c",
        "gunicorn.conf.py",
        "--workers",
        str(WORKERS),
        "--bind",
        f"127.0.0.1:{port}",
        "offers.bench.wsgi:application",
    ]
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            command, cwd=settings.BASE_DIR, env=environment, stdout=log, stderr=subprocess.STDOUT
        )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait(process, base, log_path)
        yield base, "redis" if "REDIS_URL" in environment else "local memory"
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        shutil.rmtree(static_root, ignore_errors=True)


def _wait(process, base, log_path):
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn stopped:\n{Path(log_path).read_text()[-3000:]}")
        try:
            with urllib.request.urlopen(f"{base}/robots.txt", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"gunicorn did not answer in {START_TIMEOUT} s")


def locust(base, plan, *, users, seconds, workdir, name):
    """Run locust headless on `plan`; return (rows of its stats CSV by name, cache counts)."""
    plan_path = Path(workdir) / f"{name}.json"
    counts_path = Path(workdir) / f"{name}-cache.json"
    plan = {**plan, "counts_file": str(counts_path)}
    plan_path.write_text(json.dumps(plan), encoding="utf-8")
    prefix = Path(workdir) / name
    command = [
        str(Path(sys.executable).with_name("locust")),
        "-f",
        str(LOCUSTFILE),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(users),
        "--run-time",
        f"{seconds}s",
        "--stop-timeout",
        "5",
        "--host",
        base,
        "--csv",
        str(prefix),
        "--only-summary",
        "--loglevel",
        "ERROR",
    ]
    environment = {**os.environ, "BENCH_PLAN": str(plan_path)}
    with open(Path(workdir) / f"{name}.log", "wb") as log:
        subprocess.run(command, env=environment, stdout=log, stderr=subprocess.STDOUT, check=False)
    rows = {}
    stats = Path(f"{prefix}_stats.csv")
    if stats.exists():
        with stats.open(encoding="utf-8") as table:
            for row in csv.DictReader(table):
                rows[row["Name"]] = {
                    "requests": int(row["Request Count"]),
                    "failures": int(row["Failure Count"]),
                    "rps": float(row["Requests/s"]),
                    "p50": _number(row["50%"]),
                    "p99": _number(row["99%"]),
                    "bytes": _number(row["Average Content Size"]),
                }
    counts = json.loads(counts_path.read_text()) if counts_path.exists() else {}
    return rows, counts


def _number(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def stages_for(page_list, names, cached_names):
    """Stages of the per-page run: `names` with a cookie (built), `cached_names` without."""
    by_key = {page.key: page for page in page_list}
    stages = [{"label": "static", "key": "static", "path": STATIC_PATH, "cookie": False}]
    for key in names:
        if key in by_key:
            stages.append({"label": key, "key": key, "path": by_key[key].path, "cookie": True})
    for key in cached_names:
        if key in by_key:
            stages.append(
                {"label": f"cached {key}", "key": key, "path": by_key[key].path, "cookie": False}
            )
    return stages


def run_stages(base, stages, *, rounds, stage_seconds, users, workdir):
    """Every stage, `rounds` times; per stage label the median round's figures."""
    plan_stages = []
    for round_ in range(rounds):
        for stage in stages:
            plan_stages.append({**stage, "label": f"{round_} {stage['label']}"})
    plan = {"mode": "stages", "stage_seconds": stage_seconds, "stages": plan_stages}
    plan["probe"] = TRIVIAL_PATH
    # An upper bound: the run ends by itself after the last stage (locustfile.py).
    seconds = (stage_seconds + 30) * len(plan_stages) + 10
    rows, counts = locust(base, plan, users=users, seconds=seconds, workdir=workdir, name="pages")
    for label, times in counts.get("stages", {}).items():
        if label in rows and times["seconds"] > 0:
            rows[label]["rps"] = times["answers"] / times["seconds"]
            # locust's own count can miss the last stage's final second (its last CSV write).
            rows[label]["requests"] = times["answers"]
            rows[label]["seconds"] = times["seconds"]
    results = {}
    for stage in stages:
        runs = [rows.get(f"{round_} {stage['label']}") for round_ in range(rounds)]
        runs = sorted((run for run in runs if run), key=lambda run: run["rps"])
        if runs:
            results[stage["label"]] = {**runs[len(runs) // 2], "rounds": len(runs)}
    return results


def mix_plan(secret_key, *, offers=200, tokens=4000):
    """The issue's realistic mix: paths in both languages, and valid form tokens for the posts
    (made as if shown ten seconds ago, with gunicorn's secret key)."""
    from narvik_tilflytter import guard

    public = list(Offer.objects.public().order_by("?").values_list("slug", flat=True)[:offers])
    actors = list(Actor.objects.public().order_by("?").values_list("slug", flat=True)[:50])
    plan = {"mode": "mix", "home": [], "lists": [], "searches": [], "offers": []}
    plan.update(organisations=[], subscribe=[])
    filters = [
        "",
        "?focus=norwegian",
        "?focus=work&group=labour-europe",
        "?focus=norwegian&group=refugees",
        "?group=refugees&segment=families",
        "?language=en&free=1",
        "?focus=leisure&segment=youth",
        "?segment=students&page=2",
    ]
    # A page past the last would be a 404 (on the demo data the filter's offers fit on one).
    filters = [existing_page(query, _matching(query)) for query in filters]
    for language in ("nb", "en"):
        with translation.override(language):
            listing = reverse("offers:list")
            plan["home"].append(reverse("home"))
            plan["lists"] += [f"{listing}{query}" for query in filters]
            words = [BROAD[language], NARROW[language], "norsk", "jobb", "ski", "help", "bolig"]
            plan["searches"] += [f"{listing}?q={quote(word)}" for word in words]
            plan["offers"] += [
                {
                    "page": reverse("offers:detail", args=[slug]),
                    "feedback": reverse("offers:feedback", args=[slug]),
                }
                for slug in public
            ]
            plan["organisations"] += [reverse("actors:detail", args=[slug]) for slug in actors]
            subscribe = reverse("offers:subscribe")
            plan["subscribe"] += [f"{subscribe}?focus=norwegian", f"{subscribe}?group=refugees"]
    # The posts one address may send (narvik_tilflytter/ratelimit.py): the locustfile's client
    # turns into the next visitor, with a new address, when it has sent them.
    plan["post_limits"] = {
        purpose: limit.requests
        for purpose, limit in (("feedback", FEEDBACK_LIMIT), ("subscribe", SUBSCRIBE_LIMIT))
    }
    shown = time.time() - 10
    real_clock = guard.clock
    guard.clock = lambda: shown
    try:
        with override_settings(SECRET_KEY=secret_key):
            plan["tokens"] = {
                purpose: [guard.issue_token(purpose) for _ in range(tokens)]
                for purpose in ("feedback", "subscribe")
            }
    finally:
        guard.clock = real_clock
    return plan


def existing_page(query, matching, per_page=PER_PAGE):
    """`query` (a list's query string) with its page brought back to the last one `matching`
    offers fill (and dropped when that is the first)."""
    params = QueryDict(query.lstrip("?"), mutable=True)
    if "page" not in params:
        return query
    last = max(1, math.ceil(matching / per_page))
    page = min(int(params["page"]), last)
    if page > 1:
        params["page"] = str(page)
    else:
        del params["page"]
    text = params.urlencode(safe="")
    return f"?{text}" if text else ""


def _matching(query):
    """How many public offers the list shows for `query` (its own filters, not the page)."""
    params = QueryDict(query.lstrip("?"), mutable=True)
    params.pop("page", None)
    return OfferFilter(params, queryset=Offer.objects.public()).qs.count()


def new_secret():
    return secrets.token_urlsafe(50)


def failures(workdir, name):
    """locust's failures CSV of a run: what failed, and how often."""
    path = Path(workdir) / f"{name}_failures.csv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as table:
        return [
            {"name": row["Name"], "error": row["Error"], "count": int(row["Occurrences"])}
            for row in csv.DictReader(table)
        ]
