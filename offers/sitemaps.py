from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from actors.models import Actor

from .models import Offer


class _Localised(Sitemap):
    # One entry per language, each listing the other as an hreflang alternate.
    i18n = True
    alternates = True
    x_default = True


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
