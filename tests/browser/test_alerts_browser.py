"""E-mail alerts as a newcomer meets them (issue 10, item 5): on a phone, in English, without
JavaScript and without a cookie, from the list of leisure offers for families to the form, the
confirmation link and the unsubscribe link; and axe finds nothing on those pages, the form's
message included (axe runs with JavaScript, the journey without). Screenshots go to /tmp
(alerts-*.png) for a person to look at."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail

from narvik_tilflytter import guard
from offers import alerts
from offers.models import Subscription
from tests.helpers import link_in

from .test_browser import WCAG_21_AA

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
ADDRESS = "amina@example.org"


def assert_no_axe_violations(page):
    results = Axe().run(page, options=WCAG_21_AA)
    assert not results.violations_count, results.generate_report()


def test_a_newcomer_asks_for_alerts_and_confirms_on_a_phone(live_server, site, make_context):
    page = make_context(**PHONE, java_script_enabled=False, locale="en-GB").new_page()
    page.goto(f"{live_server.url}/en/offers/?focus=leisure&segment=families")
    page.get_by_role("link", name="Get an e-mail about new offers like these").click()
    assert page.get_by_role("heading", level=1).inner_text() == "E-mail about new offers"
    assert page.get_by_role("list").filter(has_text="Families with children").is_visible()
    page.get_by_label("Your e-mail address").fill(ADDRESS)
    # Sent at once: quicker than a person. The address comes back with the message.
    page.get_by_role("button", name="Send me these e-mails").click()
    assert "quicker than a person" in page.get_by_role("alert").inner_text()
    assert page.get_by_label("Your e-mail address").input_value() == ADDRESS
    page.wait_for_timeout((guard.MIN_SECONDS + 0.5) * 1000)
    page.get_by_role("button", name="Send me these e-mails").click()
    assert "If the address is right" in page.get_by_role("status").inner_text()
    page.screenshot(path="/tmp/alerts-sent.png", full_page=True)

    [message] = mail.outbox
    page.goto(live_server.url + link_in(message))
    page.get_by_role("button", name="Yes, send me these e-mails").click()
    assert "The e-mails have started" in page.get_by_role("heading", level=1).inner_text()
    page.screenshot(path="/tmp/alerts-confirmed.png", full_page=True)
    subscription = Subscription.objects.get()
    assert subscription.confirmed_on is not None

    page.goto(f"{live_server.url}/en/e-mail-alerts/stop/{alerts.unsubscribe_token(subscription)}/")
    page.get_by_role("button", name="Stop the e-mails").click()
    assert "The e-mails have stopped" in page.get_by_role("heading", level=1).inner_text()
    assert not Subscription.objects.exists()
    assert page.context.cookies() == []
    # No sideways scrolling at 390 px.
    page.goto(f"{live_server.url}/en/e-mail-alerts/?focus=leisure&segment=families&q=ski")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390


def test_the_alert_pages_pass_axe(live_server, site, make_context):
    # axe needs JavaScript; the pages themselves do not.
    page = make_context(**PHONE, locale="en-GB").new_page()
    page.goto(f"{live_server.url}/en/e-mail-alerts/?focus=leisure&segment=families")
    assert_no_axe_violations(page)
    page.get_by_label("Your e-mail address").fill("amina@")
    page.get_by_role("button", name="Send me these e-mails").click()
    assert "Write the whole e-mail address" in page.get_by_role("alert").inner_text()
    page.screenshot(path="/tmp/alerts-error.png", full_page=True)
    assert_no_axe_violations(page)
    subscription = Subscription.objects.create(email=ADDRESS, filters={}, language="en")
    page.goto(f"{live_server.url}/en/e-mail-alerts/confirm/{alerts.confirm_token(subscription)}/")
    assert_no_axe_violations(page)
    page.goto(f"{live_server.url}/en/e-mail-alerts/stop/{alerts.unsubscribe_token(subscription)}/")
    assert_no_axe_violations(page)
    page.goto(f"{live_server.url}/en/e-mail-alerts/stop/junk/")
    assert_no_axe_violations(page)
