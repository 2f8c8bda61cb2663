"""The actor portal (`portal:` URL names): account and organisation pages from `actors`, offer
pages from `offers`. Every view checks membership of the owning organisation in its query."""

from actors.portal_urls import urlpatterns as actor_patterns
from offers.portal_urls import urlpatterns as offer_patterns

app_name = "portal"

urlpatterns = actor_patterns + offer_patterns
