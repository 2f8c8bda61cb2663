from django.urls import path
from django.utils.translation import gettext_lazy as _

from .views import public

app_name = "offers"

urlpatterns = [
    path(_("offers/"), public.offer_list, name="list"),
    path(_("offers/<slug:slug>/"), public.offer_detail, name="detail"),
]
