from django.urls import path
from django.utils.translation import gettext_lazy as _

from narvik_tilflytter.pagecache import cached_page
from narvik_tilflytter.ratelimit import (
    FEEDBACK_LIMIT,
    SUBSCRIBE_LIMIT,
    UNMET_NEED_LIMIT,
    rate_limited,
)

from . import feeds
from .views import alerts, confirm, export, feedback, public

app_name = "offers"

urlpatterns = [
    path(_("offers/"), public.offer_list, name="list"),
    path(_("offers/feed.atom"), cached_page(feeds.offer_feed), name="feed"),
    path(_("offers/calendar.ics"), cached_page(feeds.offer_calendar), name="calendar"),
    path(_("offers/offers.csv"), export.offer_csv, name="csv"),
    # Not under offers/, where it would take the address of an offer whose slug is "print".
    path(_("print/"), export.offer_print, name="print"),
    path(_("offers/<slug:slug>/"), public.offer_detail, name="detail"),
    path(_("offers/<slug:slug>/calendar.ics"), cached_page(feeds.offer_event), name="event"),
    path(
        _("offers/<slug:slug>/feedback/"),
        rate_limited(FEEDBACK_LIMIT)(feedback.feedback),
        name="feedback",
    ),
    path(
        _("didnt-find-it/"),
        rate_limited(UNMET_NEED_LIMIT)(feedback.unmet_need),
        name="unmet_need",
    ),
    path(_("still-current/<str:token>/"), confirm.confirm_current, name="confirm"),
    path(_("e-mail-alerts/"), rate_limited(SUBSCRIBE_LIMIT)(alerts.subscribe), name="subscribe"),
    path(
        _("e-mail-alerts/confirm/<str:token>/"),
        alerts.subscription_confirm,
        name="subscription_confirm",
    ),
    path(_("e-mail-alerts/stop/<str:token>/"), alerts.unsubscribe, name="unsubscribe"),
]
