"""The offer list on a phone (issue 11, items 1 and 9): the result count and the first offer show
without scrolling, the first Tab stop skips to the results, and at 200 % text nothing scrolls
sideways. Screenshots go to /tmp (phone-*.png) for a person to look at."""

import pytest

from actors.models import Actor
from tests.factories import make_actor, make_offer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
SKIP_TO_RESULTS = "Hopp til resultatene"
LONG_WORD = "Arbeidsinnvandrerintroduksjonsprogramkoordineringsmøte"
LONG_URL = "https://www.narvik.kommune.no/tjenester/introduksjonsprogram/pameldingsskjema-for-norskopplaering-og-samfunnskunnskap"
LONG_EMAIL = "introduksjonsprogrammetkoordinator.flyktningtjenesten@narvik.kommune.no"


@pytest.fixture
def phone_site(site):
    """The browser `site` plus enough offers to fill more than a screen, some with long words."""
    organisation = make_actor(
        name=f"Flyktningtjenestens {LONG_WORD.lower()}sgruppe",
        kind=Actor.Kind.MUNICIPALITY,
        slug="flyktningtjenesten",
        description=f"Vi holder {LONG_WORD.lower()} hver uke. Les mer på {LONG_URL}.",
        website=LONG_URL,
        email=LONG_EMAIL,
    )
    for number in range(6):
        make_offer(
            actor=organisation,
            title=f"{LONG_WORD} nummer {number}",
            slug=f"langt-ord-{number}",
            summary_nb=f"Samfunnskunnskapsundervisningsopplegg. Påmelding: {LONG_URL}",
            description_nb=f"Skriv til {LONG_EMAIL} eller gå til {LONG_URL}.",
            signup_url=LONG_URL,
            signup_email=LONG_EMAIL,
            place="Narvik voksenopplæringssenters undervisningslokaler",
            focus=("leisure",),
            groups=("labour-europe",),
        )
    return site


def screenshot(page, name):
    page.screenshot(path=f"/tmp/phone-{name}.png", full_page=True)
    page.screenshot(path=f"/tmp/phone-{name}-first-screen.png")


def in_first_screen(page, locator):
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + min(box["height"], 80) <= 844


@pytest.mark.parametrize(
    "query, name",
    [("", "list"), ("?group=labour-europe&focus=leisure", "list-filtered")],
)
def test_result_count_and_first_offer_show_without_scrolling(
    live_server, phone_site, make_context, query, name
):
    page = make_context(**PHONE).new_page()
    page.goto(live_server.url + "/nb/tilbud/" + query)
    screenshot(page, name)
    count = page.locator("#results-heading")
    first_offer = page.locator(".results .cards > li").first
    assert in_first_screen(page, count), count.bounding_box()
    assert in_first_screen(page, first_offer), first_offer.bounding_box()
    if query:
        # The choices show as chips outside the fold, which says how many are chosen.
        assert page.get_by_role("link", name="Fjern valg: Fritid og frivillig arbeid").is_visible()
        assert page.locator(".filter-fold > summary").inner_text() == "Filtre (2 valgt)"
    else:
        assert page.locator(".filter-fold > summary").inner_text() == "Filtre"


def test_the_filters_open_with_one_tap_without_javascript(live_server, phone_site, make_context):
    page = make_context(**PHONE, java_script_enabled=False).new_page()
    page.goto(live_server.url + "/nb/tilbud/?focus=leisure")
    search = page.get_by_role("searchbox", name="Søk")
    assert not search.is_visible()
    page.locator(".filter-fold > summary").tap()
    assert search.is_visible()
    screenshot(page, "list-filters-open")


def test_first_tab_stop_skips_to_the_results(live_server, phone_site, make_context):
    page = make_context(**PHONE, java_script_enabled=False).new_page()
    page.goto(live_server.url + "/nb/tilbud/?group=labour-europe&focus=leisure")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == SKIP_TO_RESULTS
    page.keyboard.press("Enter")
    page.wait_for_url("**#results")
    assert page.evaluate("document.activeElement.id") == "results"
    # The next Tab goes into the results: the first chip, not the header or the filters.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('.results') !== null")


@pytest.mark.parametrize(
    "path, name",
    [
        ("/nb/tilbud/", "big-list"),
        ("/nb/tilbud/?group=labour-europe&focus=leisure", "big-list-filtered"),
        ("/nb/tilbud/langt-ord-0/", "big-offer"),
        ("/nb/arrangorer/flyktningtjenesten/", "big-organisation"),
    ],
)
def test_200_percent_text_does_not_scroll_sideways(
    live_server, phone_site, make_context, path, name
):
    page = make_context(**PHONE).new_page()
    page.goto(live_server.url + path)
    # 200 % text, as a browser's text-size setting gives (the CSP forbids a <style> tag).
    page.evaluate("document.documentElement.style.fontSize = '200%'")
    if "tilbud/?" in path or path == "/nb/tilbud/":
        page.evaluate("document.querySelector('.filter-fold').open = true")
    screenshot(page, name)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, (path, width)
