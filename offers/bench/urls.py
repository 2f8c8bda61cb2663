"""The site's URLs plus /bench/trivial: a view that touches neither the database nor a template,
the yardstick the benchmark divides every page by (the same machine, the same run)."""

from django.http import HttpResponse
from django.urls import path

from narvik_tilflytter.urls import urlpatterns as site_urlpatterns

TRIVIAL_PATH = "/bench/trivial"


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path(TRIVIAL_PATH.lstrip("/"), trivial), *site_urlpatterns]
