from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from narvik_tilflytter import views as statement_views
from narvik_tilflytter.health import health
from narvik_tilflytter.ratelimit import LOGIN_LIMIT, rate_limited
from offers.sitemaps import SITEMAPS
from offers.views import public as offer_views

urlpatterns = [
    # The admin's login counts against the same limit as the site's (ratelimit.py), so it is
    # no way around it; it comes before the admin's own URLs to take their place.
    path("admin/login/", rate_limited(LOGIN_LIMIT)(admin.site.login)),
    path("admin/", admin.site.urls),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    # Open data (Open Referral HSDS 3.0), the same in every language: `?lang=en` for English.
    path("api/hsds/", include("offers.hsds_urls")),
    # For the load balancer and monitoring (health.py): no language, no session, no cookie.
    path("health", health, name="health"),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots",
    ),
]

urlpatterns += i18n_patterns(
    path("", offer_views.home, name="home"),
    path("", include("offers.urls")),
    path("", include("offers.organisation_urls")),
    path(_("account/"), include("actors.account_urls")),
    path(_("portal/"), include("narvik_tilflytter.portal_urls")),
    # The statements in every page's footer (narvik_tilflytter/views.py); not from the page
    # cache, since they read settings (the lockout's, the date of the last check).
    path(_("about/"), statement_views.about, name="about"),
    path(_("accessibility/"), statement_views.accessibility, name="accessibility"),
    path(_("privacy/"), statement_views.privacy, name="privacy"),
)
