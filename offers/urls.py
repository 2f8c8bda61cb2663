from django.urls import path
from django.utils.translation import gettext_lazy as _

from . import feeds
from .views import confirm, public

app_name = "offers"

urlpatterns = [
    path(_("offers/"), public.offer_list, name="list"),
    path(_("offers/feed.atom"), feeds.offer_feed, name="feed"),
    path(_("offers/calendar.ics"), feeds.offer_calendar, name="calendar"),
    path(_("offers/<slug:slug>/"), public.offer_detail, name="detail"),
    path(_("offers/<slug:slug>/calendar.ics"), feeds.offer_event, name="event"),
    path(_("still-current/<str:token>/"), confirm.confirm_current, name="confirm"),
]
