"""With no JavaScript: the registration form shows the organisation part chosen, and the offer
form the price fields only for an offer that costs money."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import make_member

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_registration_shows_only_the_chosen_organisation_part_without_javascript(
    live_server, make_context
):
    page = make_context(java_script_enabled=False).new_page()
    with translation.override("en"):
        page.goto(live_server.url + reverse("portal:register"))
    new, join = page.locator("fieldset.choice-new"), page.locator("fieldset.choice-join")
    assert new.is_visible() and not join.is_visible()
    page.get_by_label("Ask to join an organisation that is already registered").check()
    assert join.is_visible() and not new.is_visible()
    page.get_by_label("Register a new organisation").check()
    assert new.is_visible() and not join.is_visible()


def test_offer_form_shows_the_price_fields_only_for_costs_money(live_server, actor, make_context):
    from tests.browser.test_portal_browser import log_in_with_the_keyboard

    member = make_member(actor)
    page = make_context(java_script_enabled=False).new_page()
    log_in_with_the_keyboard(page, live_server.url, member.email)
    with translation.override("nb"):
        page.goto(live_server.url + reverse("portal:offer_create"))
    price = page.locator("#id_price_nb")
    page.get_by_label("Gratis").check()
    assert not price.is_visible()
    page.get_by_label("Koster penger", exact=True).check()
    assert price.is_visible()
