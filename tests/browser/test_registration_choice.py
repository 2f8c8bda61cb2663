"""The registration form's two organisation parts follow the radio buttons, with no JavaScript."""

import pytest
from django.urls import reverse
from django.utils import translation

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
