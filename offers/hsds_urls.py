"""Open data, Open Referral HSDS 3.0: the standard's read paths (hsds-3.0/openapi.json), exactly
as it writes them, without a trailing slash. Included at /api/hsds/, outside the language
prefix (narvik_tilflytter/urls.py); the language is the `lang` parameter."""

from django.urls import path

from .views import hsds

app_name = "hsds"

urlpatterns = [
    path("", hsds.index, name="index"),
    path("services", hsds.services, name="services"),
    path("services/<str:id>", hsds.service, name="service"),
    path("organizations", hsds.organizations, name="organizations"),
    path("organizations/<str:id>", hsds.organization, name="organization"),
    path("service_at_locations", hsds.service_at_locations, name="service_at_locations"),
    path("service_at_locations/<str:id>", hsds.service_at_location, name="service_at_location"),
    path("taxonomies", hsds.taxonomies, name="taxonomies"),
    path("taxonomies/<str:id>", hsds.taxonomy, name="taxonomy"),
    path("taxonomy_terms", hsds.taxonomy_terms, name="taxonomy_terms"),
    path("taxonomy_terms/<str:id>", hsds.taxonomy_term, name="taxonomy_term"),
]
