from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import public as views

app_name = "actors"

urlpatterns = [
    path(_("organisations/"), views.actor_list, name="list"),
    path(_("organisations/<slug:slug>/"), views.actor_detail, name="detail"),
]
