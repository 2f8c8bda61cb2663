"""`manage.py bench`: the performance benchmark (issue 13; offers/bench/, docs/performance.md).

It works on a scratch database it creates and drops itself (Django's test database for the
configured engine: `test_<name>` on PostgreSQL, a temporary file on SQLite), so the developer's
data is never touched. First the load run on the demo data: a scratch database of its own, filled
by `seed_demo`, under gunicorn with the visitors' mix (the issue's target is on these data). Then
for each size it grows the data to that many offers, measures every page in-process, then under
gunicorn with locust. The table is written after each part.

    python manage.py bench --quick                     # about two minutes
    python manage.py bench --demo-only --quick         # the demo data's load run: a minute
    python manage.py bench --sizes 1000,10000,100000   # the issue's sizes
"""

import os
import platform
import re
import shlex
import sys
import tempfile
import time
from contextlib import contextmanager
from io import StringIO
from pathlib import Path

import django
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.db.backends.base.creation import TEST_DATABASE_PREFIX
from django.utils import timezone

from actors.models import Actor
from offers.bench import data, load, measure, report

FULL = {"repetitions": 15, "stage_seconds": 5, "rounds": 2, "mix_seconds": 60}
QUICK = {"repetitions": 5, "stage_seconds": 2, "rounds": 1, "mix_seconds": 20}
STAGE_USERS = 20
MIX_USERS = 50
# Under gunicorn: the pages built (with a cookie), then the ones from the page cache.
LOAD_PAGES = [
    "trivial:-",
    "home:nb",
    "list:nb",
    "list:en",
    "list_facets:nb",
    "search_broad:nb",
    "search_broad:en",
    "search_letter:nb",
    "detail:nb",
    "organisation:nb",
    "feed:nb",
    "calendar:nb",
]
LOAD_CACHED = ["home:nb", "list:nb", "list:en", "list_facets:en", "search_broad:nb", "detail:nb"]
QUICK_PAGES = ["trivial:-", "list:nb", "list:en", "search_broad:nb", "home:nb", "detail:nb"]
QUICK_CACHED = ["list:nb", "list:en", "detail:nb"]


class Progress:
    """One line on stderr, rewritten in place: `label: done/total (n %)`."""

    def __init__(self, stream, label):
        self.stream, self.label, self.started = stream, label, time.monotonic()

    def __call__(self, done, total):
        share = done / total if total else 1
        bar = "#" * int(share * 30)
        if bar == getattr(self, "shown", None) and done < total:
            return
        self.shown = bar
        self.stream.write(f"\r  {self.label} [{bar:<30}] {done:,}/{total:,}")
        if done >= total:
            self.stream.write(f" ({time.monotonic() - self.started:.0f} s)\n")
        self.stream.flush()


class Command(BaseCommand):
    help = "Measure the public pages at several sizes; write docs/performance.md."

    def add_arguments(self, parser):
        parser.add_argument(
            "--sizes", default="1000,10000", help="numbers of offers, comma-separated"
        )
        parser.add_argument(
            "--quick",
            action="store_true",
            help="smallest size only, few repetitions, a short load",
        )
        parser.add_argument("--output", default="docs/performance.md")
        parser.add_argument(
            "--no-load",
            action="store_true",
            help="skip gunicorn and locust (and so the load run on the demo data)",
        )
        parser.add_argument(
            "--demo-only",
            action="store_true",
            help="only the load run on the demo data, none of the sizes",
        )
        parser.add_argument("--repetitions", type=int, help="in-process rounds per size")

    def handle(self, *args, **options):
        try:
            sizes = sorted({int(size.replace("_", "")) for size in options["sizes"].split(",")})
        except ValueError:
            raise CommandError("--sizes takes whole numbers: --sizes 1000,10000") from None
        if not sizes or sizes[0] < 50:
            raise CommandError("each size must be at least 50 offers")
        plan = dict(QUICK if options["quick"] else FULL)
        if options["quick"]:
            sizes = sizes[:1]
        if options["repetitions"]:
            plan["repetitions"] = options["repetitions"]
        if options["demo_only"]:
            if options["no_load"]:
                raise CommandError("--demo-only is a load run: it cannot go with --no-load")
            sizes = []
        started = time.monotonic()
        meta = {
            "date": timezone.now().strftime("%Y-%m-%d %H:%M UTC"),
            "command": _command_line(),
            "machine": machine(),
            "planned": sizes,
            "notes": [
                f"In-process: {plan['repetitions']} interleaved rounds per size; "
                "DEBUG off while measuring (as under gunicorn).",
                "Under gunicorn, locust runs on the same cores as the two workers; a page's "
                "requests/s is its answers over the time from its first request to its last "
                "answer (no new request is sent while the last ones drain).",
                "The sizes grow one database: the offers of the smaller size stay in the larger.",
            ],
        }
        if not options["no_load"]:
            meta["notes"].append(
                "The load run on the demo data has a scratch database of its own, filled by "
                "`manage.py seed_demo`, and its own gunicorn."
            )
        results = {"meta": meta, "sizes": {}}
        if not options["no_load"]:
            with self.scratch_database("demo"):
                meta["database"] = database_version()
                results["demo"] = self.run_demo(plan)
            meta["duration"] = f"{(time.monotonic() - started) / 60:.1f} minutes"
            self.write(results, options["output"])
        if sizes:
            with self.scratch_database("sizes"):
                meta["database"] = database_version()
                for size in sizes:
                    results["sizes"][size] = self.run_size(size, plan, options)
                    # Written after each size, so a long run that stops keeps what it measured.
                    meta["duration"] = f"{(time.monotonic() - started) / 60:.1f} minutes"
                    self.write(results, options["output"])
        for ratio in report.ratios(results):
            verdict = report.verdict(ratio).replace("**not met**", "NOT MET")
            value = report._number(ratio["value"], 2)
            target = f" {ratio['op']} {ratio['target']}" if ratio["op"] else ""
            self.stdout.write(f"  {ratio['name']}: {value}{target} {verdict}")

    @contextmanager
    def scratch_database(self, label):
        """Django's test database for the configured engine, created (migrations) and dropped:
        `test_<name>` for the sizes, `test_<name>_demo` for the demo data (SQLite: a file)."""
        settings_dict = connection.settings_dict
        old_name = settings_dict["NAME"]
        test = settings_dict.setdefault("TEST", {})
        old_test_name = test.get("NAME")
        if connection.vendor == "sqlite":
            # A file, not the test runner's in-memory database: gunicorn must open it too.
            test["NAME"] = str(Path(tempfile.mkdtemp(prefix="bench-")) / f"{label}.sqlite3")
        else:
            test["NAME"] = scratch_name(label, name=old_name, test_name=old_test_name)
        self.stderr.write(f"\nCreating the scratch database ({label}, migrations) …")
        connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False)
        self.stderr.write(f"  {settings_dict['NAME']}: {database_version()}")
        try:
            yield
        finally:
            connection.creation.destroy_test_db(old_name, verbosity=0)
            test["NAME"] = old_test_name

    def run_demo(self, plan):
        """The issue's load run on the demo data: seed_demo's organisations and offers, the
        visitors' mix with MIX_USERS clients for mix_seconds under gunicorn."""
        self.stderr.write("Demo data: seed_demo …")
        # Its output lists the demo logins: not for the benchmark's terminal.
        call_command("seed_demo", force=True, stdout=StringIO())
        analyze()
        summary = {
            "offers": data.Offer.objects.count(),
            "public": data.Offer.objects.public().count(),
            "organisations": Actor.objects.public().count(),
        }
        self.stderr.write(
            f"  {summary['public']} public offers of {summary['offers']}, "
            f"{summary['organisations']} organisations"
        )
        secret = load.new_secret()
        workdir = tempfile.mkdtemp(prefix="bench-demo-")
        figures = {"data": summary}
        with load.gunicorn(secret, Path(workdir) / "gunicorn.log") as (base, cache):
            figures["load_note"] = (
                f"{load.WORKERS} workers of {load.THREADS} threads, cache in {cache}"
            )
            figures["mix"] = self.run_mix(base, secret, plan, workdir)
        self.stderr.write(f"  (locust and gunicorn logs in {workdir})")
        return figures

    def run_mix(self, base, secret, plan, workdir):
        self.stderr.write(f"  load run: {MIX_USERS} clients for {plan['mix_seconds']} s …")
        rows, counts = load.locust(
            base,
            load.mix_plan(secret),
            users=MIX_USERS,
            seconds=plan["mix_seconds"],
            workdir=workdir,
            name="mix",
        )
        return {
            "rows": rows,
            "cache": counts.get("cache", {}),
            "users": MIX_USERS,
            "seconds": plan["mix_seconds"],
            "failures": load.failures(workdir, "mix"),
        }

    def write(self, results, output):
        output = Path(output)
        if not output.is_absolute():
            output = Path(settings.BASE_DIR) / output
        output.write_text(report.render(results), encoding="utf-8")
        self.stdout.write(f"Wrote {output}")

    def run_size(self, size, plan, options):
        have = data.Offer.objects.count()
        self.stderr.write(f"\n{size:,} offers: generating {size - have:,} …")
        summary = data.generate(
            size - have,
            organisations=data.ORGANISATIONS if have == 0 else 0,
            progress=Progress(self.stderr, "offers"),
        )
        analyze()
        figures = {"data": summary}
        pages = measure.pages()
        self.stderr.write(f"  in-process: {len(pages)} pages × {plan['repetitions']} rounds")
        figures["inprocess"] = measure.measure(
            pages, plan["repetitions"], progress=Progress(self.stderr, "requests")
        )
        if not options["no_load"]:
            figures.update(self.run_load(pages, plan, options["quick"]))
        return figures

    def run_load(self, pages, plan, quick):
        secret = load.new_secret()
        workdir = tempfile.mkdtemp(prefix="bench-load-")
        figures = {}
        with load.gunicorn(secret, Path(workdir) / "gunicorn.log") as (base, cache):
            figures["load_note"] = (
                f"{load.WORKERS} workers of {load.THREADS} threads, cache in {cache}, "
                f"locust {STAGE_USERS} clients, "
                f"{plan['stage_seconds']} s per page, {plan['rounds']} round(s)"
            )
            stages = load.stages_for(
                pages,
                QUICK_PAGES if quick else LOAD_PAGES,
                QUICK_CACHED if quick else LOAD_CACHED,
            )
            self.stderr.write(
                f"  gunicorn at {base}: {len(stages)} pages × {plan['stage_seconds']} s "
                f"× {plan['rounds']} round(s) …"
            )
            figures["load"] = load.run_stages(
                base,
                stages,
                rounds=plan["rounds"],
                stage_seconds=plan["stage_seconds"],
                users=STAGE_USERS,
                workdir=workdir,
            )
            figures["mix"] = self.run_mix(base, secret, plan, workdir)
        self.stderr.write(f"  (locust and gunicorn logs in {workdir})")
        return figures


def _command_line():
    words = ["python", "manage.py", *sys.argv[1:]] if "manage.py" in sys.argv[0] else sys.argv
    # The password, if the URL holds one, stays out of the report.
    database = re.sub(r"(//[^:/@]+):[^@]*@", r"\1:***@", os.environ.get("DATABASE_URL", ""))
    prefix = f"DATABASE_URL={shlex.quote(database)} " if database else ""
    return prefix + shlex.join(words)


def machine():
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:
        cores = os.cpu_count()
    return (
        f"{cores} CPU cores ({model or 'unknown model'}), {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, Django {django.get_version()}"
    )


def scratch_name(label, *, name, test_name=None):
    """The scratch database's name on a server: Django's test name for the sizes (as the
    benchmark always had), with `_<label>` after it for another part (the demo data)."""
    test_name = test_name or TEST_DATABASE_PREFIX + name
    return test_name if label == "sizes" else f"{test_name}_{label}"


def analyze():
    if connection.vendor == "postgresql":
        # The planner's statistics, as autovacuum would have them on a live site.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def database_version():
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SHOW server_version")
            return f"PostgreSQL {cursor.fetchone()[0]}"
    if connection.vendor == "sqlite":
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"
    return connection.vendor
