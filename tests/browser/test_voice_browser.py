"""The newcomers' voice as a newcomer meets it (issue 9): on a phone, in English, rate an offer,
and report a missing offer from an empty search; without JavaScript, without a cookie, and
without an axe violation, also when the form comes back with a message (axe runs with JavaScript,
the journeys without). Screenshots go to /tmp
(voice-*.png) for a person to look at."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from narvik_tilflytter import guard
from offers.models import Feedback, UnmetNeed, ZeroResultSearch

from .test_browser import WCAG_21_AA

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}


def assert_no_axe_violations(page):
    results = Axe().run(page, options=WCAG_21_AA)
    assert not results.violations_count, results.generate_report()


def test_a_newcomer_rates_an_offer_on_a_phone_in_english(live_server, site, make_context):
    page = make_context(**PHONE, java_script_enabled=False, locale="en-GB").new_page()
    page.goto(f"{live_server.url}/en/offers/{site.slug}/")
    form = page.locator("#feedback form")
    form.get_by_label("Yes, I used it").check()
    form.get_by_label("5 – very good").check()
    form.get_by_label("Anything else you want to tell us? (optional)").fill("Friendly coaches.")
    # Sent at once: quicker than a person answers. The answers come back with the message.
    form.get_by_role("button", name="Send your answers").click()
    assert page.get_by_role("alert").is_visible()
    assert "quicker than a person can answer" in page.get_by_role("alert").inner_text()
    assert page.get_by_label("Yes, I used it").is_checked()
    assert page.get_by_label("Anything else you want to tell us? (optional)").input_value() == (
        "Friendly coaches."
    )
    page.screenshot(path="/tmp/voice-feedback-message.png", full_page=True)

    page.wait_for_timeout((guard.MIN_SECONDS + 0.5) * 1000)
    page.get_by_role("button", name="Send your answers").click()
    assert page.get_by_role("status").inner_text().startswith("Thank you!")
    page.screenshot(path="/tmp/voice-feedback-thanks.png")
    saved = Feedback.objects.get()
    assert (saved.offer, saved.used, saved.quality, saved.language) == (site, "yes", 5, "en")
    assert page.context.cookies() == []


def test_the_forms_with_their_messages_pass_axe(live_server, site, make_context):
    # axe needs JavaScript; the pages themselves do not.
    page = make_context(**PHONE, locale="en-GB").new_page()
    page.goto(f"{live_server.url}/en/offers/{site.slug}/")
    page.locator("#feedback form").get_by_role("button", name="Send your answers").click()
    assert "Choose one answer" in page.get_by_role("alert").inner_text()
    assert_no_axe_violations(page)
    page.goto(f"{live_server.url}/en/offers/?q=nothing+like+this")
    page.get_by_label("What were you looking for?").fill("")
    page.get_by_role("button", name="Send", exact=True).click()
    assert "Write a few words" in page.get_by_role("alert").inner_text()
    assert_no_axe_violations(page)


def test_a_newcomer_reports_a_missing_offer_from_an_empty_search(live_server, site, make_context):
    page = make_context(**PHONE, java_script_enabled=False, locale="en-GB").new_page()
    page.goto(f"{live_server.url}/en/offers/?q=welding+course&group=refugees")
    assert page.get_by_role("heading", name="0 offers found").is_visible()
    assert ZeroResultSearch.objects.get().words == "welding course"
    text = page.get_by_label("What were you looking for?")
    assert text.input_value() == "welding course"
    assert page.get_by_label("I am … (optional)").input_value() == "group:refugees"
    page.screenshot(path="/tmp/voice-empty-search.png", full_page=True)
    text.fill("A welding course taught in English")
    page.wait_for_timeout((guard.MIN_SECONDS + 0.5) * 1000)
    page.get_by_role("button", name="Send", exact=True).click()
    assert page.get_by_role("status").inner_text().startswith("Thank you!")
    need = UnmetNeed.objects.get()
    assert need.text == "A welding course taught in English"
    assert need.target_group.slug == "refugees"
    assert page.context.cookies() == []
