"""Nothing but published, current offers of approved organisations reaches a public page.

LEAK_MATRIX below names every URL pattern of the public URLconf (narvik_tilflytter/urls.py and
what it includes) with the requests that show what it serves; each hidden kind of offer is
looked for on all of them, in both languages. A new URL that is not in the table fails
test_every_public_url_is_in_the_leak_matrix until someone decides how it is to be checked."""

from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone, translation

from offers import freshness
from offers.hsds import VOCABULARIES, hsds_id, object_id, service_at_location
from offers.models import Offer
from tests.factories import make_actor, make_offer

pytestmark = pytest.mark.django_db

HIDDEN = ["draft", "pending", "rejected", "archived", "expired", "not-yet-valid", "unapproved"]
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def make_hidden(kind):
    today = timezone.localdate()
    # Dated, so the calendars would list it; titles and slug no other offer's contain.
    common = {
        "title": f"Skjult {kind}",
        "title_en": f"Hidden {kind}",
        "slug": f"skjult-{kind}",
        "starts_at": timezone.now() + timedelta(days=3),
    }
    match kind:
        case "expired":
            return make_offer(valid_until=today - timedelta(days=1), **common)
        case "not-yet-valid":
            return make_offer(valid_from=today + timedelta(days=1), **common)
        case "unapproved":
            return make_offer(actor=make_actor(is_approved=False), **common)
        case status:
            return make_offer(status=status, **common)


def test_public_returns_published_current_offers_only():
    today = timezone.localdate()
    visible = [
        make_offer(),
        make_offer(valid_until=today),
        make_offer(valid_from=today),
    ]
    for kind in HIDDEN:
        make_hidden(kind)
    assert set(Offer.objects.public()) == set(visible)


@pytest.mark.parametrize("kind", HIDDEN)
def test_hidden_offer_is_on_no_public_page(client, kind):
    offer = make_hidden(kind)
    shown = make_offer(
        actor=offer.actor if offer.actor.is_approved else None, title="Synlig tilbud"
    )
    actor_page = reverse("actors:detail", args=[offer.actor.slug])
    pages = [
        reverse("home"),
        reverse("offers:list"),
        reverse("offers:list") + "?q=Skjult",
        actor_page,
        "/sitemap.xml",
    ]
    for url in pages:
        response = client.get(url)
        if kind == "unapproved" and url == actor_page:
            assert response.status_code == 404
            continue
        assert response.status_code == 200, url
        body = response.content.decode()
        assert offer.title_nb not in body, url
        assert offer.slug not in body, url
    assert client.get(reverse("offers:detail", args=[offer.slug])).status_code == 404
    assert shown.title_nb in client.get(reverse("offers:list")).content.decode()


def test_expired_offer_leaves_by_itself(client, offer):
    offer.valid_until = timezone.localdate()
    offer.save()
    assert client.get(offer.get_absolute_url()).status_code == 200
    offer.valid_until = timezone.localdate() - timedelta(days=1)
    offer.save()
    assert client.get(offer.get_absolute_url()).status_code == 404


def test_unapproved_organisation_is_not_listed(client):
    hidden = make_actor(name="Ikke godkjent lag", is_approved=False)
    shown = make_actor(name="Godkjent lag")
    body = client.get(reverse("actors:list")).content.decode()
    assert shown.name in body
    assert hidden.name not in body
    assert client.get(hidden.get_absolute_url()).status_code == 404


@dataclass
class Visit:
    url: str
    status: int
    # Only where the request carries the organisation's own secret (the link in its e-mail):
    # the page may then show its own offer. Nowhere a member of the public can reach.
    may_show_it: bool = False


def _published(hidden):
    return hidden.status == Offer.Status.PUBLISHED


# Every URL pattern of the public URLconf: name (namespace:name, or the route of an unnamed
# pattern; "namespace:*" for a namespace checked elsewhere as a whole) -> the requests to make,
# given the hidden offer and a shown one of the same (or, if unapproved, another) organisation.
LEAK_MATRIX = {
    "home": lambda hidden, shown: [Visit(reverse("home"), 200)],
    "offers:list": lambda hidden, shown: [
        Visit(reverse("offers:list"), 200),
        Visit(reverse("offers:list") + "?q=Skjult", 200),
        Visit(reverse("offers:list") + "?q=Hidden", 200),
        Visit(reverse("offers:list") + "?focus=leisure&sort=date", 200),
    ],
    "offers:feed": lambda hidden, shown: [
        Visit(reverse("offers:feed"), 200),
        Visit(reverse("offers:feed") + "?q=Skjult", 200),
    ],
    "offers:calendar": lambda hidden, shown: [
        Visit(reverse("offers:calendar"), 200),
        Visit(reverse("offers:calendar") + "?focus=leisure", 200),
    ],
    # The list on paper and as CSV (offers/views/export.py): the list's filters, its offers.
    "offers:print": lambda hidden, shown: [
        Visit(reverse("offers:print"), 200),
        Visit(reverse("offers:print") + "?q=Skjult", 200),
        Visit(reverse("offers:print") + "?q=Hidden&sort=date", 200),
    ],
    "offers:csv": lambda hidden, shown: [
        Visit(reverse("offers:csv"), 200),
        Visit(reverse("offers:csv") + "?q=Skjult", 200),
        Visit(reverse("offers:csv") + "?focus=leisure&sort=date", 200),
    ],
    "offers:detail": lambda hidden, shown: [
        Visit(reverse("offers:detail", args=[hidden.slug]), 404),
        Visit(reverse("offers:detail", args=[shown.slug]), 200),
    ],
    "offers:event": lambda hidden, shown: [
        Visit(reverse("offers:event", args=[hidden.slug]), 404),
        Visit(reverse("offers:event", args=[shown.slug]), 200),
    ],
    # Feedback only on an offer the public may see; "didn't find it" names no offer at all.
    "offers:feedback": lambda hidden, shown: [
        Visit(reverse("offers:feedback", args=[hidden.slug]), 404),
        Visit(reverse("offers:feedback", args=[shown.slug]), 200),
    ],
    "offers:unmet_need": lambda hidden, shown: [
        Visit(reverse("offers:unmet_need"), 200),
        Visit(reverse("offers:unmet_need") + "?text=Skjult+tilbud", 200),
    ],
    "offers:confirm": lambda hidden, shown: [
        Visit(reverse("offers:confirm", args=["junk"]), 400),
        # The organisation's own link: a published offer outside its dates (or of an
        # organisation not yet approved) may be confirmed by it; any other is "gone".
        Visit(
            reverse("offers:confirm", args=[freshness.confirm_token(hidden)]),
            200 if _published(hidden) else 400,
            may_show_it=_published(hidden),
        ),
    ],
    # E-mail alerts (offers/alerts.py): the form names the filters, never an offer; the links
    # need their signature (tests/offers/test_alerts.py sends the digests).
    "offers:subscribe": lambda hidden, shown: [
        Visit(reverse("offers:subscribe"), 200),
        Visit(reverse("offers:subscribe") + "?focus=leisure&segment=families", 200),
    ],
    "offers:subscription_confirm": lambda hidden, shown: [
        Visit(reverse("offers:subscription_confirm", args=["junk"]), 400),
    ],
    "offers:unsubscribe": lambda hidden, shown: [
        Visit(reverse("offers:unsubscribe", args=["junk"]), 400),
    ],
    "actors:list": lambda hidden, shown: [Visit(reverse("actors:list"), 200)],
    "actors:detail": lambda hidden, shown: [
        Visit(
            reverse("actors:detail", args=[hidden.actor.slug]),
            200 if hidden.actor.is_approved else 404,
        ),
        Visit(reverse("actors:detail", args=[shown.actor.slug]), 200),
    ],
    "sitemap": lambda hidden, shown: [Visit(reverse("sitemap"), 200)],
    "robots": lambda hidden, shown: [Visit(reverse("robots"), 200)],
    # The probe (narvik_tilflytter/health.py) names no offer at all.
    "health": lambda hidden, shown: [Visit(reverse("health"), 200)],
    # The statements in the footer (narvik_tilflytter/views.py): no offers on them at all.
    "about": lambda hidden, shown: [Visit(reverse("about"), 200)],
    "accessibility": lambda hidden, shown: [Visit(reverse("accessibility"), 200)],
    "privacy": lambda hidden, shown: [Visit(reverse("privacy"), 200)],
    # Log in, log out, passwords: anonymous visitors get the forms or are sent to log in.
    "login": lambda hidden, shown: [Visit(reverse("login"), 200)],
    "logout": lambda hidden, shown: [Visit(reverse("logout"), 405)],
    "password_change": lambda hidden, shown: [Visit(reverse("password_change"), 302)],
    "password_change_done": lambda hidden, shown: [Visit(reverse("password_change_done"), 302)],
    "password_reset": lambda hidden, shown: [Visit(reverse("password_reset"), 200)],
    "password_reset_done": lambda hidden, shown: [Visit(reverse("password_reset_done"), 200)],
    "password_reset_confirm": lambda hidden, shown: [
        Visit(reverse("password_reset_confirm", args=["MQ", "junk"]), 200)
    ],
    "password_reset_complete": lambda hidden, shown: [
        Visit(reverse("password_reset_complete"), 200)
    ],
    # Open data (HSDS 3.0, offers/views/hsds.py): the lists, also searched, since a date and
    # in English; the hidden offer and an unapproved organisation are unknown ids.
    "hsds:index": lambda hidden, shown: [Visit("/api/hsds/", 200)],
    "hsds:services": lambda hidden, shown: [
        Visit("/api/hsds/services?per_page=200", 200),
        Visit("/api/hsds/services?per_page=200&lang=en&modified_after=2000-01-01", 200),
        Visit("/api/hsds/services?search=Skjult", 200),
        Visit(f"/api/hsds/services?organization_id={object_id(hidden.actor)}", 200),
    ],
    "hsds:service": lambda hidden, shown: [
        Visit(f"/api/hsds/services/{object_id(hidden)}", 404),
        Visit(f"/api/hsds/services/{object_id(shown)}?lang=en", 200),
    ],
    "hsds:organizations": lambda hidden, shown: [
        Visit("/api/hsds/organizations?per_page=200&modified_after=2000-01-01", 200),
    ],
    "hsds:organization": lambda hidden, shown: [
        Visit(
            f"/api/hsds/organizations/{object_id(hidden.actor)}",
            200 if hidden.actor.is_approved else 404,
        ),
        Visit(f"/api/hsds/organizations/{object_id(shown.actor)}?lang=en", 200),
    ],
    "hsds:service_at_locations": lambda hidden, shown: [
        Visit("/api/hsds/service_at_locations?per_page=200", 200),
        Visit("/api/hsds/service_at_locations?search=Skjult&lang=en", 200),
    ],
    "hsds:service_at_location": lambda hidden, shown: [
        Visit(f"/api/hsds/service_at_locations/{service_at_location(hidden)['id']}", 404),
    ],
    "hsds:taxonomies": lambda hidden, shown: [Visit("/api/hsds/taxonomies", 200)],
    "hsds:taxonomy": lambda hidden, shown: [
        Visit(f"/api/hsds/taxonomies/{VOCABULARIES[0].id}", 200)
    ],
    "hsds:taxonomy_terms": lambda hidden, shown: [
        Visit("/api/hsds/taxonomy_terms?per_page=200", 200)
    ],
    "hsds:taxonomy_term": lambda hidden, shown: [
        Visit(f"/api/hsds/taxonomy_terms/{hsds_id('actors.actor.kind', 'voluntary')}", 200)
    ],
    # The project office's admin: anonymous visitors get its login form and nothing else.
    "admin/login/": lambda hidden, shown: [Visit("/admin/login/", 200)],
    "admin:*": lambda hidden, shown: [
        Visit("/admin/", 302),
        Visit(f"/admin/offers/offer/{hidden.pk}/change/", 302),
    ],
    # Every portal: URL is walked as every kind of user by tests/test_portal_access.py and
    # tests/actors/test_access.py, whose tables must name them all; anonymous visitors are sent
    # to log in. Here: the dashboard, the portal's list of offers.
    "portal:*": lambda hidden, shown: [Visit(reverse("portal:dashboard"), 302)],
}

# Namespaces whose URLs are covered as a whole by one entry ("admin:*", "portal:*").
WHOLE_NAMESPACES = {"admin", "portal"}


def url_pattern_keys(patterns, namespace=""):
    """The LEAK_MATRIX key of every URL pattern under `patterns`."""
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = ":".join(filter(None, [namespace, pattern.namespace]))
            if pattern.namespace in WHOLE_NAMESPACES:
                yield f"{inner}:*"
            else:
                yield from url_pattern_keys(pattern.url_patterns, inner)
        else:
            assert isinstance(pattern, URLPattern)
            if pattern.name:
                yield f"{namespace}:{pattern.name}" if namespace else pattern.name
            else:
                yield str(pattern.pattern)


def test_every_public_url_is_in_the_leak_matrix():
    keys = list(url_pattern_keys(get_resolver().url_patterns))
    # Two patterns under one name would share one entry: give each its own name.
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert set(keys) == set(LEAK_MATRIX), (
        f"not in LEAK_MATRIX: {sorted(set(keys) - set(LEAK_MATRIX))}; "
        f"in it but no longer a URL: {sorted(set(LEAK_MATRIX) - set(keys))}"
    )


@pytest.mark.parametrize("kind", HIDDEN)
def test_hidden_offer_reaches_no_public_url(client, kind):
    hidden = make_hidden(kind)
    shown = make_offer(
        actor=hidden.actor if hidden.actor.is_approved else None,
        title="Synlig tilbud",
        title_en="Visible offer",
        slug="synlig-tilbud",
        starts_at=timezone.now() + timedelta(days=3),
    )
    titles = [hidden.title_nb, hidden.title_en]
    shown_anywhere = False
    for language in LANGUAGES:
        for name, visits in LEAK_MATRIX.items():
            with translation.override(language):
                planned = visits(hidden, shown)
            for visit in planned:
                response = client.get(visit.url)
                assert response.status_code == visit.status, (name, visit.url)
                body = response.content.decode()
                shown_anywhere = shown_anywhere or shown.title_nb in body
                if visit.may_show_it:
                    continue
                # A page for the hidden offer's own address links that address (its language
                # links): there, only its titles would be a leak.
                traces = titles if hidden.slug in visit.url else [*titles, hidden.slug]
                found = [trace for trace in traces if trace in body]
                assert not found, (name, visit.url, found)
    # The pages did show offers: the shown one is on them.
    assert shown_anywhere
