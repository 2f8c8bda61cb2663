"""The project's admin site: Django's, plus the project office's own pages under /admin/.

Installed in INSTALLED_APPS as `narvik_tilflytter.admin_site.AdminConfig` (in place of
"django.contrib.admin"), so `admin.site` and every `@admin.register` are this site, and its
URLs keep Django's names in the `admin` namespace (`admin:index`, `admin:gap_map`, …)."""

from django.contrib import admin
from django.contrib.admin.apps import AdminConfig as DjangoAdminConfig
from django.urls import path


class AdminSite(admin.AdminSite):
    def get_urls(self):
        # Before Django's own URLs: they end with a catch-all that would take this path.
        return [
            path("gap-map/", self.admin_view(self.gap_map_view), name="gap_map"),
            *super().get_urls(),
        ]

    def gap_map_view(self, request):
        # Imported here: this module is loaded with the apps, before models may be imported.
        from offers.views.gap_map import gap_map

        return gap_map(request, self)


class AdminConfig(DjangoAdminConfig):
    default_site = "narvik_tilflytter.admin_site.AdminSite"
