"""What only a browser shows: axe-core on every public page, the keyboard journey without
JavaScript, visible focus, the small screen, the language switch, and that browsing loads
nothing from elsewhere and leaves no cookie."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = [
    pytest.mark.browser,
    # The live server reads committed data (conftest.py seeds the taxonomy after each flush).
    pytest.mark.django_db(transaction=True),
]

WCAG_21_AA = {
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
    "resultTypes": ["violations"],
}

# Rendered text that pages promise (nb).
SKIP_LINK = "Hopp til hovedinnholdet"
LEISURE = "Fritid og frivillig arbeid"  # the topic's public name (offers/taxonomy.py)


def public_paths(site):
    return [
        "/nb/",
        "/nb/tilbud/",
        "/nb/tilbud/?focus=leisure&free=1",
        f"/nb/tilbud/{site.slug}/",
        "/nb/arrangorer/",
        f"/nb/arrangorer/{site.actor.slug}/",
        "/nb/om/",
        "/nb/tilgjengelighet/",
        "/nb/personvern/",
    ]


def focused(page):
    """A short description of the focused element, for assertions and failure messages."""
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            return {
                tag: el.tagName.toLowerCase(), id: el.id, text: el.textContent.trim(),
                outlineStyle: getComputedStyle(el).outlineStyle,
                outlineWidth: parseFloat(getComputedStyle(el).outlineWidth),
            };
        }"""
    )


def test_axe_finds_no_wcag_21_aa_violations(live_server, site, browser_page):
    paths = [
        *public_paths(site),
        "/nb/tilbud/?q=finnesikke",
        "/en/offers/?focus=leisure",
        "/en/offers/bare-norsk/",
    ]
    axe = Axe()
    reports = {}
    for path in paths:
        response = browser_page.goto(live_server.url + path)
        assert response.ok, path
        results = axe.run(browser_page, options=WCAG_21_AA)
        if results.violations_count:
            reports[path] = results.generate_report()
    assert not reports, "\n\n".join(f"{path}\n{report}" for path, report in reports.items())


def test_keyboard_journey_without_javascript(live_server, site, make_context):
    page = make_context(java_script_enabled=False).new_page()
    page.goto(live_server.url + "/nb/")
    skip_link = page.get_by_role("link", name=SKIP_LINK)
    assert skip_link.bounding_box()["y"] < 0  # off screen until focused

    page.keyboard.press("Tab")
    assert focused(page)["text"] == SKIP_LINK
    box = skip_link.bounding_box()
    assert box["y"] >= 0
    assert box["x"] >= 0

    page.keyboard.press("Enter")
    assert page.url.endswith("/nb/#main")
    assert focused(page)["id"] == "main"

    # From main, the next stop is the search field on the home page.
    page.keyboard.press("Tab")
    assert focused(page)["id"] == "home-q"
    page.keyboard.type("ski")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/nb/tilbud/\?q=ski$"))
    results = page.locator(".results")
    assert results.get_by_role("heading", level=2).inner_text() == "Fant 1 tilbud"
    assert results.get_by_role("link", name="Skiskole for nybegynnere").is_visible()
    # The search field keeps the words (inside the folded filters; the chip shows them too).
    assert page.locator("input[type=search][name=q]").input_value() == "ski"
    assert page.get_by_role("link", name="Fjern valg: Søk: «ski»").is_visible()

    # The filters fold behind one closed <details>, and so does the topic facet: open both,
    # tick a topic with Space, submit.
    page.locator(".filter-fold > summary").focus()
    page.keyboard.press("Enter")
    topic = page.locator("summary", has_text="Tema")
    topic.focus()
    page.keyboard.press("Enter")
    checkbox = page.get_by_role("checkbox", name=LEISURE)
    assert checkbox.is_visible()
    checkbox.focus()
    page.keyboard.press("Space")
    assert checkbox.is_checked()
    page.get_by_role("button", name="Vis tilbud").focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"focus=leisure"))
    assert "q=ski" in page.url
    assert results.get_by_role("heading", level=2).inner_text() == "Fant 1 tilbud"

    chip = page.get_by_role("link", name=f"Fjern valg: {LEISURE}")
    assert chip.is_visible()
    chip.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "focus=" not in url)
    assert parse_qs(urlsplit(page.url).query)["q"] == ["ski"]
    assert page.get_by_role("link", name=f"Fjern valg: {LEISURE}").count() == 0
    assert page.get_by_role("link", name="Fjern valg: Søk: «ski»").is_visible()


def test_every_element_reached_with_tab_shows_focus(live_server, site, browser_page):
    for path in ["/nb/", "/nb/tilbud/?focus=leisure"]:
        browser_page.goto(live_server.url + path)
        seen = []
        for _ in range(80):
            browser_page.keyboard.press("Tab")
            element = focused(browser_page)
            if element["tag"] == "summary" and element["text"].startswith("Filtre"):
                browser_page.keyboard.press("Enter")  # unfold the filters to tab through them
            if element["tag"] == "body" or element in seen[:1]:
                break  # past the last element
            seen.append(element)
            assert element["outlineStyle"] != "none", (path, element)
            assert element["outlineWidth"] >= 2, (path, element)
        tags = {element["tag"] for element in seen}
        assert "a" in tags, (path, seen)
        if "tilbud" in path:
            assert {"input", "summary", "select", "button"} <= tags, (path, seen)


def test_small_screen_has_no_horizontal_scroll(live_server, site, make_context):
    page = make_context(viewport={"width": 375, "height": 740}, is_mobile=True).new_page()
    for path in [*public_paths(site), "/nb/tilbud/?q=ski&focus=leisure&group=labour-europe"]:
        page.goto(live_server.url + path)
        widths = page.evaluate("() => [document.documentElement.scrollWidth, window.innerWidth]")
        assert widths[0] <= widths[1], (path, widths)


def test_language_switch_keeps_the_filters(live_server, site, browser_page):
    browser_page.goto(live_server.url + "/nb/tilbud/?focus=leisure&q=ski")
    assert browser_page.locator("html").get_attribute("lang") == "nb"
    browser_page.locator("details.language-switch > summary").click()
    browser_page.get_by_role("link", name="English").click()
    browser_page.wait_for_url(re.compile(r"/en/offers/"))
    assert browser_page.url == live_server.url + "/en/offers/?focus=leisure&q=ski"
    assert browser_page.locator("html").get_attribute("lang") == "en"
    assert browser_page.get_by_role("link", name="Ski school for beginners").is_visible()


def test_pages_load_nothing_from_other_hosts(live_server, site, browser_page):
    requested, errors = [], []

    def on_console(message):
        if message.type == "error":
            errors.append(message.text)

    browser_page.on("request", lambda request: requested.append(request.url))
    browser_page.on("console", on_console)
    for path in public_paths(site):
        browser_page.goto(live_server.url + path)
    assert any(url.endswith("/static/css/site.css") for url in requested)
    foreign = [url for url in requested if not url.startswith(live_server.url + "/")]
    assert not foreign
    assert not errors  # a blocked resource or a CSP violation would show up here


def test_browsing_sets_no_cookies(live_server, site, make_context):
    context = make_context()
    page = context.new_page()
    for path in [*public_paths(site), "/en/offers/?q=ski"]:
        page.goto(live_server.url + path)
    assert context.cookies() == []
