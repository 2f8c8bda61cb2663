"""The admin speaks the office's language: Django's strings its nb catalogues lack are translated
in ours (narvik_tilflytter/admin_strings.py for the templates, locale/nb/LC_MESSAGES/djangojs.po
for the JavaScript), on the change pages too; and the offer's checkboxes can be sent. The browser
side (what the JavaScript writes, axe-core) is tests/browser/test_admin_axe.py."""

import json
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings
from django.urls import reverse
from django.utils import translation

from narvik_tilflytter.admin_strings import DJANGO_ADMIN_STRINGS
from offers import changes
from offers.models import FocusArea, Offer
from tests.factories import make_moderator, make_offer

pytestmark = pytest.mark.django_db

JAVASCRIPT_CATALOGUE = Path(settings.BASE_DIR) / "locale/nb/LC_MESSAGES/djangojs.po"

# Django's English that its nb catalogue leaves untranslated, as Django spells it in the
# admin's templates (and as it showed on these pages before our catalogue translated it).
ENGLISH = [
    "- Select an option -",
    "Run",
    "Show counts",
    "Search",
    "Pagination",
    "Select all objects on this page for an action",
    "Select this object for an action",
    "Breadcrumbs",
    "Sidebar",
    "Start typing to filter",
    "Filter navigation items",
    "Toggle theme",
    "View selected",
    "Add another",
    "Model name",
    "Add link",
    "Change or view list link",
]


@pytest.fixture
def moderator():
    return make_moderator(language="nb")


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


def english_in(body):
    body = re.sub(r"<script.*?</script>", "", body, flags=re.S)
    # Each as the start of a text or an attribute's value, so «Run» does not match «Rundt».
    return [text for text in ENGLISH if re.search(rf'[>"]\s*{re.escape(text)}', body)]


def test_every_django_admin_string_listed_has_bokmal():
    with translation.override("nb"):
        untranslated = [s for s in DJANGO_ADMIN_STRINGS if translation.gettext(s) == s]
    assert untranslated == []


def test_the_norwegian_change_pages_have_none_of_djangos_english(
    moderator_client, moderator, actor
):
    live = make_offer(actor=actor)
    change = changes.copy_content(
        live,
        Offer(actor=actor, change_of=live, status=Offer.Status.PENDING, slug="endringen"),
        title_nb="Ny tittel",
    )
    pages = [
        reverse("admin:offers_offer_change", args=[live.pk]),
        reverse("admin:offers_offer_change", args=[change.pk]),
        reverse("admin:offers_offer_reject", args=[change.pk]),
        reverse("admin:actors_actor_change", args=[actor.pk]),
        reverse("admin:actors_user_change", args=[moderator.pk]),
        reverse("admin:offers_focusarea_add"),
        reverse("admin:offers_focusarea_change", args=[FocusArea.objects.first().pk]),
    ]
    found = {}
    for page in pages:
        response = moderator_client.get(page)
        assert response.status_code == 200, page
        if english := english_in(response.content.decode()):
            found[page] = english
    assert found == {}


def test_the_admin_javascript_speaks_bokmal():
    entries = [m for m in read_po(JAVASCRIPT_CATALOGUE.open("rb")) if m.id]
    assert len(entries) > 30
    untranslated = [m.id for m in entries if not (all(m.string) if m.pluralizable else m.string)]
    assert untranslated == []


def test_the_admin_javascript_catalogue_serves_ours(moderator_client):
    body = moderator_client.get(reverse("admin:jsi18n")).content.decode()
    catalogue = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", body, re.S).group(1))
    assert catalogue["Today (%(date)s)"] == "I dag (%(date)s)"
    assert catalogue["December"] == "desember"
    assert catalogue["abbrev. day Monday\x04Mon"] == "man."
    note = "Note: Enter times in the %(timezone)s timezone. (You are %(offset)s hour behind.)"
    assert catalogue[note][1].endswith("(Du er %(offset)s timer bak.)")


def test_the_offers_checkboxes_are_not_each_required(moderator_client, actor):
    # A required many-to-many field: one ticked box is enough, so no box carries `required`
    # (the browser would not send the form until every box were ticked).
    offer = make_offer(actor=actor, status=Offer.Status.PENDING)
    body = moderator_client.get(reverse("admin:offers_offer_change", args=[offer.pk]))
    html = body.content.decode()
    boxes = re.findall(r'<input type="checkbox" name="(?:focus_areas|languages)"[^>]*>', html)
    assert boxes
    assert [box for box in boxes if "required" in box] == []
    assert "SelectFilter2.js" not in html  # no filter_horizontal
