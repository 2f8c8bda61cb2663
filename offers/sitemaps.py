from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from actors.models import Actor

from .models import Offer


class _Localised(Sitemap):
    # One entry per language, each listing the other as an hreflang alternate.
    i18n = True
    alternates = True
    # Django's own x-default is the default language's address with its prefix cut off
    # (/tilbud/…), and every page here has a prefix, so that address is a 404. Ours is the
    # default language's page itself, as base.html's hreflang links say.
    x_default = False

    def get_urls(self, page=1, site=None, protocol=None):
        urls = super().get_urls(page=page, site=site, protocol=protocol)
        for url in urls:
            default = next(
                alternate
                for alternate in url["alternates"]
                if alternate["lang_code"] == settings.LANGUAGE_CODE
            )
            url["alternates"].append({"location": default["location"], "lang_code": "x-default"})
        return urls


class StaticSitemap(_Localised):
    def items(self):
        return ["home", "offers:list", "actors:list"]

    def location(self, item):
        return reverse(item)


class OfferSitemap(_Localised):
    def items(self):
        return Offer.objects.public().order_by("pk")

    def lastmod(self, offer):
        return offer.updated_at


class ActorSitemap(_Localised):
    def items(self):
        return Actor.objects.public().order_by("pk")


SITEMAPS = {"pages": StaticSitemap, "offers": OfferSitemap, "actors": ActorSitemap}
