"""Helpers the tests share that make nothing in the database: URLs, e-mail, messages, and the
POST data of the registration and offer forms. Factories are in tests/factories.py."""

import re

from django import forms
from django.conf import settings
from django.core import mail
from django.urls import reverse
from django.utils import translation

from actors.models import Actor, Membership
from offers.models import FocusArea, Language


def en(name, *args):
    """The English URL of `name`: tests that read page text use it, so they keep passing when
    the Norwegian catalogue translates the strings."""
    with translation.override("en"):
        return reverse(name, args=args)


def mails_to(address):
    return [message for message in mail.outbox if address in message.to]


def link_in(message):
    """The site path of the (first) link in an e-mail."""
    match = re.search(re.escape(settings.SITE_URL) + r"(/\S+)", message.body)
    assert match, message.body
    return match.group(1)


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def membership(user, actor):
    return Membership.objects.get(user=user, actor=actor)


# The password registration_data registers with.
REGISTRATION_PASSWORD = "fjellet-er-blatt-42"


def registration_data(**overrides):
    """POST data for the registration form: Kari Nordmann registers a new organisation."""
    data = {
        "email": "Kari.Nordmann@Example.org",
        "full_name": "Kari Nordmann",
        "language": "en",
        "password1": REGISTRATION_PASSWORD,
        "password2": REGISTRATION_PASSWORD,
        "choice-choice": "new",
        "org-name": "Narvik Klatreklubb",
        "org-kind": Actor.Kind.VOLUNTARY,
        "org-email": "post@klatre.example",
        "org-phone": "+47 400 00 000",
        "org-website": "https://klatre.example",
        "org-address": "Kongens gate 1, 8514 Narvik",
        "org-organisation_number": "123 456 785",
        "join-actor": "",
        "join-message": "",
    }
    data.update(overrides)
    return data


def offer_form_data(**overrides):
    """POST data for the portal's offer form: a free swimming course, in nb and en, saved."""
    data = {
        "title_nb": "Svømmekurs for voksne",
        "summary_nb": "Lær å svømme i Narvikbadet, i rolig tempo.",
        "description_nb": "Ti ganger, med instruktør.",
        "title_en": "Swimming for adults",
        "summary_en": "Learn to swim at Narvikbadet, at a calm pace.",
        "focus_areas": [FocusArea.objects.get(slug="leisure").pk],
        "languages": [Language.objects.get(code="nb").pk, Language.objects.get(code="en").pk],
        "is_free": "free",
        "action": "save",
    }
    data.update(overrides)
    return data


def admin_form_data(response, **changes):
    """The POST data of the admin change form as the GET `response` shows it, with `changes`
    (split date and time fields as `name_0`, `name_1`)."""
    form = response.context["adminform"].form
    data = {}
    for name, field in form.fields.items():
        value = form[name].value()
        if isinstance(field, forms.SplitDateTimeField):
            data[f"{name}_0"] = value.strftime("%Y-%m-%d") if value else ""
            data[f"{name}_1"] = value.strftime("%H:%M") if value else ""
        elif isinstance(field, forms.ModelMultipleChoiceField):
            data[name] = [str(pk) for pk in value or []]
        elif isinstance(field, forms.BooleanField):
            if value:
                data[name] = "on"
        elif value is not None:
            data[name] = value
    for inline in response.context["inline_admin_formsets"]:
        management = inline.formset.management_form
        for name in management.fields:
            data[f"{management.prefix}-{name}"] = management[name].value()
    data.update(changes)
    return data


def guard_token(purpose, *, shown):
    """A token of narvik_tilflytter.guard for the form `purpose`, as if shown at `shown`."""
    from narvik_tilflytter import guard

    real_clock = guard.clock
    guard.clock = lambda: shown
    try:
        return guard.issue_token(purpose)
    finally:
        guard.clock = real_clock


def html_tag(language):
    """The page's opening <html> tag in `language`: its lang, and dir (rtl for Arabic)."""
    direction = "rtl" if translation.get_language_info(language)["bidi"] else "ltr"
    return f'<html lang="{language}" dir="{direction}">'


def require_redis(url):
    """Skip the test when no Redis server answers at `url`, unless REQUIRE_REDIS is set (CI
    sets it: there the tests of the shared cache must run)."""
    import os

    import pytest
    import redis

    server = redis.Redis.from_url(url, socket_connect_timeout=1)
    try:
        server.ping()
    except redis.ConnectionError as error:
        if os.environ.get("REQUIRE_REDIS", "").lower() not in {"", "0", "false", "no"}:
            pytest.fail(f"REQUIRE_REDIS is set but no Redis answers at {url}: {error}")
        pytest.skip(f"no Redis server answers at {url}")
    finally:
        server.close()
