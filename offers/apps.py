from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class OffersConfig(AppConfig):
    name = "offers"
    verbose_name = _("Offers")

    def ready(self):
        from . import signals, sqlite_search

        signals.connect()

        post_migrate.connect(sqlite_search.ensure, sender=self)
