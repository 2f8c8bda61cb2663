from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActorsConfig(AppConfig):
    name = "actors"
    verbose_name = _("Organisations and users")

    def ready(self):
        # Project-wide, here because this is the first of the project's apps to load.
        from narvik_tilflytter import lookups

        lookups.register()
