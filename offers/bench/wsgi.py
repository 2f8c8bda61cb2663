"""The site's WSGI application with the benchmark's URLs (offers/bench/urls.py), for the gunicorn
the benchmark starts: `gunicorn -c gunicorn.conf.py offers.bench.wsgi:application`."""

import os

import django
from django.conf import settings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "narvik_tilflytter.settings")
django.setup(set_prefix=False)
settings.ROOT_URLCONF = "offers.bench.urls"

from narvik_tilflytter.wsgi import application  # noqa: E402

__all__ = ["application"]
