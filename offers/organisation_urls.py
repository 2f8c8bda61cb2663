"""The public organisation pages. Their views are in offers (they list offers); their URL names
stay `actors:list` and `actors:detail`, a contract other code and links rely on."""

from django.urls import path
from django.utils.translation import gettext_lazy as _

from narvik_tilflytter.pagecache import cached_page

from .views import organisations as views

app_name = "actors"

urlpatterns = [
    path(_("organisations/"), cached_page(views.organisation_list), name="list"),
    path(_("organisations/<slug:slug>/"), cached_page(views.organisation_detail), name="detail"),
]
