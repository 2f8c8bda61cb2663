"""On paper, as a NAV adviser prints it: "Norwegian courses for refugees" in English on one A4
sheet, each offer's QR code read from the printed page (zxing-cpp) into the English page the
newcomer opens; and every public page in print without navigation, forms or footer, its links'
addresses written out. Set PRINT_SCREENSHOTS to a folder to keep the printed sheet as a PNG."""

import io
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import zxingcpp
from axe_playwright_python.sync_playwright import Axe
from PIL import Image

from actors.models import Actor
from tests.browser.test_browser import WCAG_21_AA
from tests.factories import make_actor, make_offer

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# A4 less print.css's 12 mm margins, at 96 CSS pixels an inch: 186 mm by 271 mm.
A4_CONTENT = {"width": 703, "height": 1024}
SHEET = "/en/print/?focus=norwegian&group=refugees"


@pytest.fixture
def courses(site, settings, live_server):
    """Six Norwegian courses for refugees (besides the site's offers), and the site's address
    that of the live server, so a scanned code opens a page there."""
    settings.SITE_URL = live_server.url
    school = make_actor(name="Narvik voksenopplæring 2", kind=Actor.Kind.EDUCATION)
    names = ["Morgen", "Kveld", "Helg", "Jobb", "Prat", "Prøve"]
    offers = [
        make_offer(
            actor=school,
            title=f"Norskkurs {name.lower()}",
            title_en=f"Norwegian course ({name})",
            slug=f"norskkurs-{index}",
            summary_nb="Norsk for voksne som er nye i Narvik, fra nybegynner til B2.",
            summary_en="Norwegian for adults new in Narvik, from beginner to B2.",
            schedule_en="Mondays and Wednesdays 6–8 pm",
            place="Voksenopplæringa",
            address="Frydenlunds gate 10, 8514 Narvik",
            signup_email="kurs@example.org",
            signup_phone="+47 769 00 160",
            focus=("norwegian",),
            groups=("refugees",),
            languages=("nb", "en", "uk", "ar"),
            published_days_ago=index + 1,
        )
        for index, name in enumerate(names)
    ]
    return offers


def screenshot(page, name):
    folder = os.environ.get("PRINT_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def read_code(element):
    """The QR code as the printed page shows it, read by zxing-cpp."""
    image = Image.open(io.BytesIO(element.screenshot(scale="device")))
    results = zxingcpp.read_barcodes(image)
    assert len(results) == 1, results
    return results[0].text


def test_a_newcomer_scans_a_code_on_the_printed_sheet_into_the_english_page(
    live_server, courses, make_context
):
    context = make_context(
        viewport=A4_CONTENT, device_scale_factor=2, java_script_enabled=False, locale="en-GB"
    )
    page = context.new_page()
    page.emulate_media(media="print")
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(live_server.url + SHEET)
    screenshot(page, "print-sheet")
    # What the adviser hands over: the filters named, one card per course, no screen help.
    assert "Chosen: Learning Norwegian, Refugees with a residence permit" in page.inner_text(
        ".sheet-filters"
    )
    assert not page.locator(".print-tools").is_visible()
    assert not page.locator(".site-footer").is_visible()
    cards = page.locator(".print-offer")
    assert cards.count() == 6
    # Two columns: the second card is beside the first, not under it.
    first, second = cards.nth(0).bounding_box(), cards.nth(1).bounding_box()
    assert second["x"] > first["x"] + first["width"] - 1
    assert abs(second["y"] - first["y"]) < 1

    card = cards.filter(has_text="Norwegian course (Kveld)")
    english_url = f"{live_server.url}/en/offers/norskkurs-1/"
    code = card.locator("svg.qr")
    assert code.get_attribute("role") == "img"
    assert code.get_attribute("aria-label") == "QR code: the page of “Norwegian course (Kveld)”"
    assert read_code(code) == english_url
    assert card.locator("figcaption").inner_text() == english_url
    # Every card's code leads to its own page, and the sheet's code to the list.
    for index in range(cards.count()):
        url = read_code(cards.nth(index).locator("svg.qr"))
        assert url == cards.nth(index).locator("figcaption").inner_text()
        assert re.fullmatch(rf"{re.escape(live_server.url)}/en/offers/[\w-]+/", url)
    assert read_code(page.locator(".sheet-qr svg")) == (
        f"{live_server.url}/en/offers/?focus=norwegian&group=refugees"
    )
    # Nothing from other hosts, and no script.
    assert {urlsplit(url).netloc for url in requested} == {urlsplit(live_server.url).netloc}
    assert page.locator("script").count() == 0

    # It fits on one sheet of A4.
    pdf = page.pdf(format="A4", prefer_css_page_size=True)
    assert len(re.findall(rb"/Type\s*/Page[^s]", pdf)) == 1

    # The newcomer's phone opens the English page.
    phone = make_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    newcomer = phone.new_page()
    response = newcomer.goto(english_url)
    assert response.status == 200
    assert newcomer.locator("html").get_attribute("lang") == "en"
    assert newcomer.locator("h1").inner_text() == "Norwegian course (Kveld)"


def test_the_screen_view_says_how_to_print_and_passes_axe(live_server, courses, make_context):
    browser_page = make_context(device_scale_factor=2).new_page()
    browser_page.goto(live_server.url + SHEET)
    tools = browser_page.locator(".print-tools")
    assert tools.is_visible()
    assert "Ctrl+P" in tools.inner_text()
    # The same sheet in Norwegian, with its codes to the Norwegian pages.
    browser_page.get_by_role("link", name="Norsk (bokmål)").last.click()
    assert browser_page.url.endswith("/nb/skriv-ut/?focus=norwegian&group=refugees")
    assert read_code(browser_page.locator(".print-offer svg.qr").first).startswith(
        f"{live_server.url}/nb/tilbud/"
    )
    results = Axe().run(browser_page, options=WCAG_21_AA)
    assert not results.violations_count, results.generate_report()


@pytest.mark.parametrize("path", ["/en/offers/?focus=norwegian", "/en/offers/skiskole/"])
def test_public_pages_in_print_have_no_navigation_forms_or_footer(
    live_server, site, make_context, path
):
    site.signup_url = "https://example.org/skiskole"
    site.save()
    page = make_context(viewport={"width": 794, "height": 1123}).new_page()
    page.goto(live_server.url + path)
    assert page.locator("nav").first.is_visible()
    page.emulate_media(media="print")
    screenshot(page, "print-" + re.sub(r"\W+", "-", path).strip("-"))
    for selector in ("nav", "form", ".site-footer", ".skip-link", ".filter-fold", "input"):
        elements = page.locator(selector)
        visible = [i for i in range(elements.count()) if elements.nth(i).is_visible()]
        assert not visible, (selector, visible)
    # A link to another site has its address written after it; an offer is not split.
    if "?" in path:
        block = ".card"
    else:
        block = ".offer > section"
        outside = page.locator('a[href="https://example.org/skiskole"]')
        after = outside.evaluate("a => getComputedStyle(a, '::after').content")
        assert after == '" (https://example.org/skiskole)"', after
    assert page.locator(block).first.evaluate("e => getComputedStyle(e).breakInside") == "avoid"
