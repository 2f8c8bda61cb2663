"""The issue's targets as ratios of figures measured in one run, and docs/performance.md.

`ratios(results)` computes each target's value from the results and says whether it is met;
`render(results)` writes the Markdown. Nothing here is typed in by hand: a target the run has no
figures for (a size not measured, --no-load) says so instead of a value.

`results` is {"meta": {...}, "demo": {"data", "mix"}, "sizes": {offers: {"data", "inprocess",
"load", "mix"}}}, where "inprocess" is measure.measure()'s answer, "load" load.run_stages()'s and
"mix" a load run's {"rows", "cache", "users", "seconds", "failures"}. The load run's target is on
the demo data ("demo"); the sizes' load runs are recorded, without a verdict.
"""

import gzip
from pathlib import Path

from django.conf import settings

from .measure import LIST_VARIANTS

LANGUAGES = ("nb", "en")
QUERY_LIMITS = {"list": 6, "detail": 4, "home": 4}
GROWTH_LIMIT = 1.5
BROAD_LIMIT = 2.5
WORST_LIMIT = 10
TRIVIAL_LIMIT = 30
THROUGHPUT_SHARE = 0.04
CACHED_SHARE = 0.5
LIST_GZIP_LIMIT = 5 * 1024
CSS_GZIP_LIMIT = 10 * 1024
LOAD_P99_LIMIT = 300
CSS_PATH = Path("static/css/site.css")


def _recorded(name, value, note=""):
    """A figure the report records without a target (the verdict column says "recorded")."""
    return {
        "name": name,
        "value": value,
        "op": "",
        "target": None,
        "met": None,
        "recorded": True,
        "note": note,
    }


def _ratio(name, value, op, target, note=""):
    if value is None:
        return {"name": name, "value": None, "op": op, "target": target, "met": None, "note": note}
    met = value <= target if op == "≤" else value >= target
    return {"name": name, "value": value, "op": op, "target": target, "met": met, "note": note}


def _p50(size_results, key):
    page = size_results.get("inprocess", {}).get(key)
    return page["p50"] if page and page.get("status") == 200 else None


def _divide(top, bottom):
    if top is None or not bottom:
        return None
    return top / bottom


def ratios(results):
    sizes = sorted(results["sizes"])
    if not sizes:
        return _load_runs(results)
    small, big = sizes[0], sizes[-1]
    at_small, at_big = results["sizes"][small], results["sizes"][big]
    made = []

    # Queries per page, at every size, and constant in N.
    for page, limit in QUERY_LIMITS.items():
        names = (page, *LIST_VARIANTS) if page == "list" else (page,)
        counts = [
            figures["queries"]
            for size in sizes
            for figures in results["sizes"][size].get("inprocess", {}).values()
            if figures["name"] in names
        ]
        label = "list (every filter and search)" if page == "list" else page
        made.append(_ratio(f"queries: {label}, most", max(counts, default=None), "≤", limit))
    if len(sizes) > 1:
        changed = 0
        for key, figures in at_small.get("inprocess", {}).items():
            other = at_big.get("inprocess", {}).get(key)
            if other and other["queries"] != figures["queries"]:
                changed += 1
        made.append(
            _ratio(f"queries: pages whose count differs, {big:,} vs {small:,}", changed, "≤", 0)
        )

    # Growth: the same page at the largest size over the smallest.
    note = (
        ""
        if (small, big) == (1000, 100000)
        else f"the target is for 100,000/1,000; measured {big:,}/{small:,}"
    )
    for page in ("list", "home", "organisation"):
        for language in LANGUAGES:
            key = f"{page}:{language}"
            value = _divide(_p50(at_big, key), _p50(at_small, key)) if len(sizes) > 1 else None
            made.append(
                _ratio(f"growth: {key} p50, {big:,} / {small:,}", value, "≤", GROWTH_LIMIT, note)
            )

    # Search and every query string against the unfiltered list, at the largest size.
    for language in LANGUAGES:
        listing = _p50(at_big, f"list:{language}")
        value = _divide(_p50(at_big, f"search_broad:{language}"), listing)
        made.append(
            _ratio(f"broad search / unfiltered list ({language}, {big:,})", value, "≤", BROAD_LIMIT)
        )
    for language in LANGUAGES:
        listing = _p50(at_big, f"list:{language}")
        worst, worst_name = None, ""
        for name in LIST_VARIANTS:
            cost = _p50(at_big, f"{name}:{language}")
            if cost is not None and (worst is None or cost > worst):
                worst, worst_name = cost, name
        made.append(
            _ratio(
                f"worst query string / unfiltered list ({language}, {big:,})",
                _divide(worst, listing),
                "≤",
                WORST_LIMIT,
                worst_name,
            )
        )

    # Rendering: the uncached list against the trivial view, at the smallest size.
    for language in LANGUAGES:
        value = _divide(_p50(at_small, f"list:{language}"), _p50(at_small, "trivial:-"))
        made.append(
            _ratio(
                f"uncached list / trivial view in-process ({language}, {small:,})",
                value,
                "≤",
                TRIVIAL_LIMIT,
            )
        )

    # Under gunicorn: the list's throughput against the trivial view's (at 10k if measured).
    load_size = 10000 if 10000 in results["sizes"] else big
    load = results["sizes"][load_size].get("load") or {}
    for language in LANGUAGES:
        value = _divide(_rps(load, f"list:{language}"), _rps(load, "trivial:-"))
        made.append(
            _ratio(
                f"gunicorn: list / trivial requests/s ({language}, {load_size:,})",
                value,
                "≥",
                THROUGHPUT_SHARE,
                "" if load_size == 10000 else "the target is for 10,000 offers",
            )
        )

    # Cached pages against the static file, per language and query string.
    for size in sizes:
        load = results["sizes"][size].get("load") or {}
        static = _rps(load, "static")
        cached = sorted(label for label in load if label.startswith("cached "))
        for label in cached:
            made.append(
                _ratio(
                    f"gunicorn: {label} / static file requests/s ({size:,})",
                    _divide(_rps(load, label), static),
                    "≥",
                    CACHED_SHARE,
                )
            )

    # Sizes.
    for language in LANGUAGES:
        page = at_big.get("inprocess", {}).get(f"list:{language}")
        made.append(
            _ratio(
                f"list HTML gzipped, bytes ({language}, {big:,})",
                page and page["gzip_bytes"],
                "≤",
                LIST_GZIP_LIMIT,
            )
        )
    made.append(_ratio("site.css gzipped, bytes", css_gzip_bytes(), "≤", CSS_GZIP_LIMIT))

    return made + _load_runs(results)


def _aggregated(figures):
    return ((figures or {}).get("mix") or {}).get("rows", {}).get("Aggregated")


def _load_runs(results):
    """The load run's target, on the demo data; the sizes' load runs recorded beside it."""
    total = _aggregated(results.get("demo"))
    made = [
        _ratio("load run (demo data): errors", total and total["failures"], "≤", 0),
        _ratio("load run (demo data): p99 ms", total and total["p99"], "≤", LOAD_P99_LIMIT),
    ]
    note = "recorded; the target is on the demo data"
    for size in sorted(results["sizes"]):
        total = _aggregated(results["sizes"][size])
        if total:
            made.append(_recorded(f"load run ({size:,}): errors", total["failures"], note))
            made.append(_recorded(f"load run ({size:,}): p99 ms", total["p99"], note))
    return made


def _rps(load, label):
    row = load.get(label)
    return row["rps"] if row and row["requests"] else None


def css_gzip_bytes():
    path = Path(settings.BASE_DIR) / CSS_PATH
    return len(gzip.compress(path.read_bytes(), 6)) if path.exists() else None


def _number(value, digits=1):
    if value is None:
        return "–"
    if isinstance(value, int) or abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) < 0.1:
        return f"{value:.3f}"
    return f"{value:,.{digits}f}"


def verdict(ratio):
    if ratio.get("recorded"):
        return "recorded"
    if ratio["met"] is None:
        return "not measured"
    return "met" if ratio["met"] else "**not met**"


def render(results):
    meta = results["meta"]
    lines = [
        "# Performance",
        "",
        "The latest run of `manage.py bench` (offers/bench/, issue 13). Rerun it to replace this "
        "file; every figure and verdict below is computed by the run, none typed in.",
        "",
        f"- Date: {meta['date']}",
        f"- Command: `{meta['command']}`",
        f"- Machine: {meta['machine']}",
        f"- Database: {meta['database']}",
        f"- Run took {meta['duration']}",
    ]
    lines += [f"- {note}" for note in meta.get("notes", [])]
    planned = meta.get("planned", [])
    missing = [size for size in planned if size not in results["sizes"]]
    if missing:
        lines.append(
            "- **Partial:** written after each size; not (yet) measured: "
            + ", ".join(f"{size:,}" for size in missing)
        )
    lines += [
        "",
        "How it measures: a scratch database (created and dropped by the command) is filled "
        "with organisations and offers of real length in bokmål and English (offers/bench/data.py;"
        " 1–3 tags per facet, some offers draft, pending, archived or expired). Each page is "
        "then asked for in-process with Django's test client, in interleaved rounds over every "
        "page and language: *built* with a cookie (the page cache serves only cookieless "
        "requests), *cached* without one after the cache was filled. The trivial view "
        "(offers/bench/urls.py) returns a short response without database or template: the "
        "yardstick. Query counts are of the second built request (the first after a change "
        "fills the per-version caches). Then gunicorn (gunicorn.conf.py, 2 workers of 2 threads, "
        "DEBUG off) "
        "serves the same database and locust asks for each page alone with 20 clients, and "
        "finally runs the load mix with 50 clients. The issue's load target is on the demo "
        "data: before the sizes, a scratch database of its own is filled by `manage.py "
        "seed_demo` and gets the same mix under its own gunicorn.",
    ]
    lines += [
        "",
        "## Targets (issue 13, item 2)",
        "",
        "| ratio | value | target | verdict | note |",
    ]
    lines.append("| --- | ---: | --- | --- | --- |")
    for ratio in ratios(results):
        value = _number(ratio["value"], 2)
        target = f"{ratio['op']} {_number(ratio['target'], 2)}" if ratio["op"] else "–"
        lines.append(
            f"| {ratio['name']} | {value} | {target} | {verdict(ratio)} | {ratio['note']} |"
        )
    lines += _demo_section(results.get("demo"))
    for size in sorted(results["sizes"]):
        lines += _size_section(size, results["sizes"][size])
    return "\n".join(lines) + "\n"


def _size_section(size, figures):
    data = figures.get("data", {})
    lines = [
        "",
        f"## {size:,} offers",
        "",
        f"{data.get('offers', size):,} offers, {data.get('public', 0):,} of them public, "
        f"{data.get('organisations', 0)} organisations; "
        f"the broad search's word is in {data.get('broad_share', 0):.0%} of public titles.",
        "",
        "In-process (Django's test client, interleaved rounds): built = with a cookie, so the "
        "page cache is bypassed; cached = without a cookie, the page cache's answer.",
        "",
        "| page | lang | status | queries | built p50 ms | built p90 ms | cached p50 ms | "
        "cached p90 ms | cached queries | cache | KB | KB gzip | note |",
        "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | --- |",
    ]
    for page in figures.get("inprocess", {}).values():
        lines.append(
            f"| {page['name']} | {page['language']} | {page['status']} | {page['queries']} | "
            f"{_number(page['p50'])} | {_number(page['p90'])} | {_number(page['cached_p50'])} | "
            f"{_number(page['cached_p90'])} | {page['cached_queries']} | "
            f"{page['cache_header'] or '–'} | {page['bytes'] / 1024:.1f} | "
            f"{page['gzip_bytes'] / 1024:.1f} | {page['note']} |"
        )
    load = figures.get("load")
    if load:
        lines += [
            "",
            f"Under gunicorn ({figures.get('load_note', '')}): each page alone, "
            "requests/s and latency (the median of the rounds by requests/s).",
            "",
            "| page | requests/s | p50 ms | p99 ms | requests | failures |",
            "| --- | ---: | ---: | ---: | ---: | ---: |",
        ]
        for label, row in load.items():
            lines.append(
                f"| {label} | {_number(row['rps'])} | {_number(row['p50'])} | "
                f"{_number(row['p99'])} | {row['requests']:,} | {row['failures']:,} |"
            )
    if figures.get("mix"):
        lines += _mix_lines(figures["mix"], "The load run")
    return lines


def _demo_section(demo):
    if not demo:
        return []
    data = demo.get("data", {})
    lines = [
        "",
        "## Load run on the demo data",
        "",
        f"The data `manage.py seed_demo` makes: {data.get('offers', 0):,} offers, "
        f"{data.get('public', 0):,} of them public, {data.get('organisations', 0)} "
        f"organisations, in a scratch database of their own; gunicorn "
        f"({demo.get('load_note', '')}).",
    ]
    if demo.get("mix"):
        lines += _mix_lines(demo["mix"], "The load run on the demo data")
    return lines


def _mix_lines(mix, title):
    cache = mix.get("cache", {})
    lines = [
        "",
        f"{title}: {mix['users']} concurrent clients for {mix['seconds']} s, no think "
        "time, on the visitors' mix (of every 58 requests: 12 home, 12 lists with filters, 8 "
        "searches, 16 offer pages, 8 organisation pages, a feedback and an e-mail alert post; "
        "offers/bench/locustfile.py) (page cache answers: "
        + ", ".join(f"{name} {count:,}" for name, count in sorted(cache.items()))
        + ").",
        "",
        "| requests | requests/s | p50 ms | p99 ms | requests | failures |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for label, row in mix["rows"].items():
        lines.append(
            f"| {label} | {_number(row['rps'])} | {_number(row['p50'])} | "
            f"{_number(row['p99'])} | {row['requests']:,} | {row['failures']:,} |"
        )
    for failure in mix.get("failures", []):
        lines.append(f"\nFailed: {failure['name']}: {failure['error']} ({failure['count']}×)")
    return lines
