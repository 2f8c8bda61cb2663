"""`manage.py bench` (offers/management/commands/bench.py): the performance benchmark of issue 13.

- data.py: realistic offers and organisations, made with bulk_create;
- measure.py: the pages, measured in-process with Django's test client (query counts, p50/p90);
- load.py: the same pages under gunicorn with locust (locustfile.py, run as a subprocess);
- report.py: the ratios the issue's targets use, and docs/performance.md;
- urls.py, wsgi.py: the site's URLs plus a trivial view, the yardstick every page is compared to.
"""
